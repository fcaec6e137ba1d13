import { expect, test, type Page } from '@playwright/test';
import { DISCLAIMER, TINY, openCase, play, readView, type Screen } from './support/case';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

async function expectFooter(page: Page) {
	const footer = page.getByRole('contentinfo');
	await expect(footer).toBeVisible();
	expect(normalise(await footer.innerText())).toContain(DISCLAIMER);
}

/** Opens the pause dialog, checks it, closes it with Escape; the case is untouched. */
async function checkPause(page: Page, screen: Screen) {
	const before = await readView(page);
	expect(before.screen).toBe(screen);
	const dialog = page.getByRole('dialog', { name: 'Paused' });
	await expect(dialog).toBeHidden();

	await page.locator('[data-action=pause]').click();
	await expect(dialog, `pause opens on ${screen}`).toBeVisible();
	await expect(page.getByRole('dialog')).toBeVisible();
	// Modal: it is the top layer, with focus inside it.
	expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
	expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
	// The US 988 resource, labelled as US.
	await expect(dialog.locator('li').filter({ hasText: /US/ }).filter({ hasText: /\b988\b/ })).toHaveCount(1);
	await expect(dialog.locator('[data-action=resume]')).toBeVisible();
	await expect(dialog.locator('[data-action=exit]')).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(dialog, `Escape closes pause on ${screen}`).toBeHidden();
	expect(await readView(page)).toEqual(before);

	// The resume button closes it too.
	await page.locator('[data-action=pause]').click();
	await expect(dialog).toBeVisible();
	await dialog.locator('[data-action=resume]').click();
	await expect(dialog).toBeHidden();
	expect(await readView(page)).toEqual(before);
	await expectFooter(page);
}

test('pause opens from every screen, shows the US 988 resource, and Escape closes it', async ({ page }) => {
	await openCase(page, 'tiny');
	await checkPause(page, 'content-note');
	await play(page, TINY, [], { stopAt: (v) => v.screen === 'setting' });
	await checkPause(page, 'setting');
	await play(page, TINY, [], { stopAt: (v) => v.screen === 'choosing' });
	await checkPause(page, 'choosing');
	await play(page, TINY, ['V99.D99.1.c'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
	await checkPause(page, 'feedback');
	await play(page, TINY, ['V99.D99.2.c']);
	await checkPause(page, 'debrief');
});

test('number keys do nothing while the pause dialog is open', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, [], { stopAt: (v) => v.screen === 'choosing' });
	const before = await readView(page);
	await page.locator('[data-action=pause]').click();
	await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
	await page.keyboard.press('1');
	// Let a stray keypress be processed (two frames), then nothing may have changed.
	await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: 'Paused' })).toBeHidden();
	expect(await readView(page)).toEqual(before);
});

test('the exit link in the pause dialog goes home, and the attempt is kept', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, ['V99.D99.1.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
	await page.locator('[data-action=pause]').click();
	await page.locator('dialog [data-action=exit]').click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await expect(page.locator('li[data-case=tiny] [data-status]')).toHaveAttribute('data-status', 'in-progress');
});

test('the disclaimer footer is on every page', async ({ page }) => {
	for (const path of ['/', '/case/dana/', '/case/tiny/']) {
		await page.goto(path);
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expectFooter(page);
	}
});
