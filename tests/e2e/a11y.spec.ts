import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DANA, DANA_WORST, TINY, TINY_BEST, openCase, play, storedRows, waitReady } from './support/case';
import { loadClass } from './support/exports';
import { freePort, requireBuild, serve } from './support/server';

test.describe('axe, WCAG 2.2 AA, light and dark schemes', () => {
	test('home page', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expectNoViolations(page, 'home');
	});

	test('storage notices: no IndexedDB, on the home and case pages', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
		await page.goto('/');
		await expect(page.locator('[data-storage-notice=unavailable]')).toBeVisible();
		await expectNoViolations(page, 'home without storage');
		await openCase(page, 'tiny');
		await expect(page.locator('[data-storage-notice=unavailable]')).toBeVisible();
		await expectNoViolations(page, 'a case without storage');
	});

	test('storage notices: out of space, open in another tab, taken over; the export reminder', async ({ context }) => {
		test.setTimeout(120_000);
		const a = await context.newPage();
		await a.addInitScript(() => {
			StorageManager.prototype.persisted = async () => false;
			StorageManager.prototype.persist = async () => false;
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
				if (localStorage.getItem('confide-fault') === 'quota') throw new DOMException('full', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await openCase(a, 'tiny');
		await play(a, TINY, ['V99.D99.1.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		await a.evaluate(() => localStorage.setItem('confide-fault', 'quota'));
		await a.locator('[data-feedback] [data-action=continue]').click();
		await expect(a.locator('[data-storage-notice=quota]')).toBeVisible();
		await expectNoViolations(a, 'the out-of-space notice');
		await a.evaluate(() => {
			localStorage.removeItem('confide-fault');
			window.dispatchEvent(new Event('online')); // retry now rather than at the next backoff step
		});
		await expect(a.locator('main')).toHaveAttribute('data-save-state', 'saved', { timeout: 20_000 });

		const b = await context.newPage();
		await openCase(b, 'tiny');
		await expect(b.locator('[data-storage-notice=elsewhere]')).toBeVisible();
		await expectNoViolations(b, 'a case open in another tab');
		await b.locator('[data-action=take-over]').click();
		await expect(a.locator('[data-storage-notice=taken]')).toBeVisible();
		await expectNoViolations(a, 'a case taken over by another tab');

		await play(b, TINY, ['V99.D99.2.a']);
		await b.goto('/');
		await expect(b.locator('[data-export-reminder]')).toBeVisible();
		await expectNoViolations(b, 'home with the export reminder');
	});

	test('case page: content note, setting card, a choice, feedback, debrief', async ({ page }) => {
		await openCase(page, 'dana');
		await expectNoViolations(page, 'the content note');
		await play(page, DANA, [], { stopAt: (v) => v.screen === 'setting' });
		await expectNoViolations(page, 'the setting card');
		await play(page, DANA, [], { stopAt: (v) => v.screen === 'choosing' && v.choiceIds.includes('V1.D1.1.a') });
		await expectNoViolations(page, 'a choosing screen');
		// An error, so the feedback panel also shows the best response.
		await play(page, DANA, ['V1.D1.1.c'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		await expectNoViolations(page, 'a feedback panel');
		await page.goto('/');
		await expect(page.locator('li[data-case=dana] [data-action=resume]')).toBeVisible();
		await expectNoViolations(page, 'home with a case in progress');
		await openCase(page, 'dana');
		await play(page, DANA, DANA_WORST.slice(1));
		// The debrief includes the path map and its step-by-step text.
		await expect(page.locator('[data-debrief] [data-path-map] [data-path-step]')).toHaveCount(DANA_WORST.length);
		await expectNoViolations(page, 'the debrief (with critical errors)');
		await page.locator('[data-action=pause]').click();
		await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
		await expectNoViolations(page, 'the pause dialog');
		// Home again, now with a completed case.
		await page.goto('/');
		await expect(page.locator('li[data-case=dana] [data-status=completed]')).toBeVisible();
		await expectNoViolations(page, 'home with a completed case');
	});

	// Needs a server it can swap for version B (.tmp/build-b, see update.spec.ts) to show the banner.
	test('offline status, offline indicator and the update banner', async ({ browser }) => {
		test.setTimeout(180_000); // waits for a full offline copy, then for version B
		requireBuild('.tmp/build-b', 'CONFIDE_FIXTURES=1 CONFIDE_VERSION=test-b CONFIDE_OUT=.tmp/build-b npx vite build');
		const port = await freePort();
		let server = await serve('.tmp/build-test', { port });
		const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
		try {
			const page = await context.newPage();
			await page.goto('/');
			await expect(page.locator('[data-offline-copy]')).toHaveText('Ready to use offline', { timeout: 30_000 });
			await expectNoViolations(page, 'home with the offline copy ready');
			await context.setOffline(true);
			await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toBeVisible();
			await expectNoViolations(page, 'the offline indicator');
			await context.setOffline(false);

			await server.stop();
			server = await serve('.tmp/build-b', { port });
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible({ timeout: 20_000 });
			await expectNoViolations(page, 'home with the update banner');
			await page.goto('/case/tiny/');
			await waitReady(page);
			await play(page, TINY, TINY_BEST.slice(0, 1), { stopAt: (_v, left) => left === 0 });
			await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
			await expectNoViolations(page, 'a feedback panel with the update banner');
		} finally {
			await context.close();
			await server.stop();
		}
	});

	test('instructor page with files loaded (one broken, one edited)', async ({ page }) => {
		// A long page: axe takes a while over every bar and option.
		test.slow();
		await loadClass(page);
		await expectNoViolations(page, 'the class summary with files loaded');
	});

	test('answer key (with profile overrides)', async ({ page }) => {
		// Every option of a vignette with its rationale: a long page for axe.
		test.slow();
		await page.goto('/instructor/key/jordan/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expectNoViolations(page, 'the answer key');
	});

	test('page not found, at an unknown address and in the app; the answer keys index', async ({ page }) => {
		// Three pages, each in two schemes.
		test.slow();
		expect((await page.goto('/no/such/page/'))?.status()).toBe(404);
		await expect(page.locator('main[data-not-found]')).toBeVisible();
		await expectNoViolations(page, 'page not found (404.html)');
		await page.goto('/instructor/key/');
		await expect(page.locator('main[data-answer-key-index]')).toBeVisible();
		await expectNoViolations(page, 'the answer keys index');
		// Drawn by the app (src/routes/+error.svelte) after a navigation to a vignette that is not there.
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '../../case/nobody/';
			link.textContent = 'A vignette that is not there';
			document.querySelector('main')?.append(link);
			link.click();
		});
		await expect(page.locator('main[data-not-found]')).toBeVisible();
		await expectNoViolations(page, 'page not found (in the app)');
	});

	test('progress page: empty, with attempts, a dialog, an import preview and an import error', async ({ page }) => {
		test.setTimeout(90_000);
		const ready = () => expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
		await page.goto('/progress/');
		await ready();
		await expect(page.locator('[data-empty]')).toBeVisible();
		await expectNoViolations(page, 'the empty progress page');
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await page.goto('/progress/');
		await ready();
		await expect(page.locator('tr[data-attempt]')).toHaveCount(1);
		await page.locator('section[data-case] details summary').click();
		await expectNoViolations(page, 'the progress page with an attempt, its chart table and the name field');
		await page.locator('tr[data-attempt] [data-action=delete]').click();
		await expect(page.getByRole('dialog', { name: 'Delete this attempt?' })).toBeVisible();
		await expectNoViolations(page, 'the delete dialog');
		await page.keyboard.press('Escape');
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-json]').click()]);
		await page.locator('[data-import-input]').setInputFiles(await download.path());
		await expect(page.locator('[data-import-preview]')).toBeVisible();
		await expectNoViolations(page, 'an import preview');
		await page.locator('[data-import-input]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__":{}}') });
		await expect(page.locator('[data-import-error]')).toBeVisible();
		await expectNoViolations(page, 'an import error');
	});

	test('report and certificate pages: with data, empty, and a missing attempt', async ({ page }) => {
		test.slow(); // plays a vignette twice and runs axe five times in each scheme
		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=empty]')).toBeAttached();
		await expectNoViolations(page, 'the certificate with nothing completed');
		await page.goto('/report/?attempt=missing');
		await expect(page.locator('main[data-report=not-found]')).toBeAttached();
		await expectNoViolations(page, 'the report of a missing attempt');
		// Two finished attempts of one vignette, so the certificate offers a choice between them.
		for (const picks of [TINY_BEST, ['V99.D99.1.b', 'V99.D99.2.b']]) {
			await openCase(page, 'tiny');
			await play(page, TINY, picks);
		}
		const id = (await storedRows(page)).find((r) => r.caseId === 'tiny' && r.status === 'completed')?.id;
		await page.goto(`/report/?attempt=${String(id)}`);
		await expect(page.locator('main[data-report=ready]')).toBeAttached();
		await expectNoViolations(page, 'the report');
		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=ready]')).toBeAttached();
		await page.getByLabel('Your name or trainee ID (optional)').fill('Ada Q. Trainee');
		await expect(page.getByRole('status').filter({ hasText: 'Name kept' })).toHaveText('Name kept on this device only.');
		await expect(page.getByLabel('Attempt shown')).toBeVisible();
		await expectNoViolations(page, 'the certificate');
	});
});
