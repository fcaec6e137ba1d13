import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DANA, TINY, TINY_BEST, begin, choose, continueFeedback, openCase, play, startSession, step, storedRows } from './support/case';

/** The document does not scroll sideways, and nothing in main sticks out of the viewport. */
async function expectNoHorizontalScroll(page: Page, where: string) {
	const metrics = await page.evaluate(() => {
		const root = document.documentElement;
		const width = root.clientWidth;
		const overflowing = [...document.querySelectorAll('main *, footer *, header *')]
			.filter((el) => {
				const style = getComputedStyle(el);
				if (style.visibility === 'hidden' || style.display === 'none' || el.closest('dialog:not([open])')) return false;
				// Visually hidden text (1px, clipped) is not layout.
				const r = el.getBoundingClientRect();
				// Content of a box that scrolls sideways on its own (the path map) is clipped by it; the box itself is checked.
				for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
					if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return false;
				if (r.width <= 1 && r.height <= 1) return false;
				return r.right > width + 1 || r.left < -1;
			})
			.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
		return { scrollWidth: root.scrollWidth, clientWidth: width, bodyScroll: document.body.scrollWidth, overflowing: overflowing.slice(0, 10) };
	});
	expect(metrics.scrollWidth, `no horizontal scroll on ${where}`).toBeLessThanOrEqual(metrics.clientWidth);
	expect(metrics.bodyScroll, `no horizontal scroll on ${where}`).toBeLessThanOrEqual(metrics.clientWidth);
	expect(metrics.overflowing, `elements past the right edge on ${where}`).toEqual([]);
}

/**
 * The browser's own text size at 200 % (32 px, as a phone's larger-text setting): unlike a root
 * font-size set by the page, em and rem media queries follow it too. It lasts across navigations.
 */
async function textAt200(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** Each of these words, wherever it is shown, sits whole on one line (none is broken inside, as "Pro/gres/s"). */
async function expectWordsWhole(page: Page, words: readonly string[], where: string) {
	const found = await page.evaluate((words) => {
		const lines: Record<string, number[]> = {};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.parentElement?.checkVisibility() || node.parentElement.closest('.visually-hidden')) continue;
			for (const word of words)
				for (const match of node.textContent!.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + word.length);
					// One line box: every piece of the word starts at the same height.
					const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
					(lines[word] ??= []).push(tops.size);
				}
		}
		return lines;
	}, words);
	for (const word of words) {
		expect(found[word]?.length, `"${word}" is shown on ${where}`).toBeGreaterThan(0);
		expect(found[word], `"${word}" sits on one line on ${where}`).toEqual(found[word]!.map(() => 1));
	}
}

/** Words the site's header shows on every page. */
const NAV_WORDS = ['Progress', 'Glossary', 'Instructors'];

/**
 * No word of five letters or more is broken across lines anywhere on the page, but in the XSS
 * fixture's card (its test strings are long on purpose). At 360 px and 200 % text, rem-sized
 * padding once left 214 px for 32 px type: "Educational", "emergency", "Certificate" broke.
 */
async function expectNoBrokenWords(page: Page, where: string) {
	const broken = await page.evaluate(() => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent?.checkVisibility() || parent.closest('.visually-hidden, [data-case=xss]')) continue;
			for (const match of node.textContent!.matchAll(/[A-Za-z]{5,}/g)) {
				const range = document.createRange();
				range.setStart(node, match.index);
				range.setEnd(node, match.index + match[0].length);
				if (new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1) found.push(match[0]);
			}
		}
		return found;
	});
	expect(broken, `words broken across lines on ${where}`).toEqual([]);
}

/**
 * Every choice button fits the viewport's width, shows all its text, and can be seen whole:
 * scrolled to the middle of the screen, nothing (such as the sticky case bar) covers any of it.
 */
