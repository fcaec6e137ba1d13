// Time to the first real choice: from navigation until the first choice of the story is on screen
// and enabled, with Confide's content note and setting card clicked through the instant their
// buttons work (as a trainee who does not read would): at once on the prerendered opening, whose
// inline script runs them before the app loads, else once the app is ready. The same probe
// serves the peer pages, which show their choices with no screen before them.
//
// The choice counts from the first frame after which it can be seen and clicked, not merely the
// frame after it entered the DOM: Twine's formats insert a passage while something still hides or
// covers it (SugarCube's loading screen, Chapbook's opening view transition, during which clicks
// reach no element). After each frame from the one after `at` (in the DOM and enabled) the first
// [data-choice-id] must be visible (checkVisibility, opacity and visibility included), no view
// transition may be running, and a click at its first line, when that is in the viewport, must
// reach it; else `waits` records why and the check runs again after the next frame. These checks
// run only after a frame, when layout is clean, so they add no layout to the page measured; a page
// whose choice is usable at once (Confide, the floor, the inkjs page) is timed as before.
//
// Runs in the page (context.addInitScript); records into window.__firstChoice and signals the
// bench through the exposed __benchSignal('first-choice').
export function firstChoiceProbe() {
	if (window.__firstChoice) return;
	const state = { at: null, painted: null, waits: [], clicked: [] };
	window.__firstChoice = state;
	const enabled = (selector) => {
		const el = document.querySelector(selector);
		// Confide's buttons stay focusable while busy: aria-disabled, not disabled.
		return el && !el.disabled && el.getAttribute('aria-disabled') !== 'true' ? el : null;
	};
	const viewTransition = () => {
		try {
			return document.documentElement.matches(':active-view-transition');
		} catch {
			return false; // an older browser: the hit test below still sees a transition's overlay
		}
	};
	// null when the choice can be seen and clicked, else why not.
	const unusable = () => {
		const el = enabled('[data-choice-id]');
		if (!el) return 'not in the DOM or disabled';
		if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'hidden';
		if (viewTransition()) return 'view transition';
		const box = el.getClientRects()[0];
		if (!box) return 'no box';
		const x = box.left + Math.min(box.width / 2, 8);
		const y = box.top + box.height / 2;
		if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) return null;
		const hit = document.elementFromPoint(x, y);
		return hit !== null && el.contains(hit) ? null : `covered by ${hit ? hit.tagName.toLowerCase() + (hit.id ? `#${hit.id}` : '') : 'nothing'}`;
	};
	const afterFrame = () =>
		requestAnimationFrame(() =>
			setTimeout(() => {
				// The time the frame was found done, before the checks (which may read layout).
				const now = performance.now();
				const why = unusable();
				if (why !== null) {
					if (state.waits.at(-1)?.why !== why) state.waits.push({ at: performance.now(), why });
					return afterFrame();
				}
				state.painted = now;
				if (typeof window.__benchSignal === 'function') window.__benchSignal('first-choice').catch(() => {});
			}, 0)
		);
	const done = () => {
		state.at = performance.now();
		observer.disconnect();
		afterFrame();
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
