/**
 * Storage failures a browser can throw at the app, each shown with its message, with the attempt
 * still playable in memory (and downloadable), and nothing acknowledged lost from IndexedDB.
 *
 * Write failures are injected below Dexie: an init script patches IDBObjectStore.prototype.put to
 * throw QuotaExceededError while localStorage['confide-fault'] is 'quota'. That exercises the real
 * path (Dexie's transaction, its error wrapping, the app's classification) with no test hook in
 * the shipped code, and the flag can be cleared mid-test to watch saving resume by itself.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { attemptIntegrity } from '../../src/lib/domain/integrity';
import type { AttemptRecord } from '../../src/lib/domain/attempt';
import type { ExportFile } from '../../src/lib/exchange/format';
import { TINY, begin, choose, continueFeedback, openCase, play, putRows, readView, startSession, storedRows, waitReady } from './support/case';
import { dropScripts } from './support/dropped-scripts';

const D1 = 'V99.D99.1.a';
const CARRY_ON = 'tiny-carry-on';

type Row = Record<string, unknown> & { choiceLog?: { choiceId: string }[] };

async function tinyRows(page: Page): Promise<Row[]> {
	return (await storedRows(page)).filter((r) => r.caseId === 'tiny') as Row[];
}

/** The stored choice ids of the one tiny attempt (none if there is no row). */
async function storedLog(page: Page): Promise<string[]> {
	const rows = await tinyRows(page);
	expect(rows.length, 'at most one tiny attempt').toBeLessThanOrEqual(1);
	return (rows[0]?.choiceLog ?? []).map((c) => c.choiceId);
}

/** Clicks and waits for the page to move on; the save may fail (unlike `act`, which wants it saved). */
async function clickThrough(page: Page, selector: string, screen: string) {
	await page.locator(selector).click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', screen);
	await expect(page.locator('main')).not.toHaveAttribute('data-save-state', 'pending', { timeout: 10_000 });
}

/** Downloads the in-memory attempt from the storage notice and returns the parsed file. */
async function downloadAttempt(page: Page): Promise<ExportFile> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-attempt]').click()]);
	expect(download.suggestedFilename()).toMatch(/^confide-tiny-\d{4}-\d{2}-\d{2}\.json$/);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as ExportFile;
	expect(file).toMatchObject({ format: 'confide-progress', version: 1 });
	expect(file.attempts).toHaveLength(1);
	const { attempt, integrity } = file.attempts[0]!;
	expect(integrity, 'the integrity code matches the attempt').toBe(attemptIntegrity(attempt as AttemptRecord));
	return file;
}

const loggedIds = (file: ExportFile) => file.attempts[0]!.attempt.choiceLog.map((c) => c.choiceId);

/** Plays a fresh tiny attempt to the feedback of its first decision, every step saved. */
async function toFirstFeedback(page: Page) {
	await openCase(page, 'tiny');
	await begin(page);
	await startSession(page);
	const view = await choose(page, D1);
	expect(view.screen).toBe('feedback');
	expect(await storedLog(page)).toEqual([D1]);
}