async function expectChoicesFullyVisible(page: Page) {
	const buttons = page.locator('[data-choice-id]');
	const count = await buttons.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		const report = await buttons.nth(i).evaluate((button) => {
			button.scrollIntoView({ block: 'center', inline: 'nearest' });
			const r = button.getBoundingClientRect();
			const vw = document.documentElement.clientWidth;
			const vh = window.innerHeight;
			const inset = 3;
			const points: [number, number][] = [
				[r.left + inset, r.top + inset],
				[r.right - inset, r.top + inset],
				[r.left + inset, r.bottom - inset],
				[r.right - inset, r.bottom - inset],
				[(r.left + r.right) / 2, (r.top + r.bottom) / 2]
			];
			const covered = points.filter(([x, y]) => {
				const hit = document.elementFromPoint(x, y);
				return !hit || !button.contains(hit);
			});
			return {
				id: button.getAttribute('data-choice-id'),
				left: r.left,
				right: r.right,
				top: r.top,
				bottom: r.bottom,
				vw,
				vh,
				covered: covered.length,
				clipped: button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1
			};
		});
		const where = `choice ${report.id}`;
		expect(report.left, `${where} starts inside the viewport`).toBeGreaterThanOrEqual(-0.5);
		expect(report.right, `${where} ends inside the viewport`).toBeLessThanOrEqual(report.vw + 0.5);
		expect(report.top, `${where} fits vertically`).toBeGreaterThanOrEqual(-0.5);
		expect(report.bottom, `${where} fits vertically`).toBeLessThanOrEqual(report.vh + 0.5);
		expect(report.covered, `${where}: corners covered by something else`).toBe(0);
		expect(report.clipped, `${where} shows all its text`).toBe(false);
	}
}

/** Plays Dana through, calling `each` on every screen (every choice, every feedback panel). */
async function walk(page: Page, each: (screen: string) => Promise<void>) {
	let view = await openCase(page, 'dana');
	const queue = ['V1.D1.1.b', 'V1.D1.2.a', 'V1.D1.3.d', 'V1.D1.5.c'];
	const seen = new Set<string>();
	for (let n = 0; n < 40; n++) {
		await each(view.screen ?? 'none');
		seen.add(view.screen ?? 'none');
		if (view.screen === 'debrief') break;
		view = (await step(page, DANA, queue, view)).view;
	}
	expect([...seen].sort()).toEqual(['choosing', 'content-note', 'debrief', 'feedback', 'setting']);
}

test.describe('at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the case page never scrolls sideways and the choice buttons are fully visible', async ({ page }) => {
		await walk(page, async (screen) => {
			await expectNoHorizontalScroll(page, screen);
			if (screen === 'choosing') await expectChoicesFullyVisible(page);
			await expect(page.locator('[data-action=pause]')).toBeInViewport();
		});
	});

	test('the sticky bar stays one line through a case', async ({ page }) => {
		await openCase(page, 'dana');
		await begin(page);
		let view = await startSession(page);
		const heights = new Set<number>();
		for (let i = 0; i < 8 && (view.screen === 'choosing' || view.screen === 'feedback'); i++) {
			view = view.screen === 'feedback' ? await continueFeedback(page) : await choose(page, view.choiceIds[0]!);
			await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
			heights.add(Math.round(await page.locator('.case-bar').evaluate((bar) => bar.getBoundingClientRect().height)));
		}
		expect([...heights], `one bar height on every step (${[...heights].join(', ')} px)`).toHaveLength(1);
		expect([...heights][0]!, 'one line of buttons').toBeLessThan(70);
	});

	test('the home page never scrolls sideways', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expectNoHorizontalScroll(page, 'home');
	});

	test('after a step, the new passage starts in view and clear of the sticky bar, which wraps to two lines with larger text', async ({ page }) => {
		await openCase(page, 'dana');
		// A trainee's larger text size (150 %): the bar no longer fits one line.
		await page.evaluate(() => (document.documentElement.style.fontSize = '150%'));
		await begin(page);
		let view = await startSession(page);
		const where = () =>
			page.evaluate(() => {
				const active = document.activeElement as HTMLElement;
				const bar = document.querySelector('.case-bar')!;
				return { focus: active.closest('[data-focus-target]') === active, top: active.getBoundingClientRect().top, barBottom: bar.getBoundingClientRect().bottom };
			});
		for (let i = 0; i < 6 && (view.screen === 'choosing' || view.screen === 'feedback'); i++) {
			const what = `step ${i + 1} (${view.screen === 'feedback' ? 'continue after feedback' : 'a choice'})`;
			view = view.screen === 'feedback' ? await continueFeedback(page) : await choose(page, view.choiceIds[0]!);
			await expect.poll(async () => (await where()).focus, { message: `${what}: focus moves to what it showed` }).toBe(true);
			await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
			const after = await where();
			expect(after.barBottom, 'the bar is taller than one line of buttons').toBeGreaterThan(70);
			expect(after.top, `${what}: not under the bar`).toBeGreaterThanOrEqual(after.barBottom - 0.5);
			expect(after.top, `${what}: at the top of the view`).toBeLessThan(after.barBottom + 40);
		}
	});

	test('the pause dialog fits', async ({ page }) => {
		await openCase(page, 'dana');
		await page.locator('[data-action=pause]').click();
		const dialog = page.getByRole('dialog', { name: 'Paused' });
		await expect(dialog).toBeVisible();
		const box = await dialog.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
		await expect(dialog.locator('[data-action=resume]')).toBeInViewport();
	});
});

