// What a first visit to a case page fetches, in order: the first passage needs the page, the
// story runtime and the story; storage code (Dexie), the debrief and the service worker's
// precache come after, so none of them competes with the trainee's first choice.
import { expect, test } from '@playwright/test';
import { begin, startSession, waitReady } from './support/case';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Recognises a script by a string only it contains (chunk names are hashes). */
const MARKERS = {
	runtime: 'inkVersionCurrent',
	storage: 'Dexie',
	debrief: 'Your decisions, counted'
} as const;
type Kind = keyof typeof MARKERS;

test('a first visit loads storage, the debrief and the offline copy only after the story', async ({ page }) => {
	// Events in the order the browser reported them. A script's place is when its response
	// arrived; what it is comes later, once its body has been read (that read is slow and would
	// otherwise reorder the events).
	const events: string[] = [];
	const urlOf = new Map<Kind, string>();
	page.context().on('serviceworker', () => events.push('service worker started'));
	page.on('response', async (response) => {
		const url = response.url();
		if (!url.endsWith('.js') || response.request().frame() === null) return;
		events.push(`response ${url}`);
		const body = await response.text().catch(() => '');
		for (const [kind, marker] of Object.entries(MARKERS) as [Kind, string][]) if (!urlOf.has(kind) && body.includes(marker)) urlOf.set(kind, url);
	});

	await page.goto('/case/dana/');
	await waitReady(page);
	await expect(page.locator('main')).toHaveAttribute('data-story-ready', 'true');
	await begin(page);
	events.push('setting card');
	await startSession(page);
	events.push('first choice');
	await expect.poll(() => urlOf.size, { message: 'storage, runtime and debrief all load in the end' }).toBe(3);
	await expect.poll(() => events.includes('service worker started')).toBe(true);

	const at = (event: string) => {
		const kind = event.replace(/ loaded$/, '') as Kind;
		const i = events.indexOf(urlOf.has(kind) ? `response ${urlOf.get(kind)}` : event);
		expect(i, `${event} happened (events: ${events.join(', ')})`).toBeGreaterThanOrEqual(0);
		return i;
	};
	expect(at('storage loaded'), 'Dexie loads after the story runtime').toBeGreaterThan(at('runtime loaded'));
	expect(at('service worker started'), 'the offline copy starts after the story runtime').toBeGreaterThan(at('runtime loaded'));
	expect(at('debrief loaded'), 'the debrief loads once the trainee is in the story').toBeGreaterThan(at('setting card'));
});

// The case page's own code (xstate, the attempt machine, the play components) is a chunk of its
// own (vite.config.ts): pages that play nothing never download it.
const CASE_CODE = 'xstate.init';

test('the home, progress, report, certificate and glossary pages load none of the case page’s code; the case page does', async ({ page }) => {
	const scripts: { url: string; body: Promise<string> }[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js') && response.request().frame() !== null) scripts.push({ url: response.url(), body: response.text().catch(() => '') });
	});
	const caseCodeIn = async () => {
		const found: string[] = [];
		for (const s of scripts) if ((await s.body).includes(CASE_CODE)) found.push(s.url);
		return found;
	};
	for (const path of ['/', '/progress/', '/report/?attempt=none', '/certificate/', '/glossary/']) {
		await page.goto(path);
		await expect(page.locator('main[data-ready]').or(page.locator('main h1'))).not.toHaveCount(0);
		await page.waitForLoadState('networkidle');
		expect(await caseCodeIn(), `${path} loads no case code`).toEqual([]);
	}
	expect(scripts.length, 'the pages loaded their scripts').toBeGreaterThan(5);
	await page.goto('/case/tiny/');
	await waitReady(page);
	await expect.poll(async () => (await caseCodeIn()).length, { message: 'the case page loads it' }).toBe(1);
});
