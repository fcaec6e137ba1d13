/**
 * A browser killed outright (SIGKILL) must lose nothing that was acknowledged as saved.
 * Playwright's own contexts keep IndexedDB in memory and launchPersistentContext exposes no
 * process, so this test spawns Chromium on a profile folder itself, drives it over CDP, kills
 * its whole process group and starts it again on the same folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, findChromium } from './support/browser';
import { DANA, chosenEntries, expectedCounts, play, readCounts, waitReady, type View } from './support/case';

interface Running {
	process: ChildProcess;
	browser: Browser;
	page: Page;
}

async function launch(profile: string): Promise<Running> {
	const child = spawn(findChromium(), [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		detached: true, // its own process group, so the kill reaches every Chromium process
		stdio: ['ignore', 'ignore', 'pipe']
	});
	const wsEndpoint = await new Promise<string>((resolve, reject) => {
		let stderr = '';
		const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint within 20 s:\n${stderr}`)), 20_000);
		child.stderr?.setEncoding('utf8');
		child.stderr?.on('data', (chunk: string) => {
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
		child.once('error', reject);
	});
	const browser = await chromium.connectOverCDP(wsEndpoint);
	const context = browser.contexts()[0];
	if (!context) throw new Error('the persistent profile has no default context');
	const page = await context.newPage();
	return { process: child, browser, page };
}

function groupAlive(pid: number) {
	try {
		process.kill(-pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** SIGKILL to the browser's whole process group; resolves when every process is gone. */
async function kill(running: Running) {
	const pid = running.process.pid;
	if (pid === undefined || !groupAlive(pid)) return;
	const exited = running.process.exitCode !== null || running.process.signalCode !== null ? Promise.resolve() : new Promise((r) => running.process.once('exit', r));
	process.kill(-pid, 'SIGKILL');
	await exited;
	await expect.poll(() => groupAlive(pid), { message: 'every Chromium process has exited', timeout: 10_000, intervals: [20, 50, 100] }).toBe(false);
}

const resumable = (v: View) => ({ screen: v.screen, passage: v.passage, transcript: v.transcript, choiceIds: v.choiceIds, feedback: v.feedback });

test('a browser killed with SIGKILL resumes at the last saved choice, then with the feedback open', async () => {
	test.setTimeout(90_000);
	const profile = mkdtempSync(join(tmpdir(), 'confide-crash-'));
	const started: Running[] = [];
	const start = async () => {
		const running = await launch(profile);
		started.push(running);
		await running.page.goto(`${BASE_URL}/case/dana/`);
		await waitReady(running.page);
		return running;
	};
	try {
		// 1. Play to the second decision; act() returns once data-save-state is "saved".
		let run = await start();
		const { view: atChoice } = await play(run.page, DANA, ['V1.D1.1.a'], {
			stopAt: (v, left) => left === 0 && v.screen === 'choosing' && v.choiceIds.some((id) => id.startsWith('V1.D1.2.'))
		});
		expect(atChoice.saveState).toBe('saved');
		expect(atChoice.passage?.length ?? 0).toBeGreaterThan(50);
		expect(atChoice.transcript.length).toBeGreaterThan(2);
		await kill(run);

		// 2. Same profile: exactly the same place, no content note.
		run = await start();
		const resumed = await waitReady(run.page);
		expect(resumed.screen).not.toBe('content-note');
		expect(resumable(resumed)).toEqual(resumable(atChoice));

		// 3. A scored choice, killed while its feedback is open.
		const { view: atFeedback } = await play(run.page, DANA, ['V1.D1.2.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		expect(atFeedback.saveState).toBe('saved');
		expect(chosenEntries(atFeedback)).toHaveLength(3);
		expect(atFeedback.feedback?.length ?? 0).toBeGreaterThan(50);
		await kill(run);

		run = await start();
		const resumedFeedback = await waitReady(run.page);
		expect(resumable(resumedFeedback)).toEqual(resumable(atFeedback));

		// 4. It plays on to the right debrief.
		await play(run.page, DANA, ['V1.D1.3.a', 'V1.D1.4.a']);
		expect(await readCounts(run.page)).toEqual(expectedCounts(DANA, ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.4.a']));
	} finally {
		for (const running of started) {
			await running.browser.close().catch(() => {});
			await kill(running).catch(() => {});
		}
		rmSync(profile, { recursive: true, force: true });
	}
});
