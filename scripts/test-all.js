#!/usr/bin/env node
// Runs every check and prints one closing line, `N passed, N failed`, summed over all suites (CI
// reads it). Steps: Kit's sync; then two at a time, lint, the type check and the test builds (main,
// version B, under /confide, assessment, the file:// copy, LRS, LMS packages); story checks; unit
// tests (Vitest JSON); browser tests (Playwright JSON); the soak. A step that is not a test suite
// counts as one test.
// Exit status 1 if anything failed. No dependencies. Usage: node scripts/test-all.js
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const TMP = '.tmp';
const BUILD_DIR = join(TMP, 'build-test');
// The same site as a newer version (update tests) and under a sub-path (base-path tests).
const BUILD_B_DIR = join(TMP, 'build-b');
const BUILD_BASE_DIR = join(TMP, 'build-base');
// A student build: assessment mode, no instructor pages, its own pass rule and CE fields (assessment-build tests).
const BUILD_ASSESSMENT_DIR = join(TMP, 'build-assessment');
// The copy that opens from disk (file-copy tests).
const BUILD_FILE_DIR = join(TMP, 'build-file');
// SCORM packages of the test vignette (tests/e2e/lms.spec.ts).
const LMS_DIR = join(TMP, 'lms-test');
const BUILD_LRS_DIR = join(TMP, 'build-lrs');
const UNIT_JSON = join(TMP, 'unit-results.json');
const E2E_JSON = join(TMP, 'e2e-results.json');
const STORIES_JSON = join(TMP, 'stories-check.json');
const MINUTE = 60_000;

/**
 * Runs a command; resolves with its exit code (or a reason it has none). Its output is streamed,
 * or, for a step run beside another (`buffered`), held and printed in one piece when it ends.
 */
function run(label, command, args, { env = {}, timeoutMs, buffered = false }) {
	return new Promise((resolve) => {
		const header = `\n=== ${label}: ${[command, ...args].join(' ')}`;
		if (!buffered) console.log(header);
		const output = [];
		const child = spawn(command, args, {
			env: { ...process.env, ...env },
			stdio: ['ignore', buffered ? 'pipe' : 'inherit', buffered ? 'pipe' : 'inherit'],
			detached: true // its own process group, so a timeout can stop all of it
		});
		if (buffered) {
			child.stdout.on('data', (chunk) => output.push(chunk));
			child.stderr.on('data', (chunk) => output.push(chunk));
		}
		const flush = () => {
			if (!buffered) return;
			console.log(header);
			process.stdout.write(Buffer.concat(output));
		};
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			console.error(`${label}: no result after ${Math.round(timeoutMs / MINUTE)} min; stopping it.`);
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			flush();
			resolve({ code: null, reason: error.message });
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			flush();
			resolve({ code, reason: timedOut ? 'timed out' : signal ? `killed by ${signal}` : code === 0 ? '' : `exit ${code}` });
		});
	});
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

const results = [];
const seconds = (start) => ((Date.now() - start) / 1000).toFixed(1);

/** A check that is not a test suite: one passed or one failed. Resolves with its result, not yet recorded. */
async function checkResult(name, command, args, options) {
	const start = Date.now();
	const { code, reason } = await run(name, command, args, options);
	const ok = code === 0 && (options.verify?.() ?? true);
	return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: ok ? 'ok' : `FAILED (${reason || 'output missing'})`, time: seconds(start) };
}

/** A test suite: its counts come from its JSON report; a runner failure with no failed test counts as one. */
async function suite(name, command, args, options, count) {
	const start = Date.now();
	rmSync(options.report, { force: true });
	const { code, reason } = await run(name, command, args, options);
	const report = readJson(options.report);
	let passed = 0;
	let failed = 1;
	let note = `FAILED: no JSON report (${reason || 'exit 0'})`;
	if (report) {
		({ passed, failed } = count(report));
		note = `passed=${passed} failed=${failed}`;
		if (code !== 0 && failed === 0) {
			failed = 1;
			note += ` + runner error (${reason})`;
		}
	}
	results.push({ name, passed, failed, note, time: seconds(start) });
}

mkdirSync(TMP, { recursive: true });

