/**
 * The words of the scoring model, as every page and file names them: the five counts and
 * critical errors (CONTENT.md 2.1), verdicts (2.2), error kinds, actions, modes and attempt
 * statuses. One module, so the debrief, progress table and chart, report, certificate, answer
 * key, instructor view and both CSVs say the same thing.
 */
import type { AttemptMode, AttemptStatus } from '../domain/attempt';
import type { CountKey, ProcessCall } from '../domain/scoring';
import type { Action, ErrorKind, OptionScore, Verdict } from '../domain/types';

/** What makes an error critical (CONTENT.md 0.2), wherever a page explains it. */
export const CRITICAL_MEANING = 'could plausibly cost a life or cause serious harm that is hard to undo';

/** The counts in the order they are shown, each with what it means. */
export const COUNT_LABELS: ReadonlyArray<{ key: CountKey; label: string; meaning: string }> = [
	{ key: 'correct_breach', label: 'Correct breaches', meaning: 'disclosed when disclosure was warranted' },
	{ key: 'correct_hold', label: 'Correct holds', meaning: 'kept confidence when that was right' },
	{ key: 'missed_breach', label: 'Missed breaches', meaning: 'under-protection: did not disclose when disclosure was needed' },
	{ key: 'unwarranted_breach', label: 'Unwarranted breaches', meaning: 'over-disclosure: disclosed when not warranted, to the wrong person, or too much' },
	{ key: 'process_error', label: 'Process errors', meaning: 'right or wrong call, made the wrong way' },
	{ key: 'critical', label: 'Critical errors', meaning: CRITICAL_MEANING }
];

export const countLabel = (key: CountKey) => COUNT_LABELS.find((c) => c.key === key)!.label;

/** An error kind in a sentence ("a missed breach"), and with its gloss as a heading. */
export const ERROR_KIND_WORDS: Record<ErrorKind, string> = {
	under: 'missed breach',
	over: 'unwarranted breach',
	process: 'process error'
};
export const ERROR_KIND_GLOSS: Record<ErrorKind, string> = {
	under: 'under-protection',
	over: 'over-disclosure',
	process: ''
};

/** "Missed breach (under-protection)", "Process error". */
export function errorKindLabel(kind: ErrorKind): string {
	const words = ERROR_KIND_WORDS[kind];
	const gloss = ERROR_KIND_GLOSS[kind];
	return `${words[0]!.toUpperCase()}${words.slice(1)}${gloss ? ` (${gloss})` : ''}`;
}

export const VERDICT_LABELS: Record<Verdict, string> = { best: 'Best', acceptable: 'Acceptable, not best', error: 'Error' };

/** CONTENT.md 2.2: a process error is labeled by whether the call itself (hold or disclose) was right. */
export const PROCESS_CALL_WORDS: Record<ProcessCall, string> = { right: 'right call, wrong way', wrong: 'wrong call, and the way made it worse' };

/**
 * How a chosen option's verdict is named to the trainee (CONTENT.md 2.2: "acceptable, not best";
 * a process error with its call, where the decision is known: scoring.ts processCall).
 */
export function verdictLabel(score: Pick<OptionScore, 'verdict' | 'kind' | 'critical'>, call?: ProcessCall): string {
	if (score.verdict === 'best') return 'Best response';
	if (score.verdict === 'acceptable') return 'Acceptable, not best';
	const kind = score.kind ?? 'process';
	const gloss = kind === 'process' ? (call ? PROCESS_CALL_WORDS[call] : '') : ERROR_KIND_GLOSS[kind];
	return `${score.critical ? 'Critical error' : 'Error'}: ${ERROR_KIND_WORDS[kind]}${gloss ? ` (${gloss})` : ''}`;
}

/**
 * The line above the options: the keys that choose them ("1 or 2", "1 to 4"; keys go up to 9), and
 * the other way, in words that fit a mouse, a touch screen and a switch alike.
 */
export function choiceKeyHint(count: number): string {
	const last = Math.min(count, 9);
	const keys = last <= 1 ? '1' : last === 2 ? '1 or 2' : `1 to ${last}`;
	return `Press ${keys} to choose, or select ${count === 1 ? 'the option' : 'an option'}.`;
}

/** What an option does, as an act (not a verdict): "Disclose" or "Hold", with what that means. */
export function actionLabel(action: Action): string {
	return action === 'disclose' ? 'Disclose (information leaves therapy)' : 'Hold (nothing leaves therapy)';
}

/** What the trainee did, beside a verdict: the verdict judges this action, it does not endorse it. */
export function yourActionLabel(action: Action): string {
	return `Your action: ${action === 'disclose' ? 'disclose (information leaves therapy)' : 'hold (nothing leaves therapy)'}`;
}

export const MODE_LABELS: Record<AttemptMode, string> = {
	learning: 'Learning (feedback after each decision)',
	assessment: 'Assessment (feedback at the end)'
};

/** The mode of the visit, shown in every page's header (session/visit-mode.ts). */
export const VISIT_MODE_LABELS: Record<AttemptMode, string> = {
	learning: 'Learning mode',
	assessment: 'Assessment mode'
};

export const STATUS_LABELS: Record<AttemptStatus, string> = {
	completed: 'Completed',
	active: 'Not finished (in progress)',
	abandoned: 'Not finished (set aside)',
	superseded: 'Not finished (replaced)'
};

/** What the case page says about the course's LMS (inside an LMS package only), by link status. */
export const LMS_STATUS_TEXT: Record<'connected' | 'retrying' | 'missing' | 'ended', string> = {
	connected: '',
	retrying:
		'Your course is not answering right now. You can keep playing: your choices are kept on this device and sent to your course as soon as it answers.',
	missing:
		'Confide could not reach your course, so this run is not in your course record yet. You can keep playing: your choices are kept on this device, and Confide keeps trying.',
	ended: ''
};
