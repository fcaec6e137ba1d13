import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DANA, DANA_WORST, TINY, TINY_BEST, openCase, play, storedRows } from './support/case';

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

		test('report and certificate pages: with data, empty, and a missing attempt', async ({ page }) => {
			test.slow(); // plays a vignette twice and runs axe five times
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
			await expect(page.getByRole('status')).toHaveText('Name kept on this device only.');
			await expect(page.getByLabel('Attempt shown')).toBeVisible();
			await expectNoViolations(page, 'the certificate');
		});
	});
}
