/**
 * A Chromium process of our own on a profile folder, driven over CDP, that can be killed outright
 * (SIGKILL to its whole process group) and started again on the same folder. Playwright's own
 * contexts keep IndexedDB in memory and launchPersistentContext exposes no process, so the crash
 * test and the soak (scripts/soak.js) spawn the browser themselves. Plain ESM with JSDoc types:
 * imported by Playwright specs and by Node scripts alike.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.js';

/**
 * @typedef {object} RunningChromium
 * @property {import('node:child_process').ChildProcess} process the browser's main process (leader of its own group)
 * @property {import('playwright-core').Browser} browser connected over CDP
 * @property {import('playwright-core').BrowserContext} context the profile's default (persistent) context
 * @property {import('playwright-core').Page} page a tab in that context
 */

const INSTALL_HINT =
	'Install one with `apt-get update && apt-get install -y chromium` (Debian, as root; gives /usr/bin/chromium), ' +
	'or `npx playwright install chromium` where downloads are allowed, or point CHROME_PATH at a Chromium executable.';

/**
 * CHROME_PATH, then /usr/bin/chromium, then Playwright's own download; otherwise a clear error.
 * @returns {string}
 */
export function findChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. ${INSTALL_HINT}`);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	let own;
	try {
		own = chromium.executablePath();
	} catch {
		own = undefined;
	}
	if (own && existsSync(own)) return own;
	throw new Error(`No Chromium found (looked at CHROME_PATH, /usr/bin/chromium and Playwright's own browsers). ${INSTALL_HINT}`);
}

/**
 * Starts headless Chromium on `profile` (created if missing) and opens a tab in its persistent context.
 * @param {string} profile the user-data-dir
 * @param {{ executablePath?: string, timeoutMs?: number, onStderr?: (chunk: string) => void }} [options]
 *   onStderr: every chunk Chromium writes to stderr for its whole life (its error log: storage failures show there)
 * @returns {Promise<RunningChromium>}
 */
export async function launchChromium(profile, { executablePath = findChromium(), timeoutMs = 20_000, onStderr } = {}) {
	const child = spawn(executablePath, [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		detached: true, // its own process group, so the kill reaches every Chromium process
		stdio: ['ignore', 'ignore', 'pipe']
	});
	if (onStderr) child.stderr?.on('data', (/** @type {Buffer | string} */ chunk) => onStderr(String(chunk)));
	try {
		const wsEndpoint = await devToolsEndpoint(child, timeoutMs);
		const browser = await chromium.connectOverCDP(wsEndpoint, { timeout: timeoutMs });
		const context = browser.contexts()[0];
		if (!context) throw new Error('the persistent profile has no default context');
		// The tab opened on about:blank at start, else a new one.
		const page = context.pages()[0] ?? (await context.newPage());
		return { process: child, browser, context, page };
	} catch (error) {
		await killChromium(child).catch(() => {});
		throw error;
	}
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 * @returns {Promise<string>}
 */
function devToolsEndpoint(child, timeoutMs) {
	return new Promise((resolve, reject) => {
		let stderr = '';
		const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
		child.stderr?.setEncoding('utf8');
		child.stderr?.on('data', (/** @type {string} */ chunk) => {
			if (stderr.length < 20_000) stderr += chunk;
			const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
			if (found?.[1]) {
				clearTimeout(timer);
				resolve(found[1]);
			}
		});
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited (${code ?? signal}) before listening:\n${stderr}`));
		});
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
	});
}

/**
 * Whether any process of the group led by `pid` is still running. A zombie counts as gone: it holds
 * no files or locks, and in a container whose PID 1 reaps slowly it can linger for a second.
 * @param {number} pid
 */
export function groupAlive(pid) {
	try {
		process.kill(-pid, 0);
	} catch {
		return false;
	}
	return process.platform !== 'linux' || groupRunning(pid);
}

/**
 * @param {number} pgid
 * @returns {boolean} whether /proc lists a process of group `pgid` that is not a zombie (true if /proc is unreadable)
 */
function groupRunning(pgid) {
	let entries;
	try {
		entries = readdirSync('/proc');
	} catch {
		return true;
	}
	for (const entry of entries) {
		if (!/^\d+$/.test(entry)) continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // exited meanwhile
		}
		// "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
	}
	return false;
}

/**
 * SIGKILL to the browser's whole process group; resolves when every process of it is gone.
 * @param {RunningChromium | import('node:child_process').ChildProcess} target
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<void>}
 */
export async function killChromium(target, { timeoutMs = 10_000 } = {}) {
	const child = 'browser' in target ? target.process : target;
	const pid = child.pid;
	if (pid === undefined || !groupAlive(pid)) return;
	const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
	process.kill(-pid, 'SIGKILL');
	await exited;
	// Children of the group (renderer, GPU, storage) may outlive the main process by a moment.
	const deadline = Date.now() + timeoutMs;
	for (let wait = 5; groupAlive(pid); wait = Math.min(wait * 2, 100)) {
		if (Date.now() > deadline) throw new Error(`Chromium processes of group ${pid} are still alive ${timeoutMs} ms after SIGKILL`);
		await new Promise((resolve) => setTimeout(resolve, wait));
	}
}
