// A click's own frame shows the next screen, scrolled to where reading starts, and nothing else the click sets off (the save and its
// backup copy, moving focus, playing ahead in idle time) starts until that frame has been
// presented, i.e. until the frame after it begins (session/after-paint.ts). Started any earlier,
// that work competes with the frame's raster and display for the CPU and delays the paint.
import { expect, test } from '@playwright/test';
import { begin, continueFeedback, openCase, startSession, choose } from './support/case';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

interface FrameLog {
	/** Animation frames begun since the last click: 1 is the click's own frame. */
	frame: number;
	/** The screen the click's own frame shows. */
	screenAtFirstFrame: string | null;
	/** The frame number at each write to IndexedDB, the backup copy or localStorage. */
	writes: number[];
	/** The frame number at each idle callback that ran, of those asked for since the click. */
	idle: number[];
	/** Clicks so far: an idle callback asked for before the latest click was not set off by it. */
	clicks: number;
	/** The frame number at each focus move. */
	focus: number[];
	/** Where the click's own frame is scrolled to, as it is about to be painted. */
	view: FrameView | null;
}

interface FrameView {
	scrollY: number;
	/** The furthest the page can scroll. */
	maxScrollY: number;
	/** The bottom of the sticky bar, and the top of what the step took the reader to. */
	barBottom: number;
	targetTop: number | null;
}

/** Counts frames from each click and notes when the work a click sets off begins (see FrameLog). */
function recordAfterClick() {
	const log: FrameLog = { frame: -1, screenAtFirstFrame: null, writes: [], idle: [], focus: [], view: null, clicks: 0 };
	(window as unknown as { frameLog: FrameLog }).frameLog = log;
	// Capture on window: before any handler of the page, so each of these frame callbacks runs
	// ahead of any the click's handlers ask for.
	addEventListener(
		'click',
		() => {
			Object.assign(log, { frame: 0, screenAtFirstFrame: null, writes: [], idle: [], focus: [], view: null, clicks: log.clicks + 1 });
			const tick = () => {
				log.frame++;
				if (log.frame === 1) {
					log.screenAtFirstFrame = document.querySelector('main')?.dataset.screen ?? null;
					// A new observation is delivered in this same frame, after every animation frame
					// callback and the layout: what it reads is what the frame paints.
					const observer = new ResizeObserver(() => {
						observer.disconnect();
						const target = [...document.querySelectorAll('[data-focus-target]')].find((el) => el.getClientRects().length > 0);
						log.view = {
							scrollY: scrollY,
							maxScrollY: document.documentElement.scrollHeight - innerHeight,
							barBottom: document.querySelector('.case-bar')?.getBoundingClientRect().bottom ?? 0,
							targetTop: target?.getBoundingClientRect().top ?? null
						};
					});
					observer.observe(document.body);
				}
				if (log.frame < 10) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		},
		true
	);
	const note = <T extends object>(proto: T, method: keyof T) => {
		const original = proto[method] as unknown as (...args: unknown[]) => unknown;
		(proto as Record<keyof T, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
			log.writes.push(log.frame);
			return original.apply(this, args);
		};
	};
	for (const method of ['put', 'add', 'delete', 'clear'] as const) note(IDBObjectStore.prototype, method);
	note(Cache.prototype, 'put');
	note(Storage.prototype, 'setItem');
	const requestIdle = window.requestIdleCallback.bind(window);
	window.requestIdleCallback = (callback, options) => {
		// Idle work asked for before the click (the rest of a chain of play-ahead tasks) runs when
		// the browser is idle, whatever the click does: only what the click set off is timed here.
		const click = log.clicks;
		return requestIdle((deadline) => {
			if (click === log.clicks) log.idle.push(log.frame);
			callback(deadline);
		}, options);
	};
	addEventListener('focusin', () => log.focus.push(log.frame), true);
}

test('a click paints the next screen, scrolled to where to read, in its own frame; saving, focus and idle work start only after that frame is presented', async ({ page }) => {
	await page.addInitScript(recordAfterClick);
	await openCase(page, 'dana');
	await begin(page);
	const first = await startSession(page);
	// The app has taken over from the prerendered opening (whose first choice the machine takes
	// up after a frame by design, opening/catch-up.ts): from here on, clicks go to the app alone.
	await expect(page.locator('[data-opening-stage=content-note]')).toHaveCount(0);
	const readLog = () => page.evaluate(() => (window as unknown as { frameLog: FrameLog }).frameLog);
	let idleSeen = 0;

	/** After a click has settled: what its frames show (the screen it moved to). */
	const expectFrameFirst = async (what: string, screen: string | null) => {
		// Focus and idle work come after the save's acknowledgement at the latest; wait for them.
		await expect.poll(async () => (await readLog()).focus.length, { message: `${what}: focus moves` }).toBeGreaterThan(0);
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
		const log = await readLog();
		expect(log.screenAtFirstFrame, `${what}: the click's own frame shows the next screen`).toBe(screen);
		expect(log.writes.length, `${what}: the step is saved`).toBeGreaterThan(0);
		expect(Math.min(...log.writes), `${what}: no write before the click's frame was presented`).toBeGreaterThanOrEqual(2);
		expect(Math.min(...log.focus), `${what}: focus moves only after the click's frame was presented`).toBeGreaterThanOrEqual(2);
		if (log.idle.length) expect(Math.min(...log.idle), `${what}: no idle work before the click's frame was presented`).toBeGreaterThanOrEqual(2);
		// One move: the click's own frame is already scrolled to the top of what the step showed,
		// just under the sticky bar (or as far as the page goes), and nothing moves it after.
		const view = log.view!;
		expect(view.targetTop, `${what}: the click's own frame shows where to read`).not.toBeNull();
		expect(view.targetTop!, `${what}: not under the sticky bar`).toBeGreaterThanOrEqual(view.barBottom);
		if (view.scrollY < view.maxScrollY - 1) expect(view.targetTop! - view.barBottom, `${what}: at the top of the view`).toBeLessThanOrEqual(16);
		expect(await page.evaluate(() => scrollY), `${what}: no second jump after the frame`).toBe(view.scrollY);
		idleSeen += log.idle.length;
	};

	// Eight steps: options (narrative and scored) and the Continue after feedback. The old way (work
	// in a task right after the click's frame) passes one step now and then, when that task is held
	// up past the next frame; it does not pass eight.
	let view = first;
	for (let step = 0; step < 8 && (view.screen === 'choosing' || view.screen === 'feedback'); step++) {
		const what = `step ${step + 1} (${view.screen === 'feedback' ? 'continue after feedback' : 'a choice'})`;
		view = view.screen === 'feedback' ? await continueFeedback(page) : await choose(page, view.choiceIds[0]!);
		await expectFrameFirst(what, view.screen);
	}
	// The page plays ahead in idle time after a step: the check above did see some of it.
	expect(idleSeen, 'idle work after the clicks was observed').toBeGreaterThan(0);
});
