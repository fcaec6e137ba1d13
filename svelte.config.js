import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildMode, buildTarget } from './scripts/lib/build-target.js';
import { CSP_DIRECTIVES } from './scripts/lib/security-policy.js';
import { cmi5Origins, lrsOrigin } from './scripts/lib/lrs-config.js';

// CONFIDE_TARGET=file makes the copy that opens from disk (npm run build:file); the default is the site.
const fileCopy = buildTarget() === 'file';
const assessment = buildMode() === 'assessment';
const out = process.env.CONFIDE_OUT ?? (fileCopy ? 'build-file' : 'build');

/**
 * The copy that opens from disk (file://): browsers load no ES module and register no service
 * worker there, and a folder URL opens a directory listing. So everything is inlined into one
 * index.html and pages are addressed by hash (index.html#/case/dana/). Hash routing renders in
 * the browser only: route modules are read by extension (kit.moduleExtensions), `.ts` ones for
 * the site (page options and build-time loads, which prerender) and `.js` ones for this copy
 * (the same data, loaded in the browser). It has its own page template (no web manifest, an
 * inline icon), no service worker and no static files: the one HTML file is the whole app.
 * @type {import('@sveltejs/kit').KitConfig}
 */
const fileCopyKit = {
	router: { type: 'hash' },
	output: { bundleStrategy: 'inline' },
	moduleExtensions: ['.js'],
	paths: { base: '', relative: false },
	files: { appTemplate: 'src/app.file.html', serviceWorker: 'src/file-copy-has-no-service-worker', assets: 'src/file-copy-has-no-static-files' }
};
// A build that sends xAPI statements (CONFIDE_LRS_ENDPOINT) may connect to that store only. The
// copy inside LMS packages (CONFIDE_LMS=package) may, for cmi5, connect to the LMS's xAPI endpoint,
// named only at launch: the origins in CONFIDE_CMI5_ORIGINS (comma-separated) if given, else any
// https origin. scripts/build-lms.js narrows this back to 'self' in the SCORM packages.
const lrs = lrsOrigin(process.env.CONFIDE_LRS_ENDPOINT);
const cmi5 = process.env.CONFIDE_LMS === 'package' ? cmi5Origins(process.env.CONFIDE_CMI5_ORIGINS) : [];
const extraConnect = [...(lrs ? [lrs] : []), ...cmi5];
const directives = extraConnect.length
	? /** @type {typeof CSP_DIRECTIVES} */ ({ ...CSP_DIRECTIVES, 'connect-src': /** @type {typeof CSP_DIRECTIVES['connect-src']} */ ([...(CSP_DIRECTIVES['connect-src'] ?? []), ...extraConnect]) })
	: CSP_DIRECTIVES;

/** The one place for SvelteKit configuration. */
/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Kit's working files: a build run beside another (scripts/test-all.js) needs a folder of its own.
		...(process.env.CONFIDE_KIT_DIR ? { outDir: process.env.CONFIDE_KIT_DIR } : {}),
		// Every page is prerendered; the build runs from any static host.
		// Test builds go elsewhere (CONFIDE_OUT) so they never mix with the published build.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		// Deploy under a sub-path with CONFIDE_BASE_PATH=/confide npm run build.
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.CONFIDE_BASE_PATH ?? ''), relative: true },
		// `.ts` route modules only: `.js` ones belong to the file copy (above).
		moduleExtensions: ['.ts'],
		// An assessment build (CONFIDE_MODE=assessment) ships no instructor pages: the routes import
		// them through $instructor, which there points at stand-ins that say so (no class summary, no
		// answer key, not even in a script), and no answer-key page is prerendered.
		alias: { $instructor: assessment ? 'src/lib/components/not-in-this-build' : 'src/lib/components/instructor/pages' },
		// Small stylesheets go into the page itself: one request fewer each on a slow link.
		inlineStyleThreshold: 8192,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// An assessment build prerenders no answer key; any other page left unseen fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (!assessment || routes.some((id) => id !== '/instructor/key/[id]')) throw new Error(message);
			}
		},
		// src/lib/offline/register.ts registers the service worker itself (after load, production only).
		serviceWorker: { register: false },
		// The offline cache is per version; CONFIDE_VERSION names a build (tests build two versions).
		// Unset, Kit's own default (the build time) applies.
		...(process.env.CONFIDE_VERSION ? { version: { name: process.env.CONFIDE_VERSION } } : {}),
		// Strict CSP in a meta tag of every page, with the hashes of its inline script and styles
		// (scripts/lib/security-policy.js; the host adds the header-only part, see static/_headers).
		csp: { mode: 'hash', directives },
		...(fileCopy ? fileCopyKit : {})
	}
};

export default config;
