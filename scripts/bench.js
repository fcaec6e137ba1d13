#!/usr/bin/env node
// Confide bench: measures the first case page (/case/dana/) of the production build in Chromium.
//
//   npm run bench                 build, then measure (about a minute on 2 cores)
//   npm run bench -- --no-build   measure the existing ./build (and .bench/build-analysis, if it matches)
//   npm run bench -- --help       all options
//
// What it measures (details in printHelp below and in the report's notes):
//   a. gzip bytes transferred until `main[data-ready]`, by category, and what loads after it;
//   b. time to data-ready on DevTools "Slow 4G" with 4x CPU throttling (median of fresh contexts);
//   c. click to next frame while playing the case through (1x CPU, no throttling);
//   d. save latency (click until `main[data-save-state]` turns 'saved'), and, in one more untimed
//      playthrough, the bytes each save writes to IndexedDB and to the backup copy (bench/write-probe.js);
//   e. time to the first real choice (content note and setting card clicked through the instant
//      they are enabled) and the bytes and requests until it, with click next-paint at 1x and 4x
//      CPU, against peer pages built from the same story (scripts/bench/peers.js), interleaved:
//      an HTML floor, a vanilla inkjs page, and Twine exports in Chapbook 2 and SugarCube 2
//      (scripts/bench/twine-peers.js, formats vendored in scripts/bench/vendor/).
// Benchmarks report; they never gate: the exit code is 0 unless the bench itself breaks.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CATEGORIES, addCategories, categoryByContent, createAttributor } from './bench/attribution.js';
import { firstChoiceProbe } from './bench/first-choice.js';
import { buildPeers } from './bench/peers.js';
import { probe } from './bench/probe.js';
import { writeProbe } from './bench/write-probe.js';
import { measureProgressScale } from './bench/progress-scale.js';
import { fileFor, gzipSize, startGzipServer } from './bench/server.js';
import { CHROMIUM_ARGS } from './lib/chromium-args.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = join(ROOT, 'build');
const BENCH_DIR = join(ROOT, '.bench');
const ANALYSIS_DIR = join(BENCH_DIR, 'build-analysis');
const RESULTS_FILE = join(BENCH_DIR, 'results.json');
const PEERS_DIR = join(BENCH_DIR, 'peers');

/** The budgets the report compares against (the bench reports; it does not fail on them). */
const BUDGETS = { bytesUntilReadyKB: 100, readySlow4gMs: 1300, clickP95Ms: 16.7 };
/** DevTools' "Slow 4G" preset (bytes/s and ms), as in Chrome DevTools' network throttling menu. */
const SLOW_4G = {
	offline: false,
	downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
	uploadThroughput: ((750 * 1000) / 8) * 0.9,
	latency: 150 * 3.75
};
const CPU_SLOWDOWN = 4;
/**
 * Before each measured click, on every page alike: the time to read the passage (a trainee takes
 * seconds; a page may use it to prepare the next step, as Confide plays each option ahead).
 */
const READING_MS = 300;
/** The Twine peers (scripts/bench/twine-peers.js), in report order, and their names in the report. */
const TWINE_PEERS = ['chapbook', 'sugarcube'];
const TWINE_LABELS = { chapbook: 'Chapbook', sugarcube: 'SugarCube' };
const KB = 1000; // 1 KB = 1000 bytes, as in Vite's build output
/** The peers a playthrough can click through (all but the HTML floor, which has one screen). */
const playablePeers = (peers) => Object.keys(peers.paths).filter((name) => name !== 'floor');

// ---------------------------------------------------------------------------------------------
// Options

function printHelp() {
	console.log(`Usage: npm run bench [-- options]

  --no-build        do not build; measure the existing ./build (the analysis build in
                    .bench/build-analysis is reused if its chunks match, else signatures are used)
  --no-analysis     skip the source-map analysis build (chunk attribution by content signatures)
  --path /case/x/   page to measure (default /case/dana/)
  --runs N          slow-4G runs, each a fresh context (default 5)
  --plays N         playthroughs for click and save timings, each a fresh context (default 3);
                    one more, untimed, counts the bytes each save writes
  --history N       attempts stored before timing /progress/ (default 5000; 0 skips it)
  --server gzip|serve
                    gzip (default): the bench's own static server, gzip level 9 for text files.
                    serve: scripts/serve.js as a child process (uncompressed; throttled timings
                    then over-count bytes, byte counts are still gzip-computed)
  --http2           with --server gzip: serve HTTP/2 over TLS (self-signed certificate made with
                    openssl in .bench/tls), as production static hosts do; the default is
                    HTTP/1.1, where Chromium opens at most 6 connections per host
  --json FILE       where to write the results (default .bench/results.json)

Environment: CHROME_PATH (default /usr/bin/chromium).`);
}

function parseArgs(argv) {
	const options = { build: true, analysis: true, http2: false, path: '/case/dana/', runs: 5, plays: 3, history: 5000, server: 'gzip', json: RESULTS_FILE };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new UsageError(`${a} needs a value`);
			return v;
		};
		const count = (v) => {
			const n = Number(v);
			if (!Number.isInteger(n) || n < 1) throw new UsageError(`${a} needs a whole number >= 1, got '${v}'`);
			return n;
		};
		if (a === '--no-build') options.build = false;
		else if (a === '--no-analysis') options.analysis = false;
		else if (a === '--http2') options.http2 = true;
		else if (a === '--path') options.path = value();
		else if (a === '--runs') options.runs = count(value());
		else if (a === '--plays') options.plays = count(value());
		else if (a === '--history') options.history = Number(value()) || 0;
		else if (a === '--server') {
			options.server = value();
			if (!['gzip', 'serve'].includes(options.server)) throw new UsageError(`--server is 'gzip' or 'serve', not '${options.server}'`);
		} else if (a === '--json') options.json = resolve(value());
		else if (a === '--help' || a === '-h') options.help = true;
		else throw new UsageError(`unknown option ${a} (see --help)`);
	}
	if (!options.path.startsWith('/')) options.path = `/${options.path}`;
	if (options.http2 && options.server !== 'gzip') throw new UsageError('--http2 needs --server gzip');
	return options;
}

class UsageError extends Error {}
class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------
// Cleanup: child processes, server, browser. Always run, also on errors and signals.

const cleanups = [];
let cleaning;
function onCleanup(fn) {
	cleanups.push(fn);
	return () => {
		const i = cleanups.indexOf(fn);
		if (i !== -1) cleanups.splice(i, 1);
	};
}
function cleanup() {
	cleaning ??= (async () => {
		while (cleanups.length) {
			const fn = cleanups.pop();
			try {
				await withTimeout(Promise.resolve().then(fn), 10_000, 'cleanup step');
			} catch (error) {
				console.error(`  (cleanup: ${error.message})`);
			}
		}
	})();
	return cleaning;
}
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143]
])
	process.on(signal, () => {
		console.error(`\nbench: ${signal}, stopping…`);
		cleanup().finally(() => process.exit(code));
	});

function withTimeout(promise, ms, what) {
	let timer;
	return Promise.race([
		promise,
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new BenchError(`timed out after ${(ms / 1000).toFixed(0)} s: ${what}`)), ms);
		})
	]).finally(() => clearTimeout(timer));
}

const progress = (message) => process.stderr.write(`· ${message}\n`);

/** Kills a child started with `detached: true`: its whole process group (npx -> node -> vite). */
function killTree(child, signal = 'SIGTERM') {
	if (child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			// already gone
		}
	}
}

