/** Schedules one small piece of preparatory work (idle time in the browser; tests run it by hand). */
export type Schedule = (task: () => void) => () => void;

/**
 * Runs `task` when the main thread is idle (soon, at the latest), so work that only prepares
 * something never delays a frame or a click already waiting. Returns a cancel function.
 */
export function idleTask(task: () => void, timeoutMs = 1000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
		return () => cancelIdleCallback(handle);
	}
	// Safari has no requestIdleCallback: after the next frame, then, never inside it.
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const later = () => (timer = setTimeout(() => cancelled || task(), 0));
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
	else later();
	return () => {
		cancelled = true;
		clearTimeout(timer);
	};
}
