#!/usr/bin/env node
// `npm run soak`: the kill-and-relaunch soak. Plays the vignettes in Chromium on a persistent
// profile, kills the browser (SIGKILL to its process group) at random moments and starts it again,
// then checks that nothing the page acknowledged as saved was lost and that the resumed attempt
// is consistent: its choice log, transcript, ledger and ink state agree with each other, with a
// replay of the story, and with what the page shows.
//
//   npm run soak                          1000 cycles (SOAK_CYCLES), a fresh test build first
//   node scripts/soak.js --cycles 50      against the existing test build in .tmp/build-test
//   SOAK_SEED=1234 npm run soak           replay the random decisions of an earlier run
//
// Options: --cycles N (env SOAK_CYCLES, default 1000), --seed N (env SOAK_SEED, default random),
// --json FILE (report), --dir DIR (static build, default .tmp/build-test), --port N (default: a free
// one), --build (build the test build into --dir first), --max-failures N (stop after N failed
// cycles, default 20), --keep-profile (keep the Chromium profile folder), --help.
// Exit status 1 if any cycle failed, 2 if the soak could not run.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killChromium, launchChromium } from './lib/chromium-process.js';
import { cycleSeed, describe, hasRow, judge, prng, rowProblems, saves, screenOfPhase, summarize, unsaved } from './soak/model.js';
import { loadOracle } from './soak/oracle.js';
import { CONTROL, STEP_TIMEOUT_MS, openCase, readRows, readView, viewKey, viewProblems, waitAcknowledged, waitContentNote } from './soak/page.js';

/**
 * @typedef {import('./soak/model.js').Step & { view?: import('./soak/page.js').View }} Step
 * @typedef {import('./soak/model.js').Summary} Summary
 * @typedef {import('./soak/model.js').StoredRow} StoredRow
 * @typedef {import('./soak/page.js').View} View
 * @typedef {import('./lib/chromium-process.js').RunningChromium} RunningChromium
 * @typedef {{ before: Summary, steps: Step[] }} Segment one attempt's part of a cycle
 * @typedef {'idle' | 'after-click' | 'mid-save'} KillMode
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STORY_DIRS = ['stories', 'tests/fixtures/stories'];
/** The vignettes played, in rotation (those the build has). */
const CASES = ['dana', 'jordan', 'eleanor', 'maya', 'tiny'];
/** Most steps in one cycle: short play, many kills. */
const MAX_STEPS = 6;
/** Chance to stay on the same vignette for the next cycle (else the next in rotation). */
const STAY = 0.6;
/** Chances per step of the rarer moves. */
const P_PROFILE = 0.5;
const P_PAUSE_RESTART = 0.03;
const P_DEBRIEF_RESTART = 0.5;
/** @type {[KillMode, number][]} how the last step of a cycle ends, with weights */
const KILL_MODES = [
	['idle', 0.3],
	['after-click', 0.3],
	['mid-save', 0.4]
];
const MID_SAVE_MAX_MS = 30;
const USAGE = `Usage: node scripts/soak.js [--cycles N] [--seed N] [--json FILE] [--dir DIR] [--port N] [--build] [--max-failures N] [--keep-profile]
Kill-and-relaunch soak of the case page (see the comment at the top of scripts/soak.js).
Env: SOAK_CYCLES (default 1000), SOAK_SEED (default random; always printed).`;

// --- options -------------------------------------------------------------------------------

const argv = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => argv.includes(`--${name}`);
/** @param {string} name */
const option = (name) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? undefined : argv[i + 1];
};
if (flag('help')) {
	console.log(USAGE);
	process.exit(0);
}
/** @param {string | undefined} value @param {string} what */
function integer(value, what) {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) {
		console.error(`${what} must be a whole number, not '${value}'`);
		process.exit(2);
	}
	return n;
}
const cycles = integer(option('cycles') ?? process.env.SOAK_CYCLES ?? '1000', 'the cycle count (--cycles or SOAK_CYCLES)');
const seedGiven = option('seed') ?? process.env.SOAK_SEED;
const seed = seedGiven === undefined || seedGiven === '' ? randomInt(2 ** 31) : integer(seedGiven, 'the seed (--seed or SOAK_SEED)');
const jsonFile = option('json');
const buildDir = resolve(ROOT, option('dir') ?? '.tmp/build-test');
const maxFailures = integer(option('max-failures') ?? '20', '--max-failures');
const replay = `SOAK_SEED=${seed} SOAK_CYCLES=${cycles} npm run soak   (or: node scripts/soak.js --seed ${seed} --cycles ${cycles})`;


