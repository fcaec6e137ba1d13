/** The longest a visible page waits for its frames before the work goes ahead anyway. */
const VISIBLE_LIMIT_MS = 1000;

/**
 * Calls `then` once the frame the browser is about to make has been presented: when the frame
 * after it begins (the second animation frame from now). Work started at the end of a frame
 * (rAF, then a task) still competes with that frame's raster and display for the CPU: on a
 * two-core machine a save or a look-ahead started there put a choice's paint at 24 ms instead
 * of 16 at 1x (Event Timing, median). In a hidden tab, where frames stop, after `maxWaitMs`;
 * at once if the tab is hidden meanwhile; in a visible one, after a second at the latest.
 * Returns a cancel function.
 */
export function afterPresented(then: () => void, maxWaitMs = 100): () => void {
	let done = false;
	const stop = () => {
		done = true;
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', hidden);
	};
	const run = () => {
		if (done) return;
		stop();
		then();
	};
	// Hidden while waiting: no frame is coming, so nothing is left to present.
	const hidden = () => document.visibilityState === 'hidden' && run();
	const timer = setTimeout(run, document.visibilityState === 'hidden' ? maxWaitMs : VISIBLE_LIMIT_MS);
	document.addEventListener('visibilitychange', hidden);
	requestAnimationFrame(() => requestAnimationFrame(run));
	return stop;
}

/**
 * Resolves once the browser has painted and presented the current frame, in a task of its own,
 * so work started after it (saving, moving focus) is never on the path between a click and the
 * next passage on screen. rAF does not run in hidden tabs, hence the timeout.
 */
export function afterPaint(maxWaitMs = 100): Promise<void> {
	return new Promise((resolve) => afterPresented(() => setTimeout(resolve, 0), maxWaitMs));
}
