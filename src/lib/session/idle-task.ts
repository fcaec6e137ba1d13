import { afterPresented } from './after-paint';

/** Schedules one small piece of preparatory work (idle time in the browser; tests run it by hand). */
export type Schedule = (task: () => void) => () => void;

/** Presses and keys: each one may start a step whose frame idle work must not compete with. */
const INPUT_EVENTS = ['pointerdown', 'click', 'keydown'] as const;
/** Inputs seen on this page so far (counted once idle work has been asked for). */
let inputs = 0;
let watching = false;
/** A held key's repeats start nothing on these pages (they answer fresh presses only). */
const countInput = (event?: Event) => {
	if (!(event && 'repeat' in event && event.repeat)) inputs++;
};

function watchInput() {
	if (watching || typeof addEventListener !== 'function') return;
	watching = true;
	// Capture, on the window: counted before any handler of the page runs.
	for (const type of INPUT_EVENTS) addEventListener(type, countInput, { capture: true, passive: true });
}

/**
 * Runs `task` when the main thread is idle (soon, at the latest), so work that only prepares
 * something never delays a frame or a click already waiting. Idle time is only asked for once
 * the current frame has been presented: the main thread is idle right after a frame, while that
 * frame is still being rastered and displayed. An input (a press, a key) before the task runs
 * starts the wait again: a chain of tasks asked for before a click would otherwise run in the
 * idle time right after that click's own frame. Returns a cancel function.
 */
export function idleTask(task: () => void, timeoutMs = 1000): () => void {
	if (typeof requestAnimationFrame !== 'function') {
		const timer = setTimeout(task, 0);
		return () => clearTimeout(timer);
	}
	watchInput();
	let cancel = () => {};
	const wait = () => {
		const seen = inputs;
		const runOrWait = () => (inputs === seen ? task() : wait());
		cancel = afterPresented(() => {
			if (inputs !== seen) return wait();
			if (typeof requestIdleCallback === 'function') {
				const handle = requestIdleCallback(runOrWait, { timeout: timeoutMs });
				cancel = () => cancelIdleCallback(handle);
			} else {
				// Safari has no requestIdleCallback: in a task of its own, then, never inside a frame.
				const timer = setTimeout(runOrWait, 0);
				cancel = () => clearTimeout(timer);
			}
		}, timeoutMs);
	};
	wait();
	return () => cancel();
}