test.describe('on a 360 x 740 phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the sticky bar keeps its height from step to step, so what a step shows stays clear of it once saved', async ({ page }) => {
		await openCase(page, 'dana');
		await begin(page);
		let view = await startSession(page);
		const heights = new Set<number>();
		for (let i = 0; i < 8 && (view.screen === 'choosing' || view.screen === 'feedback'); i++) {
			const what = `step ${i + 1} (${view.screen === 'feedback' ? 'continue after feedback' : 'a choice'})`;
			view = view.screen === 'feedback' ? await continueFeedback(page) : await choose(page, view.choiceIds[0]!);
			// After the save has settled (its status is in the bar) and focus has moved.
			await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
			const after = await page.evaluate(async () => {
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				const active = document.activeElement as HTMLElement;
				const bar = document.querySelector('.case-bar')!.getBoundingClientRect();
				return { focus: !!active.closest('[data-focus-target]'), top: active.getBoundingClientRect().top, barBottom: bar.bottom, barHeight: bar.height };
			});
			expect(after.focus, `${what}: focus is on what it showed`).toBe(true);
			if (view.screen === 'choosing' && view.passage?.startsWith('Decision'))
				await expect(page.locator('.case-bar .progress')).toHaveText(/^Decision \d+ of \d+$/);
			heights.add(Math.round(after.barHeight));
			expect(after.top, `${what}: not under the bar`).toBeGreaterThanOrEqual(after.barBottom - 0.5);
		}
		expect([...heights], `one bar height on every step (${[...heights].join(', ')} px)`).toHaveLength(1);
	});

	test('the progress page never scrolls sideways, with its table of numbers open', async ({ page }) => {
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		const summary = page.locator('summary', { hasText: 'The numbers as a table' }).first();
		await summary.click();
		await expect(page.locator('details[open] table').first()).toBeVisible();
		await expectNoHorizontalScroll(page, 'progress, table open');
	});

	test('Pause shows its way out without scrolling, mid-case (when it also offers to start again)', async ({ page }) => {
		await openCase(page, 'dana');
		await begin(page);
		const view = await startSession(page);
		await choose(page, view.choiceIds[0]!);
		await page.locator('[data-action=pause]').click();
		await expect(page.getByRole('dialog').locator('[data-action=restart]')).toBeVisible();
		const dialog = page.getByRole('dialog', { name: 'Paused' });
		await expect(dialog).toBeVisible();
		for (const action of ['resume', 'exit']) {
			const inside = await dialog.locator(`[data-action=${action}]`).evaluate((el) => {
				const d = el.closest('dialog')!.getBoundingClientRect();
				const r = el.getBoundingClientRect();
				return r.top >= d.top && r.bottom <= d.bottom && r.bottom <= window.innerHeight;
			});
			expect(inside, `${action} is visible in the dialog as it opens`).toBe(true);
		}
	});
});

