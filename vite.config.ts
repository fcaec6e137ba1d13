import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { confideInk } from './src/lib/ink/vite-plugin.ts';

// CONFIDE_FIXTURES=1 adds the test vignettes of tests/fixtures/stories to the catalogue
// (test builds only; the published build never contains them).
const storyDirs = ['stories', ...(process.env.CONFIDE_FIXTURES === '1' ? ['tests/fixtures/stories'] : [])];

export default defineConfig({
	plugins: [confideInk({ root: import.meta.dirname, storyDirs }), sveltekit()],
	build: { target: 'es2022' },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
