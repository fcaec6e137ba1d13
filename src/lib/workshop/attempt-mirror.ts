/**
 * What a workshop reads of the attempt it drives, taken from each snapshot the attempt machine
 * reports: plain data in the workshop's context, so its guards and the room's view are pure.
 */
import type { ChoiceView, AttemptMode, AttemptPhase, TranscriptEntry } from '../domain/attempt';
import type { LedgerEntry } from '../domain/scoring';
import type { AttemptSnapshot } from '../machines/attempt.machine';
import { isBusy, saveStateOf, screenOf, type SaveState, type Screen } from '../session/attempt-view';

export interface AttemptMirror {
	screen: Screen;
	/** A step is being made or saved, or the attempt is still loading: send it nothing now. */
	busy: boolean;
	phase: AttemptPhase;
	transcript: TranscriptEntry[];
	passageStart: number;
	choices: ChoiceView[];
	ledger: LedgerEntry[];
	/** Choices made so far: the current choice point's number (from 0). */
	choiceCount: number;
	/** The ids of the choices made, in order. */
	choiceIds: string[];
	/** The story has loaded (the setting card can start it). */
	storyReady: boolean;
	mode: AttemptMode;
	profile: string | null;
	saveState: SaveState;
	/** Why the story stopped or did not load, if it did. */
	problem: string | null;
	/** The stored attempt no longer fits the vignette (its content changed). */
	outdated: boolean;
}

export function mirrorOf(snapshot: AttemptSnapshot): AttemptMirror {
	const c = snapshot.context;
	const screen = screenOf(snapshot);
	return {
		screen,
		busy: screen === 'loading' || isBusy(snapshot),
		phase: c.phase,
		transcript: c.transcript,
		passageStart: c.passageStart,
		choices: c.choices,
		ledger: c.ledger,
		choiceCount: c.choiceLog.length,
		choiceIds: c.choiceLog.map((c) => c.choiceId),
		storyReady: snapshot.matches({ story: 'ready' }),
		mode: c.mode,
		profile: c.profile,
		saveState: saveStateOf(snapshot),
		problem: c.loadProblem ?? c.error,
		outdated: c.outdated !== null
	};
}

/** What must change for a step sent to the attempt to have happened. */
export const progressKey = (mirror: AttemptMirror) => `${mirror.screen}:${mirror.phase}:${mirror.choiceCount}`;

/** The lines of the passage on screen (text only). */
export const passageLines = (mirror: Pick<AttemptMirror, 'transcript' | 'passageStart'>) =>
	mirror.transcript.slice(mirror.passageStart).flatMap((entry) => (entry.kind === 'text' ? [entry.text] : []));
