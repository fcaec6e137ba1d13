// The learning record store a build sends xAPI statements to (CONFIDE_LRS_ENDPOINT and
// CONFIDE_LRS_AUTH), read once here for the site build (vite.config.ts) and its page policy
// (svelte.config.js). Off unless an endpoint is given; a malformed one fails the build.

/**
 * @param {string | undefined} endpoint
 * @param {string | undefined} auth `key:secret`, or a whole `Basic ...` header value
 * @returns {{ endpoint: string, auth: string } | null}
 */
export function lrsConfig(endpoint, auth) {
	if (!endpoint) return null;
	let url;
	try {
		url = new URL(endpoint);
	} catch {
		throw new Error(`CONFIDE_LRS_ENDPOINT '${endpoint}' is not a URL`);
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) throw new Error(`CONFIDE_LRS_ENDPOINT must be https (http only for localhost), not '${endpoint}'`);
	if (!auth) throw new Error('CONFIDE_LRS_ENDPOINT needs CONFIDE_LRS_AUTH (key:secret of a course-level credential)');
	const header = /^Basic /.test(auth) ? auth : `Basic ${Buffer.from(auth, 'utf8').toString('base64')}`;
	return { endpoint: url.href.endsWith('/') ? url.href : `${url.href}/`, auth: header };
}

/** The origin the page policy must allow to connect to, if any. */
export const lrsOrigin = (/** @type {string | undefined} */ endpoint) => (endpoint ? new URL(endpoint).origin : null);

/**
 * The origins a cmi5 package may send statements to: those given (CONFIDE_CMI5_ORIGINS, comma-
 * separated), else any https origin, since the LMS names its endpoint only at launch.
 * @param {string | undefined} list
 * @returns {string[]} CSP sources
 */
export function cmi5Origins(list) {
	if (!list?.trim()) return ['https:'];
	return list.split(',').map((entry) => {
		const text = entry.trim();
		let url;
		try {
			url = new URL(text);
		} catch {
			throw new Error(`CONFIDE_CMI5_ORIGINS: '${text}' is not an origin (https://lms.example.edu)`);
		}
		if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') throw new Error(`CONFIDE_CMI5_ORIGINS: '${text}' must be https`);
		return url.origin;
	});
}
