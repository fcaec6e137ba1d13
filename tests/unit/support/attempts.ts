/** Attempt records for unit tests: one hand-made sample and fast-check arbitraries of valid ones. */
import fc from 'fast-check';
import { ATTEMPT_MODES, SCHEMA_VERSION, type AttemptRecord } from '../../../src/lib/domain/attempt';
import type { LedgerEntry } from '../../../src/lib/domain/scoring';
import { ACTIONS, ERROR_KINDS, VERDICTS } from '../../../src/lib/domain/types';

export function sampleAttempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
	return {
		id: 'a1',
		caseId: 'dana',
		contentHash: 'h1',
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: SCHEMA_VERSION,
		mode: 'learning',
		practice: null,
		status: 'completed',
		phase: 'ended',
		startedAt: 1_700_000_000_000,
		updatedAt: 1_700_000_600_000,
		completedAt: 1_700_000_600_000,
		inkState: '{"flows":{}}',
		choiceLog: [{ choiceId: 'V1.D1.1.a', at: 1_700_000_100_000 }],
		transcript: [
			{ kind: 'text', text: 'Some mornings I wish I would not wake up.' },
			{ kind: 'choice', text: 'Ask directly.', choiceId: 'V1.D1.1.a' }
		],
		passageStart: 2,
		ledger: [
			{ decisionId: 'V1.D1.1', optionId: 'V1.D1.1.a', optionText: 'Ask directly.', action: 'hold', verdict: 'best', critical: false, rationale: 'r', cite: 'c' }
		],
		revision: 3,
		...overrides
	};
}

// Any text, with the awkward cases made likely: quotes, markup, formula starters, newlines,
// astral characters and lone surrogates.
const awkward = fc.constantFrom('=SUM(A1)', '+1', '-2', '@x', '\tTab', '\rCR', 'a,"b"\nc', '<img src=x onerror=window.__xss=1>', '😀 é', '\ud800', '__proto__');
const anyText = fc.oneof(fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 6 }), awkward);
const idText = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const ledgerEntry: fc.Arbitrary<LedgerEntry> = fc
	.record({
		decisionId: idText,
		optionId: idText,
		optionText: anyText,
		action: fc.constantFrom(...ACTIONS),
		verdict: fc.constantFrom(...VERDICTS),
		kind: fc.constantFrom(...ERROR_KINDS),
		critical: fc.boolean(),
		rationale: anyText,
		cite: fc.option(anyText, { nil: undefined })
	})
	.map(({ kind, cite, ...rest }) => ({
		...rest,
		// kind only on errors, cite only when given: the shapes the scorer writes.
		...(rest.verdict === 'error' ? { kind } : {}),
		...(cite === undefined ? {} : { cite })
	}));

const rawAttempt: fc.Arbitrary<AttemptRecord> = fc.record({
	id: idText,
	caseId: fc.constantFrom('dana', 'jordan', 'eleanor', 'maya', 'tiny'),
	contentHash: idText,
	storyVersion: fc.constantFrom('1.0.0', '1.1.0'),
	profile: fc.option(idText, { nil: null }),
	schemaVersion: fc.constant(SCHEMA_VERSION),
	mode: fc.constantFrom(...ATTEMPT_MODES),
	practice: fc.option(fc.record({ of: idText, fromDecision: idText }), { nil: null }),
	status: fc.constantFrom('active', 'completed', 'abandoned', 'superseded'),
	phase: fc.constantFrom('setting', 'choosing', 'feedback', 'ended'),
	startedAt: time,
	updatedAt: time,
	completedAt: fc.option(time, { nil: null }),
	inkState: fc.option(anyText, { nil: null }),
	choiceLog: fc.array(fc.record({ choiceId: idText, at: time }), { maxLength: 4 }),
	transcript: fc.array(
		fc.oneof(fc.record({ kind: fc.constant('text' as const), text: anyText }), fc.record({ kind: fc.constant('choice' as const), text: anyText, choiceId: idText })),
		{ maxLength: 4 }
	),
	passageStart: fc.nat({ max: 50 }),
	ledger: fc.array(ledgerEntry, { maxLength: 4 }),
	revision: fc.nat({ max: 1000 })
});

/**
 * Valid attempts: any values, made to mean something as the schemas ask (db/attempt-meaning.ts):
 * updated and completed no earlier than started, the passage within the transcript, no more
 * scored decisions than choices.
 */
export const attemptArbitrary: fc.Arbitrary<AttemptRecord> = rawAttempt.map((a) => ({
	...a,
	updatedAt: Math.max(a.updatedAt, a.startedAt),
	completedAt: a.completedAt === null ? null : Math.max(a.completedAt, a.startedAt),
	passageStart: Math.min(a.passageStart, a.transcript.length),
	ledger: a.ledger.slice(0, a.choiceLog.length)
}));

/** Attempts with distinct ids, as one device holds them. */
export const attemptsArbitrary = (maxLength = 6) => fc.uniqueArray(attemptArbitrary, { selector: (a) => a.id, maxLength });
