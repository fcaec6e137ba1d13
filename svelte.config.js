import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/lib/security-policy.js';
import { lrsOrigin } from './scripts/lib/lrs-config.js';

const out = process.env.CONFIDE_OUT ?? 'build';
// A build that sends xAPI statements (CONFIDE_LRS_ENDPOINT) may connect to that store only.
const lrs = lrsOrigin(process.env.CONFIDE_LRS_ENDPOINT);
const directives = lrs ? /** @type {typeof CSP_DIRECTIVES} */ ({ ...CSP_DIRECTIVES, 'connect-src': [...(CSP_DIRECTIVES['connect-src'] ?? []), lrs] }) : CSP_DIRECTIVES;

/** The one place for SvelteKit configuration. */
/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the build runs from any static host.
		// Test builds go elsewhere (CONFIDE_OUT) so they never mix with the published build.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		// Deploy under a sub-path with CONFIDE_BASE_PATH=/confide npm run build.
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.CONFIDE_BASE_PATH ?? ''), relative: true },
		// Small stylesheets go into the page itself: one request fewer each on a slow link.
		inlineStyleThreshold: 8192,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// src/lib/offline/register.ts registers the service worker itself (after load, production only).
		serviceWorker: { register: false },
		// The offline cache is per version; CONFIDE_VERSION names a build (tests build two versions).
		// Unset, Kit's own default (the build time) applies.
		...(process.env.CONFIDE_VERSION ? { version: { name: process.env.CONFIDE_VERSION } } : {}),
		// Strict CSP in a meta tag of every page, with the hashes of its inline script and styles
		// (scripts/lib/security-policy.js; the host adds the header-only part, see static/_headers).
		csp: { mode: 'hash', directives }
	}
};

export default config;
