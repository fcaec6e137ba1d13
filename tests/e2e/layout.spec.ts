import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DANA, TINY, TINY_BEST, begin, choose, continueFeedback, openCase, play, startSession, step } from './support/case';

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