/** Runs a command to completion; on failure shows the tail of its output. */
function run(command, args, { env = {}, timeoutMs = 240_000, label }) {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		const output = [];
		child.stdout.on('data', (d) => output.push(d));
		child.stderr.on('data', (d) => output.push(d));
		const stop = onCleanup(() => stopChild(child));
		const timer = setTimeout(() => {
			killTree(child, 'SIGKILL');
			reject(new BenchError(`${label} did not finish within ${timeoutMs / 1000} s`));
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			stop();
			reject(new BenchError(`${label} could not start: ${error.message}`));
		});
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			stop();
			if (code === 0) return resolvePromise(Buffer.concat(output).toString());
			const tail = Buffer.concat(output).toString().trimEnd().split('\n').slice(-30).join('\n');
			reject(new BenchError(`${label} failed (${signal ?? `exit ${code}`}):\n${tail}`));
		});
	});
}

function stopChild(child) {
	return new Promise((done) => {
		if (child.exitCode !== null || child.signalCode !== null) return done();
		const timer = setTimeout(() => {
			killTree(child, 'SIGKILL');
			done();
		}, 3000);
		child.once('exit', () => {
			clearTimeout(timer);
			done();
		});
		killTree(child, 'SIGTERM');
	});
}

// ---------------------------------------------------------------------------------------------
// Build and serve

async function buildSite(options) {
	if (!options.build) {
		if (!existsSync(join(BUILD_DIR, 'index.html'))) throw new BenchError(`--no-build, but there is no build in ${BUILD_DIR}. Run without --no-build.`);
		progress('using the existing ./build (--no-build)');
		return;
	}
	progress('building the production site: npx vite build');
	await run('npx', ['vite', 'build'], { label: 'npx vite build' });
	if (options.analysis) {
		progress('building the source-map analysis build: CONFIDE_OUT=.bench/build-analysis npx vite build --sourcemap');
		rmSync(ANALYSIS_DIR, { recursive: true, force: true });
		try {
			await run('npx', ['vite', 'build', '--sourcemap'], { env: { CONFIDE_OUT: relative(ROOT, ANALYSIS_DIR) }, label: 'analysis build (npx vite build --sourcemap)' });
		} catch (error) {
			// Attribution falls back to content signatures; the measurements do not need it.
			console.error(`  (analysis build failed, chunks will be attributed by content signatures: ${error.message.split('\n')[0]})`);
		}
	}
}

function walk(dir) {
	const out = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...walk(path));
		else out.push(path);
	}
	return out;
}

function buildIdentity() {
	const hash = createHash('sha256');
	for (const file of walk(BUILD_DIR)) {
		hash.update(relative(BUILD_DIR, file));
		hash.update('\0');
		hash.update(readFileSync(file));
		hash.update('\0');
	}
	let version = null;
	try {
		version = JSON.parse(readFileSync(join(BUILD_DIR, '_app', 'version.json'), 'utf8')).version ?? null;
	} catch {
		// optional
	}
	return { hash: hash.digest('hex').slice(0, 10), version };
}

async function gitState() {
	try {
		const head = (await run('git', ['rev-parse', '--short', 'HEAD'], { label: 'git rev-parse', timeoutMs: 10_000 })).trim();
		const dirty = (await run('git', ['status', '--porcelain'], { label: 'git status', timeoutMs: 10_000 })).trim() !== '';
		return { head, dirty };
	} catch {
		return null;
	}
}

function freePort() {
	return new Promise((resolvePromise, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolvePromise(port));
		});
	});
}

