import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DANA, DANA_WORST, TINY, TINY_BEST, openCase, play } from './support/case';

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
			await page.locator('[data-trainee-toggle]').check();
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
	});
}
