// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The build's default attempt mode (CONFIDE_MODE): 'learning' or 'assessment'. */
	const __CONFIDE_MODE__: 'learning' | 'assessment';
}

export {};