/** A throwaway self-signed certificate for 127.0.0.1 (the browser is told to accept it). */
async function selfSignedCert() {
	const dir = join(BENCH_DIR, 'tls');
	const key = join(dir, 'key.pem');
	const cert = join(dir, 'cert.pem');
	if (!existsSync(key) || !existsSync(cert)) {
		mkdirSync(dir, { recursive: true });
		await run(
			'openssl',
			['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '3650', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
			{ label: 'openssl (self-signed certificate for --http2)', timeoutMs: 30_000 }
		);
	}
	return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function startServer(kind, http2) {
	if (kind === 'gzip') {
		const server = await startGzipServer({ dir: BUILD_DIR, tls: http2 ? await selfSignedCert() : undefined });
		onCleanup(() => server.close());
		return {
			origin: server.origin,
			protocol: http2 ? 'h2' : 'http/1.1',
			description: `served gzip (level 9) by the bench's own static server over ${http2 ? 'HTTP/2 + TLS' : 'HTTP/1.1'}`
		};
	}
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	onCleanup(() => stopChild(child));
	let output = '';
	await withTimeout(
		new Promise((resolvePromise, reject) => {
			const onData = (d) => {
				output += d;
				if (/being served at/.test(output)) resolvePromise();
			};
			child.stdout.on('data', onData);
			child.stderr.on('data', onData);
			child.once('exit', (code) => reject(new BenchError(`scripts/serve.js exited (${code}) before serving:\n${output}`)));
			child.once('error', (error) => reject(new BenchError(`scripts/serve.js could not start: ${error.message}`)));
		}),
		15_000,
		'waiting for scripts/serve.js to print "being served at"'
	);
	return { origin: `http://127.0.0.1:${port}`, protocol: 'http/1.1', description: 'served uncompressed by scripts/serve.js (byte counts are gzip-computed; throttled timings over-count bytes)' };
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

async function launchBrowser() {
	const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(executablePath)) throw new BenchError(`No Chromium at ${executablePath}. Install it (apt-get install chromium) or set CHROME_PATH.`);
	const browser = await withTimeout(chromium.launch({ executablePath, args: CHROMIUM_ARGS }), 60_000, `launching Chromium (${executablePath})`);
	onCleanup(() => browser.close());
	return browser;
}

/**
 * A fresh context (cold cache, empty IndexedDB) with the probe installed and a CDP session.
 * `signals` receives the probe's calls: 'ready' and 'click' (index).
 */
async function openPage(browser, onSignal = () => {}, { firstChoice = false } = {}) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
	const closeContext = onCleanup(() => context.close());
	const close = async () => {
		closeContext();
		await withTimeout(context.close(), 10_000, 'closing a browser context').catch(() => {});
	};
	try {
		await context.exposeFunction('__benchSignal', (kind, value) => onSignal(kind, value));
		await context.addInitScript(probe);
		if (firstChoice) await context.addInitScript(firstChoiceProbe);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		return { context, page, cdp, close };
	} catch (error) {
		await close();
		throw error;
	}
}

/** Resolves when the probe reports data-ready; rejects with a clear message otherwise. */
function readySignal(timeoutMs, path) {
	let resolveReady;
	const promise = new Promise((r) => (resolveReady = r));
	return {
		onSignal: (kind) => kind === 'ready' && resolveReady(),
		wait: (page) =>
			withTimeout(promise, timeoutMs, `waiting for main[data-ready] on ${path}`).catch(async (error) => {
				const state = await page
					.evaluate(() => ({ main: document.querySelector('main')?.outerHTML.slice(0, 300) ?? null, errors: window.__bench?.errors ?? [] }))
					.catch(() => null);
				throw new BenchError(`${error.message}${state ? `\n  main: ${state.main ?? '(no <main>)'}\n  page errors: ${state.errors.join('; ') || 'none'}` : ''}`);
			})
	};
}

// ---------------------------------------------------------------------------------------------
// a. Bytes until data-ready, by category

async function measureBytes(browser, server, options, attributor) {
	const url = server.origin + options.path;
	let seq = 0;
	let readySeq = null;
	const ready = readySignal(30_000, options.path);
	const { page, cdp, close } = await openPage(browser, (kind, value) => {
		if (kind === 'ready') readySeq = seq++;
		ready.onSignal(kind, value);
	});
	try {
		const requests = new Map();
		let lastActivity = Date.now();
		const touch = () => (lastActivity = Date.now());
		cdp.on('Network.requestWillBeSent', (e) => {
			touch();
			requests.set(e.requestId, { id: e.requestId, url: e.request.url, type: e.type, done: false });
		});
		cdp.on('Network.responseReceived', (e) => {
			touch();
			const r = requests.get(e.requestId);
			if (!r) return;
			r.status = e.response.status;
			r.mimeType = e.response.mimeType;
			r.protocol = e.response.protocol ?? null;
			r.contentEncoding = Object.entries(e.response.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? null;
		});
		cdp.on('Network.loadingFinished', (e) => {
			touch();
			const r = requests.get(e.requestId);
			if (!r) return;
			r.done = true;
			r.finishedSeq = seq++;
			r.encodedDataLength = e.encodedDataLength;
		});
		cdp.on('Network.loadingFailed', (e) => {
			touch();
			const r = requests.get(e.requestId);
			if (!r) return;
			r.done = true;
			r.finishedSeq = seq++;
			r.failed = e.errorText;
		});
		await cdp.send('Network.enable');
		await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
		await ready.wait(page);
		// Let the page settle: no request in flight for 1.5 s (at most 20 s).
		const settleStart = Date.now();
		for (;;) {
			const inFlight = [...requests.values()].some((r) => !r.done);
			if (!inFlight && Date.now() - lastActivity >= 1500) break;
			if (Date.now() - settleStart > 20_000) {
				console.error('  (page did not settle within 20 s; counting what has loaded)');
				break;
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		const probeState = await page.evaluate(() => ({
			ready: window.__bench.ready,
			fcp: window.__bench.fcp,
			readyResources: window.__bench.readyResources.map((e) => e.name),
			allResources: performance.getEntriesByType('resource').map((e) => e.name),
			errors: window.__bench.errors
		}));
		const atReady = new Set(probeState.readyResources);
		const known = new Set(probeState.allResources);
		const documentRequest = [...requests.values()].find((r) => r.type === 'Document');

		const phases = { before: emptyPhase(), after: emptyPhase() };
		const files = [];
		for (const r of requests.values()) {
			if (!r.done || r.failed || r.url.startsWith('data:')) continue;
			// Finished before data-ready: the document; anything in the resource timeline at that
			// moment; and for requests the page's timeline never shows (e.g. the favicon), the order
			// in which the browser reported them relative to the ready signal.
			const before = r === documentRequest || atReady.has(r.url) || (!known.has(r.url) && readySeq !== null && r.finishedSeq < readySeq);
			const phase = before ? 'before' : 'after';
			let attributed;
			const u = new URL(r.url);
			const file = u.origin === server.origin ? fileFor(BUILD_DIR, u.pathname) : undefined;
			if (file && r.status === 200) attributed = attributor.attribute(file);
			else {
				// Not a file of the build: take the body the browser received.
				const body = await cdp.send('Network.getResponseBody', { requestId: r.id }).catch(() => null);
				const buffer = body ? Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
				const gz = buffer.length ? gzipSize(buffer) : 0;
				const category = /javascript/.test(r.mimeType ?? '') ? categoryByContent(u.pathname, buffer.toString('utf8')) : /html/.test(r.mimeType ?? '') ? 'html' : /css/.test(r.mimeType ?? '') ? 'css' : 'other';
				attributed = { file: u.pathname, gz, raw: buffer.length, method: 'response body', categories: { [category]: gz } };
			}
			const p = phases[phase];
			p.gz += attributed.gz;
			p.wire += r.encodedDataLength ?? 0;
			p.requests++;
			addCategories(p.categories, attributed.categories);
			files.push({
				phase: before ? 'until-ready' : 'after-ready',
				url: u.pathname,
				file: attributed.file,
				gz: attributed.gz,
				raw: attributed.raw,
				wire: r.encodedDataLength ?? 0,
				contentEncoding: r.contentEncoding,
				protocol: r.protocol,
				method: attributed.method,
				categories: roundCategories(attributed.categories),
				...(attributed.note ? { note: attributed.note } : {})
			});
		}
		if (phases.before.requests === 0) throw new BenchError('no request was recorded before data-ready (CDP Network events missing?)');
		files.sort((a, b) => (a.phase === b.phase ? b.gz - a.gz : a.phase === 'until-ready' ? -1 : 1));
		const protocols = [...new Set(files.map((f) => f.protocol).filter(Boolean))];
		return { url: options.path, protocols, readyMsUnthrottled: probeState.ready, fcpMsUnthrottled: probeState.fcp, until: phases.before, after: phases.after, files, pageErrors: probeState.errors };
	} finally {
		await close();
	}
}

const emptyPhase = () => ({ gz: 0, wire: 0, requests: 0, categories: {} });
const roundCategories = (c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round(v)]));

// ---------------------------------------------------------------------------------------------
// b. Time to data-ready, Slow 4G + 4x CPU

async function measureSlow4g(browser, server, options) {
	const runs = [];
	for (let i = 0; i < options.runs; i++) {
		const ready = readySignal(60_000, `${options.path} (slow 4G run ${i + 1})`);
		const { page, cdp, close } = await openPage(browser, ready.onSignal);
		try {
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
			await page.goto(server.origin + options.path, { waitUntil: 'commit', timeout: 60_000 });
			await ready.wait(page);
			const r = await page.evaluate(() => {
				const b = window.__bench;
				const sum = (list, key) => list.reduce((s, e) => s + (e[key] || 0), 0);
				// A tap while the page loads waits for the task under way: the longest one, and the
				// time beyond 50 ms of every long task (Lighthouse's total blocking time), until ready.
				const tasks = b.longTasks.filter(([start]) => start < b.ready).map(([, duration]) => duration);
				return {
					readyMs: b.ready,
					fcpMs: b.fcp,
					longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
					blockingMs: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
					requestsUntilReady: b.readyResources.length + 1,
					// With the gzip server, encodedBodySize is the compressed size as transferred.
					encodedBytesUntilReady: sum(b.readyResources, 'encodedBodySize') + (b.navigation?.encodedBodySize ?? 0),
					transferBytesUntilReady: sum(b.readyResources, 'transferSize') + (b.navigation?.transferSize ?? 0),
					// When each file was requested and finished, in ms from navigation start.
					waterfall: [
						{ file: new URL(location.href).pathname, start: 0, end: b.navigation?.responseEnd ?? null, bytes: b.navigation?.encodedBodySize ?? null },
						...b.readyResources.map((e) => ({ file: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize }))
					]
				};
			});
			runs.push(r);
			progress(`slow 4G run ${i + 1}/${options.runs}: data-ready ${(r.readyMs / 1000).toFixed(2)} s`);
		} finally {
			await close();
		}
	}
	const ready = runs.map((r) => r.readyMs);
	return {
		runs,
		medianMs: median(ready),
		minMs: Math.min(...ready),
		maxMs: Math.max(...ready),
		longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
		blockingMs: median(runs.map((r) => r.blockingMs))
	};
}

// ---------------------------------------------------------------------------------------------
// c + d. Click to next frame and save latency, playing the case through

/**
 * Plays the case through to the debrief. With `writes`, also returns the bytes each click's save
 * wrote (bench/write-probe.js); that pass is not timed.
 */
async function playThrough(browser, server, options, playIndex, cpu = 1, { writes = false } = {}) {
	const ready = readySignal(30_000, options.path);
	const clickWaiters = new Map();
	const { page, cdp, close } = await openPage(browser, (kind, value) => {
		ready.onSignal(kind, value);
		if (kind === 'click') clickWaiters.get(value)?.();
	});
	try {
		if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		if (writes) await page.addInitScript(writeProbe);
		/** @type {{ screen: string, writes: { to: string, bytes: number }[] }[]} */
		const written = [];
		await page.goto(server.origin + options.path, { waitUntil: 'commit', timeout: 30_000 });
		await ready.wait(page);
		// data-ready comes with the session; its first screen follows once it has checked for saved progress.
		await page.waitForSelector('main:not([data-screen=loading])', { state: 'attached', timeout: 15_000 });
		let clicks = 0;
		const screens = [];
		for (;;) {
			const screen = await page.getAttribute('main', 'data-screen', { timeout: 5000 });
			screens.push(screen);
			let selector;
			if (screen === 'debrief') break;
			else if (screen === 'content-note') selector = 'main [data-action=begin]';
			else if (screen === 'setting' || screen === 'feedback') selector = 'main [data-action=continue]';
			else if (screen === 'choosing') selector = 'main [data-choice-id] >> nth=0';
			else throw new BenchError(`playthrough ${playIndex + 1}: unexpected screen '${screen}' after ${clicks} clicks (expected content-note, setting, choosing, feedback or debrief)`);
			if (clicks >= 150) throw new BenchError(`playthrough ${playIndex + 1}: still not at the debrief after ${clicks} clicks (screens: ${screens.slice(-10).join(' → ')})`);
			// Start from a quiet page, as a trainee meets it: the time to read, then two frames after
			// the previous save rendered.
			await page.waitForTimeout(READING_MS);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
			const index = clicks++;
			const done = new Promise((r) => clickWaiters.set(index, r));
			try {
				await page.click(selector, { timeout: 10_000 });
			} catch (error) {
				throw new BenchError(`playthrough ${playIndex + 1}: could not click ${selector} on screen '${screen}': ${error.message.split('\n')[0]}`);
			}
			await withTimeout(done, 15_000, `playthrough ${playIndex + 1}, click ${index + 1} (${selector} on '${screen}'): the next frame and data-save-state="saved" after the click`).catch(async (error) => {
				const record = await page.evaluate((i) => window.__bench.clicks[i] ?? null, index).catch(() => null);
				throw new BenchError(`${error.message}\n  click record: ${JSON.stringify(record)}`);
			});
			// The backup copy is written before the save is acknowledged, so it is in by now.
			if (writes) written.push({ screen, writes: await page.evaluate(() => window.__writes.splice(0)) });
		}
		// Event Timing entries are delivered after the paint they end at: let the last ones arrive.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
		const state = await page.evaluate(() => ({ clicks: window.__bench.clicks, events: window.__bench.events, errors: window.__bench.errors }));
		return { ...state, screens, written };
	} finally {
		await close();
	}
}

/**
 * Bytes written per save, from the write probe's list per click: to IndexedDB (the attempt's
 * stores) and to the backup copy. The last save (the one that opens the debrief) is given apart:
 * it stores the finished attempt whole.
 * @param {{ screen: string, writes: { to: string, bytes: number }[] }[]} written
 */
function summariseWrites(written) {
	const sum = (/** @type {{ to: string, bytes: number }[]} */ list, /** @type {(to: string) => boolean} */ which) => list.filter((w) => which(w.to)).reduce((a, w) => a + w.bytes, 0);
	const database = (/** @type {string} */ to) => to === 'attempts' || to === 'attemptSteps';
	const backup = (/** @type {string} */ to) => to === 'backup';
	const saves = written.map((c) => ({ screen: c.screen, database: sum(c.writes, database), backup: sum(c.writes, backup) })).filter((c) => c.database > 0);
	if (saves.length === 0) throw new BenchError('the write probe saw no save (IndexedDB writes to attempts)');
	const during = saves.slice(0, -1);
	const stats = (/** @type {number[]} */ values) => ({ p50: percentile(values, 50), max: values.length ? Math.max(...values) : null });
	const last = saves[saves.length - 1];
	return {
		saves: saves.length,
		database: stats(during.map((c) => c.database)),
		backup: stats(during.map((c) => c.backup)),
		last: { database: last.database, backup: last.backup },
		total: { database: saves.reduce((a, c) => a + c.database, 0), backup: saves.reduce((a, c) => a + c.backup, 0) },
		perSave: saves
	};
}

/**
 * Per click: Event Timing's duration for the click (click/pointerup entries share its timeStamp;
 * duration = click to the next paint, as the browser reports it for INP) when the API reports it,
 * which it does only from 16 ms on and rounded to 8 ms; for faster clicks, the rAF measure
 * (click to the end of the main thread's next frame), precise to 0.1 ms.
 */
function summariseClicks(plays) {
	const clicks = [];
	for (const [p, play] of plays.entries()) {
		for (const c of play.clicks) {
			const entries = play.events.filter((e) => Math.abs(e.startTime - c.t0) < 1 && /^(pointerup|mouseup|click)$/.test(e.name));
			const eventTimingMs = entries.length ? Math.max(...entries.map((e) => e.duration)) : null;
			const rafFrameMs = c.frame !== null ? c.frame - c.t0 : null;
			// Where the time went, by the click's own entry: its handlers (with the microtasks they
			// queue: the machine, the view's update), then from their end to the paint.
			const own = entries.find((e) => e.name === 'click');
			clicks.push({
				play: p + 1,
				target: c.target,
				screen: c.screen,
				nextFrameMs: eventTimingMs ?? rafFrameMs,
				source: eventTimingMs !== null ? 'event-timing' : 'raf',
				eventTimingMs,
				rafFrameMs,
				inputDelayMs: c.handlerStart - c.t0,
				processingMs: own ? own.processingEnd - own.processingStart : null,
				toPaintAfterHandlersMs: own ? own.startTime + own.duration - own.processingEnd : null,
				toMutationMs: c.mutation !== null ? c.mutation - c.t0 : null,
				toFrameStartMs: c.raf !== null ? c.raf - c.t0 : null,
				saveMs: c.saved !== null ? c.saved - c.t0 : null,
				saveFailed: c.failed !== null
			});
		}
	}
	const stats = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : null, n: values.length });
	const present = (key) => clicks.map((c) => c[key]).filter((v) => v !== null);
	// Per screen the click was made on (Confide's content note, setting, choices, feedback): where a
	// slow p95 comes from. The peers' clicks are all choices.
	// Also each playthrough's first click on each screen: what one-off costs (first builds, first
	// layouts) add, and what the case page's warm-up takes off them.
	const byScreen = {};
	const firstByScreen = {};
	const seen = new Set();
	for (const c of clicks) {
		if (c.nextFrameMs === null) continue;
		const screen = c.screen ?? 'choosing';
		(byScreen[screen] ??= []).push(c.nextFrameMs);
		if (seen.has(`${c.play}:${screen}`)) continue;
		seen.add(`${c.play}:${screen}`);
		(firstByScreen[screen] ??= []).push(c.nextFrameMs);
	}
	const statsBy = (grouped) => Object.fromEntries(Object.entries(grouped).map(([screen, values]) => [screen, stats(values)]));
	return {
		count: clicks.length,
		nextFrame: stats(present('nextFrameMs')),
		byScreen: statsBy(byScreen),
		firstByScreen: statsBy(firstByScreen),
		rafFrame: stats(present('rafFrameMs')),
		eventTiming: { reported: present('eventTimingMs').length, max: present('eventTimingMs').length ? Math.max(...present('eventTimingMs')) : null },
		processing: stats(present('processingMs')),
		toPaintAfterHandlers: stats(present('toPaintAfterHandlersMs')),
		save: { ...stats(present('saveMs')), failed: clicks.filter((c) => c.saveFailed).length },
		clicks
	};
}

