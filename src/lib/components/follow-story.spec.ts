import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followStory } from './follow-story';

/** A page with frames driven by hand, a hidden and a shown focus target, and a log of what was done to them. */
function fakePage({ visibility = 'visible' as DocumentVisibilityState } = {}) {
	let frames: FrameRequestCallback[] = [];
	const log: string[] = [];
	const element = (name: string, shown: boolean) => ({
		name,
		getClientRects: () => (shown ? [{}] : []),
		scrollIntoView: (options: ScrollIntoViewOptions) => log.push(`scroll ${name} to ${options.block}`),
		focus(options?: FocusOptions) {
			log.push(`focus ${name}${options?.preventScroll ? ' without scrolling' : ''}`);
			doc.activeElement = this;
		}
	});
	const body = element('body', true);
	const heading = element('heading', true);
	const doc = {
		visibilityState: visibility,
		body,
		activeElement: element('clicked option', true) as unknown,
		// The opening's stages stay in the page, hidden: the first target is not the one shown.
		querySelectorAll: () => [element('hidden stage', false), heading],
		querySelector: () => ({ offsetHeight: 62 }),
		documentElement: { style: { scrollPaddingTop: '' } },
		addEventListener: () => {},
		removeEventListener: () => {}
	};
	vi.stubGlobal('document', doc);
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
	return {
		log,
		doc,
		element,
		frame() {
			const due = frames;
			frames = [];
			for (const callback of due) callback(0);
		}
	};
}

/** Lets afterPaint's task and the promise after it run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('followStory: to what a step showed, in one move', () => {
	it('scrolls the shown target to the top in the coming frame, and focuses it without scrolling once that frame is presented', async () => {
		const page = fakePage();
		followStory();
		expect(page.log, 'nothing before the frame').toEqual([]);
		page.frame();
		expect(page.log, 'the scroll is part of the click’s own frame').toEqual(['scroll heading to start']);
		expect(page.doc.documentElement.style.scrollPaddingTop, 'the sticky bar’s height and a little').toBe('70px');
		await settle();
		expect(page.log, 'focus waits until that frame has been presented').toHaveLength(1);
		page.frame();
		await settle();
		expect(page.log).toEqual(['scroll heading to start', 'focus heading without scrolling']);
	});

	it('in a hidden tab, where frames stop, scrolls and focuses after the wait', async () => {
		const page = fakePage({ visibility: 'hidden' });
		followStory();
		await vi.advanceTimersByTimeAsync(99);
		expect(page.log, 'it waits for frames a while').toEqual([]);
		await vi.advanceTimersByTimeAsync(2);
		expect(page.log).toEqual(['scroll heading to start', 'focus heading without scrolling']);
	});

	it('leaves focus where the trainee moved it meanwhile', async () => {
		const page = fakePage();
		followStory();
		page.frame();
		page.doc.activeElement = page.element('pause button', true);
		page.frame();
		await settle();
		expect(page.log).toEqual(['scroll heading to start']);
	});
});
