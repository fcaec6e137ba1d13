import { afterPaint } from '../session/after-paint';

/** What the reader is taken to after a step: the first shown `[data-focus-target]` (the new passage's heading, the feedback panel…). */
function shownFocusTarget(): HTMLElement | undefined {
	return [...document.querySelectorAll<HTMLElement>('[data-focus-target]')].find((el) => el.getClientRects().length > 0);
}

/**
 * Puts the top of `target` at the top of the view, just under the sticky bar. The page's scroll
 * padding is kept at the bar's height (two lines on a narrow screen or with larger text), so
 * nothing scrolled to, by this or by the browser, lands under the bar (WCAG 2.4.11).
 */
function bringToTop(target: HTMLElement) {
	const bar = document.querySelector<HTMLElement>('[data-sticky-bar]');
	const padding = bar ? `${bar.offsetHeight + 8}px` : '';
	const root = document.documentElement.style;
	if (root.scrollPaddingTop !== padding) root.scrollPaddingTop = padding;
	// No `behavior`: 'auto' follows the page's CSS, which never scrolls smoothly (reduced motion
	// or not), so the step's frame shows the passage in place.
	target.scrollIntoView({ block: 'start' });
}

/**
 * Takes the reader to what a step has just shown. The scroll happens in the step's own frame (an
 * animation frame callback: by then the click's layout is done, so it forces none), so that frame
 * already shows the new passage where reading starts: one move, not the old place first and a
 * jump a frame later. Focus follows once that frame has been presented (focusing costs a style
 * update, which would otherwise be on the path to the paint), unless the trainee has moved focus
 * in the meantime. In a hidden tab, where frames stop, both happen after afterPaint's timeout.
 */
export function followStory(): void {
	const focusedBefore = document.activeElement;
	let scrolled = false;
	requestAnimationFrame(() => {
		const target = shownFocusTarget();
		if (!target) return;
		bringToTop(target);
		scrolled = true;
	});
	void afterPaint().then(() => {
		const active = document.activeElement;
		if (active !== focusedBefore && active !== document.body && active?.getClientRects().length) return;
		const target = shownFocusTarget();
		if (!target) return;
		if (!scrolled) bringToTop(target);
		target.focus({ preventScroll: true });
	});
}
