import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { confideInk } from './src/lib/ink/vite-plugin.ts';

// CONFIDE_FIXTURES=1 adds the test vignettes of tests/fixtures/stories to the catalogue
// (test builds only; the published build never contains them).
const storyDirs = ['stories', ...(process.env.CONFIDE_FIXTURES === '1' ? ['tests/fixtures/stories'] : [])];

// What the first screen needs goes into one 'app' chunk; what it does not (the ink runtime,
// storage) stays in chunks of their own. Groups take their modules' imports with them, so
// the later modules are excluded by name.
const firstScreen = /node_modules[\\/]|src[\\/]lib[\\/]/;
const later =
	/node_modules[\\/](inkjs|dexie|valibot)[\\/]|src[\\/]lib[\\/](ink[\\/]runner|db[\\/](database|attempts\.repo|schemas|import\.repo|settings\.repo)|progress[\\/]progress-store)\.ts|src[\\/]lib[\\/](exchange|components[\\/]progress)[\\/]/;

export default defineConfig({
	plugins: [confideInk({ root: import.meta.dirname, storyDirs }), sveltekit()],
	build: {
		target: 'es2022',
		rolldownOptions: {
			output: {
				// Fewer, larger files for the first screen (each request costs a round trip on a
				// slow link); the story runtime and storage stay in chunks of their own, loaded later.
				codeSplitting: {
					groups: [
						{ name: 'story-runtime', test: /node_modules[\\/]inkjs[\\/]/ },
						{ name: 'storage', test: /node_modules[\\/](dexie|valibot)[\\/]/ },
						{ name: 'app', test: (id: string) => firstScreen.test(id) && !later.test(id) }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