// ---------------------------------------------------------------------------------------------
// e. First real choice and clicks, Confide against peer pages in one interleaved run

/** The peer pages for the measured story (`/case/<id>/` -> stories/<id>/main.ink), or null. */
async function startPeers(options) {
	const id = /^\/case\/([^/]+)\/$/.exec(options.path)?.[1];
	const inkFile = id ? join(ROOT, 'stories', id, 'main.ink') : null;
	if (!inkFile || !existsSync(inkFile)) return null;
	const built = buildPeers({ inkFile, outDir: PEERS_DIR });
	const server = await startGzipServer({ dir: PEERS_DIR });
	onCleanup(() => server.close());
	return { origin: server.origin, paths: built.paths, inkFile: relative(ROOT, inkFile), twine: built.twine };
}

/** One cold load on slow 4G + 4x CPU until the first choice is painted. */
async function firstChoiceRun(browser, url, label) {
	let resolveDone;
	const painted = new Promise((r) => (resolveDone = r));
	const { page, cdp, close } = await openPage(browser, (kind) => kind === 'first-choice' && resolveDone(), { firstChoice: true });
	try {
		// Every page measured must be self-contained: anything fetched from another origin is recorded.
		const origin = new URL(url).origin;
		const foreign = [];
		cdp.on('Network.requestWillBeSent', (e) => {
			if (/^https?:/.test(e.request.url) && new URL(e.request.url).origin !== origin) foreign.push(e.request.url);
		});
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
		await withTimeout(painted, 60_000, `waiting for the first choice on ${label}`).catch(async (error) => {
			const state = await page.evaluate(() => ({ main: document.querySelector('main')?.outerHTML.slice(0, 300) ?? null, errors: window.__bench?.errors ?? [] })).catch(() => null);
			throw new BenchError(`${error.message}${state ? `\n  main: ${state.main}\n  page errors: ${state.errors.join('; ') || 'none'}` : ''}`);
		});
		const run = await page.evaluate(() => {
			const f = window.__firstChoice;
			// Read after the fact: while the HTML is still streaming its navigation entry has no size yet.
			const entries = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= f.at);
			const nav = performance.getEntriesByType('navigation')[0];
			// Served gzip by the bench server: encodedBodySize is the compressed body as transferred.
			const bytes = entries.reduce((sum, e) => sum + e.encodedBodySize, 0) + (nav?.encodedBodySize ?? 0);
			// waits: why the choice could not yet be seen or clicked after a frame (first-choice.js).
			return { choiceMs: f.painted, inDomMs: f.at, waits: f.waits, bytes, requests: entries.length + 1, files: entries.map((e) => new URL(e.name).pathname) };
		});
		return { ...run, foreign };
	} finally {
		await close();
	}
}

