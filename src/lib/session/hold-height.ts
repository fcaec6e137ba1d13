import { afterPaint } from './after-paint';

/**
 * Keeps `element` at least as tall as it is now until the frame after the next paint. A step that
 * replaces something tall with something shorter (the feedback panel with the options, the content
 * note with the setting card) would otherwise shorten the page under the trainee: the browser
 * pulls the scroll position up in the very frame that shows the step, and repaints the whole
 * screen for it. Held, the step paints in place; the page takes its new height a frame later,
 * together with the scroll that moves focus to what appeared.
 */
export function holdHeightUntilPainted(element: HTMLElement | null) {
	if (!element) return;
	element.style.minHeight = `${element.offsetHeight}px`;
	void afterPaint().then(() => element.style.removeProperty('min-height'));
}
