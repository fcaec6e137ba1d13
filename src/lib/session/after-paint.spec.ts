import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, afterPresented } from './after-paint';
import { idleTask } from './idle-task';

/**
 * The window's listeners: idle-task.ts adds its input watch once per module, on whichever page is
 * faked first, so they outlive each test's page.
 */
const windowListeners = new Map<string, Set<(event?: { repeat: boolean }) => void>>();

/** A page's frames, visibility, idle time and inputs, driven by hand. */
function fakePage() {
	let frames: FrameRequestCallback[] = [];
	let idle: IdleRequestCallback[] = [];
	const listeners = new Set<() => void>();
	const page = {
		visibilityState: 'visible' as DocumentVisibilityState,
		/** Runs the callbacks asked for before this frame (those asked for in it wait for the next). */
		frame() {
			const due = frames;
			frames = [];
			for (const callback of due) callback(0);
		},
		idle() {
			const due = idle;
			idle = [];
			for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 50 });
		},
		hide() {
			page.visibilityState = 'hidden';
			for (const listener of [...listeners]) listener();
		},
		/** A click, as the window sees it. */
		click() {
			for (const type of ['pointerdown', 'click']) for (const listener of windowListeners.get(type) ?? []) listener();
		},
		/** A held key's repeat. */
		keyRepeat() {
			for (const listener of windowListeners.get('keydown') ?? []) listener({ repeat: true });
		},
		listenerCount: () => listeners.size
	};
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
	vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
	vi.stubGlobal('cancelIdleCallback', () => (idle = []));
	vi.stubGlobal('addEventListener', (type: string, listener: (event?: { repeat: boolean }) => void) => {
		if (!windowListeners.has(type)) windowListeners.set(type, new Set());
		windowListeners.get(type)!.add(listener);
	});
	vi.stubGlobal('document', {
		get visibilityState() {
			return page.visibilityState;
		},
		addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
		removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener)
	});
	return page;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('afterPresented: once the coming frame has been presented', () => {
	it('runs when the frame after the coming one begins, not at the end of the coming one', () => {
		const page = fakePage();
		const then = vi.fn();
		afterPresented(then);
		page.frame();
		vi.advanceTimersByTime(0);
		expect(then, 'not within or right after the coming frame').not.toHaveBeenCalled();
		page.frame();
		expect(then).toHaveBeenCalledTimes(1);
		expect(page.listenerCount(), 'no listener is left behind').toBe(0);
	});

	it('in a visible tab whose frames stall, goes ahead after a second', () => {
		fakePage();
		const then = vi.fn();
		afterPresented(then, 100);
		vi.advanceTimersByTime(999);
		expect(then).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(then).toHaveBeenCalledTimes(1);
	});

	it('in a hidden tab, where frames stop, goes ahead after maxWaitMs; hidden meanwhile, at once', () => {
		const page = fakePage();
		const visibleThen = vi.fn();
		afterPresented(visibleThen);
		page.hide();
		expect(visibleThen, 'hidden while waiting: nothing is left to present').toHaveBeenCalledTimes(1);
		const hiddenThen = vi.fn();
		afterPresented(hiddenThen, 100);
		vi.advanceTimersByTime(100);
		expect(hiddenThen).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(2000);
		page.frame();
		page.frame();
		expect(visibleThen, 'once only').toHaveBeenCalledTimes(1);
		expect(hiddenThen, 'once only').toHaveBeenCalledTimes(1);
	});

	it('does nothing once cancelled', () => {
		const page = fakePage();
		const then = vi.fn();
		afterPresented(then)();
		page.frame();
		page.frame();
		vi.advanceTimersByTime(2000);
		page.hide();
		expect(then).not.toHaveBeenCalled();
	});

	it('afterPaint resolves in a task of its own after that', async () => {
		const page = fakePage();
		let resolved = false;
		void afterPaint().then(() => (resolved = true));
		page.frame();
		page.frame();
		await Promise.resolve();
		expect(resolved, 'not inside the frame').toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(resolved).toBe(true);
	});
});

describe('idleTask', () => {
	it('asks for idle time only once the coming frame has been presented', () => {
		const page = fakePage();
		const task = vi.fn();
		idleTask(task);
		page.frame();
		page.idle();
		expect(task, 'the idle time right after a frame is not asked for').not.toHaveBeenCalled();
		page.frame();
		page.idle();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('waits again after an input: a task asked for before a click never runs before that click\'s frame is presented', () => {
		const page = fakePage();
		const waiting = vi.fn();
		idleTask(waiting);
		page.frame();
		// The click comes while the task waits for the frame before it to be presented.
		page.click();
		page.frame(); // the click's own frame
		page.idle();
		expect(waiting, 'not in the idle time right after the click\'s frame').not.toHaveBeenCalled();
		page.frame();
		page.frame();
		page.idle();
		expect(waiting).toHaveBeenCalledTimes(1);

		const asked = vi.fn();
		idleTask(asked);
		page.frame();
		page.frame();
		// Idle time has been asked for; the click comes before it.
		page.click();
		page.idle();
		expect(asked, 'not in the idle time right after the click').not.toHaveBeenCalled();
		page.frame();
		page.idle();
		expect(asked, 'nor right after its frame').not.toHaveBeenCalled();
		page.frame();
		page.idle();
		expect(asked).toHaveBeenCalledTimes(1);

		// A held key's repeats start nothing on these pages: they do not hold the work back.
		const held = vi.fn();
		idleTask(held);
		page.frame();
		page.keyRepeat();
		page.frame();
		page.idle();
		expect(held).toHaveBeenCalledTimes(1);
	});

	it('cancelled before or after idle time was asked for, never runs', () => {
		const page = fakePage();
		const early = vi.fn();
		idleTask(early)();
		const late = vi.fn();
		const cancelLate = idleTask(late);
		page.frame();
		page.frame();
		cancelLate();
		page.idle();
		vi.advanceTimersByTime(5000);
		expect(early).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});
});