// --- report --------------------------------------------------------------------------------

const stats = {
	kills: { idle: 0, afterClick: 0, midSaveAcknowledged: 0, midSaveUnacknowledged: 0 },
	/** The step a kill interrupted: in the row after the restart, or not. */
	interrupted: { kept: 0, lost: 0 },
	acknowledgedLost: 0,
	steps: { acknowledged: 0, choices: 0, attemptsStarted: 0, debriefs: 0, restarts: 0, profilePicks: 0 },
	/** Relaunches where the browser had discarded the database and the page restored it from the backup copy. */
	restoredFromBackup: 0,
	cases: /** @type {Record<string, number>} */ ({})
};
/** @type {{ cycle: number, caseId: string, stage: string, details: string[] }[]} */
const failures = [];
/** @type {{ cycle: number, caseId: string, ok: boolean, steps: string[], kill: string, outcome: string, ms: Record<string, number> }[]} */
const cycleLog = [];
const started = Date.now();
const loadAtStart = Number(loadavg()[0]?.toFixed(1));
/** @type {number | undefined} when the first cycle started */
let cyclesStarted;

function report() {
	const run = cycleLog.length;
	const sum = (/** @type {string} */ k) => cycleLog.reduce((t, c) => t + (c.ms[k] ?? 0), 0);
	const perCycle = run ? (Date.now() - (cyclesStarted ?? started)) / 1000 / run : 0;
	return {
		seed,
		replay,
		cyclesRequested: cycles,
		cycles: run,
		/** Chromium's storage-related log lines, per launch that printed any. */
		browserStorageLog: browserLogs.filter((l) => l.lines.length),
		passed: cycleLog.filter((c) => c.ok).length,
		failed: cycleLog.filter((c) => !c.ok).length,
		stats: {
			...stats,
			killsBeforeAcknowledgement: stats.kills.afterClick + stats.kills.midSaveUnacknowledged,
			killsAfterAcknowledgement: stats.kills.idle + stats.kills.midSaveAcknowledged
		},
		failures,
		timings: {
			/** The machine's 1-minute load average at the start and the end (timings depend on it). */
			loadAverage: [loadAtStart, Number(loadavg()[0]?.toFixed(1))],
			totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
			/** Compiling the stories, serving the build, the first launch. */
			setupSeconds: Number((((cyclesStarted ?? Date.now()) - started) / 1000).toFixed(1)),
			secondsPerCycle: Number(perCycle.toFixed(2)),
			meanMs: Object.fromEntries(['launch', 'open', 'play', 'kill', 'check'].map((k) => [k, run ? Math.round(sum(k) / run) : 0]))
		},
		cycleLog
	};
}

function writeReport() {
	if (!jsonFile) return;
	mkdirSync(dirname(resolve(jsonFile)), { recursive: true });
	writeFileSync(jsonFile, JSON.stringify(report(), null, 2));
}

// --- setup ---------------------------------------------------------------------------------

/** @param {string} label @param {string} command @param {string[]} args @param {Record<string, string>} env */
function runChecked(label, command, args, env) {
	return new Promise((done, fail) => {
		console.log(`${label}: ${[command, ...args].join(' ')}`);
		const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', fail);
		child.on('close', (code) => (code === 0 ? done(undefined) : fail(new Error(`${label} failed (exit ${code})`))));
	});
}

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

/** Serves the build with scripts/serve.js; resolves once it answers. @param {string} dir @param {number} port */
async function startServer(dir, port) {
	const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.js'), '--port', String(port), '--dir', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`scripts/serve.js exited (${child.exitCode})`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`scripts/serve.js did not answer on port ${port} within 15 s`);
		await sleep(50);
	}
}

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// --- the soak ------------------------------------------------------------------------------