test.describe('on a 360 px phone with text at 200 %', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the content note, the debrief and the report reflow: no sideways scroll, no word broken, the path map\'s labels as large as the text', async ({ page }) => {
		await textAt200(page);
		await openCase(page, 'tiny');
		await expectNoBrokenWords(page, 'the content note');
		await play(page, TINY, TINY_BEST);
		await expect(page.locator('[data-debrief] [data-path-map]')).toBeVisible();
		for (const where of ['debrief', 'report']) {
			if (where === 'report') {
				const attempt = (await storedRows(page)).find((r) => r.caseId === 'tiny' && r.status === 'completed')!;
				await page.goto(`/report/?attempt=${attempt.id}`);
				await expect(page.locator('main[data-report=ready]')).toBeAttached();
			}
			expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), 'text at 200 %').toBe('32px');
			await expectNoHorizontalScroll(page, where);
			await expectWordsWhole(page, [...NAV_WORDS, 'Unwarranted'], where);
			await expectNoBrokenWords(page, where);
			// The drawing grows with the text, so its labels are read at nearly the text's size (its box scrolls instead).
			const label = await page.locator('[data-path-map] .option-label').first().evaluate((text) => {
				const svg = text.closest('svg')!;
				return (parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
			});
			expect(label, `the path map's option labels on the ${where} (px)`).toBeGreaterThanOrEqual(24);
		}
	});

	test('the certificate and home reflow with no word broken, and the progress chart\'s axis numbers grow with the text, clear of its markers, which stay within its axes', async ({ page }) => {
		await textAt200(page);
		// Two attempts, so markers sit at both ends of the chart: errors first (at the top, by the axis's 1), then none.
		await openCase(page, 'tiny');
		await play(page, TINY, ['V99.D99.1.c', 'V99.D99.2.b']);
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=ready]')).toBeAttached();
		await expectNoHorizontalScroll(page, 'certificate');
		await expectWordsWhole(page, [...NAV_WORDS, 'Unwarranted'], 'certificate');
		await expectNoBrokenWords(page, 'certificate');
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expectNoBrokenWords(page, 'home');

		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		const chart = await page.locator('svg[data-chart]').first().evaluate((svg) => {
			const box = (el: Element) => el.getBoundingClientRect();
			const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
			const frame = box(svg);
			// The axes' extent: the grid lines run from the y axis to the chart's right end.
			const grid = [...svg.querySelectorAll('line.grid')].map(box);
			const [left, right] = [Math.min(...grid.map((g) => g.left)), Math.max(...grid.map((g) => g.right))];
			const markers = [...svg.querySelectorAll('[data-point] > *')].map(box);
			const ticks = [...svg.querySelectorAll('text.tick')].map((t) => ({ text: t.textContent, box: box(t) }));
			// The axis numbers' size on screen: the drawing's units scaled to its width.
			const tick = svg.querySelector('text.tick')!;
			return {
				tickPx: (parseFloat(getComputedStyle(tick).fontSize) * frame.width) / (svg as SVGSVGElement).viewBox.baseVal.width,
				textPx: parseFloat(getComputedStyle(document.body).fontSize),
				markers: markers.length,
				hiding: ticks.filter((t) => markers.some((m) => overlaps(m, t.box))).map((t) => t.text),
				outside: markers.filter((m) => m.left < left - 0.5 || m.right > right + 0.5 || m.top < frame.top || m.bottom > frame.bottom).length
			};
		});
		expect(chart.markers, 'one marker per series for each attempt').toBe(6);
		expect(chart.hiding, 'axis numbers under a marker').toEqual([]);
		expect(chart.outside, 'markers outside the axes').toBe(0);
		// They were drawn 10 units high whatever the text size: 10 px on a phone beside 32 px text.
		expect(chart.tickPx, `the axis numbers grow with the text (${chart.textPx} px)`).toBeGreaterThanOrEqual(0.6 * chart.textPx);
	});

	test('radios grow with the text to a 24 px target and show focus', async ({ page }) => {
		await textAt200(page);
		await page.goto('/workshop/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		const radios = page.locator('input[type=radio]');
		expect(await radios.count()).toBeGreaterThan(1);
		for (const box of await radios.evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().toJSON() as DOMRect)))
			expect(Math.min(box.width, box.height), 'radio size (px), WCAG 2.5.8').toBeGreaterThanOrEqual(24);
		// Moved to by the keyboard, a radio shows the site's focus outline.
		await page.locator('input[name=reveal]').first().focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('input[name=reveal]').nth(1)).toBeFocused();
		await expect(page.locator('input[name=reveal]').nth(1)).toHaveCSS('outline-style', 'solid');
		await expectNoHorizontalScroll(page, 'workshop');
	});

	test("file pickers and text fields take the text's size, and a picker's button is a full-size target", async ({ page }) => {
		await textAt200(page);
		for (const path of ['/progress/', '/instructor/']) {
			await page.goto(path);
			await expect(page.locator('main[data-ready]')).toBeAttached();
			const inputs = await page.locator('main input:not([type=radio]):not([type=checkbox])').evaluateAll((list) =>
				list.map((input) => ({ type: (input as HTMLInputElement).type, font: getComputedStyle(input).fontSize, height: input.getBoundingClientRect().height }))
			);
			expect(inputs.map((i) => i.type), `the inputs on ${path}`).toContain('file');
			// They were 13.3 px beside 32 px text, and a file picker was 21 px tall (WCAG 2.5.8 asks 24).
			for (const input of inputs) {
				expect(input.font, `${input.type} input on ${path}`).toBe('32px');
				expect(input.height, `${input.type} input on ${path} (px)`).toBeGreaterThanOrEqual(44);
			}
			await expectNoHorizontalScroll(page, path);
		}
	});
});

