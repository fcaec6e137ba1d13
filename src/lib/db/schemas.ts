/** Every row read back from IndexedDB is validated here before the app trusts it. */
import * as v from 'valibot';
import { ACTIONS, ERROR_KINDS, VERDICTS } from '../domain/types';
import { ATTEMPT_MODES, SCHEMA_VERSION, type AttemptRecord } from '../domain/attempt';
import { attemptMeaning, timeSchema as time } from './attempt-meaning';

const text = v.string();

const transcriptEntry = v.variant('kind', [
	v.object({ kind: v.literal('text'), text }),
	v.object({ kind: v.literal('choice'), text, choiceId: text })
]);

const ledgerEntry = v.object({
	decisionId: text,
	optionId: text,
	optionText: text,
	action: v.picklist(ACTIONS),
	verdict: v.picklist(VERDICTS),
	kind: v.optional(v.picklist(ERROR_KINDS)),
	critical: v.boolean(),
	rationale: text,
	cite: v.optional(text)
});

export const attemptFields = v.object({
	id: v.pipe(text, v.minLength(1)),
	caseId: v.pipe(text, v.minLength(1)),
	contentHash: text,
	storyVersion: text,
	profile: v.nullable(text),
	schemaVersion: v.literal(SCHEMA_VERSION),
	mode: v.picklist(ATTEMPT_MODES),
	practice: v.nullable(v.object({ of: v.pipe(text, v.minLength(1)), fromDecision: v.pipe(text, v.minLength(1)) })),
	status: v.picklist(['active', 'completed', 'abandoned', 'superseded']),
	phase: v.picklist(['setting', 'choosing', 'feedback', 'ended']),
	startedAt: time,
	updatedAt: time,
	completedAt: v.nullable(time),
	inkState: v.nullable(text),
	choiceLog: v.array(v.object({ choiceId: text, at: time })),
	transcript: v.array(transcriptEntry),
	passageStart: v.pipe(v.number(), v.integer(), v.minValue(0)),
	ledger: v.array(ledgerEntry),
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	edited: v.optional(v.literal(true))
});

/** A stored row: its shape, then its meaning (times in range and in order, counts that agree). */
export const attemptSchema = v.pipe(attemptFields, attemptMeaning());

/** The parsed attempt, or undefined for a row that does not fit (it is reported, never trusted). */
export function parseAttempt(row: unknown): AttemptRecord | undefined {
	const result = v.safeParse(attemptSchema, row);
	return result.success ? (result.output as AttemptRecord) : undefined;
}

/** Why a row does not fit, in a line for the quarantine record (first problem, with its path). */
export function whyInvalid(row: unknown): string | undefined {
	const result = v.safeParse(attemptSchema, row);
	if (result.success) return undefined;
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	return `${path ? `${path}: ` : ''}${issue.message}${result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : ''}`;
}
