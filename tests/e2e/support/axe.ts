// axe (WCAG 2.2 AA) and an id check, for the browser tests that look at a page's accessibility.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SCHEMES = ['light', 'dark'] as const;

/**
 * Ids on the page that are not unique, and id references (aria-labelledby, aria-describedby,
 * aria-controls, label for) that name no element. axe retired its plain duplicate-id rule with
 * WCAG 2.2's 4.1.1, and its ARIA one passed a case page whose content note and closed pause
 * dialog both had id="support-heading": a name taken from a duplicated id is the first
 * element's, so a section labelled by its own heading would be named by another one.
 */
async function idProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const counts = new Map<string, number>();
		for (const el of document.querySelectorAll('[id]')) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
		for (const [id, n] of counts) if (n > 1) problems.push(`id "${id}" is on ${n} elements`);
		for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
			for (const el of document.querySelectorAll(`[${attr}]`)) {
				for (const ref of el.getAttribute(attr)!.split(/\s+/).filter(Boolean)) {
					if (!counts.has(ref)) problems.push(`${el.tagName.toLowerCase()}[${attr}] names "${ref}", which is not in the page`);
				}
			}
		}
		return problems;
	});
}

/**
 * Runs axe on the page as it is, in the light and then the dark colour scheme (the same page,
 * its media switched, rather than every test played twice), and fails with a readable list of
 * violations. Leaves the page in the light scheme.
 */
export async function expectNoViolations(page: Page, where: string) {
	const found: string[] = [];
	for (const colorScheme of SCHEMES) {
		await page.emulateMedia({ colorScheme });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${where} is shown in the ${colorScheme} scheme`).toBe(colorScheme === 'dark');
		const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
		found.push(...results.violations.map((v) => `${colorScheme}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`));
		// axe really looked at something.
		expect(results.passes.length, `axe checked ${where} (${colorScheme})`).toBeGreaterThan(5);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	expect(found, `axe violations on ${where}`).toEqual([]);
	expect(await idProblems(page), `ids on ${where}`).toEqual([]);
}
