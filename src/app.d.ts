// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The build's default attempt mode (CONFIDE_MODE): 'learning' or 'assessment'. */
	const __CONFIDE_MODE__: 'learning' | 'assessment';
	/** What the build is for (CONFIDE_TARGET): 'site' for a web host, 'file' for the copy that opens from disk. */
	const __CONFIDE_TARGET__: 'site' | 'file';
	/** Optional continuing-education fields printed on certificates (CONFIDE_CE_*). */
	const __CONFIDE_CERTIFICATE__: { ce: { provider?: string; activity?: string; hours?: number; instructor?: string } };
	/** 'package': the copy inside an LMS package (CONFIDE_LMS=package), whose launch names the standard; 'none': the ordinary site. */
	const __CONFIDE_LMS__: 'none' | 'package';
	/** The build's pass rule (CONFIDE_PASS): debrief, certificates, LMS and record store. */
	const __CONFIDE_PASS_RULE__: import('$lib/domain/pass-rule').PassRule;
	/** The learning record store statements are sent to (CONFIDE_LRS_ENDPOINT), or null: none. */
	const __CONFIDE_LRS__: import('$lib/lrs/outbox-sender').LrsConfig | null;
	/** The case page's inline opening script (src/lib/opening/opening-shell.js without comments) and its CSP hash; server-side only. */
	const __CONFIDE_OPENING_SHELL__: { text: string; hash: string };
}

export {};