/** Runs `tasks` (functions returning promises) at most `width` at a time; resolves when all are done. */
async function pool(tasks, width) {
	const queue = [...tasks];
	await Promise.all(Array.from({ length: width }, async () => {
		for (let task = queue.shift(); task; task = queue.shift()) await task();
	}));
}

// Steps that do not depend on each other run two at a time (CI has two cores; each of these is
// mostly one process on one core), their output printed whole as each ends. Results are listed
// in the order below, whatever order they end in.
const CONCURRENT = 2;
/** Runs checks side by side and records their results in the given order. */
async function checksSideBySide(steps) {
	const ordered = [];
	await pool(
		steps.map((step, i) => async () => {
			ordered[i] = await checkResult(step.name, step.command, step.args, { ...step.options, buffered: true });
		}),
		CONCURRENT
	);
	results.push(...ordered);
	return ordered.map((r) => r.failed === 0);
}

// Kit's generated files (.svelte-kit: the tsconfig both ESLint and svelte-check read) first, once:
// the checks below then only read them, and every build writes its own (CONFIDE_KIT_DIR).
const synced = await checkResult('kit sync', 'npx', ['--no', '--', 'svelte-kit', 'sync'], { timeoutMs: 5 * MINUTE });
if (synced.failed) results.push(synced);

// Every build is its own folder and has its own folder for Kit's working files (CONFIDE_KIT_DIR,
// svelte.config.js), so builds run beside each other and beside the checks, which read .svelte-kit.
const KIT_DIR = (name) => join(TMP, 'kit', name);
const siteBuild = (name, dir, env, files) => ({
	name,
	command: 'npx',
	args: ['--no', '--', 'vite', 'build'],
	options: {
		env: { CONFIDE_FIXTURES: '1', CONFIDE_OUT: dir, ...env },
		timeoutMs: 15 * MINUTE,
		verify: () => files.every((f) => existsSync(join(dir, f)))
	}
});
const OTHER_BUILD_FILES = ['index.html', 'case/tiny/index.html', 'service-worker.js'];
for (const dir of [BUILD_DIR, BUILD_B_DIR, BUILD_BASE_DIR, BUILD_ASSESSMENT_DIR, BUILD_FILE_DIR, BUILD_LRS_DIR, LMS_DIR, join(TMP, 'kit')])
	rmSync(dir, { recursive: true, force: true });
