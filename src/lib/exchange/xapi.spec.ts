import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { DEFAULT_PASS_RULE } from '../domain/pass-rule';
import { ledgerEntry } from '../domain/scoring';
import type { DecisionInfo, OptionScore, ScoredOption } from '../domain/types';
import { attemptStatements, ids, stableUuid, statementsOf, VERBS, type StatementSources } from './xapi';

/** Learning Locker's statement validator: an empty list of warnings means a valid statement. */
const validate = (createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: (statement: unknown) => unknown[] }).default;

function option(id: string, base: OptionScore): ScoredOption {
	return { id, decisionId: id.slice(0, id.lastIndexOf('.')), text: `text of ${id}`, base, overrides: {} };
}
const a1 = option('V1.D1.1.a', { action: 'hold', verdict: 'best', critical: false, rationale: 'r' });
const b1 = option('V1.D1.1.b', { action: 'disclose', verdict: 'error', kind: 'over', critical: true, rationale: 'r' });
const a2 = option('V1.D1.2.a', { action: 'disclose', verdict: 'best', critical: false, rationale: 'r' });
const decisions: DecisionInfo[] = [
	{ id: 'V1.D1.1', title: 'First', options: [a1, b1] },
	{ id: 'V1.D1.2', title: 'Second', options: [a2] }
];
const sources: StatementSources = { actor: { name: null, homePage: 'https://example.org/' }, vignette: () => ({ title: 'Dana', decisions }), passRule: DEFAULT_PASS_RULE };

const attempt: AttemptRecord = {
	id: '0b7c1f0e-1d2a-4c55-9f0e-0d1c2b3a4f5e',
	caseId: 'dana',
	contentHash: 'h',
	storyVersion: '2.0.0',
	profile: null,
	schemaVersion: 2,
	mode: 'assessment',
	practice: null,
	status: 'completed',
	phase: 'ended',
	startedAt: Date.UTC(2026, 0, 1, 10),
	updatedAt: Date.UTC(2026, 0, 1, 10, 5),
	completedAt: Date.UTC(2026, 0, 1, 10, 5),
	inkState: null,
	choiceLog: [
		{ choiceId: 'V1.D1.1.b', at: Date.UTC(2026, 0, 1, 10, 1) },
		{ choiceId: 'go-on', at: Date.UTC(2026, 0, 1, 10, 2) },
		{ choiceId: 'V1.D1.2.a', at: Date.UTC(2026, 0, 1, 10, 4) }
	],
	transcript: [],
	passageStart: 0,
	ledger: [ledgerEntry(b1), ledgerEntry(a2)],
	revision: 4
};

describe('xAPI statements', () => {
	const statements = attemptStatements(attempt, sources);

	it('initialized, one answered per decision, completed, then passed or failed', () => {
		expect(statements.map((s) => (s['verb'] as { id: string }).id)).toEqual([VERBS.initialized, VERBS.answered, VERBS.answered, VERBS.completed, VERBS.failed]);
	});
	it('every statement is valid xAPI (Learning Locker validation)', () => {
		for (const s of statements) expect(validate(s)).toEqual([]);
		// ...and the validator does refuse a broken one.
		expect(validate({ ...statements[1], result: { ...(statements[1]!['result'] as object), duration: '90 seconds' } })).not.toEqual([]);
	});
	it('a decision carries the response, success and the scoring as result extensions, with stable activity ids', () => {
		const answered = statements[1]!;
		expect(answered['object']).toMatchObject({ id: ids.decision('dana', 'V1.D1.1'), definition: { interactionType: 'choice', correctResponsesPattern: ['V1.D1.1.a'] } });
		expect(answered['result']).toEqual({
			response: 'V1.D1.1.b',
			success: false,
			duration: 'PT1M0S',
			extensions: {
				'urn:confide:extension:action': 'disclose',
				'urn:confide:extension:verdict': 'error',
				'urn:confide:extension:error-kind': 'over',
				'urn:confide:extension:critical': true
			}
		});
		expect(answered['context']).toMatchObject({ registration: attempt.id, contextActivities: { other: [{ id: ids.option('dana', 'V1.D1.1.b') }] } });
	});
	it('the attempt statements carry the score, profile and mode', () => {
		expect(statements[4]!['result']).toMatchObject({ success: false, score: { scaled: 0.5, raw: 2, min: 0, max: 4 } });
		expect((statements[0]!['context'] as { extensions: Record<string, unknown> }).extensions['urn:confide:extension:mode']).toBe('assessment');
	});
	it('ids are stable (the same attempt gives the same ids) and distinct', () => {
		expect(attemptStatements(attempt, sources).map((s) => s.id)).toEqual(statements.map((s) => s.id));
		expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
		expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
	it('while the build has unreviewed content, every statement carries the review notice; the ids stay the same', () => {
		const notice = 'Not yet reviewed by a licensed clinician or attorney. Educational simulation, not legal advice.';
		const noticed = attemptStatements(attempt, { ...sources, notice });
		for (const s of noticed) {
			expect((s['context'] as { extensions: Record<string, unknown> }).extensions['urn:confide:extension:review-notice']).toBe(notice);
			expect(validate(s)).toEqual([]);
		}
		expect(noticed.map((s) => s.id)).toEqual(statements.map((s) => s.id));
		// A reviewed build's statements have no such extension.
		for (const s of statements) expect((s['context'] as { extensions: Record<string, unknown> }).extensions).not.toHaveProperty('urn:confide:extension:review-notice');
	});
	it('a practice run is marked as practice and never passed or failed', () => {
		const practice = attemptStatements({ ...attempt, id: '1b7c1f0e-1d2a-4c55-9f0e-0d1c2b3a4f5e', practice: { of: attempt.id, fromDecision: 'V1.D1.2' } }, sources);
		expect(practice.map((s) => (s['verb'] as { id: string }).id)).not.toContain(VERBS.failed);
		for (const s of practice) {
			expect(s['context']).toMatchObject({ contextActivities: { category: [{ id: ids.practice }] } });
			expect(validate(s)).toEqual([]);
		}
	});
	it('an unfinished attempt has no completion yet; attempts come oldest first', () => {
		const open = { ...attempt, id: 'x', phase: 'choosing' as const, completedAt: null, startedAt: 0 };
		const all = statementsOf([attempt, open], { ...sources, actor: { name: 'Sam', homePage: 'https://example.org/' } });
		expect(all[0]!['context']).toMatchObject({ registration: stableUuid('registration:x') });
		expect(all.filter((s) => (s['verb'] as { id: string }).id === VERBS.completed)).toHaveLength(1);
		for (const s of all) expect(validate(s)).toEqual([]);
	});
	it('inside an LMS package, the learner the LMS named is the actor of every statement', () => {
		const agent = { objectType: 'Agent', name: 'Sam Student', account: { homePage: 'https://lms.example.edu/', name: 'sam-42' } };
		const all = statementsOf([attempt], { ...sources, actor: { name: 'typed name', homePage: 'https://example.org/', agent } });
		for (const s of all) {
			expect(s['actor']).toEqual(agent);
			expect(validate(s)).toEqual([]);
		}
	});
});