console.log(`Soak: ${cycles} cycles, seed ${seed}`);
console.log(`Replay: ${replay}`);

if (flag('build')) await runChecked('test build', 'npx', ['--no', '--', 'vite', 'build'], { CONFIDE_FIXTURES: '1', CONFIDE_OUT: buildDir });
if (!existsSync(join(buildDir, 'case'))) {
	console.error(`No build in ${buildDir}. Build it (CONFIDE_FIXTURES=1 CONFIDE_OUT=.tmp/build-test npx vite build) or pass --build.`);
	process.exit(2);
}

const oracle = await loadOracle(ROOT, STORY_DIRS);
const cases = CASES.filter((id) => existsSync(join(buildDir, 'case', id, 'index.html')) && oracle.has(id));
if (!cases.length) {
	console.error(`The build in ${buildDir} has none of the vignettes ${CASES.join(', ')}.`);
	process.exit(2);
}
const port = option('port') ? integer(option('port'), '--port') : await freePort();
const server = await startServer(buildDir, port);
const caseUrl = (/** @type {string} */ id) => `http://127.0.0.1:${port}/case/${id}/`;
const profileDir = mkdtempSync(join(tmpdir(), 'confide-soak-'));
console.log(`Serving ${buildDir} on port ${port}; profile ${profileDir}; vignettes ${cases.join(', ')}\n`);

/** @type {Map<string, Summary & { caseId: string }>} every attempt row seen, as last checked */
const verified = new Map();
/** @type {string[]} console errors and page errors since the last check */
let pageErrors = [];

/** Chromium's stderr (its error log) since the last launch: storage it found broken and discarded shows there. */
let browserLog = '';
/** Every launch's stderr, kept for the report: one entry per launch. */
/** @type {{ launch: number, lines: string[] }[]} */
const browserLogs = [];
const STORAGE_LOG = /indexed ?db|leveldb|backing store|corrupt|quota|storage/i;

/** @returns {Promise<RunningChromium>} */
async function launch() {
	if (browserLog) browserLogs.push({ launch: browserLogs.length + 1, lines: browserLog.split('\n').filter((l) => STORAGE_LOG.test(l)).slice(-50) });
	browserLog = '';
	const running = await launchChromium(profileDir, {
		onStderr: (chunk) => {
			if (browserLog.length < 200_000) browserLog += chunk;
		}
	});
	running.page.on('console', (message) => {
		if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
	});
	running.page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
	running.page.on('crash', () => pageErrors.push('the page crashed'));
	return running;
}

/**
 * Checks every stored row against what was verified before and the segments played since, the
 * resumed attempt of `caseId` against the story, and the page against that attempt.
 * @param {import('playwright-core').Page} page
 * @param {string} caseId
 * @param {View} view the page, just opened on the case
 * @param {Segment[]} segments what was played on `caseId` since its last check (none: only opened)
 * @returns {Promise<{ problems: string[], outcome: string, resumed: StoredRow | undefined }>}
 */
