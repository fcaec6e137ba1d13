import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { attemptIntegrity } from '../domain/integrity';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../exchange/format';
import { attemptExportFile, attemptExportName } from './attempt-export';

const attempt: AttemptRecord = {
	id: 'a1',
	caseId: 'dana',
	contentHash: 'h1',
	storyVersion: '1.0.0',
	profile: null,
	schemaVersion: 2,
	mode: 'learning',
	practice: null,
	status: 'active',
	phase: 'feedback',
	startedAt: 1,
	updatedAt: 2,
	completedAt: null,
	inkState: '{"flows":{}}',
	choiceLog: [{ choiceId: 'V1.D1.1.a', at: 2 }],
	transcript: [{ kind: 'choice', text: 'Ask directly.', choiceId: 'V1.D1.1.a' }],
	passageStart: 1,
	ledger: [{ decisionId: 'V1.D1.1', optionId: 'V1.D1.1.a', optionText: 'Ask directly.', action: 'hold', verdict: 'best', critical: false, rationale: 'r', cite: 'c' }],
	revision: 3
};

describe('attemptExportFile', () => {
	it('wraps the in-memory attempt as a one-attempt Confide export with its integrity code', () => {
		const now = Date.parse('2026-11-02T10:20:30.000Z');
		const file = attemptExportFile(attempt, { now, app: 'build-7', trainee: 'Sam K.' });
		expect(file).toEqual({
			format: EXPORT_FORMAT,
			version: EXPORT_VERSION,
			exportedAt: '2026-11-02T10:20:30.000Z',
			app: 'build-7',
			trainee: 'Sam K.',
			attempts: [{ attempt, integrity: attemptIntegrity(attempt) }]
		});
		// It survives the trip through JSON unchanged, and the code still matches.
		const back = JSON.parse(JSON.stringify(file)) as typeof file;
		expect(back.attempts[0]?.attempt).toEqual(attempt);
		expect(attemptIntegrity(back.attempts[0]!.attempt)).toBe(file.attempts[0]?.integrity);
		expect(file.attempts[0]?.integrity).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	});

	it('carries the review notice when the build has one', () => {
		const now = Date.parse('2026-11-02T10:20:30.000Z');
		const notice = 'Not yet reviewed by a licensed clinician or attorney. Educational simulation, not legal advice.';
		expect(attemptExportFile(attempt, { now, app: 'build-7', trainee: null, notice }).notice).toBe(notice);
		expect('notice' in attemptExportFile(attempt, { now, app: 'build-7', trainee: null, notice: null })).toBe(false);
	});

	it('names the file after the case and the day', () => {
		expect(attemptExportName(attempt, Date.parse('2026-11-02T23:59:00Z'))).toBe('confide-dana-2026-11-02.json');
	});
});
