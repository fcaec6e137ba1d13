/** Words the printed report and certificate share. */
import type { AttemptRecord } from '../domain/attempt';
import type { CountKey } from '../domain/scoring';

/** What an integrity code proves, and what it does not (see domain/integrity.ts). */
export const INTEGRITY_SENTENCE =
	'This code lets an instructor check the record was not accidentally or carelessly edited. It is not proof against deliberate forgery.';

export const COUNT_LABELS: ReadonlyArray<readonly [CountKey, string]> = [
	['correct_breach', 'Correct breaches'],
	['correct_hold', 'Correct holds'],
	['missed_breach', 'Missed breaches'],
	['unwarranted_breach', 'Unwarranted breaches'],
	['process_error', 'Process errors'],
	['critical', 'Critical errors']
];

export function modeLabel(mode: AttemptRecord['mode']): string {
	return mode === 'assessment' ? 'Assessment (feedback at the end)' : 'Learning (feedback after each decision)';
}

export function statusLabel(status: AttemptRecord['status']): string {
	return { completed: 'Completed', active: 'Not finished (in progress)', abandoned: 'Not finished (set aside)', superseded: 'Not finished (replaced)' }[status];
}
