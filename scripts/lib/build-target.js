// What a build is made for, read from the environment once, for svelte.config.js (Kit) and
// vite.config.ts (the app's build constants). A value Confide does not know fails the build.

/**
 * CONFIDE_TARGET: 'site' (default: a static site for any host, prerendered, offline after one visit)
 * or 'file' (the offline copy that opens from disk: one HTML file, hash routing, no service worker).
 * @param {Record<string, string | undefined>} [env]
 * @returns {'site' | 'file'}
 */
export function buildTarget(env = process.env) {
	const target = env.CONFIDE_TARGET || 'site';
	if (target !== 'site' && target !== 'file') throw new Error(`CONFIDE_TARGET must be 'site' or 'file', not '${target}'`);
	return target;
}

/**
 * CONFIDE_MODE: 'learning' (default) or 'assessment' (every new attempt defers feedback to the
 * debrief, and the build ships no instructor pages or answer keys).
 * @param {Record<string, string | undefined>} [env]
 * @returns {'learning' | 'assessment'}
 */
export function buildMode(env = process.env) {
	const mode = env.CONFIDE_MODE || 'learning';
	if (mode !== 'learning' && mode !== 'assessment') throw new Error(`CONFIDE_MODE must be 'learning' or 'assessment', not '${mode}'`);
	return mode;
}