/** Loads of each page in turn, the order rotated every round so that no page always goes first. */
async function measureFirstChoice(browser, server, peers, options) {
	const pages = [
		{ name: 'confide', url: server.origin + options.path },
		...Object.entries(peers.paths).map(([name, path]) => ({ name, url: peers.origin + path }))
	];
	const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
	for (let round = 0; round < options.runs; round++) {
		for (let k = 0; k < pages.length; k++) {
			const p = pages[(round + k) % pages.length];
			runs[p.name].push(await firstChoiceRun(browser, p.url, p.name));
		}
		progress(`first choice, round ${round + 1}/${options.runs}: ${pages.map((p) => `${p.name} ${(runs[p.name].at(-1).choiceMs / 1000).toFixed(2)} s`).join(', ')}`);
	}
	const summary = Object.fromEntries(
		Object.entries(runs).map(([name, list]) => [
			name,
			{ medianMs: median(list.map((r) => r.choiceMs)), bytes: median(list.map((r) => r.bytes)), requests: median(list.map((r) => r.requests)), runs: list }
		])
	);
	const ratio = Object.fromEntries(Object.keys(peers.paths).map((name) => [name, summary.confide.medianMs / summary[name].medianMs]));
	return { ...summary, ratio };
}

/**
 * Plays a peer page by clicking its first choice until the story ends. Before each click the page
 * is quiet: no finite animation running, then two frames (Twine's formats fade passages in and
 * out; a reader clicks a link once it has appeared). After each click it waits until the clicked
 * link has left the DOM, so that the next click is on the next passage, and records the first frame
 * at which it had (`swaps`, ms from the click, polled once a frame: the old passage is gone; Chapbook
 * then cross-fades to the new one).
 */
async function playPeer(browser, url, cpu) {
	const clickWaiters = new Map();
	const { page, cdp, close } = await openPage(browser, (kind, value) => kind === 'click' && clickWaiters.get(value)?.());
	const quiet = async () => {
		await page.waitForFunction(() => !document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity), null, {
			timeout: 10_000,
			polling: 'raf'
		});
		await page.waitForTimeout(READING_MS);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
	};
	try {
		if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
		await page.waitForSelector('[data-choice-id]', { timeout: 30_000 });
		const swaps = [];
		for (let index = 0; (await page.$('[data-choice-id]')) && index < 150; index++) {
			await quiet();
			// No observer during the click (it would add work to the page measured): the clicked link's
			// leaving is polled once a frame from the frame after the click.
			await page.evaluate(() => {
				window.__benchLink = document.querySelector('[data-choice-id]');
				window.__benchSwapAt = null;
			});
			const done = new Promise((r) => clickWaiters.set(index, r));
			await page.click('[data-choice-id] >> nth=0', { timeout: 10_000 });
			await withTimeout(done, 15_000, `peer ${url}, click ${index + 1}: the next frame`);
			await page
				.waitForFunction(
					() => {
						if (window.__benchLink?.isConnected) return false;
						window.__benchSwapAt ??= performance.now();
						return true;
					},
					null,
					{ timeout: 15_000, polling: 'raf' }
				)
				.catch(() => {
					throw new BenchError(`peer ${url}, click ${index + 1}: the clicked link was still in the page after 15 s`);
				});
			swaps.push(await page.evaluate((i) => window.__benchSwapAt - window.__bench.clicks[i].t0, index));
		}
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
		const state = await page.evaluate(() => ({ clicks: window.__bench.clicks, events: window.__bench.events, errors: window.__bench.errors }));
		return { ...state, swaps };
	} finally {
		await close();
	}
}

/**
 * Click next-paint for Confide and the playable peers (inkjs, and the Twine pages when built) at
 * 1x and 4x CPU, playthroughs interleaved. `ratio` is Confide against the inkjs page (the gate);
 * `ratios` has Confide against every peer.
 */