test.describe('at 1920 x 1080', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the case page renders, readable and without sideways scroll', async ({ page }) => {
		await walk(page, async (screen) => {
			await expectNoHorizontalScroll(page, screen);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (screen === 'choosing') {
				await expectChoicesFullyVisible(page);
				// The text column keeps a readable measure instead of spanning 1920 px.
				const width = await page.locator('[data-choice-id]').first().evaluate((b) => b.getBoundingClientRect().width);
				expect(width).toBeGreaterThan(300);
				expect(width).toBeLessThan(1200);
			}
		});
		await expect(page.locator('[data-debrief]')).toBeVisible();
	});

	test('the home page renders', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		// Every vignette under stories/ plus the test build's fixtures (tests/fixtures/stories/).
		const count = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).length;
		await expect(page.locator('li[data-case]')).toHaveCount(count('stories') + count('tests/fixtures/stories'));
		await expectNoHorizontalScroll(page, 'home');
	});
});

test.describe("the progress page's table of attempts", () => {
	// A laptop's page (992 px of table) holds the whole table; a narrower one shows each attempt as
	// a card. Either way a row's links are in view: the table once needed 1,200 px and scrolled
	// "See your debrief" and "Delete" out of sight on a 1280 px screen.
	for (const [width, layout] of [
		[1280, 'table'],
		[900, 'cards']
	] as const)
		test(`at ${width} px wide: ${layout}, with each row's links in view, no sideways scroll`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await openCase(page, 'tiny');
			await play(page, TINY, TINY_BEST);
			await page.goto('/progress/');
			await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
			const region = page.locator('.table-scroll:has([data-action=delete])');
			await expect(region).toBeVisible();
			const fit = await region.evaluate((el) => ({
				scrollWidth: el.scrollWidth,
				clientWidth: el.clientWidth,
				right: el.getBoundingClientRect().right,
				links: [...el.querySelectorAll('[data-action=report], [data-action=delete]')].map((a) => a.getBoundingClientRect().right),
				cards: getComputedStyle(el.querySelector('thead')!).position === 'absolute'
			}));
			expect(fit.scrollWidth, 'the table does not scroll sideways').toBeLessThanOrEqual(fit.clientWidth);
			expect(fit.links.length).toBe(2);
			for (const right of fit.links) expect(right, "a row's link ends inside the region").toBeLessThanOrEqual(fit.right);
			expect(fit.cards ? 'cards' : 'table').toBe(layout);
			await expectNoHorizontalScroll(page, 'progress');
		});
});

test.describe('the totals across vignettes on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test("each vignette is a card: every count is in view with its name, nothing scrolls sideways", async ({ page }) => {
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
		const region = page.locator('[data-totals] .table-scroll');
		const fit = await region.evaluate((el) => ({
			scrollWidth: el.scrollWidth,
			clientWidth: el.clientWidth,
			right: el.getBoundingClientRect().right,
			counts: [...el.querySelectorAll('tr[data-case="tiny"] [data-count], tr[data-total] [data-count]')].map((td) => ({
				right: td.getBoundingClientRect().right,
				label: getComputedStyle(td, '::before').content
			}))
		}));
		expect(fit.scrollWidth, 'the totals do not scroll sideways').toBeLessThanOrEqual(fit.clientWidth);
		expect(fit.counts.length).toBe(12);
		for (const count of fit.counts) {
			expect(count.right, 'a count ends inside the region').toBeLessThanOrEqual(fit.right);
			expect(count.label, 'each count is named on its line').toMatch(/^"\w/);
		}
		await expectNoHorizontalScroll(page, 'progress');
		// On paper the table stays a table.
		await page.emulateMedia({ media: 'print' });
		await expect(region.locator('thead')).not.toHaveCSS('position', 'absolute');
	});
});
