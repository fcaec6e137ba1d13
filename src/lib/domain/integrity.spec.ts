import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from './attempt';
import { attemptIntegrity, fnv1a64, formatCode, recordIntegrity, sameCode } from './integrity';

const attempt: AttemptRecord = {
	id: 'a1',
	caseId: 'dana',
	contentHash: 'h1',
	storyVersion: '1.0.0',
	profile: null,
	schemaVersion: 2,
	mode: 'learning',
	practice: null,
	status: 'completed',
	phase: 'ended',
	startedAt: 1000,
	updatedAt: 2000,
	completedAt: 2000,
	inkState: '{}',
	choiceLog: [{ choiceId: 'V1.D1.1.a', at: 1500 }],
	transcript: [{ kind: 'text', text: 'Hello' }],
	passageStart: 0,
	ledger: [{ decisionId: 'V1.D1.1', optionId: 'V1.D1.1.a', optionText: 'Ask', action: 'hold', verdict: 'best', critical: false, rationale: 'r' }],
	revision: 3
};

describe('integrity codes', () => {
	it('matches the published FNV-1a 64 test vectors', () => {
		expect(fnv1a64('')).toBe(0xcbf29ce484222325n);
		expect(fnv1a64('a')).toBe(0xaf63dc4c8601ec8cn);
		expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
	});

	it('formats 12 Crockford base32 characters in three groups', () => {
		expect(formatCode(0n)).toBe('0000-0000-0000');
		expect(formatCode(0xcbf29ce484222325n)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	});

	it('is stable for the same facts and ignores what a report does not state', () => {
		const code = attemptIntegrity(attempt);
		expect(attemptIntegrity(structuredClone(attempt))).toBe(code);
		expect(attemptIntegrity({ ...attempt, revision: 9, updatedAt: 5, inkState: null, transcript: [] })).toBe(code);
	});

	it('changes when a stated fact changes', () => {
		const code = attemptIntegrity(attempt);
		const edits: Partial<AttemptRecord>[] = [
			{ completedAt: 2001 },
			{ contentHash: 'h2' },
			{ mode: 'assessment' },
			{ profile: 'tx' },
			{ ledger: [{ ...attempt.ledger[0]!, verdict: 'error', kind: 'over' }] },
			{ choiceLog: [{ choiceId: 'V1.D1.1.b', at: 1500 }] }
		];
		for (const edit of edits) expect(attemptIntegrity({ ...attempt, ...edit }), JSON.stringify(edit)).not.toBe(code);
	});

	it('covers the trainee name and every attempt on a completion record', () => {
		const base = recordIntegrity('Sam', [attempt]);
		expect(recordIntegrity('Sam', [attempt])).toBe(base);
		expect(recordIntegrity('Sal', [attempt])).not.toBe(base);
		expect(recordIntegrity('Sam', [{ ...attempt, startedAt: 999 }])).not.toBe(base);
	});

	it('compares codes typed back with other case, spaces or hyphens', () => {
		expect(sameCode('7kq2 m0xd-9rta', '7KQ2-M0XD-9RTA')).toBe(true);
		expect(sameCode('7KQ2-M0XD-9RTB', '7KQ2-M0XD-9RTA')).toBe(false);
	});
});
