// Time to the first real choice: from navigation until the first choice of the story is on screen
// and enabled, with Confide's content note and setting card clicked through the instant their
// buttons work (as a trainee who does not read would): at once on the prerendered opening, whose
// inline script runs them before the app loads, else once the app is ready. The same probe
// serves the peer pages, which show their choices with no screen before them.
//
// Runs in the page (context.addInitScript); records into window.__firstChoice and signals the
// bench through the exposed __benchSignal('first-choice').
export function firstChoiceProbe() {
	if (window.__firstChoice) return;
	const state = { at: null, painted: null, clicked: [] };
	window.__firstChoice = state;
	const enabled = (selector) => {
		const el = document.querySelector(selector);
		// Confide's buttons stay focusable while busy: aria-disabled, not disabled.
		return el && !el.disabled && el.getAttribute('aria-disabled') !== 'true' ? el : null;
	};
	const done = () => {
		state.at = performance.now();
		observer.disconnect();
		requestAnimationFrame(() =>
			setTimeout(() => {
				state.painted = performance.now();
				if (typeof window.__benchSignal === 'function') window.__benchSignal('first-choice').catch(() => {});
			}, 0)
		);
	};
	const check = () => {
		if (state.at !== null) return;
		const main = document.querySelector('main');
		const confide = main?.hasAttribute('data-screen') ?? false;
		// HTML-first: the prerendered opening works before the app is ready (its script's state).
		const ready = !confide || main.hasAttribute('data-ready') || window.__confideOpening?.mode === 'shell';
		if (ready && (!confide || main.getAttribute('data-screen') === 'choosing') && enabled('[data-choice-id]')) return done();
		if (!confide || !ready) return;
		const screen = main.getAttribute('data-screen');
		const button = screen === 'content-note' ? enabled('main [data-action=begin]') : screen === 'setting' ? enabled('main [data-action=continue]') : null;
		// A click the machine was not yet ready to take changes nothing: try again shortly.
		const last = state.clicked.at(-1);
		if (button && (last?.screen !== screen || performance.now() - last.at > 250)) {
			state.clicked.push({ screen, at: performance.now() });
			button.click();
			setTimeout(check, 300);
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { subtree: true, childList: true, attributes: true });
	document.addEventListener('DOMContentLoaded', check);
}