async function check(page, caseId, view, segments) {
	/** @type {string[]} */
	const problems = [];
	const rows = await readRows(page, caseId);
	const byId = new Map(rows.map((r) => [r.id, r]));
	for (const [id, s] of verified) if (!byId.has(id)) problems.push(`attempt ${id} (${s.caseId}) is no longer stored`);

	const touched = new Set(segments.map((s) => s.before.id).filter(Boolean));
	for (const row of rows) {
		const known = verified.get(row.id);
		if (!known || touched.has(row.id)) continue;
		const diff = differencesOf(known, row);
		if (diff.length) problems.push(`attempt ${row.id} (${row.caseId}) changed while not played: ${diff.join('; ')}`);
	}

	const fresh = rows.filter((r) => !verified.has(r.id)).sort((a, b) => a.startedAt - b.startedAt);
	const freshOther = fresh.filter((r) => r.caseId !== caseId);
	if (freshOther.length) problems.push(`new attempts of other vignettes appeared: ${freshOther.map((r) => r.caseId).join(', ')}`);
	const freshHere = fresh.filter((r) => r.caseId === caseId);
	let next = 0;
	let outcome = 'clean';
	for (const segment of segments) {
		const isNew = !segment.before.exists;
		if (!hasRow(segment.before, segment.steps)) continue;
		const row = isNew ? freshHere[next++] : byId.get(/** @type {string} */ (segment.before.id));
		const judged = judge(segment.before, segment.steps, row);
		if (judged.outcome !== 'clean') outcome = judged.outcome;
		if (judged.ackedLost) stats.acknowledgedLost++;
		for (const p of judged.problems) problems.push(`${judged.ackedLost ? 'ACKNOWLEDGED SAVE LOST: ' : ''}${row?.id ?? 'new attempt'}: ${p}`);
	}
	if (next < freshHere.length) problems.push(`${freshHere.length - next} unexpected new attempt row(s) of ${caseId}`);

	const active = rows.filter((r) => r.caseId === caseId && r.status === 'active');
	if (active.length > 1) problems.push(`${active.length} active attempts of ${caseId}: ${active.map((r) => r.id).join(', ')}`);
	/** @type {Map<string, string[]>} */
	const offeredById = new Map();
	for (const row of rows.filter((r) => r.caseId === caseId && (touched.has(r.id) || !verified.has(r.id) || r.status === 'active'))) {
		const own = rowProblems(row);
		const story = oracle.check(row);
		offeredById.set(row.id, story.offered.map((c) => c.id));
		for (const p of [...own, ...story.problems]) problems.push(`${row.id} (${row.phase}, ${row.choiceLog.length} choices): ${p}`);
	}

	const resumed = active.sort((a, b) => b.updatedAt - a.updatedAt)[0];
	// What the next cycle plays on is what the page shows (a new attempt on the content note).
	const playedOn = view.screen === 'content-note' ? undefined : resumed;
	const screen = resumed ? screenOfPhase(resumed.phase) : 'content-note';
	if (view.screen !== screen) problems.push(`the page shows ${view.screen}, the stored attempt ${resumed ? `is in phase ${resumed.phase}` : 'is not active (a new one starts)'}`);
	else if (resumed) for (const p of viewProblems(view, resumed, offeredById.get(resumed.id) ?? [])) problems.push(`page: ${p}`);

	// Nothing lost: the page shows exactly what it showed when it last acknowledged a save.
	const last = segments.at(-1);
	const lastAcked = last?.steps.filter((s) => s.acked === true && saves(s.kind)).at(-1);
	if (lastAcked?.view && outcome !== 'kept' && ['setting', 'choosing', 'feedback'].includes(lastAcked.view.screen ?? '')) {
		const pick = (/** @type {View} */ v) => JSON.stringify([v.screen, v.passage, v.transcript, v.choiceIds, v.feedback, v.verdict, v.profile]);
		if (pick(view) !== pick(lastAcked.view)) problems.push(`the resumed page differs from what it showed at its last acknowledged save (after ${describe(lastAcked)})`);
	}

	if (pageErrors.length) problems.push(...pageErrors.map((e) => `browser: ${e}`));
	pageErrors = [];
	for (const row of rows) verified.set(row.id, { ...summarize(row), caseId: row.caseId });
	return { problems, outcome, resumed: playedOn };
}

/**
 * @param {Summary} known
 * @param {StoredRow} row
 */
function differencesOf(known, row) {
	const now = summarize(row);
	/** @type {string[]} */
	const out = [];
	for (const key of /** @type {const} */ (['status', 'profile', 'revision'])) if (now[key] !== known[key]) out.push(`${key} ${known[key]} -> ${now[key]}`);
	if (JSON.stringify(now.phases) !== JSON.stringify(known.phases)) out.push(`phase ${known.phases} -> ${now.phases}`);
	if (JSON.stringify(now.log) !== JSON.stringify(known.log)) out.push(`log [${known.log.join(' ')}] -> [${now.log.join(' ')}]`);
	return out;
}

