import { describe, expect, it } from 'vitest';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import type { LedgerEntry } from '../domain/scoring';
import { chartSummary, groupAttempts, profileLabel, statusLabel, type CaseInfo } from './progress-view';

const CASES: CaseInfo[] = [
	{ id: 'jordan', vignette: 2, title: 'Jordan', profiles: [{ id: 'ca', label: 'California', practiceOnly: false, setting: [], jurisdictions: [] }, { id: 'tx', label: 'Texas', practiceOnly: false, setting: [], jurisdictions: [] }] },
	{ id: 'dana', vignette: 1, title: 'Dana', profiles: [] }
];
const error = (kind: 'under' | 'over' | 'process', critical = false): LedgerEntry => ({
	decisionId: 'd',
	optionId: 'o',
	optionText: 't',
	action: kind === 'over' ? 'disclose' : 'hold',
	verdict: 'error',
	kind,
	critical,
	rationale: 'r'
});

describe('groupAttempts', () => {
	it('groups per vignette in catalogue order, unknown vignettes last, attempts oldest first', () => {
		const groups = groupAttempts(
			[
				sampleAttempt({ id: 'x', caseId: 'retired-case', startedAt: 1 }),
				sampleAttempt({ id: 'j2', caseId: 'jordan', startedAt: 20, profile: 'tx' }),
				sampleAttempt({ id: 'd1', caseId: 'dana', startedAt: 5 }),
				sampleAttempt({ id: 'j1', caseId: 'jordan', startedAt: 10 })
			],
			CASES
		);
		expect(groups.map((g) => [g.caseId, g.title, g.rows.map((r) => r.attempt.id)])).toEqual([
			['dana', 'Dana', ['d1']],
			['jordan', 'Jordan', ['j1', 'j2']],
			['retired-case', 'retired-case', ['x']]
		]);
		expect(groups[1]!.rows.map((r) => r.profileLabel)).toEqual(['California', 'Texas']);
	});

	it("hides an assessment's counts while it is in progress (they would give its verdicts away), never a learning attempt's or a finished one's", () => {
		const ledger = [error('process')];
		const [group] = groupAttempts(
			[
				sampleAttempt({ id: 'a-active', caseId: 'dana', startedAt: 1, mode: 'assessment', status: 'active', ledger }),
				sampleAttempt({ id: 'a-done', caseId: 'dana', startedAt: 2, mode: 'assessment', status: 'completed', completedAt: 3, ledger }),
				sampleAttempt({ id: 'a-set-aside', caseId: 'dana', startedAt: 3, mode: 'assessment', status: 'abandoned', ledger }),
				sampleAttempt({ id: 'l-active', caseId: 'dana', startedAt: 4, mode: 'learning', status: 'active', ledger })
			],
			CASES
		);
		expect(group!.rows.map((r) => [r.attempt.id, r.counts?.process_error ?? null])).toEqual([
			['a-active', null],
			['a-done', 1],
			['a-set-aside', 1],
			['l-active', 1]
		]);
		expect(group!.chart.map((p) => p.attemptId)).toEqual(['a-done']);
	});

	it('charts recorded, completed attempts in completion order; practice runs are listed apart', () => {
		const [group] = groupAttempts(
			[
				sampleAttempt({ id: 'late', completedAt: 300, ledger: [error('under'), error('under', true)] }),
				sampleAttempt({ id: 'early', startedAt: 2, completedAt: 100, ledger: [error('over'), error('process')] }),
				sampleAttempt({ id: 'open', status: 'active', completedAt: null, ledger: [error('over')] }),
				sampleAttempt({ id: 'gone', status: 'abandoned', completedAt: null }),
				sampleAttempt({ id: 'practice', practice: { of: 'early', fromDecision: 'd' }, completedAt: 200, ledger: [error('over')] })
			],
			CASES
		);
		expect(group!.chart).toEqual([
			{ attemptId: 'early', completedAt: 100, missed: 0, unwarranted: 1, process: 1 },
			{ attemptId: 'late', completedAt: 300, missed: 2, unwarranted: 0, process: 0 }
		]);
		expect(group!.practice.map((r) => [r.attempt.id, r.status])).toEqual([['practice', 'practice']]);
		expect(group!.rows.map((r) => r.status).sort()).toEqual(['abandoned', 'completed', 'completed', 'in progress']);
		expect(group!.rows.find((r) => r.attempt.id === 'late')!.counts).toMatchObject({ missed_breach: 2, critical: 1 });
	});

	it('lists attempts under a profile now practice only with the practice runs, labelled so, never charted', () => {
		const draft: CaseInfo[] = [{ ...CASES[0]!, profiles: CASES[0]!.profiles.map((p) => ({ ...p, practiceOnly: p.id === 'tx' })) }];
		const [group] = groupAttempts(
			[
				sampleAttempt({ id: 'ca', caseId: 'jordan', profile: 'ca', completedAt: 100 }),
				sampleAttempt({ id: 'tx', caseId: 'jordan', profile: 'tx', completedAt: 200, ledger: [error('over')] })
			],
			draft
		);
		expect(group!.rows.map((r) => r.attempt.id)).toEqual(['ca']);
		expect(group!.chart.map((p) => p.attemptId)).toEqual(['ca']);
		expect(group!.practice.map((r) => [r.attempt.id, r.status, r.profileLabel])).toEqual([['tx', 'practice only', 'Texas']]);
	});

	it('measures time on task as the report does: to completion, or to the last update while unfinished, breaks capped at 15 minutes', () => {
		const [group] = groupAttempts(
			[
				sampleAttempt({ id: 'a', startedAt: 1000, completedAt: 61_000, choiceLog: [] }),
				sampleAttempt({ id: 'b', startedAt: 2000, updatedAt: 12_000, completedAt: null, status: 'active', choiceLog: [] }),
				sampleAttempt({ id: 'c', startedAt: 0, completedAt: 3_600_000, choiceLog: [{ choiceId: 'x', at: 60_000 }] })
			],
			CASES
		);
		// Rows come oldest first.
		expect(group!.rows.map((r) => r.durationMs)).toEqual([60_000 + 15 * 60_000, 60_000, 10_000]);
	});
});

describe('labels', () => {
	it('names statuses and profiles plainly', () => {
		expect(statusLabel(sampleAttempt({ status: 'active' }))).toBe('in progress');
		expect(statusLabel(sampleAttempt({ status: 'superseded' }))).toBe('superseded');
		expect(statusLabel(sampleAttempt({ practice: { of: 'a', fromDecision: 'd' } }))).toBe('practice');
		expect(profileLabel(CASES[0], null)).toBe('California');
		expect(profileLabel(CASES[0], 'unknown')).toBe('unknown');
		expect(profileLabel(undefined, null)).toBe('The case’s own setting');
		expect(profileLabel(CASES[1], null), 'a vignette with no profiles').toBe('The case’s own setting');
	});

});

describe('chartSummary', () => {
	const point = (process: number) => ({ attemptId: `a${process}`, completedAt: 1, missed: 1, unwarranted: 0, process });
	it('counts in words, one or many', () => {
		expect(chartSummary([], 0)).toBe('No completed attempts to chart yet.');
		expect(chartSummary([point(2), point(1)], 2)).toBe('2 completed attempts. Latest: 1 missed, 0 unwarranted, 1 process error.');
		expect(chartSummary([point(0), point(3), point(2)], 2)).toBe('3 completed attempts, the latest 2 charted. Latest: 1 missed, 0 unwarranted, 2 process errors.');
	});
});
