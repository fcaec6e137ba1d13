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

/** Each rule: the field it is about, whether the attempt keeps it, and what is wrong when it does not. */
const RULES: readonly { field: keyof Timed; holds: (a: Timed) => boolean; message: string }[] = [
	{ field: 'updatedAt', holds: (a) => notBefore(a.updatedAt, a.startedAt), message: 'updated before it started' },
	{ field: 'completedAt', holds: (a) => a.completedAt === null || notBefore(a.completedAt, a.startedAt), message: 'completed before it started' },
	{ field: 'passageStart', holds: (a) => a.passageStart <= a.transcript.length, message: 'the passage starts after the end of the transcript' },
	// Every scored decision is one choice made; a ledger longer than the choice log was not played.
	{ field: 'ledger', holds: (a) => a.ledger.length <= a.choiceLog.length, message: 'more scored decisions than choices made' }
];

/** The checks on a whole attempt, each issue naming its field (for the import message and the quarantine reason). */
export function attemptMeaning<T extends Timed>() {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const attempt = dataset.value;
		for (const rule of RULES)
			if (!rule.holds(attempt))
				addIssue({
					message: rule.message,
					path: [{ type: 'object', origin: 'value', input: attempt as unknown as Record<string, unknown>, key: rule.field, value: attempt[rule.field] }]
				});
	});
}
