// The one place for Confide's security policy: the Content-Security-Policy that SvelteKit writes
// into every prerendered page (svelte.config.js, kit.csp) and the HTTP headers a host should send
// (scripts/serve.js sends them; static/_headers lists them for Netlify / Cloudflare Pages).

/**
 * Styles SvelteKit itself puts in style attributes: `display: contents` on the wrapper in
 * src/app.html, and the visually hidden route announcer of its generated root component
 * (sveltejs/kit#11993). Allowed by hash under 'unsafe-hashes', so no other style attribute is.
 */
export const STYLE_ATTRIBUTE_HASHES = /** @type {const} */ ([]);

/**
 * Directives of the page policy. SvelteKit adds the hashes of its inline boot script and of the
 * inlined stylesheets (inlineStyleThreshold) to script-src and style-src of each page.
 * @type {import('@sveltejs/kit').CspDirectives}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'media-src': ['none'],
	'frame-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self']
};

/**
 * Directives that hold per-page hashes (or fall back to them): they belong in the page's meta
 * tag only. A header with `script-src 'self'` would block the hashed inline boot script, since a
 * page obeys every policy it is given.
 */
const PAGE_ONLY = new Set(['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'style-src-attr']);

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-hashes', 'unsafe-eval', 'strict-dynamic', 'report-sample', 'wasm-unsafe-eval', 'script']);

/** One directive as CSP text: keywords and hashes quoted, as SvelteKit writes them. */
function directive(name, values) {
	const quoted = values.map((v) => (KEYWORDS.has(v) || /^(nonce|sha\d{3})-/.test(v) ? `'${v}'` : v));
	return [name, ...quoted].join(' ');
}

/**
 * The policy sent as an HTTP header: `frame-ancestors` (ignored in a meta tag) and every
 * page-independent directive, so they hold even for responses that are not HTML pages.
 */
export const HEADER_CSP = [
	directive('frame-ancestors', ['none']),
	...Object.entries(CSP_DIRECTIVES)
		.filter(([name]) => !PAGE_ONLY.has(name))
		.map(([name, values]) => directive(name, /** @type {string[]} */ (values)))
].join('; ');

/** The HTTP headers every response should carry (names in canonical case). */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': HEADER_CSP,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	// Older browsers that do not know frame-ancestors.
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	// The app uses none of these.
	'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'
};

/** static/_headers (Netlify and Cloudflare Pages format): the same headers for every path. */
export function headersFile() {
	const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
	return [
		'# Security headers for Netlify and Cloudflare Pages. Generated from scripts/lib/security-policy.js;',
		'# tests/unit/security-policy.spec.ts fails when the two differ. Other hosts: send the same headers.',
		'/*',
		...lines,
		''
	].join('\n');
}
