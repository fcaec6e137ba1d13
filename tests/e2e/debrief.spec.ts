import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DANA, DANA_BEST, TINY, TINY_BEST, decisionOf, expectedCounts, openCase, play, readCounts, readCriticalSection, storedRows, type OptionVerdict } from './support/case';
import { dropScripts } from './support/dropped-scripts';

/** A mix: a critical process error, an acceptable choice, the best, an over-disclosure. */
const PICKS = ['V1.D1.1.c', 'V1.D1.2.d', 'V1.D1.3.a', 'V1.D1.5.a'];

/**
 * The verdict label of CONTENT.md 2.2, written from the test's table: a process error says whether
 * its call was right (the call of its decision's best option) or not.
 */
function verdictText(id: string): string {
	const v = DANA[id]!;
	if (v.verdict === 'best') return 'Best response';
	if (v.verdict === 'acceptable') return 'Acceptable, not best';
	const bestId = Object.keys(DANA).find((other) => decisionOf(other) === decisionOf(id) && DANA[other]!.verdict === 'best')!;
	const call = DANA[bestId]!.action === v.action ? 'right call, wrong way' : 'wrong call, and the way made it worse';
	const kind = { under: 'missed breach (under-protection)', over: 'unwarranted breach (over-disclosure)', process: `process error (${call})` }[v.kind!];
	return `${v.critical ? 'Critical error' : 'Error'}: ${kind}`;
}

/** An option's citation as authored in its story (its `#cite:` tag), read from the .ink file. */
function citeInStory(file: string, optionId: string): string {
	const line = readFileSync(file, 'utf8')
		.split('\n')
		.find((l) => l.includes(`#id: ${optionId} `));
	const cite = line && /#cite: ([^#\]]+)\]\s*$/.exec(line)?.[1]?.trim();
	if (!cite) throw new Error(`no #cite for ${optionId} in ${file}`);
	return cite;
}

const markOf = (v: OptionVerdict) => (v.verdict === 'error' ? (v.critical ? 'critical' : 'error') : v.verdict);
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Plays Dana with PICKS, keeping the text of every option offered, its place on screen (the key
 * that chooses it, which is the label the debrief must use) and the feedback shown after each
 * scored pick (its rationale and Sources line are what the debrief must repeat).
 */
async function playMix(page: Page) {
	await openCase(page, 'dana');
	const offered: Record<string, string> = {};
	const key: Record<string, number> = {};
	const feedback: string[] = [];
	const { view } = await play(page, DANA, PICKS, {
		stopAt: (v) => {
			Object.assign(offered, v.choiceTexts);
			if (v.screen === 'choosing') v.choiceIds.forEach((id, i) => (key[id] = i + 1));
			if (v.screen === 'feedback' && v.feedback) feedback.push(v.feedback);
			return false;
		}
	});
	expect(view.screen).toBe('debrief');
	expect(feedback).toHaveLength(PICKS.length);
	return { offered, key, feedback };
}

/** An option id, or a lone letter where an option is named ("chose b,", "was a,"). */
const ID_OR_LETTER = /V\d+\.D\d+\.\d+\.[a-z]|\b(?:chose|was|is|[Oo]ption) [a-z]\b[,:)]/;

