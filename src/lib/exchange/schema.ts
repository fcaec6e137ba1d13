/**
 * The strict schema of an imported progress file. It mirrors the row schema of db/schemas.ts
 * (a unit test checks the two list the same fields) but rejects unknown keys at every level and
 * caps every string and list, because an imported file is untrusted input.
 */
import * as v from 'valibot';
import { attemptMeaning, timeSchema as time } from '../db/attempt-meaning';
import { ATTEMPT_MODES, SCHEMA_VERSION } from '../domain/attempt';
import { ACTIONS, ERROR_KINDS, VERDICTS } from '../domain/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';

/** Caps: far above anything a real attempt reaches, low enough that a hostile file stays cheap. */
export const LIMITS = {
	attempts: 5000,
	transcript: 20_000,
	choices: 2000,
	text: 100_000,
	inkState: 5_000_000
} as const;

const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const id = v.pipe(text, v.minLength(1), v.maxLength(500));

const transcriptEntry = v.variant('kind', [
	v.strictObject({ kind: v.literal('text'), text }),
	v.strictObject({ kind: v.literal('choice'), text, choiceId: text })
]);

export const strictLedgerEntry = v.strictObject({
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

export const strictAttemptFields = v.strictObject({
	id,
	caseId: id,
	contentHash: text,
	storyVersion: text,
	profile: v.nullable(text),
	schemaVersion: v.literal(SCHEMA_VERSION),
	mode: v.picklist(ATTEMPT_MODES),
	practice: v.nullable(v.strictObject({ of: id, fromDecision: id })),
	status: v.picklist(['active', 'completed', 'abandoned', 'superseded']),
	phase: v.picklist(['setting', 'choosing', 'feedback', 'ended']),
	startedAt: time,
	updatedAt: time,
	completedAt: v.nullable(time),
	inkState: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.inkState))),
	choiceLog: v.pipe(v.array(v.strictObject({ choiceId: text, at: time })), v.maxLength(LIMITS.choices)),
	transcript: v.pipe(v.array(transcriptEntry), v.maxLength(LIMITS.transcript)),
	passageStart: v.pipe(v.number(), v.integer(), v.minValue(0)),
	ledger: v.pipe(v.array(strictLedgerEntry), v.maxLength(LIMITS.choices)),
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	edited: v.optional(v.literal(true))
});

/** An imported attempt: the strict shape, then the same meaning a stored row must have. */
export const strictAttempt = v.pipe(strictAttemptFields, attemptMeaning());

export const exportFileSchema = v.strictObject({
	format: v.literal(EXPORT_FORMAT),
	version: v.literal(EXPORT_VERSION),
	// The review notice: optional (older files and reviewed builds have none), any wording, capped.
	notice: v.optional(v.pipe(v.string(), v.maxLength(1000))),
	exportedAt: v.pipe(v.string(), v.maxLength(64), v.isoTimestamp()),
	app: v.pipe(v.string(), v.maxLength(200)),
	// The same cap as the trainee setting, so an imported name can be stored.
	trainee: v.nullable(v.pipe(v.string(), v.maxLength(200))),
	attempts: v.pipe(
		v.array(v.strictObject({ attempt: strictAttempt, integrity: v.pipe(v.string(), v.maxLength(64)) })),
		v.maxLength(LIMITS.attempts)
	)
});