async function measurePeerClicks(browser, server, peers, options) {
	const out = {};
	const players = playablePeers(peers);
	for (const cpu of [1, CPU_SLOWDOWN]) {
		const confide = [];
		const played = Object.fromEntries(players.map((name) => [name, []]));
		for (let i = 0; i < options.plays; i++) {
			confide.push(await playThrough(browser, server, options, i, cpu));
			for (const name of players) played[name].push(await playPeer(browser, peers.origin + peers.paths[name], cpu));
		}
		const c = summariseClicks(confide);
		const split = (summary) => ({ processing: summary.processing, toPaintAfterHandlers: summary.toPaintAfterHandlers });
		const entry = { confide: { nextFrame: c.nextFrame, byScreen: c.byScreen, firstByScreen: c.firstByScreen, ...split(c), debriefClickMs: debriefClick(c.clicks) } };
		const ratios = {};
		for (const name of players) {
			const v = summariseClicks(played[name]);
			const swaps = played[name].flatMap((p) => p.swaps);
			entry[name] = { nextFrame: v.nextFrame, ...split(v), swap: { p50: percentile(swaps, 50), p95: percentile(swaps, 95), max: swaps.length ? Math.max(...swaps) : null, n: swaps.length } };
			ratios[name] = { p50: c.nextFrame.p50 / v.nextFrame.p50, p95: c.nextFrame.p95 / v.nextFrame.p95 };
		}
		out[`${cpu}x`] = { ...entry, ratio: ratios.inkjs, ratios };
		progress(`clicks at ${cpu}x: confide p50 ${ms(c.nextFrame.p50)} p95 ${ms(c.nextFrame.p95)}; ${players.map((name) => `${name} p50 ${ms(entry[name].nextFrame.p50)} p95 ${ms(entry[name].nextFrame.p95)}`).join('; ')}`);
	}
	return out;
}

/** The slowest click that opened the debrief (the last Continue of a playthrough). */
function debriefClick(clicks) {
	const last = new Map();
	for (const c of clicks) last.set(c.play, c);
	const values = [...last.values()].map((c) => c.nextFrameMs).filter((v) => v !== null);
	return values.length ? Math.max(...values) : null;
}

// ---------------------------------------------------------------------------------------------
// Stats and report

function median(values) {
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile: always a value that was actually observed. */
function percentile(values, p) {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (v) => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(1)} ms`);
const over = (value, budget) => (value > budget ? '  OVER BUDGET' : '');

function categoryOrder(categories) {
	const extra = Object.keys(categories).filter((k) => !CATEGORIES.includes(k) && k !== 'other').sort();
	return [...CATEGORIES, ...extra, ...(categories.other ? ['other'] : [])];
}
const breakdown = (categories, { all = true } = {}) =>
	categoryOrder(categories)
		.filter((k) => all || (categories[k] ?? 0) >= 0.05 * KB)
		.map((k) => `${k} ${kb(categories[k] ?? 0)}`)
		.join(', ');

function report(results) {
	const { bytes, slow4g, interaction } = results;
	const lines = [];
	const served = results.server.kind === 'gzip' ? `served gzip over ${results.server.protocol === 'h2' ? 'HTTP/2' : 'HTTP/1.1'}` : 'served by scripts/serve.js, uncompressed';
	lines.push(`Confide bench (Chromium ${results.browser.version}, build ${results.build.hash}, ${served})`);
	lines.push(`First case page ${bytes.url}`);
	lines.push(
		`  transferred until data-ready: ${kb(bytes.until.gz)} KB gz in ${bytes.until.requests} requests (budget ${BUDGETS.bytesUntilReadyKB} KB)${over(bytes.until.gz / KB, BUDGETS.bytesUntilReadyKB)}`
	);
	lines.push(`    [${breakdown(bytes.until.categories)}]`);
	lines.push(`  transferred after data-ready: ${kb(bytes.after.gz)} KB gz in ${bytes.after.requests} requests (loaded later)${bytes.after.requests ? `  [${breakdown(bytes.after.categories, { all: false })}]` : ''}`);
	lines.push(
		`  data-ready on slow 4G + ${CPU_SLOWDOWN}x CPU: median ${(slow4g.medianMs / 1000).toFixed(2)} s (runs: ${slow4g.runs.map((r) => (r.readyMs / 1000).toFixed(2)).join(', ')}) (budget ${(BUDGETS.readySlow4gMs / 1000).toFixed(1)} s)${over(slow4g.medianMs, BUDGETS.readySlow4gMs)}`
	);
	if (slow4g.longestTaskMs !== undefined)
		lines.push(
			`    main thread until then: longest task median ${ms(slow4g.longestTaskMs)} (runs: ${slow4g.runs.map((r) => ms(r.longestTaskMs)).join(', ')}), blocking time (each long task beyond 50 ms) median ${ms(slow4g.blockingMs)}`
		);
	const f = interaction.nextFrame;
	const r = interaction.rafFrame;
	lines.push(
		`  click to next frame (1x CPU): p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, max ${ms(f.max)} over ${f.n} clicks in ${results.interaction.plays} playthroughs (budget p95 ${BUDGETS.clickP95Ms} ms)${over(f.p95, BUDGETS.clickP95Ms)}`
	);
	lines.push(`    to the next paint by Event Timing for ${interaction.eventTiming.reported} clicks (>= 16 ms, 8 ms steps), by rAF for ${f.n - interaction.eventTiming.reported}`);
	lines.push(`    main thread only (click to end of the next frame, rAF): p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)}`);
	const s = interaction.save;
	lines.push(`  save latency: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}${s.failed ? `, ${s.failed} save(s) FAILED` : ''}`);
	const w = results.saveWrites;
	lines.push(
		`  what a save writes (${w.saves} saves in one playthrough): IndexedDB p50 ${kb(w.database.p50)} KB, max ${kb(w.database.max)} KB during play; backup copy p50 ${kb(w.backup.p50)} KB, max ${kb(w.backup.max)} KB; the save that ends the attempt ${kb(w.last.database)} KB + ${kb(w.last.backup)} KB; ${kb(w.total.database)} + ${kb(w.total.backup)} KB in all`
	);
	const fc = results.firstChoice;
	if (fc) {
		const line = (name) => `${name} ${(fc[name].medianMs / 1000).toFixed(2)} s (${kb(fc[name].bytes)} KB gz, ${fc[name].requests} requests)`;
		lines.push(`First real choice on slow 4G + ${CPU_SLOWDOWN}x CPU, median of ${results.firstChoiceRuns} interleaved rounds, peers built from ${results.peers}:`);
		lines.push(`  ${line('confide')}; ${line('inkjs')}; ${line('floor')}`);
		lines.push(`  Confide = ${fc.ratio.floor.toFixed(2)}x the HTML floor (gate 1.45x), ${fc.ratio.inkjs.toFixed(2)}x the vanilla inkjs page (gate 1.0x); ${kb(fc.confide.bytes)} KB before the first choice (gate 60 KB)`);
		const twine = TWINE_PEERS.filter((name) => fc[name]);
		if (twine.length)
			lines.push(
				`  Twine exports of the story (${Object.values(results.twinePeers.formats).join(', ')}; ${results.twinePeers.passages} passages): ${twine.map(line).join('; ')}; Confide = ${twine.map((name) => `${fc.ratio[name].toFixed(2)}x ${TWINE_LABELS[name]}`).join(', ')} (done means below 1.0x)`
			);
	}
	for (const [rate, c] of Object.entries(results.peerClicks ?? {})) {
		lines.push(
			`  clicks at ${rate} CPU, next paint: Confide p50 ${ms(c.confide.nextFrame.p50)} / p95 ${ms(c.confide.nextFrame.p95)}, inkjs p50 ${ms(c.inkjs.nextFrame.p50)} / p95 ${ms(c.inkjs.nextFrame.p95)}: ${c.ratio.p50.toFixed(2)}x / ${c.ratio.p95.toFixed(2)}x (gates 1.2x / 1.5x); debrief-opening click ${ms(c.confide.debriefClickMs)}`
		);
		// Event Timing's own split of a click (present only for clicks of 16 ms or more).
		const split = (name) =>
			c[name].processing?.n
				? `${name} handlers p50 ${ms(c[name].processing.p50)} / p95 ${ms(c[name].processing.p95)}, then to the paint p50 ${ms(c[name].toPaintAfterHandlers.p50)} / p95 ${ms(c[name].toPaintAfterHandlers.p95)}`
				: `${name}: no click of 16 ms or more`;
		lines.push(`    where the time goes: ${split('confide')}; ${split('inkjs')}`);
		const perScreen = (stats) =>
			Object.entries(stats)
				.map(([screen, v]) => `${screen} p50 ${ms(v.p50)} / p95 ${ms(v.p95)} (${v.n})`)
				.join('; ');
		if (c.confide.byScreen) lines.push(`    Confide by the screen clicked on: ${perScreen(c.confide.byScreen)}`);
		if (c.confide.firstByScreen) lines.push(`    Confide, each playthrough's first click on a screen: ${perScreen(c.confide.firstByScreen)}`);
		const twine = TWINE_PEERS.filter((name) => c[name]);
		if (twine.length)
			lines.push(
				`    against Twine: ${twine
					.map(
						(name) =>
							`${TWINE_LABELS[name]} p50 ${ms(c[name].nextFrame.p50)} / p95 ${ms(c[name].nextFrame.p95)} (old passage gone p50 ${ms(c[name].swap.p50)} / p95 ${ms(c[name].swap.p95)}): Confide ${c.ratios[name].p50.toFixed(2)}x / ${c.ratios[name].p95.toFixed(2)}x`
					)
					.join('; ')}`
			);
	}
	const h = results.history;
	if (h)
		lines.push(
			`/progress/ with ${h.attempts} stored attempts (copies of one played path, so their replays share a cache): data-ready in ${(h.readyMs / 1000).toFixed(2)} s at 1x CPU, ${h.rowsShown} table rows shown`
		);
	lines.push(`Machine: ${results.machine.cores} cores, 1-minute load ${results.machine.load1Before.toFixed(1)} before, ${results.machine.load1After.toFixed(1)} after`);
	lines.push('Notes');
	for (const note of results.notes) lines.push(`  - ${note}`);
	return lines.join('\n');
}

