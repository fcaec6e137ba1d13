/**
 * The one way an attempt moves on: a story step (plain data the runner produced) applied to the
 * play state. The session machine uses it for every choice, resume-by-replay for every logged
 * choice, and practice to reach its first decision, so a choice id becomes a transcript entry,
 * a ledger entry and feedback in exactly one place. Pure.
 */
import type { AttemptMode, AttemptPhase, ChoiceView, LoggedChoice, TranscriptEntry } from './attempt';
import { ledgerEntry, reviewDecision, type DecisionReview, type LedgerEntry } from './scoring';
import type { DecisionInfo, ScoredOption } from './types';

/** What the story produced: the passage lines and the choices now on offer. */
export interface PassageStep {
	lines: readonly { text: string }[];
	choices: ChoiceView[];
	ended: boolean;
}

/** A choice made and what it led to. */
export interface ChoiceStep {
	choiceId: string;
	/** The text the trainee chose (as the story showed it). */
	choiceText: string;
	/** The scored option chosen; absent for a narrative choice. */
	option?: ScoredOption;
	/** When it was chosen. */
	at: number;
	step: PassageStep;
}

/** The part of an attempt that playing changes. */
export interface PlayState {
	phase: AttemptPhase;
	transcript: TranscriptEntry[];
	/** Index in the transcript where the current passage starts. */
	passageStart: number;
	choices: ChoiceView[];
	choiceLog: LoggedChoice[];
	ledger: LedgerEntry[];
	feedback: DecisionReview | null;
	completedAt: number | null;
}

/** What scoring and feedback need to know about the attempt. */
export interface PlayRules {
	decisions: readonly DecisionInfo[];
	profile: string | null;
	/** Assessment gives no feedback until the debrief. */
	mode: AttemptMode;
}

const textEntries = (step: PassageStep): TranscriptEntry[] => step.lines.map((l) => ({ kind: 'text', text: l.text }));

/** The play state before the story starts (the setting card). */
export const NOT_STARTED: PlayState = {
	phase: 'setting',
	transcript: [],
	passageStart: 0,
	choices: [],
	choiceLog: [],
	ledger: [],
	feedback: null,
	completedAt: null
};

/** The story's first passage. */
export function startPlay(step: PassageStep, at: number): PlayState {
	return {
		...NOT_STARTED,
		phase: step.ended ? 'ended' : 'choosing',
		transcript: textEntries(step),
		choices: step.choices,
		completedAt: step.ended ? at : null
	};
}

/** The feedback on the latest scored choice, as the trainee sees it after choosing. */
export function feedbackOn(ledger: readonly LedgerEntry[], rules: Pick<PlayRules, 'decisions' | 'profile'>): DecisionReview | null {
	const last = ledger.at(-1);
	if (!last) return null;
	return reviewDecision(
		last,
		rules.decisions.find((d) => d.id === last.decisionId),
		rules.profile ?? undefined
	);
}

/** A choice applied: the passage it led to, the log, the ledger and (in learning mode) feedback. */
export function advance(state: PlayState, choice: ChoiceStep, rules: PlayRules): PlayState {
	const ledger = choice.option ? [...state.ledger, ledgerEntry(choice.option, rules.profile ?? undefined)] : state.ledger;
	const feedback = choice.option && rules.mode === 'learning' ? feedbackOn(ledger, rules) : null;
	return {
		transcript: [...state.transcript, { kind: 'choice', text: choice.choiceText, choiceId: choice.choiceId }, ...textEntries(choice.step)],
		passageStart: state.transcript.length + 1,
		choices: choice.step.choices,
		choiceLog: [...state.choiceLog, { choiceId: choice.choiceId, at: choice.at }],
		ledger,
		feedback,
		phase: feedback ? 'feedback' : choice.step.ended ? 'ended' : 'choosing',
		completedAt: choice.step.ended ? choice.at : null
	};
}

/** The trainee has read the feedback: on to the choices, or to the debrief if the story ended. */
export function closeFeedback(state: PlayState, at: number): PlayState {
	const ended = state.choices.length === 0;
	return { ...state, feedback: null, phase: ended ? 'ended' : 'choosing', completedAt: ended ? (state.completedAt ?? at) : null };
}