test.describe('no usable IndexedDB', () => {
	test('IndexedDB removed: home and case page say so, the case plays in memory and downloads', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
		});
		await page.goto('/');
		await expect(page.locator('[data-storage-notice=unavailable]')).toContainText("Progress can't be saved in this browser");
		await expect(page.locator('li[data-case=tiny]')).toBeVisible();

		await page.goto('/case/tiny/');
		await waitReady(page);
		await expect(page.locator('[data-storage-notice=unavailable]')).toContainText("can't be saved in this browser");
		await clickThrough(page, '[data-action=begin]', 'setting');
		await clickThrough(page, 'main [data-action=continue]', 'choosing');
		// Nothing is saved before the first choice; that first save fails, and play goes on.
		await clickThrough(page, `[data-choice-id="${D1}"]`, 'feedback');
		await expect(page.locator('main')).toHaveAttribute('data-save-state', 'failed');
		expect((await readView(page)).verdict).toBe('best');
		expect(loggedIds(await downloadAttempt(page))).toEqual([D1]);
	});

	test('opening IndexedDB hangs: both pages say so within 5 s, and play goes on', async ({ page }) => {
		await page.addInitScript(() => {
			// A request that never fires any event.
			IDBFactory.prototype.open = function () {
				return Object.assign(new EventTarget(), { onsuccess: null, onerror: null, onblocked: null, onupgradeneeded: null }) as unknown as IDBOpenDBRequest;
			};
			// When the page became interactive and when the notice appeared, in the page's own clock
			// (the test runner's polling adds nothing).
			const marks: { ready?: number; notice?: number } = {};
			(window as unknown as { marks: typeof marks }).marks = marks;
			new MutationObserver((_, observer) => {
				if (marks.ready === undefined && document.querySelector('main[data-ready]')) marks.ready = performance.now();
				if (!document.querySelector('[data-storage-notice=unavailable]')) return;
				marks.notice = performance.now();
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true, attributes: true });
		});
		/** Milliseconds from the page being interactive (main[data-ready]) to the notice. */
		const noticeDelay = () =>
			page.evaluate(() => {
				const { ready, notice } = (window as unknown as { marks: { ready?: number; notice?: number } }).marks;
				return ready === undefined || notice === undefined ? Infinity : notice - ready;
			});

		await page.goto('/');
		await expect(page.locator('[data-storage-notice=unavailable]')).toContainText('timed out', { timeout: 10_000 });
		expect(await noticeDelay(), 'the home page says so within 5 s').toBeLessThan(5_000);

		await page.goto('/case/tiny/');
		await waitReady(page);
		await expect(page.locator('[data-storage-notice=unavailable]')).toContainText("can't be saved", { timeout: 10_000 });
		expect(await noticeDelay(), 'the case page says so within 5 s').toBeLessThan(5_000);
		await clickThrough(page, '[data-action=begin]', 'setting');
		await clickThrough(page, 'main [data-action=continue]', 'choosing');
		await clickThrough(page, `[data-choice-id="${D1}"]`, 'feedback');
		await expect(page.locator('main')).toHaveAttribute('data-save-state', 'failed');
		expect(loggedIds(await downloadAttempt(page))).toEqual([D1]);
	});
});

test.describe('a write failing mid-attempt', () => {
	test('out of space (IDB put throws QuotaExceededError): not shown as saved, explained, downloadable; saving resumes by itself', async ({ page }) => {
		test.setTimeout(60_000);
		await page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
				if (localStorage.getItem('confide-fault') === 'quota' && this.name === 'attempts')
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await toFirstFeedback(page);
		await page.evaluate(() => localStorage.setItem('confide-fault', 'quota'));

		await clickThrough(page, '[data-feedback] [data-action=continue]', 'choosing');
		await expect(page.locator('main')).toHaveAttribute('data-save-state', 'failed');
		await expect(page.locator('[data-save-status]')).toHaveText('Not saved');
		await expect(page.locator('[data-storage-notice=quota]')).toContainText('This device is out of storage space for Confide');
		// Play goes on in memory, past the failed save.
		await clickThrough(page, `[data-choice-id="${CARRY_ON}"]`, 'choosing');
		await expect(page.locator('main')).toHaveAttribute('data-save-state', 'failed');
		const rows = await tinyRows(page);
		expect(rows.map((r) => [r.phase, r.choiceLog?.map((c) => c.choiceId)]), 'IndexedDB still holds the last acknowledged step').toEqual([['feedback', [D1]]]);
		expect(loggedIds(await downloadAttempt(page))).toEqual([D1, CARRY_ON]);

		// Space comes back: the retry (2 s, 5 s, 15 s...) saves without a click.
		await page.evaluate(() => localStorage.removeItem('confide-fault'));
		await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved', { timeout: 25_000 });
		await expect(page.locator('[data-save-status]')).toHaveText('Saved on this device');
		await expect(page.locator('[data-storage-notice]')).toHaveCount(0);
		expect(await storedLog(page)).toEqual([D1, CARRY_ON]);
		const view = await play(page, TINY, ['V99.D99.2.a']);
		expect(view.view.screen).toBe('debrief');
		expect(await storedLog(page)).toEqual([D1, CARRY_ON, 'V99.D99.2.a']);
	});
});

