/**
 * Resolves once the browser has had the chance to paint the current frame, so work started
 * after it (saving) is never on the path between a click and the next passage. rAF does not
 * run in hidden tabs, hence the timeout.
 */
export function afterPaint(maxWaitMs = 100): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, maxWaitMs);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0)
		);
	});
}