/**
 * What to do on the screen shown, or null to stop playing.
 * @param {ReturnType<typeof prng>} rng
 * @param {View} view
 * @param {string} caseId
 * @returns {{ kind: import('./soak/model.js').StepKind, choiceId?: string, profile?: string, via?: 'pause' | 'debrief' } | null}
 */
function decide(rng, view, caseId) {
	const pauseRestart = () => rng.chance(P_PAUSE_RESTART);
	switch (view.screen) {
		case 'content-note':
			return { kind: 'begin' };
		case 'setting': {
			const others = oracle.profiles(caseId).filter((p) => p !== view.profile);
			if (others.length && view.profile !== null && rng.chance(P_PROFILE)) return { kind: 'profile', profile: rng.pick(others) };
			return pauseRestart() ? { kind: 'restart', via: 'pause' } : { kind: 'continue' };
		}
		case 'choosing':
			if (!view.choiceIds.length) return null;
			return pauseRestart() ? { kind: 'restart', via: 'pause' } : { kind: 'choice', choiceId: rng.pick(view.choiceIds) };
		case 'feedback':
			return pauseRestart() ? { kind: 'restart', via: 'pause' } : { kind: 'feedback' };
		case 'debrief':
			return rng.chance(P_DEBRIEF_RESTART) ? { kind: 'restart', via: 'debrief' } : null;
		default:
			return null;
	}
}

/**
 * Presses the control for `move`; resolves once the press was dispatched.
 * @param {import('playwright-core').Page} page
 * @param {NonNullable<ReturnType<typeof decide>>} move
 */
async function press(page, move) {
	const timeout = STEP_TIMEOUT_MS;
	switch (move.kind) {
		case 'begin':
			return page.click(CONTROL.begin, { timeout });
		case 'continue':
			return page.click(CONTROL.continue, { timeout });
		case 'feedback':
			return page.click(CONTROL.feedback, { timeout });
		case 'choice':
			return page.click(CONTROL.choice(/** @type {string} */ (move.choiceId)), { timeout });
		case 'profile':
			return page.check(CONTROL.profile(/** @type {string} */ (move.profile)), { timeout });
		case 'restart':
			if (move.via === 'pause') {
				await page.click(CONTROL.pause, { timeout });
				return page.click(CONTROL.pauseRestart, { timeout });
			}
			return page.click(CONTROL.debriefRestart, { timeout });
	}
}

/**
 * One cycle's play on the open case: a few random steps, each acknowledged before the next,
 * then a kill at a random moment around the last one.
 * @param {ReturnType<typeof prng>} rng
 * @param {RunningChromium} running
 * @param {string} caseId
 * @param {View} view
 * @param {StoredRow | undefined} resumed the attempt the page resumed, if any
 */
