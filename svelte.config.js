import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The one place for SvelteKit configuration. */
/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the build runs from any static host.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Deploy under a sub-path with CONFIDE_BASE_PATH=/confide npm run build.
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.CONFIDE_BASE_PATH ?? ''), relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
