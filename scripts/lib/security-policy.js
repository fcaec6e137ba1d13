// The one place for Confide's security policy: the Content-Security-Policy that SvelteKit writes
// into every prerendered page (svelte.config.js, kit.csp) and the HTTP headers a host should send
// (scripts/serve.js sends them; static/_headers lists them for Netlify / Cloudflare Pages).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
// Vite's own bundler: its minifier makes the inline script as small as the app's code.
import { minifySync } from 'rolldown/utils';

/**
 * The only style attributes a page may carry: `display: contents` on the wrapper in src/app.html,
 * and the visually hidden route announcer of SvelteKit's generated root component
 * (@sveltejs/kit src/core/sync/write_root.js; sveltejs/kit#11993). They are allowed by hash under
 * 'unsafe-hashes' (style-src-attr), so no other style attribute is: 'unsafe-inline' would allow all.
 */
export const STYLE_ATTRIBUTES = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The case page's one inline script of Confide's own (src/lib/opening/opening-shell.js): it runs
 * the prerendered content note, setting card and first passage before the app has loaded.
 * Minified, since every case page carries it. src/hooks.server.ts inlines exactly this text and
 * adds OPENING_SHELL_HASH to that page's policy only (vite.config.ts passes both on as
 * __CONFIDE_OPENING_SHELL__), so no other page allows it.
 */
export const OPENING_SHELL_TEXT = minifySync('opening-shell.js', readFileSync(new URL('../../src/lib/opening/opening-shell.js', import.meta.url), 'utf8')).code.trim();

export const OPENING_SHELL_HASH = sha256(OPENING_SHELL_TEXT);

/**
 * Directives of the page policy. SvelteKit adds the hashes of its inline boot script and of the
 * inlined stylesheets (inlineStyleThreshold) to script-src and style-src of each page.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', ...STYLE_ATTRIBUTES.map(sha256)],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'media-src': ['none'],
	'frame-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self'],
	// Trusted Types: a string can reach an HTML or script sink (innerHTML, {@html}, script.src)
	// only through these policies: Svelte's for its compiled templates, SvelteKit's for its
	// URLs, and Confide's for the service worker URL (src/lib/offline/trusted-url.ts).
	// Anything else throws before it parses.
	'require-trusted-types-for': ['script'],
	'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url', 'confide-service-worker']
};

/**
 * Directives that hold per-page hashes (or fall back to them): they belong in the page's meta
 * tag only. A header with `script-src 'self'` would block the hashed inline boot script, since a
 * page obeys every policy it is given.
 */
const PAGE_ONLY = new Set(['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'style-src-attr']);

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-hashes', 'unsafe-eval', 'strict-dynamic', 'report-sample', 'wasm-unsafe-eval', 'script']);

/** One source as CSP text: keywords and hashes quoted, as SvelteKit writes them. */
export const formatSource = (/** @type {string} */ value) => (KEYWORDS.has(value) || /^(nonce|sha\d{3})-/.test(value) ? `'${value}'` : value);

/** One directive as CSP text. */
const directive = (/** @type {string} */ name, /** @type {string[]} */ values) => [name, ...values.map(formatSource)].join(' ');

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