async function play(rng, running, caseId, view, resumed) {
	const { page } = running;
	/** @type {Segment[]} */
	const segments = [{ before: resumed ? summarize(resumed) : unsaved(oracle.defaultProfile(caseId)), steps: [] }];
	/** @type {string[]} */
	const problems = [];
	const steps = 1 + rng.int(MAX_STEPS);
	let mode = /** @type {KillMode} */ (weighted(rng, KILL_MODES));
	const delay = rng.int(MID_SAVE_MAX_MS + 1);
	let kill = 'idle';
	try {
		for (let n = 0; n < steps; n++) {
			const move = decide(rng, view, caseId);
			if (!move) {
				if (view.screen === 'error') problems.push('the page shows its error screen');
				mode = 'idle';
				break;
			}
			const segment = /** @type {Segment} */ (segments.at(-1));
			if (move.kind === 'restart') {
				await press(page, move);
				view = await waitContentNote(page);
				segment.steps.push({ kind: 'restart', acked: true });
				segments.push({ before: unsaved(oracle.defaultProfile(caseId)), steps: [] });
				stats.steps.restarts++;
				if (n === steps - 1) mode = 'idle';
				continue;
			}
			/** @type {Step} */
			const step = { kind: move.kind, acked: null, ...(move.choiceId ? { choiceId: move.choiceId } : {}), ...(move.profile ? { profile: move.profile } : {}) };
			const before = viewKey(view);
			segment.steps.push(step);
			await press(page, move);
			if (move.kind === 'begin') stats.steps.attemptsStarted++;
			if (n < steps - 1 || mode === 'idle') {
				try {
					view = await waitAcknowledged(page, before);
				} catch {
					problems.push(`no acknowledgement within ${STEP_TIMEOUT_MS / 1000} s after ${describe(step)}`);
					step.acked = false;
					mode = 'idle';
					break;
				}
				if (view.screen === 'error' || (saves(move.kind) && view.saveState !== 'saved')) {
					problems.push(`after ${describe(step)} the page shows ${view.screen} with save state ${view.saveState}`);
					step.acked = false;
					mode = 'idle';
					break;
				}
				Object.assign(step, { acked: true, screen: view.screen, view });
				countAcked(step);
				continue;
			}
			if (mode === 'mid-save') {
				await sleep(delay);
				const now = await readView(page);
				step.acked = viewKey(now) !== before && (saves(move.kind) ? now.saveState === 'saved' : now.saveState !== 'pending') && now.screen !== 'error';
				if (step.acked) {
					Object.assign(step, { screen: now.screen, view: now });
					countAcked(step);
				}
				kill = `mid-save ${delay} ms, ${step.acked ? 'acknowledged' : 'not acknowledged'}`;
				stats.kills[step.acked ? 'midSaveAcknowledged' : 'midSaveUnacknowledged']++;
			} else {
				kill = 'right after the click';
				stats.kills.afterClick++;
			}
			break;
		}
		if (mode === 'idle') {
			await sleep(rng.int(100));
			stats.kills.idle++;
		}
	} catch (error) {
		problems.push(`play failed: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
	}
	const killStart = Date.now();
	await killChromium(running);
	return { segments, problems, kill, killMs: Date.now() - killStart };
}

/** @param {Step} step */
function countAcked(step) {
	stats.steps.acknowledged++;
	if (step.kind === 'choice') stats.steps.choices++;
	if (step.kind === 'profile') stats.steps.profilePicks++;
	if (step.screen === 'debrief') stats.steps.debriefs++;
}

/**
 * @template T
 * @param {ReturnType<typeof prng>} rng
 * @param {[T, number][]} items
 */
function weighted(rng, items) {
	let r = rng.next() * items.reduce((t, [, w]) => t + w, 0);
	for (const [item, w] of items) if ((r -= w) < 0) return item;
	return /** @type {[T, number]} */ (items.at(-1))[0];
}

/** @type {RunningChromium | undefined} */
let running;
let caseIndex = 0;
let exitCode = 0;
try {
	running = await launch();
	let caseId = /** @type {string} */ (cases[0]);
	let view = await openCase(running.page, caseUrl(caseId));
	let { problems: firstProblems, resumed } = await check(running.page, caseId, view, []);
	if (firstProblems.length) failures.push({ cycle: 0, caseId, stage: 'first open', details: firstProblems });

	cyclesStarted = Date.now();
	for (let cycle = 1; cycle <= cycles; cycle++) {
		const rng = prng(cycleSeed(seed, cycle));
		const playedCase = caseId;
		const ms = /** @type {Record<string, number>} */ ({});
		let t = Date.now();
		stats.cases[caseId] = (stats.cases[caseId] ?? 0) + 1;
		const played = await play(rng, /** @type {RunningChromium} */ (running), caseId, view, resumed);
		ms.play = Date.now() - t - played.killMs;
		ms.kill = played.killMs;

		t = Date.now();
		running = await launch();
		ms.launch = Date.now() - t;
		t = Date.now();
		/** @type {string[]} */
		let problems = [...played.problems];
		let outcome = 'clean';
		let restoredNote = '';
		try {
			view = await openCase(running.page, caseUrl(caseId));
			ms.open = Date.now() - t;
			if (await running.page.locator('[data-restored-notice]').count()) {
				stats.restoredFromBackup++;
				restoredNote = '; the browser had discarded its database: restored from the backup copy';
			}
			t = Date.now();
			const checked = await check(running.page, caseId, view, played.segments);
			problems.push(...checked.problems);
			outcome = checked.outcome;
			resumed = checked.resumed;
			if (outcome === 'kept' || outcome === 'lost') stats.interrupted[outcome]++;

			// Now and then the next vignette: opening it checks that its state survived the kills meanwhile.
			if (!rng.chance(STAY) && cases.length > 1) {
				caseIndex = (caseIndex + 1) % cases.length;
				caseId = /** @type {string} */ (cases[caseIndex]);
				view = await openCase(running.page, caseUrl(caseId));
				const other = await check(running.page, caseId, view, []);
				problems.push(...other.problems.map((p) => `on opening ${caseId}: ${p}`));
				resumed = other.resumed;
			}
		} catch (error) {
			problems.push(`check failed: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
		}
		ms.check = Date.now() - t;

		const steps = played.segments.flatMap((s) => s.steps.map((step) => `${describe(step)}${step.acked === true ? '' : '?'}`));
		const ok = problems.length === 0;
		cycleLog.push({ cycle, caseId: playedCase, ok, steps, kill: played.kill, outcome, ms });
		if (!ok) failures.push({ cycle, caseId: playedCase, stage: 'cycle', details: problems });
		const seconds = (Object.values(ms).reduce((a, b) => a + b, 0) / 1000).toFixed(1);
		console.log(
			`${ok ? 'ok  ' : 'FAIL'} ${String(cycle).padStart(String(cycles).length)}/${cycles} ${playedCase.padEnd(7)} ${steps.join(', ') || '(no step)'}; kill ${played.kill}${outcome === 'clean' ? '' : `: ${outcome}`}${restoredNote} (${seconds} s)`
		);
		for (const p of problems) console.log(`       ${p}`);
		if (!ok) {
			// What the browser said about storage since the relaunch (e.g. a database it found corrupt and deleted).
			const said = browserLog.split('\n').filter((l) => STORAGE_LOG.test(l));
			for (const line of said.slice(-10)) console.log(`       chromium: ${line.slice(0, 300)}`);
		}
		if (failures.length >= maxFailures) {
			console.log(`\nStopping: ${failures.length} failed cycles (--max-failures ${maxFailures}).`);
			break;
		}
	}
} catch (error) {
	console.error(`\nThe soak itself failed: ${/** @type {Error} */ (error).stack ?? error}`);
	failures.push({ cycle: cycleLog.length + 1, caseId: '', stage: 'soak', details: [String(/** @type {Error} */ (error).message)] });
	exitCode = 2;
} finally {
	if (running) await killChromium(running).catch(() => {});
	server.kill();
	if (!flag('keep-profile')) rmSync(profileDir, { recursive: true, force: true });
}