test('corrupt rows are set aside with their reason, reported, and the rest loads', async ({ page }) => {
	await toFirstFeedback(page);
	await putRows(page, 'attempts', [
		{ id: 'broken-tiny', caseId: 'tiny', status: 'active', revision: 'x' },
		{ id: 'broken-dana', caseId: 'dana', status: 'completed', ledger: 'not a list' }
	]);

	await page.reload();
	const view = await waitReady(page);
	expect(view.screen).toBe('feedback');
	expect(view.verdict).toBe('best');
	await expect(page.locator('[data-set-aside]')).toHaveText('1 saved record could not be read and was set aside.');

	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await expect(page.locator('[data-set-aside]')).toContainText('1 saved record could not be read and was set aside.');
	await expect(page.locator('li[data-case=tiny] [data-status]')).toHaveAttribute('data-status', 'in-progress');

	const rows = await storedRows(page, ['attempts', 'quarantine']);
	const quarantined = rows.filter((r) => 'reason' in r && 'row' in r) as { reason: string; table: string; row: { id: string } }[];
	expect(quarantined.map((q) => q.row.id).sort()).toEqual(['broken-dana', 'broken-tiny']);
	for (const q of quarantined) expect(q.reason.length, 'a reason is recorded').toBeGreaterThan(5);
	expect(rows.some((r) => r.id === 'broken-tiny' || r.id === 'broken-dana'), 'no bad row is left among the attempts').toBe(false);
	expect(await storedLog(page)).toEqual([D1]);

	// A third visit has nothing more to report.
	await page.reload();
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await expect(page.locator('[data-set-aside]')).toHaveCount(0);
});

test('two tabs on one case: one writes, the other can take over, and the choice log is one history', async ({ context }) => {
	test.setTimeout(60_000);
	const a = await context.newPage();
	const b = await context.newPage();
	const logs: string[][] = [];
	const snapshotLog = async () => logs.push(await storedLog(a));

	await openCase(a, 'tiny');
	await begin(a);
	await startSession(a);
	await expect(a.locator('main')).toHaveAttribute('data-ownership', 'mine');
	// Nothing is stored before the first choice.
	expect(await tinyRows(a)).toEqual([]);
	expect((await choose(a, D1)).screen).toBe('feedback');
	await snapshotLog();

	// B opens the case where A saved it, read-only.
	await b.goto('/case/tiny/');
	await waitReady(b);
	await expect(b.locator('[data-storage-notice=elsewhere]')).toContainText('This case is open in another tab');
	await expect(b.locator('main')).toHaveAttribute('data-screen', 'feedback');
	await expect(b.locator('[data-feedback] [data-action=continue]')).toBeDisabled();

	// B takes over: A is told and stops; B continues from what A saved.
	await b.locator('[data-action=take-over]').click();
	await expect(b.locator('main')).toHaveAttribute('data-ownership', 'mine');
	await expect(a.locator('[data-storage-notice=taken]')).toContainText('taken over in another tab');
	await expect(a.locator('[data-feedback] [data-action=continue]')).toBeDisabled();
	await expect(b.locator('[data-storage-notice]')).toHaveCount(0);
	await continueFeedback(b);
	expect((await choose(b, CARRY_ON)).screen).toBe('choosing');
	await snapshotLog();

	// A takes it back, at B's last saved step, and plays on.
	await a.locator('[data-action=take-over]').click();
	await expect(a.locator(`[data-choice-id="V99.D99.2.b"]`)).toBeEnabled();
	await expect(b.locator('[data-storage-notice=taken]')).toBeVisible();
	expect((await choose(a, 'V99.D99.2.b')).screen).toBe('feedback');
	await snapshotLog();
	// B's buttons stay disabled while it does not own the attempt.
	await expect(b.locator('[data-choice-id]').first()).toBeDisabled();

	expect(logs).toEqual([[D1], [D1, CARRY_ON], [D1, CARRY_ON, 'V99.D99.2.b']]);
	for (let i = 1; i < logs.length; i++) expect(logs[i]!.slice(0, logs[i - 1]!.length), 'each stored log extends the last').toEqual(logs[i - 1]);
	const [row] = await tinyRows(a);
	expect(row?.status).toBe('active');
});

