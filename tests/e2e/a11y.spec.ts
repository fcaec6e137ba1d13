import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DANA, DANA_WORST, TINY, openCase, play } from './support/case';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is and fails with a readable list of violations. */
async function expectNoViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
	expect(found, `axe violations on ${where}`).toEqual([]);
	// axe really looked at something.
	expect(results.passes.length, `axe checked ${where}`).toBeGreaterThan(5);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, WCAG 2.2 AA, ${colorScheme} scheme`, () => {
		test.use({ colorScheme });

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
			await expectNoViolations(page, 'the debrief (with critical errors)');
			await page.locator('[data-action=pause]').click();
			await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
			await expectNoViolations(page, 'the pause dialog');
			// Home again, now with a completed case.
			await page.goto('/');
			await expect(page.locator('li[data-case=dana] [data-status=completed]')).toBeVisible();
			await expectNoViolations(page, 'home with a completed case');
		});
	});
}
