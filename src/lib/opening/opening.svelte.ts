/**
 * The case page's opening while it is shown: what the prerendered page's script did before the
 * app loaded (window.__confideOpening, written by opening-shell.js), or, on a page the app renders
 * itself, the same start. The page renders the opening's stage until catch-up hands over.
 */
import { browser } from '$app/environment';
import type { OpeningShell, OpeningStage } from './catch-up';
import { browserOpeningMode, type OpeningMode } from './opening-mode';

interface ShellScriptState extends OpeningShell {
	/** The pause dialog is open: the trainee paused before the app ran. */
	readonly paused: boolean;
	stop(): void;
}

declare global {
	interface Window {
		__confideOpening?: ShellScriptState;
	}
}

export class OpeningState implements OpeningShell {
	/** The opening is on the page (prerendered or rendered by the app) and not yet handed over. */
	present = $state(false);
	mode = $state<OpeningMode>('shell');
	stage = $state<OpeningStage>('content-note');
	choice = $state<string | null>(null);
	/** The trainee opened Pause before the app ran, and it is still open: the page keeps it open. */
	readonly pausedBeforeApp: boolean = false;
	private script: ShellScriptState | undefined;

	/** Reads the shell script's state: call while the component is created, before hydration. */
	constructor(hasOpening: boolean, caseId: string, search: () => string) {
		this.present = hasOpening;
		if (!hasOpening || !browser) return;
		this.script = window.__confideOpening;
		if (this.script) {
			this.mode = this.script.mode;
			this.stage = this.script.stage;
			this.choice = this.script.choice;
			this.pausedBeforeApp = this.script.paused;
		} else this.mode = browserOpeningMode(caseId, search());
	}

	/** The app handles the opening's buttons from now on (call once hydrated). */
	takeOver() {
		this.script?.stop();
		this.script = undefined;
	}

	get shown(): boolean {
		return this.present && this.mode === 'shell';
	}

	begin() {
		if (this.stage === 'content-note') this.stage = 'setting';
	}

	start() {
		if (this.stage === 'setting') this.stage = 'choosing';
	}

	choose(id: string) {
		if (this.stage === 'choosing' && this.choice === null) this.choice = id;
	}
}