function notesFor(results, attributor) {
	const notes = [];
	const { bytes } = results;
	notes.push(
		results.server.kind === 'gzip'
			? `All pages are served by the bench's own static server with gzip level 9 (no brotli) over ${results.server.protocol === 'h2' ? 'HTTP/2 + TLS' : 'HTTP/1.1 (at most 6 connections per host, so requests queue under the per-request latency; --http2 measures as production hosts serve)'}; KB = 1000 bytes of gzip body, headers excluded.`
			: 'Served by scripts/serve.js without compression: the KB figures are gzip level 9 sizes computed from the files, but the slow-4G timings moved uncompressed bytes.'
	);
	const wire = bytes.until.wire;
	notes.push(
		`On the wire until data-ready (CDP encodedDataLength, incl. response headers): ${kb(wire)} KB over ${bytes.protocols.join(', ') || 'unknown protocol'}; unthrottled data-ready ${ms(bytes.readyMsUnthrottled)}.`
	);
	const untilFiles = bytes.files.filter((f) => f.phase === 'until-ready');
	const heuristic = untilFiles.filter((f) => f.method === 'heuristic');
	if (attributor.analysisDir)
		notes.push(
			`JS attributed by source maps of an analysis build (${relative(ROOT, attributor.analysisDir)}); ${heuristic.length ? `by content signatures for ${heuristic.map((f) => `${f.url.split('/').pop()} (${kb(f.gz)} KB, ${Object.keys(f.categories).join('')})`).join(', ')}` : 'no file needed content signatures'}.`
		);
	else notes.push('No analysis build: JS attributed by content signatures only (a chunk mixing libraries counts under one category).');
	const parts = (f) => Object.entries(f.categories).filter(([, v]) => v >= 50);
	const mixed = untilFiles.filter((f) => f.method === 'sourcemap' && parts(f).length > 1);
	if (mixed.length)
		notes.push(
			`Chunks split across categories: ${mixed
				.map(
					(f) =>
						`${f.url.split('/').pop()} = ${parts(f)
							.sort((x, y) => y[1] - x[1])
							.map(([k, v]) => `${k} ${kb(v)}`)
							.join(' + ')}`
				)
				.join('; ')}.`
		);
	const rates = results.slow4g.runs.map((r) => r.encodedBytesUntilReady);
	const floorS = (2 * SLOW_4G.latency) / 1000 + bytes.until.gz / SLOW_4G.downloadThroughput;
	notes.push(
		`With this emulation every request waits ${SLOW_4G.latency} ms, so a page that needs the HTML plus one more round of requests needs about 2 × ${SLOW_4G.latency} ms + ${kb(bytes.until.gz)} KB / ${(SLOW_4G.downloadThroughput / 1000).toFixed(0)} KB/s = ${floorS.toFixed(2)} s; each further round of requests adds ${(SLOW_4G.latency / 1000).toFixed(2)} s. Per-run waterfalls are in the JSON (slow4g.runs[].waterfall).`
	);
	if (results.server.kind === 'gzip' && rates.some((b) => Math.abs(b - bytes.until.gz) > 0.01 * bytes.until.gz))
		notes.push(
			`The throttled runs fetched a different amount before data-ready (${rates.map((b) => kb(b)).join(', ')} KB) than the unthrottled byte count (${kb(bytes.until.gz)} KB): what loads before data-ready depends on timing.`
		);
	notes.push(
		`Slow 4G = ${(SLOW_4G.downloadThroughput / 1000).toFixed(0)} KB/s down, ${(SLOW_4G.uploadThroughput / 1000).toFixed(1)} KB/s up, ${SLOW_4G.latency} ms latency per request (CDP Network.emulateNetworkConditions) + Emulation.setCPUThrottlingRate ${CPU_SLOWDOWN}; bodies until ready in those runs: ${rates.map((b) => kb(b)).join(', ')} KB.`
	);
	notes.push(
		`Every measured click comes ${READING_MS} ms after the page settled (the time to read; the same on every page). ` +
		'Click to next frame = from the click event (its timeStamp) to the next paint, as Event Timing reports it (the INP measure: 8 ms steps, only from 16 ms on); clicks it does not report (faster) use the rAF measure: the end of the main-thread frame after the first DOM change. Headless Chromium (--disable-gpu) presents frames in software, not on a real display.'
	);
	notes.push('Timings are from this machine (CPU throttling multiplies its speed); compare runs on the same machine only.');
	const { cores, load1Before, load1After } = results.machine;
	if (Math.max(load1Before, load1After) > cores)
		notes.push(`WARNING: the machine was busy (1-minute load ${load1Before.toFixed(1)} before, ${load1After.toFixed(1)} after, on ${cores} cores): timings are inflated and noisy; rerun on a quiet machine.`);
	if (bytes.pageErrors.length) notes.push(`Page errors during load: ${bytes.pageErrors.join('; ')}`);
	const fc = results.firstChoice;
	if (fc) {
		const names = Object.keys(fc.ratio);
		const late = ['confide', ...names]
			.filter((name) => fc[name].runs.some((r) => r.waits.length))
			.map((name) => {
				const runs = fc[name].runs;
				const why = [...new Set(runs.flatMap((r) => r.waits.map((w) => w.why)))].join(', ');
				return `${name} ${ms(median(runs.map((r) => r.choiceMs - r.inDomMs)))} in ${runs.filter((r) => r.waits.length).length} of ${runs.length} runs (${why})`;
			});
		notes.push(
			`First real choice = the first frame after which the first [data-choice-id] is enabled, visible, not under a view transition and hit by a click at its first line. ${late.length ? `In the DOM before that (median from in the DOM to usable after a frame): ${late.join('; ')}.` : 'Every page could be clicked from the frame after its choice entered the DOM.'}`
		);
		const foreign = ['confide', ...names].flatMap((name) => fc[name].runs.flatMap((r) => r.foreign.map((u) => `${name}: ${u}`)));
		notes.push(foreign.length ? `WARNING: requests to another origin during first-choice runs: ${[...new Set(foreign)].slice(0, 5).join(', ')}` : 'No measured page requested anything from another origin.');
	}
	if (results.twinePeers)
		notes.push(
			`Twine peers: the compiled story explored with inkjs (${results.twinePeers.states} states, merged into ${results.twinePeers.passages} passages that differ in text or choices), published as one HTML file per format (${Object.values(results.twinePeers.formats).join(', ')}, vendored in scripts/bench/vendor/); links are the formats' own (SugarCube <a data-passage>, Chapbook <passage-link>), with data-choice-id. Their clicks also show when the old passage left the DOM (plus a frame): Chapbook's next paint can come before that, as it cross-fades passages with a view transition.`
		);
	return notes;
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const started = Date.now();
	const loadBefore = loadavg()[0];
	const options = parseArgs(process.argv.slice(2));
	if (options.help) return printHelp();

	await buildSite(options);
	if (!existsSync(join(BUILD_DIR, `${options.path.replace(/^\//, '')}index.html`)) && !fileFor(BUILD_DIR, options.path))
		throw new BenchError(`${options.path} is not in the build (${BUILD_DIR}).`);
	const build = buildIdentity();
	const attributor = createAttributor({ buildDir: BUILD_DIR, analysisDir: options.analysis ? ANALYSIS_DIR : undefined });
	const server = await startServer(options.server, options.http2);
	progress(`serving ./build at ${server.origin} (${options.server})`);
	const browser = await launchBrowser();
	const version = browser.version();

	progress(`a. bytes until data-ready: ${options.path}`);
	const bytes = await measureBytes(browser, server, options, attributor);
	progress(`   ${kb(bytes.until.gz)} KB gz until data-ready, ${kb(bytes.after.gz)} KB after`);

	progress(`b. data-ready on slow 4G + ${CPU_SLOWDOWN}x CPU, ${options.runs} runs`);
	const slow4g = await measureSlow4g(browser, server, options);

	progress(`c/d. click to next frame and save latency, ${options.plays} playthroughs`);
	const plays = [];
	for (let i = 0; i < options.plays; i++) {
		const play = await playThrough(browser, server, options, i);
		plays.push(play);
		progress(`   playthrough ${i + 1}/${options.plays}: ${play.clicks.length} clicks`);
	}
	const interaction = { plays: plays.length, ...summariseClicks(plays) };
	if (!interaction.nextFrame.n) throw new BenchError('no click produced a measurable frame');

	progress('d2. what each save writes, one untimed playthrough');
	const saveWrites = summariseWrites((await playThrough(browser, server, options, 0, 1, { writes: true })).written);

	const peers = await startPeers(options);
	let firstChoice = null;
	let peerClicks = null;
	if (peers) {
		progress(`e. first real choice against peers built from ${peers.inkFile}, ${options.runs} interleaved rounds`);
		firstChoice = await measureFirstChoice(browser, server, peers, options);
		progress(`   clicks against ${playablePeers(peers).join(', ')} at 1x and ${CPU_SLOWDOWN}x, ${options.plays} playthroughs each`);
		peerClicks = await measurePeerClicks(browser, server, peers, options);
	} else progress(`e. skipped: ${options.path} is not /case/<id>/ with a story in stories/<id>/main.ink`);

	let history = null;
	if (options.history > 0) {
		progress(`f. /progress/ with ${options.history} stored attempts`);
		history = await measureProgressScale(browser, server.origin, { count: options.history, path: options.path });
		progress(`   data-ready ${history.readyMs} ms, ${history.rowsShown} rows shown`);
	}

	const results = {
		date: new Date().toISOString(),
		durationS: 0,
		browser: { name: 'chromium', version, executable: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
		build: { ...build, dir: relative(ROOT, BUILD_DIR), built: options.build, git: await gitState() },
		server: { kind: options.server, protocol: server.protocol, description: server.description },
		units: { bytes: 'gzip level 9 body bytes', KB: KB, time: 'ms' },
		budgets: BUDGETS,
		machine: { cores: availableParallelism(), load1Before: loadBefore, load1After: loadavg()[0] },
		bytes,
		slow4g: { conditions: SLOW_4G, cpuSlowdown: CPU_SLOWDOWN, ...slow4g },
		interaction: { cpuSlowdown: 1, screensPerPlay: plays.map((p) => p.screens), ...interaction },
		saveWrites,
		peers: peers?.inkFile ?? null,
		twinePeers: peers?.twine ?? null,
		firstChoiceRuns: options.runs,
		firstChoice,
		peerClicks,
		history,
		notes: []
	};
	results.notes = notesFor(results, attributor);
	results.durationS = Math.round((Date.now() - started) / 1000);

	await cleanup();
	mkdirSync(dirname(options.json), { recursive: true });
	writeFileSync(options.json, `${JSON.stringify(results, roundJson, '\t')}\n`);
	console.log(report(results));
	console.log(`Results: ${relative(ROOT, options.json)} (bench took ${results.durationS} s)`);
}

/** Rounds floats in the JSON to 0.1 (times and bytes need no more). */
function roundJson(_key, value) {
	return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 10) / 10 : value;
}

// A watchdog for the whole run: the bench never hangs a terminal or CI job.
const WATCHDOG_MS = 20 * 60_000;
const watchdog = setTimeout(() => {
	console.error(`bench: no result after ${WATCHDOG_MS / 60_000} minutes, giving up.`);
	cleanup().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

main()
	.then(async () => {
		await cleanup();
		clearTimeout(watchdog);
	})
	.catch(async (error) => {
		await cleanup();
		clearTimeout(watchdog);
		if (error instanceof UsageError) {
			console.error(`bench: ${error.message}`);
			process.exit(2);
		}
		console.error(`bench failed: ${error instanceof BenchError ? error.message : (error?.stack ?? error)}`);
		process.exit(1);
	});
