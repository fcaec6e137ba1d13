/**
 * A browser killed outright (SIGKILL) must lose nothing that was acknowledged as saved.
 * Playwright's own contexts keep IndexedDB in memory and launchPersistentContext exposes no
 * process, so this test spawns Chromium on a profile folder itself (scripts/lib/chromium-process.js),
 * drives it over CDP, kills its whole process group and starts it again on the same folder.
 * scripts/soak.js does the same at random moments, many times over.
 */
import { mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { killChromium, launchChromium, type RunningChromium } from '../../scripts/lib/chromium-process.js';
import { BASE_URL } from './support/browser';
import { DANA, chosenEntries, expectedCounts, play, readCounts, waitReady, type View } from './support/case';

const resumable = (v: View) => ({ screen: v.screen, passage: v.passage, transcript: v.transcript, choiceIds: v.choiceIds, feedback: v.feedback });

/**
 * Runs `body` with `start` (and the folder), where `start` launches Chromium on one profile folder (the same each time) and
 * opens Dana; every browser started is killed and the folder removed afterwards.
 */
async function onOneProfile(prefix: string, body: (start: () => Promise<RunningChromium>, profile: string) => Promise<void>) {
	const profile = mkdtempSync(join(tmpdir(), prefix));
	const started: RunningChromium[] = [];
	const start = async () => {
		const running = await launchChromium(profile);
		started.push(running);
		await running.page.goto(`${BASE_URL}/case/dana/`);
		await waitReady(running.page);
		return running;
	};
	try {
		await body(start, profile);
	} finally {
		for (const running of started) {
			await running.browser.close().catch(() => {});
			await killChromium(running).catch(() => {});
		}
		rmSync(profile, { recursive: true, force: true });
	}
}

test('a browser killed with SIGKILL resumes at the last saved choice, then with the feedback open', async () => {
	test.setTimeout(90_000);
	await onOneProfile('confide-crash-', async (start) => {
		// 1. Play to the second decision; act() returns once data-save-state is "saved".
		let run = await start();
		const { view: atChoice } = await play(run.page, DANA, ['V1.D1.1.a'], {
			stopAt: (v, left) => left === 0 && v.screen === 'choosing' && v.choiceIds.some((id) => id.startsWith('V1.D1.2.'))
		});
		expect(atChoice.saveState).toBe('saved');
		expect(atChoice.passage?.length ?? 0).toBeGreaterThan(50);
		expect(atChoice.transcript.length).toBeGreaterThan(2);
		await killChromium(run);

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
		await killChromium(run);

		run = await start();
		const resumedFeedback = await waitReady(run.page);
		expect(resumable(resumedFeedback)).toEqual(resumable(atFeedback));

		// 4. It plays on to the right debrief.
		await play(run.page, DANA, ['V1.D1.3.a', 'V1.D1.5.c']);
		expect(await readCounts(run.page)).toEqual(expectedCounts(DANA, ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']));
	});
});

/**
 * Damages the IndexedDB store on disk the way a torn write does: bytes in the middle of its
 * LevelDB log no longer match their checksum. Chromium then discards the whole store when it
 * next opens it (dataLoss "total") and the page finds an empty database.
 */
function damageIndexedDb(profile: string): string {
	const dir = join(profile, 'Default', 'IndexedDB');
	const store = readdirSync(dir).find((name) => name.endsWith('.indexeddb.leveldb'));
	if (!store) throw new Error(`no IndexedDB store in ${dir}`);
	const log = readdirSync(join(dir, store)).find((name) => name.endsWith('.log'));
	if (!log) throw new Error(`no LevelDB log in ${store}`);
	const file = join(dir, store, log);
	const fd = openSync(file, 'r+');
	writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, Math.floor(statSync(file).size / 2));
	closeSync(fd);
	return file;
}

test('when Chromium discards a damaged database, the attempt comes back from the backup copy, and the page says so', async () => {
	test.setTimeout(90_000);
	await onOneProfile('confide-discard-', async (start, profile) => {
		let run = await start();
		const { view: atChoice } = await play(run.page, DANA, ['V1.D1.1.a'], {
			stopAt: (v, left) => left === 0 && v.screen === 'choosing' && v.choiceIds.some((id) => id.startsWith('V1.D1.2.'))
		});
		expect(atChoice.saveState).toBe('saved');
		await expect(run.page.locator('[data-restored-notice]')).toHaveCount(0);
		await killChromium(run);

		damageIndexedDb(profile);
		run = await start();
		const resumed = await waitReady(run.page);
		expect(resumable(resumed)).toEqual(resumable(atChoice));
		const notice = run.page.locator('[data-restored-notice]');
		await expect(notice).toContainText('Confide restored 1 attempt from its backup copy');
		// The browser really had discarded it: the restored row is the only one, at its saved revision.
		const rows = await run.page.evaluate(
			() =>
				new Promise<{ id: string; revision: number }[]>((resolve, reject) => {
					const open = indexedDB.open('confide');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const all = open.result.transaction('attempts').objectStore('attempts').getAll();
						all.onsuccess = () => resolve(all.result);
					};
				})
		);
		expect(rows).toHaveLength(1);
		await notice.getByRole('button', { name: 'OK' }).click();
		await expect(notice).toHaveCount(0);

		// It plays on and is saved as before.
		await play(run.page, DANA, ['V1.D1.2.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		expect((await waitReady(run.page)).saveState).toBe('saved');
	});
});