test.describe('the debrief teaches', () => {
	test('Dana with a mix of choices: counts, explanation, profile, mode and every decision', async ({ page }) => {
		const { offered, key, feedback } = await playMix(page);
		expect(await readCounts(page)).toEqual(expectedCounts(DANA, PICKS));
		const critical = await readCriticalSection(page);
		expect(critical?.criticalFirst).toBe(true);
		expect(critical?.items).toBe(PICKS.filter((id) => DANA[id]?.critical).length);

		const debrief = page.locator('[data-debrief]');
		await expect(debrief.locator('[data-why-separate]')).toContainText(/different harm/);
		await expect(debrief.locator('[data-why-separate]')).toContainText(/cancel out/);
		await expect(debrief.locator('[data-mode-label]')).toHaveText('Learning (feedback after each decision)');
		await expect(debrief).toHaveAttribute('data-mode', 'learning');
		// Dana has one jurisdiction: the debrief names the case's own setting.
		await expect(debrief.locator('[data-profile]')).toContainText('practice setting');
		await expect(debrief.getByRole('heading', { name: 'In other jurisdictions' })).toBeVisible();
		// The case's objectives, as authored (its `# objective:` tags), in order.
		const authored = [...readFileSync('stories/dana/main.ink', 'utf8').matchAll(/^# objective: (.+)$/gm)].map((m) => m[1]!.trim());
		expect(authored.length).toBeGreaterThan(2);
		await expect(debrief.locator('[data-objectives] li')).toHaveText(authored);
		// Every decision can be practised again, each button named for its decision.
		await expect(debrief.locator('[data-practice-decision]')).toHaveCount(PICKS.length);
		await expect(debrief.getByRole('button', { name: /Try decision 2 again/ })).toHaveAttribute('data-practice-decision', 'V1.D1.2');

		const items = debrief.locator('ol.decisions > li');
		await expect(items).toHaveCount(PICKS.length);
		for (const [i, id] of PICKS.entries()) {
			const row = DANA[id]!;
			const item = debrief.locator(`li[data-decision="${decisionOf(id)}"]`);
			await expect(item).toHaveAttribute('data-chosen', id);
			await expect(item).toHaveAttribute('data-verdict', row.verdict);
			await expect(item.getByRole('heading', { level: 4 })).toContainText(`Decision ${i + 1}:`);
			// Named by the key that chose it, never by its id letter.
			expect(norm(await item.locator('[data-part=choice]').textContent())).toBe(`You chose option ${key[id]}: ${offered[id]}`);
			await expect(item.locator('[data-part=verdict]')).toContainText(verdictText(id));
			// The rationale and the citation are the ones the feedback gave at the time.
			const rationale = norm(await item.locator('[data-part=rationale]').textContent());
			expect(rationale.length, `${id} has a rationale`).toBeGreaterThan(40);
			expect(feedback[i], `${id}'s rationale as in its feedback`).toContain(rationale);
			const cite = norm(await item.locator('[data-part=cite]').textContent());
			expect(cite).toMatch(/^Sources: \S/);
			expect(feedback[i]).toContain(cite);
			const best = DANA_BEST[i]!;
			if (id === best) await expect(item.locator('[data-part=best]')).toHaveCount(0);
			else {
				await expect(item.locator('[data-part=best]')).toHaveAttribute('data-best-option', best);
				await expect(item.locator('[data-part=best]')).toContainText(`Best response (option ${key[best]}): ${offered[best]}`);
				// The best response carries its own sources, in the debrief as in the feedback (CONTENT.md 0.3, 2.2).
				const bestCite = `Sources: ${citeInStory('stories/dana/main.ink', best)}`;
				expect(norm(await item.locator('[data-part=best-cite]').textContent())).toBe(bestCite);
				expect(feedback[i]).toContain(bestCite);
			}
		}
		// Nothing the trainee reads, tooltips and accessible names included, names an option by id or letter.
		const readable = await debrief.evaluate((el) =>
			[el.textContent ?? '', ...[...el.querySelectorAll('[title], [aria-label]')].flatMap((e) => [e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? ''])].join(' ')
		);
		expect(norm(readable)).not.toMatch(ID_OR_LETTER);
		for (const f of feedback) expect(f).not.toMatch(ID_OR_LETTER);
	});

	test('the path map marks exactly the chosen and the best options, and writes the path out', async ({ page }) => {
		const { offered, key } = await playMix(page);
		const map = page.locator('[data-debrief] figure[data-path-map]');
		await expect(map).toBeVisible();
		await expect(map).toHaveAccessibleName(/Path map/);

		const nodes = map.locator('[data-option-id]');
		await expect(nodes).toHaveCount(Object.keys(DANA).length);
		const marks = await nodes.evaluateAll((els) =>
			els.map((el) => ({
				id: el.getAttribute('data-option-id')!,
				mark: el.getAttribute('data-mark'),
				onPath: el.hasAttribute('data-on-path'),
				best: el.hasAttribute('data-best'),
				text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
				label: (el.querySelector('.option-label')?.textContent ?? '').replace(/\s+/g, ' ').trim()
			}))
		);
		expect(marks.filter((m) => m.onPath).map((m) => m.id)).toEqual(PICKS);
		expect(marks.filter((m) => m.best).map((m) => m.id)).toEqual(DANA_BEST);
		for (const m of marks) {
			expect(m.mark, m.id).toBe(markOf(DANA[m.id]!));
			// Shape and colour are backed by a symbol and a word in the node itself.
			expect(m.text, m.id).toContain({ best: '✓', acceptable: '~', error: '✕', critical: '!' }[m.mark!]);
			expect(m.text, m.id).toContain({ best: 'best', acceptable: 'acceptable', error: 'error', critical: 'critical' }[m.mark!]);
			// Its label is the key that chose it on screen.
			expect(m.label, m.id).toBe(`${key[m.id]} ${m.mark}`);
		}
		// Both routes are drawn: one segment into each decision, one fork and one onward edge per step.
		await expect(map.locator('[data-best-edge]')).toHaveCount(1 + 2 * DANA_BEST.length);
		await expect(map.locator('[data-trainee-edge]')).toHaveCount(1 + 2 * PICKS.length);
		await expect(map.locator(`[data-trainee-edge="V1.D1.1->V1.D1.1.c"]`)).toHaveCount(1);
		await expect(map.locator(`[data-best-edge="V1.D1.1->V1.D1.1.a"]`)).toHaveCount(1);
		// The legend explains both line styles.
		await expect(map.getByRole('list', { name: 'Key to the map' })).toContainText('Best path (solid)');
		await expect(map.getByRole('list', { name: 'Key to the map' })).toContainText('Your path (dashed)');

		const steps = map.locator('[data-path-step]');
		await expect(steps).toHaveCount(PICKS.length);
		for (const [i, id] of PICKS.entries()) {
			const text = norm(await steps.nth(i).textContent());
			expect(text).toContain(`Decision ${i + 1} (D${i + 1})`);
			expect(text).toContain(`you chose option ${key[id]}, “${offered[id]}” — ${verdictText(id)}`);
			const best = DANA_BEST[i]!;
			if (id === best) expect(text).not.toContain('best was');
			else expect(text).toContain(`; best was option ${key[best]}, “${offered[best]}”`);
		}
	});
});

test.describe('the debrief at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the page does not scroll sideways; the map scrolls in its own box, by keyboard too', async ({ page }) => {
		await playMix(page);
		const scroller = page.locator('[data-path-map] [role=region]');
		await expect(scroller).toBeVisible();
		const metrics = await page.evaluate(() => {
			const box = document.querySelector('[data-path-map] [role=region]')!;
			const r = box.getBoundingClientRect();
			return {
				page: document.documentElement.scrollWidth,
				body: document.body.scrollWidth,
				viewport: document.documentElement.clientWidth,
				boxLeft: r.left,
				boxRight: r.right,
				boxScroll: box.scrollWidth,
				boxClient: box.clientWidth
			};
		});
		expect(metrics.page).toBeLessThanOrEqual(metrics.viewport);
		expect(metrics.body).toBeLessThanOrEqual(metrics.viewport);
		expect(metrics.boxLeft).toBeGreaterThanOrEqual(0);
		expect(metrics.boxRight).toBeLessThanOrEqual(metrics.viewport);
		// The map keeps a readable size rather than shrinking to fit, so its box scrolls.
		expect(metrics.boxScroll).toBeGreaterThan(metrics.boxClient);
		const fontSize = await page.locator('[data-path-map] .option-label').first().evaluate((t) => t.getBoundingClientRect().height);
		expect(fontSize, 'node labels stay readable (px)').toBeGreaterThanOrEqual(11);

		await scroller.focus();
		await expect(scroller).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	});
});