const summary = report();
writeReport();
console.log(
	`\n${summary.passed} cycles held, ${summary.failed} failed (of ${cycles}); ${summary.timings.totalSeconds} s (${summary.timings.setupSeconds} s setup), ${summary.timings.secondsPerCycle} s per cycle ` +
		`(launch ${summary.timings.meanMs.launch} ms, open ${summary.timings.meanMs.open} ms, play ${summary.timings.meanMs.play} ms, kill ${summary.timings.meanMs.kill} ms, check ${summary.timings.meanMs.check} ms on average; load average ${summary.timings.loadAverage.join(' -> ')}).` +
		`\nKills: ${summary.stats.killsAfterAcknowledgement} after acknowledgement (${stats.kills.idle} idle, ${stats.kills.midSaveAcknowledged} mid-save), ` +
		`${summary.stats.killsBeforeAcknowledgement} before (${stats.kills.afterClick} right after the click, ${stats.kills.midSaveUnacknowledged} mid-save). ` +
		`Interrupted steps kept ${stats.interrupted.kept}, lost ${stats.interrupted.lost}; acknowledged saves lost: ${stats.acknowledgedLost}; databases restored from the backup copy: ${stats.restoredFromBackup}.` +
		`\nSeed ${seed}. Replay: ${replay}`
);
if (jsonFile) console.log(`Report: ${jsonFile}`);
process.exitCode = exitCode || (summary.failed > 0 || failures.length > 0 ? 1 : 0);
