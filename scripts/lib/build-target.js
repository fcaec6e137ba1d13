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

/**
 * What a certificate adds when a course gives credit (CONFIDE_CE_*): the provider, activity
 * title, hours and instructor. The pass rule is CONFIDE_PASS (src/lib/domain/pass-rule.ts).
 * A value that makes no sense fails the build.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ ce: { provider?: string, activity?: string, hours?: number, instructor?: string } }}
 */
export function buildCertificate(env = process.env) {
	/** @type {{ provider?: string, activity?: string, hours?: number, instructor?: string }} */
	const ce = {};
	for (const [key, name] of /** @type {const} */ ([
		['provider', 'CONFIDE_CE_PROVIDER'],
		['activity', 'CONFIDE_CE_ACTIVITY'],
		['instructor', 'CONFIDE_CE_INSTRUCTOR']
	])) {
		const value = env[name]?.trim();
		if (value) {
			if (value.length > 200) throw new Error(`${name} must be at most 200 characters`);
			ce[key] = value;
		}
	}
	const hoursText = env.CONFIDE_CE_HOURS?.trim();
	if (hoursText) {
		const hours = Number(hoursText);
		if (!/^\d+(\.\d+)?$/.test(hoursText) || hours <= 0 || hours > 100) throw new Error(`CONFIDE_CE_HOURS must be a number of hours above 0, not '${hoursText}'`);
		ce.hours = hours;
	}
	return { ce };
}
