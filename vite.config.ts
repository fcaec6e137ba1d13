import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { confideInk } from './src/lib/ink/vite-plugin.ts';
import { buildCertificate, buildMode, buildTarget } from './scripts/lib/build-target.js';
import { parsePassRule } from './src/lib/domain/pass-rule.ts';
import { lrsConfig } from './scripts/lib/lrs-config.js';
import { OPENING_SHELL_HASH, OPENING_SHELL_TEXT } from './scripts/lib/security-policy.js';

// CONFIDE_FIXTURES=1 adds the test vignettes of tests/fixtures/stories to the catalogue
// (test builds only; the published build never contains them).
const storyDirs = ['stories', ...(process.env.CONFIDE_FIXTURES === '1' ? ['tests/fixtures/stories'] : [])];

// CONFIDE_MODE=assessment builds a site where every new attempt defers feedback to the debrief
// (for a course's assessment copy); links can ask for it with ?mode=assessment instead.
// CONFIDE_TARGET=file builds the copy that opens from disk (svelte.config.js).
const mode = buildMode();
const target = buildTarget();
// CONFIDE_CE_* add continuing-education fields to certificates (scripts/lib/build-target.js).
const certificate = buildCertificate();

// CONFIDE_LMS=package builds the copy that goes inside an LMS package (npm run build:scorm sets
// it): the case page reports to the LMS its launch names (?lms=scorm12|scorm2004|cmi5, written in
// each package's manifest), the service worker stays off. One build serves every standard.
// CONFIDE_PASS sets the one pass rule of the build: debrief, certificates, LMS and record store
// (default 75: no critical error and at least 75 % of the points; `75,critical-ok` lets a critical error pass).
const lms = process.env.CONFIDE_LMS ?? 'none';
if (!['none', 'package'].includes(lms)) throw new Error(`CONFIDE_LMS must be 'package' (or unset), not '${lms}'`);
const passRule = parsePassRule(process.env.CONFIDE_PASS);

// CONFIDE_LRS_ENDPOINT (an xAPI endpoint) and CONFIDE_LRS_AUTH (`key:secret`, a course-level
// credential that anyone holding the build can read) make case pages send xAPI statements there.
const lrs = lrsConfig(process.env.CONFIDE_LRS_ENDPOINT, process.env.CONFIDE_LRS_AUTH);

// What the first screen needs goes into one 'app' chunk; what it does not (the ink runtime,
// storage, the debrief and its path map, the service worker's registration with its Trusted Types
// policy) stays in chunks of their own. Groups take their modules' imports with them, so the later
// modules are excluded by name, and so are the modules that import them (a grouped module that
// imports one brings it in: progress-view came in with overall-totals, 1 KB gz on every first
// load). Code of other pages only (progress, report, instructor) stays out of it too. (The policy was in the 'pages' chunk below: registering the worker, which every page
// does once it is interactive, then fetched that whole chunk on a case page before it was ready.)
const firstScreen = /node_modules[\\/]|src[\\/]lib[\\/]/;
const later = new RegExp(
	[
		String.raw`node_modules[\\/](inkjs|dexie|valibot)[\\/]`,
		String.raw`src[\\/]lib[\\/](ink[\\/]runner|db[\\/](database|attempts\.repo|schemas|attempt-meaning|import\.repo|settings\.repo|progress\.repo|backup|backup-restore|stored-attempts|attempt-rows)|session[\\/](find-resumable|resume|practice|durability)|progress[\\/](progress-view|overall-totals)|offline[\\/](register|wipe|trusted-url))\.ts`,
		String.raw`src[\\/]lib[\\/]components[\\/](DebriefView|PathMap)\.svelte|src[\\/]lib[\\/]components[\\/]path-map-(text|layout)\.ts`,
		// Not the export format's two constants: the case page writes them, the progress page reads them.
		String.raw`src[\\/]lib[\\/](exchange[\\/](?!format\.ts)|(instructor|report|workshop|components[\\/](progress|instructor|workshop))[\\/])`,
		String.raw`src[\\/]lib[\\/](machines[\\/]workshop\.machine|content[\\/]workshop|db[\\/](workshops\.repo|workshop-schema))\.ts`
	].join('|')
);
// The case page's own code (the attempt machine, xstate, the session, the play components): a
// chunk of its own, so the home, progress, report and other pages do not download it. Only
// modules no other page imports, statically or lazily: one that another page needs would bring
// the whole chunk there (tests/e2e/loading-order.spec.ts checks what those pages fetch).
const caseOnly = new RegExp(
	[
		String.raw`node_modules[\\/]xstate[\\/]`,
		String.raw`src[\\/]lib[\\/](machines[\\/](attempt\.machine|save-failure)|session[\\/](attempt-(effects|export|view)|case-drivers|case-link|story-holder)|content[\\/]support)\.ts`,
		String.raw`src[\\/]lib[\\/](session[\\/](attempt-session|lazy-component)\.svelte\.ts|opening[\\/])`,
		String.raw`src[\\/]lib[\\/]components[\\/](ChoiceList|ContentNote|FeedbackPanel|GlossaryDialog|PauseDialog|ProfilePicker|SaveStatus|SettingCard|StorageNotice|SupportResources|Transcript)\.svelte|src[\\/]lib[\\/]components[\\/](single-press|play-warm-up|warm-up\.svelte)\.ts`
	].join('|')
);