// Lint and the type check first (the longest), then the builds as each lane frees up.
const [_lint, _types, built] = await checksSideBySide([
	{ name: 'lint', command: 'npx', args: ['--no', '--', 'eslint', '.'], options: { timeoutMs: 15 * MINUTE } },
	{ name: 'type check', command: 'npx', args: ['--no', '--', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'], options: { timeoutMs: 15 * MINUTE } },
	siteBuild('test build', BUILD_DIR, { CONFIDE_KIT_DIR: KIT_DIR('test') }, ['index.html', 'case/dana/index.html', 'case/tiny/index.html']),
	// The same site as a newer version (update tests) and under a sub-path (base-path tests).
	siteBuild('test build B', BUILD_B_DIR, { CONFIDE_VERSION: 'test-b', CONFIDE_KIT_DIR: KIT_DIR('b') }, OTHER_BUILD_FILES),
	siteBuild('test build /confide', BUILD_BASE_DIR, { CONFIDE_BASE_PATH: '/confide', CONFIDE_KIT_DIR: KIT_DIR('base') }, OTHER_BUILD_FILES),
	siteBuild(
		'test build assessment',
		BUILD_ASSESSMENT_DIR,
		{
			CONFIDE_MODE: 'assessment',
			CONFIDE_PASS: '50',
			CONFIDE_CE_PROVIDER: 'Test CE Board',
			CONFIDE_CE_ACTIVITY: 'Confidentiality 101',
			CONFIDE_CE_HOURS: '1.5',
			CONFIDE_CE_INSTRUCTOR: 'Dr. Q',
			CONFIDE_KIT_DIR: KIT_DIR('assessment')
		},
		OTHER_BUILD_FILES
	),
	{
		name: 'test build file://',
		command: 'node',
		args: ['scripts/build-file.js'],
		options: {
			env: { CONFIDE_FIXTURES: '1', CONFIDE_OUT: BUILD_FILE_DIR, CONFIDE_KIT_DIR: KIT_DIR('file') },
			timeoutMs: 15 * MINUTE,
			verify: () => existsSync(join(BUILD_FILE_DIR, 'index.html'))
		}
	},
	// A site that sends xAPI statements to a record store (tests/e2e/lrs.spec.ts serves both).
	siteBuild(
		'test build LRS',
		BUILD_LRS_DIR,
		{ CONFIDE_LRS_ENDPOINT: 'https://confide.test/xapi/', CONFIDE_LRS_AUTH: 'course:secret', CONFIDE_KIT_DIR: KIT_DIR('lrs') },
		['case/tiny/index.html']
	),
	// The LMS packages (SCORM 1.2, 2004 and cmi5) of the tiny vignette, and of a catalogue of two
	// vignettes as one course, for the LMS browser tests: one site build serves them all.
	{
		name: 'LMS test packages',
		command: 'node',
		args: ['scripts/build-lms.js', '--case', 'tiny,facilitated', '--packages', 'vignette,catalogue', '--out', LMS_DIR],
		options: {
			env: { CONFIDE_FIXTURES: '1', CONFIDE_KIT_DIR: KIT_DIR('lms') },
			timeoutMs: 15 * MINUTE,
			verify: () => ['scorm12', 'scorm2004', 'cmi5'].every((s) => ['tiny', 'catalogue'].every((name) => existsSync(join(LMS_DIR, `confide-${name}-${s}.zip`))))
		}
	}
]);

// Every vignette under every profile, every path played: one test per vignette and profile.
await suite(
	'story checks',
	'node',
	['scripts/check-stories.js', '--json', STORIES_JSON],
	{ report: STORIES_JSON, timeoutMs: 15 * MINUTE },
	(reports) => ({ passed: reports.filter((r) => r.failures.length === 0).length, failed: reports.filter((r) => r.failures.length > 0).length })
);

await suite(
	'unit tests',
	'npx',
	['--no', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`],
	{ report: UNIT_JSON, timeoutMs: 20 * MINUTE },
	(r) => ({ passed: Number(r.numPassedTests) || 0, failed: (Number(r.numFailedTests) || 0) + (r.numTotalTests === 0 && !r.success ? 1 : 0) })
);

if (built) {
	await suite(
		'browser tests',
		'npx',
		['--no', '--', 'playwright', 'test'],
		{ report: E2E_JSON, env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }, timeoutMs: 30 * MINUTE },
		(r) => {
			const stats = r.stats ?? {};
			const failed = (Number(stats.unexpected) || 0) + (Number(stats.flaky) || 0) + (Array.isArray(r.errors) ? r.errors.length : 0);
			return { passed: Number(stats.expected) || 0, failed };
		}
	);
} else {
	results.push({ name: 'browser tests', passed: 0, failed: 1, note: 'SKIPPED: the test build failed', time: '0.0' });
}

/** A seed fixed for this commit (the same on every run of it, different for the next commit). */
function commitSeed() {
	let commit = 'no-git';
	try {
		commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		// not a git checkout
	}
	let hash = 2166136261;
	for (const char of commit) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
	return String((hash >>> 0) % 0x7fffffff || 1);
}

// Kill-and-relaunch soak (scripts/soak.js): 50 cycles on the test build, with a seed fixed for the
// commit, so a commit never passes on one run and fails on the next (SOAK_SEED replays one). One test per cycle: passed if nothing acknowledged was lost and the
// resumed state was consistent; cycles it never reached count as failed.
if (built) {
	const SOAK_JSON = join(TMP, 'soak-results.json');
	await suite(
		'soak',
		'node',
		['scripts/soak.js', '--dir', BUILD_DIR, '--json', SOAK_JSON],
		{ report: SOAK_JSON, env: { SOAK_CYCLES: '50', SOAK_SEED: process.env.SOAK_SEED ?? commitSeed() }, timeoutMs: 15 * MINUTE },
		(r) => ({ passed: Number(r.passed) || 0, failed: (Number(r.failed) || 0) + Math.max(0, (Number(r.cyclesRequested) || 0) - (Number(r.cycles) || 0)) })
	);
} else {
	results.push({ name: 'soak', passed: 0, failed: 1, note: 'SKIPPED: the test build failed', time: '0.0' });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n=== Summary');
for (const r of results) console.log(`  ${r.name.padEnd(14)} ${r.note.padEnd(40)} ${r.time.padStart(6)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
