// The case page before its scripts: inlined right after <main> (src/hooks.server.ts), allowed by
// its hash in the page's CSP (svelte.config.js). The prerendered page holds the content note,
// the setting card and the first passage with its choices (all but the first hidden); this moves
// a trainee through them and keeps a first choice until the app hydrates, reads what is here
// (window.__confideOpening) and takes over (session/opening.svelte.ts). Pause works from the
// first paint, whatever the stage, and however long the scripts take (or if they never come): it
// opens the prerendered pause dialog, which holds the support resources and a real link out, and
// the app adopts it open. If the app's scripts fail to load (a dropped link), it says so and
// offers a reload, rather than keeping a choice for an app that will not come. Plain ES2020, no
// HTML sinks. A returning trainee, or a link with a query, sees "Opening the case…" as before:
// the app decides what opens (opening-mode.ts holds the same rule for pages the app renders
// itself).
(() => {
	// Gone before the app hydrates, which expects its own nodes only.
	document.currentScript?.remove();
	const found = document.getElementById('main');
	if (!found || !found.hasAttribute('data-opening')) return;
	const main = found;
	/** @param {() => Storage} storage @param {string} key */
	const read = (storage, key) => {
		try {
			return storage().getItem(key);
		} catch {
			return null;
		}
	};
	const resumable = read(() => localStorage, 'confide.opening.' + main.dataset.case) === 'resume';
	const assessment = read(() => sessionStorage, 'confide.visit-mode') === 'assessment';
	const pause = main.querySelector('dialog[data-pause-dialog]');
	const failed = main.querySelector('[data-opening-failed]');
	/** @typedef {'content-note' | 'setting' | 'choosing'} Stage */
	/** @type {{ mode: 'shell' | 'wait', stage: Stage, choice: string | null, readonly paused: boolean, stop: () => void }} */
	const state = {
		mode: location.search || resumable || assessment ? 'wait' : 'shell',
		stage: 'content-note',
		choice: null,
		get paused() {
			return pause instanceof HTMLDialogElement && pause.open;
		},
		stop
	};
	window.__confideOpening = state;
	const parts = main.querySelectorAll('[data-opening-stage]');
	const choices = () => main.querySelectorAll('[data-opening-stage=choosing] [data-choice-id]');

	/** @param {Stage} stage @param {boolean} focus */
	function show(stage, focus) {
		state.stage = stage;
		for (const part of /** @type {NodeListOf<HTMLElement>} */ (parts)) part.hidden = state.mode === 'wait' || part.dataset.openingStage !== stage;
		const wait = main.querySelector('p[data-opening-wait]');
		if (wait instanceof HTMLElement) wait.hidden = state.mode !== 'wait';
		main.dataset.screen = state.mode === 'wait' ? 'loading' : stage;
		if (focus)
			requestAnimationFrame(() => {
				const target = main.querySelector('[data-opening-stage=' + stage + '] [data-focus-target], div[data-opening-stage=' + stage + '][data-focus-target]');
				if (target instanceof HTMLElement && window.__confideOpening === state) target.focus();
			});
	}

	/** The app's scripts failed to load: nothing can take a choice now. */
	let appFailed = false;

	/** The options stop taking a choice: one is kept, or the app cannot come. */
	function disableChoices() {
		for (const button of choices()) button.setAttribute('aria-disabled', 'true');
	}

	/** @param {string | undefined} id */
	function choose(id) {
		if (!id || appFailed || state.choice !== null) return;
		state.choice = id;
		disableChoices();
		const kept = main.querySelector('p[data-opening-kept]');
		if (kept instanceof HTMLElement) kept.hidden = false;
	}

	function openPause() {
		if (pause instanceof HTMLDialogElement && !pause.open) pause.showModal();
	}

	/** @param {MouseEvent} event */
	function onclick(event) {
		const target = event.target instanceof Element ? event.target : null;
		if (!target) return;
		if (target.closest('[data-action=pause]')) return openPause();
		if (target.closest('[data-action=reload-page]')) return location.reload();
		if (pause instanceof HTMLDialogElement && target.closest('dialog[data-pause-dialog] [data-action=resume]')) return pause.close();
		if (state.mode === 'wait' || event.detail > 1) return;
		if (state.stage === 'content-note' && target.closest('[data-action=begin]')) show('setting', true);
		else if (state.stage === 'setting' && target.closest('[data-opening-stage=setting] [data-action=continue]')) show('choosing', true);
		else if (state.stage === 'choosing') {
			const button = target.closest('[data-opening-stage=choosing] [data-choice-id]');
			if (button instanceof HTMLElement) choose(button.dataset.choiceId);
		}
	}

	/** @param {KeyboardEvent} event */
	function onkeydown(event) {
		// As in the app: Escape opens Pause (and, once it is open, closes it: the dialog's own).
		if (state.mode === 'wait' || state.paused) return;
		if (event.key === 'Escape') {
			event.preventDefault();
			return openPause();
		}
		if (state.stage !== 'choosing' || event.repeat || event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
		const button = choices()[Number(event.key) - 1];
		if (!(button instanceof HTMLElement)) return;
		event.preventDefault();
		choose(button.dataset.choiceId);
	}

	/**
	 * SvelteKit's start-up imports the app with no handler of its own: a failed load is an
	 * unhandled rejection of a TypeError ("Failed to fetch dynamically imported module" and the like).
	 * @param {PromiseRejectionEvent} event
	 */
	function onrejection(event) {
		if (!(event.reason instanceof TypeError) || !/module/i.test(event.reason.message) || !(failed instanceof HTMLElement)) return;
		appFailed = true;
		failed.hidden = false;
		disableChoices();
		for (const note of main.querySelectorAll('p[data-opening-wait], p[data-opening-kept]')) if (note instanceof HTMLElement) note.hidden = true;
	}

	function stop() {
		document.removeEventListener('click', onclick);
		document.removeEventListener('keydown', onkeydown);
		window.removeEventListener('unhandledrejection', onrejection);
		// The app runs: whatever failed before, it did not stop it.
		if (failed instanceof HTMLElement) failed.hidden = true;
		delete window.__confideOpening;
	}

	show('content-note', false);
	document.addEventListener('click', onclick);
	document.addEventListener('keydown', onkeydown);
	window.addEventListener('unhandledrejection', onrejection);
})();
