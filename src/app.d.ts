// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The build's default attempt mode (CONFIDE_MODE): 'learning' or 'assessment'. */
	const __CONFIDE_MODE__: 'learning' | 'assessment';
	/** What the build is for (CONFIDE_TARGET): 'site' for a web host, 'file' for the copy that opens from disk. */
	const __CONFIDE_TARGET__: 'site' | 'file';
	/** What certificates say (CONFIDE_PASS_PERCENT, CONFIDE_CE_*): the pass rule's share and optional continuing-education fields. */
	const __CONFIDE_CERTIFICATE__: { passPercent: number; ce: { provider?: string; activity?: string; hours?: number; instructor?: string } };
}

export {};
