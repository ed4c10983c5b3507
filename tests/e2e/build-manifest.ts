// What the browser build (`npm run build`) made of the app's modules, for tests that watch downloads.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

/**
 * The files of a study session's storage, scheduler and exam plan, with all they import (a returning
 * student's question page loads them before its first card; a first visit's after it). Found in the
 * browser build's manifest by their chunks' names, which are their modules' (they share chunks, so
 * have no key of their own).
 */
export function sessionCodeFiles(): Set<string> {
	const manifest = new Map<string, { file: string; name?: string; imports?: string[] }>(
		Object.entries(JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')))
	);
	const names = ['study-repository', 'scheduler', 'exam-plan.svelte'];
	const roots = [...manifest].filter(([, chunk]) => names.includes(chunk.name ?? ''));
	expect(roots.map(([, chunk]) => chunk.name).sort()).toEqual([...names].sort());
	const files = new Set<string>();
	const add = (key: string) => {
		const chunk = manifest.get(key)!;
		if (files.has(`/${chunk.file}`)) return;
		files.add(`/${chunk.file}`);
		chunk.imports?.forEach(add);
	};
	roots.forEach(([key]) => add(key));
	return files;
}
