// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The site's public origin, from QAITALA_ORIGIN at build time (vite.config.ts). */
	const __PUBLIC_ORIGIN__: string;
}

export {};
