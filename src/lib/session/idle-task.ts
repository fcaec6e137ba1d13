import { afterPresented } from './after-paint';

/** Schedules one small piece of preparatory work (idle time in the browser; tests run it by hand). */
export type Schedule = (task: () => void) => () => void;

/**
 * Runs `task` when the main thread is idle (soon, at the latest), so work that only prepares
 * something never delays a frame or a click already waiting. Idle time is only asked for once
 * the current frame has been presented: the main thread is idle right after a frame, while that
 * frame is still being rastered and displayed. Returns a cancel function.
 */
export function idleTask(task: () => void, timeoutMs = 1000): () => void {
	if (typeof requestAnimationFrame !== 'function') {
		const timer = setTimeout(task, 0);
		return () => clearTimeout(timer);
	}
	let cancelIdle = () => {};
	const cancelWait = afterPresented(() => {
		if (typeof requestIdleCallback === 'function') {
			const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
			cancelIdle = () => cancelIdleCallback(handle);
		} else {
			// Safari has no requestIdleCallback: in a task of its own, then, never inside a frame.
			const timer = setTimeout(task, 0);
			cancelIdle = () => clearTimeout(timer);
		}
	}, timeoutMs);
	return () => {
		cancelWait();
		cancelIdle();
	};
}