test('another tab upgrading the database: this tab closes it, says to reload, plays on, and reloads into its saved place', async ({ context }) => {
	const a = await context.newPage();
	await toFirstFeedback(a);

	const b = await context.newPage();
	await b.goto('/glossary/');
	const upgradedTo = await b.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const probe = indexedDB.open('confide');
				probe.onsuccess = () => {
					const next = probe.result.version + 10;
					probe.result.close();
					const request = indexedDB.open('confide', next);
					request.onsuccess = () => (request.result.close(), resolve(next));
					request.onerror = () => reject(request.error);
				};
				probe.onerror = () => reject(probe.error);
			})
	);
	expect(upgradedTo).toBeGreaterThan(20);

	await expect(a.locator('[data-storage-notice=upgraded]')).toContainText('Confide was updated in another tab: reload to keep saving');
	await clickThrough(a, '[data-feedback] [data-action=continue]', 'choosing');
	await expect(a.locator('main')).toHaveAttribute('data-save-state', 'failed');
	expect(await storedLog(a)).toEqual([D1]);

	await a.locator('[data-action=reload]').click();
	const view = await waitReady(a);
	expect(view.screen, 'back at the last saved step').toBe('feedback');
	await continueFeedback(a);
	expect(await storedLog(a)).toEqual([D1]);
	expect((await choose(a, CARRY_ON)).saveState).toBe('saved');
	expect(await storedLog(a)).toEqual([D1, CARRY_ON]);
});

test('a story error during play shows a recoverable error screen and keeps the saved attempt', async ({ page }) => {
	await openCase(page, 'tiny');
	await begin(page);
	await startSession(page);
	await choose(page, D1);
	await continueFeedback(page);
	// Corrupt the saved ink state so it still loads but the next choice leads nowhere.
	await page.evaluate(
		() =>
			new Promise<unknown>((resolve, reject) => {
				const request = indexedDB.open('confide');
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('attempts', 'readwrite');
					const store = tx.objectStore('attempts');
					const all = store.getAll();
					let written: unknown;
					all.onsuccess = () => {
						const row = (all.result as { caseId: string; inkState: string }[]).find((r) => r.caseId === 'tiny')!;
						const state = JSON.parse(row.inkState);
						for (const choice of state.flows.DEFAULT_FLOW.currentChoices) choice.targetPath = 'nowhere.0';
						written = { ...row, inkState: JSON.stringify(state) };
						store.put(written);
					};
					tx.oncomplete = () => (db.close(), resolve(written));
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
	const [before] = await tinyRows(page);
	await page.reload();
	expect((await waitReady(page)).screen).toBe('choosing');
	await page.locator(`[data-choice-id="${CARRY_ON}"]`).click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'error');
	await expect(page.getByRole('heading', { name: 'This case stopped' })).toBeFocused();
	const screen = page.locator('[aria-labelledby=error-heading]');
	await expect(screen.locator('[data-action=restart]')).toBeVisible();
	await expect(screen.locator('[data-action=exit]')).toBeVisible();
	expect(await tinyRows(page), 'the saved attempt is untouched: active, same revision and state').toEqual([before]);

	await screen.locator('[data-action=exit]').click();
	await expect(page.locator('li[data-case=tiny] [data-status]')).toHaveAttribute('data-status', 'in-progress');
});

test.describe('persistent storage and the export reminder', () => {
	/** Makes the browser's answer to persist() deterministic and counts the requests. */
	async function fakePersistence(page: Page, grant: boolean) {
		await page.addInitScript((grant) => {
			let persisted = sessionStorage.getItem('persisted') === '1';
			StorageManager.prototype.persisted = async () => persisted;
			StorageManager.prototype.persist = async () => {
				sessionStorage.setItem('persist-calls', String(Number(sessionStorage.getItem('persist-calls') ?? 0) + 1));
				persisted = grant;
				if (grant) sessionStorage.setItem('persisted', '1');
				return grant;
			};
		}, grant);
	}
	const persistCalls = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('persist-calls') ?? 0));

	async function completeTiny(page: Page) {
		await openCase(page, 'tiny');
		expect(await persistCalls(page), 'not asked on a first visit').toBe(0);
		await play(page, TINY, ['V99.D99.1.a', 'V99.D99.2.a']);
		await expect.poll(() => persistCalls(page), { message: 'asked after the first completed attempt' }).toBe(1);
	}

	test('not granted: the home page says the browser may clear progress and reminds to export, with a link to progress/', async ({ page }) => {
		await fakePersistence(page, false);
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expect(page.locator('[data-export-reminder], [data-persistence]')).toHaveCount(0);
		await completeTiny(page);
		await page.goto('/');
		// Said once: the reminder says the browser may clear progress, so the persistence line waits.
		const reminder = page.locator('[data-export-reminder]');
		await expect(reminder).toContainText('this browser may clear saved progress');
		await expect(page.locator('[data-persistence]')).toHaveCount(0);
		await expect(reminder).toContainText('Safari deletes');
		await expect(reminder).toContainText('7 days');
		const href = await reminder.locator('a').getAttribute('href');
		expect(new URL(href ?? '', page.url()).pathname).toBe('/progress/');

		// An export newer than the completed attempt settles it.
		await putRows(page, 'settings', [{ key: 'lastExportAt', value: Date.now() + 1000 }]);
		await page.reload();
		await expect(page.locator('[data-persistence]')).toHaveAttribute('data-persistence', 'best-effort');
		await expect(page.locator('[data-persistence]')).toContainText('Your browser may clear saved progress');
		await expect(page.locator('[data-export-reminder]')).toHaveCount(0);
	});

	test('granted: the home page says progress is stored persistently, and no reminder', async ({ page }) => {
		await fakePersistence(page, true);
		await completeTiny(page);
		await page.goto('/');
		await expect(page.locator('[data-persistence]')).toHaveText('Your progress is stored persistently on this device.');
		await expect(page.locator('[data-export-reminder]')).toHaveCount(0);
	});
});

