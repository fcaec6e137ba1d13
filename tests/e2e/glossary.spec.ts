// Glossary terms are linked where they first appear, open in place without leaving the case,
// and the glossary page lists every term (and passes axe).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { begin, openCase, startSession } from './support/case';

const glossary = JSON.parse(readFileSync('stories/glossary.json', 'utf8')) as { terms: { id: string; term: string; definition: string }[] };

test('a term is linked at its first mention only, and its definition opens in place', async ({ page }) => {
	await openCase(page, 'maya');
	await begin(page);
	await startSession(page);
	const links = page.locator('[data-passage] a[data-term]');
	const ids = await links.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.term));
	expect(ids).toContain('subpoena-duces-tecum');
	expect(new Set(ids).size, 'each term linked once').toBe(ids.length);

	const term = page.locator('[data-passage] a[data-term=subpoena-duces-tecum]');
	const urlBefore = page.url();
	await term.focus();
	await page.keyboard.press('Enter');
	const dialog = page.locator('dialog[data-glossary-dialog]');
	await expect(dialog).toBeVisible();
	const entry = glossary.terms.find((t) => t.id === 'subpoena-duces-tecum')!;
	await expect(dialog.getByRole('heading')).toHaveText(entry.term);
	await expect(dialog).toContainText(entry.definition);
	expect(page.url()).toBe(urlBefore);
	await expect(dialog).toHaveAccessibleName(entry.term);
	await expectNoViolations(page, 'a definition open over the case');
	// Number keys do not choose while the definition is open.
	await page.keyboard.press('1');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(term).toBeFocused();
});

test('a term in the feedback rationale is linked too', async ({ page }) => {
	await openCase(page, 'maya');
	await begin(page);
	await startSession(page);
	await page.locator('[data-choice-id="V4.D4.1.b"]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'feedback');
	await expect(page.locator('[data-feedback] a[data-term]').first()).toBeVisible();
});

test('the glossary page lists every term with an anchor, and axe finds nothing', async ({ page }) => {
	await page.goto('/glossary/');
	for (const t of glossary.terms) {
		await expect(page.locator(`[id="${t.id}"]`)).toContainText(t.term);
	}
	await expectNoViolations(page, 'the glossary page');
});
