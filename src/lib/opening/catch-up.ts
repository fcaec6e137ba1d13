/**
 * How the attempt machine catches up with what a trainee did on the prerendered opening before
 * the app was running (Begin, Start, a first choice), one event at a time, and when the page hands
 * over to the machine's own view. Pure: the machine's view and the opening's state in, the next
 * step out. While the opening is shown, the page renders it; once `live`, the machine's screens,
 * which for a new attempt are the same screens with the same keys, so no node is replaced.
 */
import type { AttemptEvent } from '../machines/attempt.machine';
import type { ChoiceView, TranscriptEntry } from '../domain/attempt';
import type { Ownership, Screen } from '../session/attempt-view';
import type { OpeningMode } from './opening-mode';
import { openingPassage, type Opening, type OpeningPassage } from './opening-types';

export type OpeningStage = 'content-note' | 'setting' | 'choosing';

export interface OpeningShell {
	mode: OpeningMode;
	stage: OpeningStage;
	/** A first choice made before the machine could take it. */
	choice: string | null;
}

export interface MachineView {
	screen: Screen;
	/** Saving, stepping or starting (ownership is separate). */
	busy: boolean;
	ownership: Ownership;
	storyReady: boolean;
	/** The story (or its decisions) could not load; the trainee can try again. */
	loadFailed: boolean;
	/** Writes acknowledged: above 0, the machine resumed something. */
	revision: number;
	outdated: boolean;
	profile: string | null;
	transcript: readonly TranscriptEntry[];
	choices: readonly ChoiceView[];
	passageStart: number;
}

export type CatchUp = { kind: 'wait' } | { kind: 'live' } | { kind: 'send'; event: AttemptEvent; live: boolean };

const WAIT: CatchUp = { kind: 'wait' };
const LIVE: CatchUp = { kind: 'live' };
const send = (event: AttemptEvent, live = false): CatchUp => ({ kind: 'send', event, live });

const samePassage = (machine: MachineView, passage: OpeningPassage) =>
	machine.passageStart === 0 && JSON.stringify([machine.transcript, machine.choices]) === JSON.stringify([passage.transcript, passage.choices]);

export function catchUp(machine: MachineView, shell: OpeningShell, opening: Opening | null): CatchUp {
	if (machine.screen === 'loading') return WAIT;
	// Anything but a new attempt in this tab: the machine's view, whatever the opening showed.
	if (shell.mode === 'wait' || machine.ownership === 'elsewhere' || machine.ownership === 'taken') return LIVE;
	// A dropped link: the opening stays, with what was done there, until a retry loads the story.
	if (machine.loadFailed) return WAIT;
	if (machine.revision > 0 || machine.outdated || !['content-note', 'setting', 'choosing'].includes(machine.screen)) return LIVE;
	const passage = openingPassage(opening, machine.profile);
	const free = !machine.busy && machine.ownership === 'mine';
	if (machine.screen === 'content-note') return shell.stage === 'content-note' || !free ? WAIT : send({ type: 'begin' });
	if (machine.screen === 'setting') {
		if (shell.stage !== 'choosing') return WAIT;
		if (!passage) return LIVE;
		return free && machine.storyReady ? send({ type: 'setting.continue' }) : WAIT;
	}
	// Choosing: the first passage, as prerendered (a story whose opening varies at random is not).
	if (!passage || !samePassage(machine, passage)) return LIVE;
	if (shell.choice === null || !machine.choices.some((c) => c.id === shell.choice)) return LIVE;
	return free ? send({ type: 'choice.select', choiceId: shell.choice }, true) : WAIT;
}