test.describe('a vignette that cannot load', () => {
	// page.route must see every script: a service worker would serve them from its cache.
	test.use({ serviceWorkers: 'block' });

	test('a returning trainee reads why in words, and Try again resumes where they were', async ({ page }) => {
		await openCase(page, 'tiny');
		await begin(page);
		const first = await startSession(page);
		const saved = await choose(page, first.choiceIds[0]!);

		// The link drops: the vignette's decisions, which load with its story, do not arrive.
		const link = await dropScripts(page, (body) => body.startsWith('var e={meta:{id:`tiny`'));
		await page.reload();
		await expect(page.locator('main')).toHaveAttribute('data-screen', 'error');
		const screen = page.locator('[aria-labelledby=error-heading]');
		await expect(screen).toContainText('The rest of this case could not be loaded. Check your connection, then try again.');
		await expect(screen).not.toContainText('_app');
		// Starting again could not help (a new attempt needs the story too): the way out is offered instead.
		await expect(screen.locator('[data-action=restart]')).toHaveCount(0);
		await expect(screen.locator('[data-action=exit]')).toBeVisible();

		// Still down, then back: the attempt resumes exactly as it was saved.
		expect(link.drops).toBeGreaterThan(0);
		const dropsBefore = link.drops;
		await screen.getByRole('button', { name: 'Try again' }).click();
		await expect.poll(() => link.drops, { message: 'the retry asked again' }).toBeGreaterThan(dropsBefore);
		await expect(page.locator('[data-retrying]')).toBeHidden();
		await expect(page.locator('main')).toHaveAttribute('data-screen', 'error');
		link.restore();
		await screen.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('main')).toHaveAttribute('data-screen', saved.screen!);
		const resumed = await readView(page);
		expect([resumed.passage, resumed.transcript, resumed.choiceIds, resumed.feedback]).toEqual([saved.passage, saved.transcript, saved.choiceIds, saved.feedback]);
	});
});
