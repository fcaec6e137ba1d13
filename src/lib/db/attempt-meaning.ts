/**
 * What makes an attempt's values mean something, beyond their shape: times a Date can hold and
 * every page can print, in the order an attempt lives them, and counts that agree with each
 * other. Shared by the stored-row schema (db/schemas.ts) and the import schema
 * (exchange/schema.ts), so a file and a stored row are judged by the same rules.
 */
import * as v from 'valibot';

/** The earliest and latest times accepted: the epoch to the last moment of year 9999 (ISO dates keep four digits). */
export const EARLIEST_TIME = 0;
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * How far a later moment may read earlier than the one before it. A device clock corrected
 * backwards while a case is open must not make the trainee's honest attempt unreadable; a
 * record out of order by more than a day is not one this app wrote.
 */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

export const timeSchema = v.pipe(
	v.number(),
	v.finite(),
	v.minValue(EARLIEST_TIME, 'a time before 1970'),
	v.maxValue(LATEST_TIME, 'a time after the year 9999')
);

interface Timed {
	startedAt: number;
	updatedAt: number;
	completedAt: number | null;
	choiceLog: readonly unknown[];
	transcript: readonly unknown[];
	passageStart: number;
	ledger: readonly unknown[];
}

const notBefore = (later: number, earlier: number) => later >= earlier - CLOCK_SLACK_MS;

/** The checks on a whole attempt, each naming the field it is about (for the import message and the quarantine reason). */
export function attemptMeaning<T extends Timed>() {
	return [
		v.forward<T, v.CheckIssue<T>>(
			v.check((a) => notBefore(a.updatedAt, a.startedAt), 'updated before it started'),
			['updatedAt']
		),
		v.forward<T, v.CheckIssue<T>>(
			v.check((a) => a.completedAt === null || notBefore(a.completedAt, a.startedAt), 'completed before it started'),
			['completedAt']
		),
		v.forward<T, v.CheckIssue<T>>(
			v.check((a) => a.passageStart <= a.transcript.length, 'the passage starts after the end of the transcript'),
			['passageStart']
		),
		// Every scored decision is one choice made; a ledger longer than the choice log was not played.
		v.forward<T, v.CheckIssue<T>>(
			v.check((a) => a.ledger.length <= a.choiceLog.length, 'more scored decisions than choices made'),
			['ledger']
		)
	] as const;
}
