import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'stats/', 'coverage/']
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with types the core rule does not know.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// State keeps Maps and Sets in $state.raw and replaces them whole on change, which is what
			// makes them reactive; SvelteMap would track every read for nothing.
			'svelte/prefer-svelte-reactivity': 'off',
			// The app is served at the root (no paths.base), and every link is an absolute path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Pages and components show state and forward events: storage is reached only through src/lib/state.
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/storage', '$lib/storage/*', '**/storage/*'],
							message: 'Routes and components reach storage through a state class in src/lib/state.'
						}
					]
				}
			]
		}
	},
	{
		// Tests feed malformed rows and files on purpose.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