test.describe('the debrief loads after the first screen', () => {
	// Requests a service worker answers are not routed: without it, every fetch meets the route.
	test.use({ serviceWorkers: 'block' });

	test('if its code cannot be fetched, the result is kept and it can be tried again', async ({ page }) => {
		// The debrief's own chunk is the one script holding its "Your decisions, counted" heading.
		const link = await dropScripts(page, (body) => body.includes('Your decisions, counted'));
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		expect(link.drops, 'the debrief\'s code was fetched after the first screen, and refused').toBeGreaterThan(0);
		const alert = page.locator('main [role=alert]').filter({ hasText: 'The debrief could not be loaded' });
		await expect(alert).toContainText('Your attempt is saved.');
		const rows = (await storedRows(page)).filter((r) => r.caseId === 'tiny' && r.status === 'completed');
		expect(rows, 'the finished attempt is stored').toHaveLength(1);

		link.restore();
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('[data-count=critical]')).toHaveText(String(expectedCounts(TINY, TINY_BEST).critical));
		await expect(alert).toHaveCount(0);
	});
});

test('the click that ends the attempt paints the summary first and the details after that frame; printing at once gets them too', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, TINY_BEST, { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
	// Read in the same task as the debrief's first render (a mutation observer runs before any frame).
	await page.evaluate(() => {
		const seen: Record<string, number> = {};
		(window as unknown as { debriefSeen: typeof seen }).debriefSeen = seen;
		const count = () => document.querySelectorAll('[data-debrief] [data-decision], [data-debrief] [data-path-map]').length;
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-debrief] [data-count=critical]')) return;
			observer.disconnect();
			seen['withSummary'] = count();
			window.dispatchEvent(new Event('beforeprint'));
			seen['beforePrint'] = count();
		}).observe(document.body, { childList: true, subtree: true });
	});
	await page.locator('[data-feedback] [data-action=continue]').click();
	await expect(page.locator('[data-debrief] [data-decision]')).toHaveCount(TINY_BEST.length);
	const seen = await page.evaluate(() => (window as unknown as { debriefSeen: Record<string, number> }).debriefSeen);
	expect(seen, 'no details with the summary; all of them once printing starts').toEqual({ withSummary: 0, beforePrint: TINY_BEST.length + 1 });
});
