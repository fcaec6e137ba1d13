/**
 * What a newcomer tripped on (issue 15): keys, finding a result again, a phone or a zoomed
 * screen, and words that say what they mean. Against the built site.
 */
import { expect, test, type Page } from '@playwright/test';
import { TINY, TINY_BEST, begin, choose, openCase, play, readView, startSession, storedRows, waitReady } from './support/case';

test('keys: digits are hinted, Escape opens Pause, Enter and Right arrow on the feedback panel continue; a resumed case focuses its passage', async ({ page }) => {
	await openCase(page, 'tiny');
	await page.keyboard.press('Escape');
	const pause = page.getByRole('dialog', { name: 'Paused' });
	await expect(pause).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(pause).toBeHidden();
	await begin(page);
	await startSession(page);
	await expect(page.locator('[data-key-hint]')).toHaveText('Press 1 to 3 to choose, or select an option.');
	await page.keyboard.press('2');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'feedback');
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
	// The verdict judges the trainee's action; it is labelled as theirs.
	await expect(page.locator('[data-feedback] [data-your-action]')).toHaveText('Your action: hold (nothing leaves therapy)');
	// Focus is on the panel after a choice: Enter goes on.
	await expect(page.locator('[data-feedback-focus]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	await choose(page, 'tiny-carry-on');
	await page.keyboard.press('3');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'feedback');
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'debrief');
	// The debrief is painted before the attempt's last save starts: leave only once it is stored,
	// or the case would rightly resume at the feedback before it.
	await expect.poll(async () => (await storedRows(page)).map((r) => r['status'])).toEqual(['completed']);

	// A case resumed at a passage opens with focus on the passage heading.
	await openCase(page, 'tiny');
	await begin(page);
	await startSession(page);
	await choose(page, 'V99.D99.1.a');
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	// Reloaded once the step is saved: a reload before that resumes at the feedback, as it should.
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
	await page.reload();
	await waitReady(page);
	await expect(page.locator('#passage-heading')).toBeFocused();
});

test('a finished case is found again: See your debrief on the home card and the progress page', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, TINY_BEST);
	const attemptId = await page.evaluate(async () => {
		const { id } = await new Promise<{ id: string }>((resolve) => {
			const open = indexedDB.open('confide');
			open.onsuccess = () => {
				const all = open.result.transaction('attempts').objectStore('attempts').getAll();
				all.onsuccess = () => resolve(all.result[0]);
			};
		});
		return id;
	});
	await page.goto('/');
	await page.locator('li[data-case=tiny] [data-action=see-debrief]').click();
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	expect(new URL(page.url()).searchParams.get('attempt')).toBe(attemptId);
	await expect(page.locator('[data-debrief] [data-pass-result]')).toHaveAttribute('data-pass-result', 'passed');
	await page.goto('/progress/');
	await expect(page.locator('tr[data-attempt] a[data-action=report]')).toHaveText(/^See your debrief/);
});

/** Whether any word in the element is broken across lines (a line starts inside a word). */
async function brokenWords(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((els) =>
		els.flatMap((el) => {
			const text = el.textContent ?? '';
			const range = document.createRange();
			const broken: string[] = [];
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				// Visually hidden text (1 px wide, clipped) is for screen readers, not read on screen.
				if ((node.parentElement?.getBoundingClientRect().width ?? 0) <= 2) continue;
				if (node.parentElement?.closest('.visually-hidden')) continue;
				const value = node.nodeValue ?? '';
				let lastTop: number | null = null;
				for (let i = 0; i < value.length; i++) {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const top = range.getBoundingClientRect().top;
					if (lastTop !== null && top > lastTop + 2 && /\w/.test(value[i - 1] ?? '') && /\w/.test(value[i] ?? '')) broken.push(text.trim());
					lastTop = top;
				}
			}
			return broken;
		})
	);
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the progress page shows each attempt whole, with its actions on screen and no word broken; the case bar keeps Pause whole', async ({ page }) => {
		await openCase(page, 'tiny');
		const pause = page.locator('[data-action=pause]');
		const height = await pause.evaluate((b) => b.getBoundingClientRect().height);
		const lineHeight = await pause.evaluate((b) => parseFloat(getComputedStyle(b).lineHeight));
		expect(height, 'Pause is one line').toBeLessThan(lineHeight * 2 + 24);
		expect(await brokenWords(page, '.case-bar')).toEqual([]);
		await play(page, TINY, TINY_BEST);
		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		const row = page.locator('tr[data-attempt]');
		await expect(row).toHaveCount(1);
		for (const action of ['report', 'delete']) {
			const box = await row.locator(`[data-action=${action}]`).boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 360, `${action} is on screen`).toBe(true);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await brokenWords(page, 'tr[data-attempt] td')).toEqual([]);
		await expect(row.locator('[data-count=critical]')).toBeVisible();
	});
});

test('at 1280 px and 200 % zoom (640 px) the progress table breaks no word', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, TINY_BEST);
	for (const width of [1280, 640]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/progress/');
		await expect(page.locator('tr[data-attempt]')).toHaveCount(1);
		await page.locator('section[data-case] details summary').click();
		expect(await brokenWords(page, 'section[data-case] table th, section[data-case] table td'), `at ${width} px`).toEqual([]);
	}
});

test('an unknown profile in a link: the page names the profile in use and why', async ({ page }) => {
	await page.goto('/case/jordan/?profile=ny');
	await waitReady(page);
	await expect(page.locator('[data-profile-notice]')).toHaveText(
		/^This link asks for a jurisdiction profile 'ny' that this case does not have, so it is not used: the case uses .+, the case's default\.$/
	);
	expect((await readView(page)).screen).toBe('content-note');
});