// Code the home and other pages share that the case page does not need until it is ready (the
// course summary, pass rule and certificate lines, case status; the tag parser, which the story
// runtime needs once it has loaded): a chunk of its own, kept off the case page's first load.
const notBeforeCaseReady = new RegExp(
	[
		String.raw`src[\\/]lib[\\/](content[\\/]time|report[\\/]certificate|session[\\/]score-check|progress[\\/]case-status)\.ts`,
		String.raw`src[\\/]lib[\\/]domain[\\/](authoring-rules|pass-rule|decision-routes|facilitator-notes|course-result|iso-duration|tags)\.ts`,
		String.raw`src[\\/]lib[\\/]components[\\/]TraineeField\.svelte`
	].join('|')
);

export default defineConfig({
	plugins: [confideInk({ root: import.meta.dirname, storyDirs }), sveltekit()],
	define: {
		__CONFIDE_MODE__: JSON.stringify(mode),
		__CONFIDE_TARGET__: JSON.stringify(target),
		__CONFIDE_CERTIFICATE__: JSON.stringify(certificate),
		__CONFIDE_LMS__: JSON.stringify(lms),
		__CONFIDE_PASS_RULE__: JSON.stringify(passRule),
		__CONFIDE_LRS__: JSON.stringify(lrs),
		// The case page's inline script and its CSP hash (src/hooks.server.ts).
		__CONFIDE_OPENING_SHELL__: JSON.stringify({ text: OPENING_SHELL_TEXT, hash: OPENING_SHELL_HASH })
	},
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
						{ name: 'app', test: (id: string) => firstScreen.test(id) && !later.test(id) && !caseOnly.test(id) && !notBeforeCaseReady.test(id) },
						{ name: 'case', test: (id: string) => caseOnly.test(id) },
						{ name: 'pages', test: (id: string) => notBeforeCaseReady.test(id) }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		// The story checker explores every vignette: seconds each on a busy machine.
		testTimeout: 30_000,
		// A test that asserts nothing proves nothing.
		expect: { requireAssertions: true },
		// One worker per core (Vitest's default leaves one core free: a single worker on CI's two),
		// and test files share their workers' module graphs: importing the compiler, inkjs and
		// Dexie again for every one of 84 files was half the time (100 s -> 51 s measured here).
		// Tests leave no state behind: stubbed globals are undone after each test, databases have
		// names of their own (tests/unit/support/db.ts).
		maxWorkers: availableParallelism(),
		isolate: false,
		unstubGlobals: true
	}
});
