/**
 * Wraps a click handler so the second click of a double click is ignored: once the first
 * click's save resolves, the next screen's button may be under the pointer.
 * Keyboard activation reports detail 0 and always passes.
 */
export function singlePress(handler: () => void, isDisabled: () => boolean = () => false) {
	return (event: MouseEvent) => {
		if (event.detail > 1 || isDisabled()) return;
		handler();
	};
}
