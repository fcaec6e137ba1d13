import { describe, expect, it } from 'vitest';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import type { AttemptRecord } from '../domain/attempt';
import type { LedgerEntry } from '../domain/scoring';
import { overallTotals, TOTALS_ORDER } from './overall-totals';
import { groupAttempts, type CaseInfo } from './progress-view';

const profile = (id: string, label: string, practiceOnly = false) => ({ id, label, practiceOnly, setting: [], jurisdictions: [] });
const CASES: CaseInfo[] = [
	{ id: 'jordan', vignette: 2, title: 'Jordan', profiles: [profile('ca', 'California'), profile('tx', 'Texas', true)], version: '2.0.0' },
	{ id: 'dana', vignette: 1, title: 'Dana', profiles: [], version: '2.0.0' },
	{ id: 'eleanor', vignette: 3, title: 'Eleanor', profiles: [], version: '2.0.0' }
];

const entry = (verdict: LedgerEntry['verdict'], action: LedgerEntry['action'], kind?: LedgerEntry['kind'], critical = false): LedgerEntry => ({
	decisionId: 'd',
	optionId: 'o',
	optionText: 't',
	action,
	verdict,
	...(kind ? { kind } : {}),
	critical,
	rationale: 'r'
});
const BREACH = entry('best', 'disclose');
const HOLD = entry('acceptable', 'hold');
const MISSED = entry('error', 'hold', 'under', true);
const UNWARRANTED = entry('error', 'disclose', 'over');
const PROCESS = entry('error', 'hold', 'process', true);

const completed = (id: string, caseId: string, completedAt: number, ledger: LedgerEntry[], over: Partial<AttemptRecord> = {}) =>
	sampleAttempt({ id, caseId, storyVersion: '2.0.0', startedAt: completedAt - 50, updatedAt: completedAt, completedAt, ledger, ...over });
// Stands in for the replay (session/score-check.ts): this build has content 2.0.0, and an attempt
// whose id starts with 'forged' has scores its choices do not earn.
const earnedHere = (a: AttemptRecord) => a.storyVersion === '2.0.0' && !a.id.startsWith('forged');
const totalsOf = (attempts: AttemptRecord[]) => overallTotals(groupAttempts(attempts, CASES), CASES, earnedHere);
const countedIds = (t: ReturnType<typeof overallTotals>) => t.vignettes.map((v) => [v.caseId, v.counted?.attempt.id ?? null]);

describe('overallTotals', () => {
	it('shows critical errors first, then the five counts in the order the debrief lists them', () => {
		expect(TOTALS_ORDER).toEqual(['critical', 'correct_breach', 'correct_hold', 'missed_breach', 'unwarranted_breach', 'process_error']);
	});

	it('counts the latest completed attempt of each vignette: by completion, not by start', () => {
		const t = totalsOf([
			completed('first', 'dana', 100, [MISSED]),
			// Started before 'first', finished after it: the latest completed.
			completed('long', 'dana', 300, [BREACH, HOLD], { startedAt: 10 }),
			completed('middle', 'dana', 200, [UNWARRANTED])
		]);
		expect(countedIds(t)).toEqual([
			['dana', 'long'],
			['jordan', null],
			['eleanor', null]
		]);
		expect(t.vignettes[0]!.counted!.counts).toMatchObject({ correct_breach: 1, correct_hold: 1, missed_breach: 0, unwarranted_breach: 0 });
	});

	it('never counts practice runs, practice-only profiles, or unfinished, abandoned and superseded attempts, however late', () => {
		const t = totalsOf([
			completed('counts', 'dana', 100, [BREACH]),
			sampleAttempt({ id: 'open', caseId: 'dana', startedAt: 500, updatedAt: 600, completedAt: null, status: 'active', ledger: [MISSED] }),
			sampleAttempt({ id: 'left', caseId: 'dana', startedAt: 700, updatedAt: 800, completedAt: null, status: 'abandoned', ledger: [MISSED] }),
			sampleAttempt({ id: 'replaced', caseId: 'dana', startedAt: 900, updatedAt: 950, completedAt: null, status: 'superseded', ledger: [MISSED] }),
			completed('practice', 'dana', 1000, [MISSED], { practice: { of: 'counts', fromDecision: 'd' } }),
			// Jordan: only a completed attempt under Texas, now practice only, and a practice run under California.
			completed('texas', 'jordan', 400, [UNWARRANTED], { profile: 'tx' }),
			completed('jordan-practice', 'jordan', 500, [PROCESS], { profile: 'ca', practice: { of: 'x', fromDecision: 'd' } })
		]);
		expect(countedIds(t)).toEqual([
			['dana', 'counts'],
			['jordan', null],
			['eleanor', null]
		]);
		expect(t.completed).toBe(1);
		expect(t.totals).toEqual({ correct_breach: 1, correct_hold: 0, missed_breach: 0, unwarranted_breach: 0, process_error: 0, critical: 0 });
	});

	it('totals the attempts that count, under- and over-protection apart, critical errors on top of their buckets; N of M completed', () => {
		const t = totalsOf([
			completed('dana-old', 'dana', 100, [PROCESS, PROCESS, PROCESS]),
			completed('dana', 'dana', 200, [BREACH, MISSED, PROCESS, HOLD]),
			completed('jordan', 'jordan', 150, [UNWARRANTED, UNWARRANTED, BREACH, HOLD], { profile: 'ca' })
		]);
		expect(countedIds(t)).toEqual([
			['dana', 'dana'],
			['jordan', 'jordan'],
			['eleanor', null]
		]);
		expect(t.totals).toEqual({ correct_breach: 2, correct_hold: 2, missed_breach: 1, unwarranted_breach: 2, process_error: 1, critical: 2 });
		expect([t.completed, t.of]).toEqual([2, 3]);
		// The profile is named where the vignette offers a choice of them.
		expect(t.vignettes.map((v) => v.profile)).toEqual([null, 'California', null]);
		expect(t.leftOut).toBe(0);
	});

	it('counts what the certificate lists: an attempt whose result its choices do not earn, or made with other content, is left out and counted as such', () => {
		const t = totalsOf([
			completed('earned', 'dana', 100, [BREACH]),
			// Later, but its scores are not what its choices earn (edited outside Confide): the earlier one counts.
			completed('forged', 'dana', 200, [BREACH, BREACH, HOLD]),
			// Made with content this build does not have: its stored scores cannot be checked.
			completed('old-content', 'eleanor', 100, [MISSED], { storyVersion: '1.0.0' }),
			completed('retired', 'retired-case', 100, [UNWARRANTED, UNWARRANTED])
		]);
		expect(countedIds(t)).toEqual([
			['dana', 'earned'],
			['jordan', null],
			['eleanor', null]
		]);
		expect(t.totals).toMatchObject({ correct_breach: 1, correct_hold: 0, missed_breach: 0, unwarranted_breach: 0, critical: 0 });
		expect([t.completed, t.of]).toEqual([1, 3]);
		// Vignettes this build does not have are not in the totals, nor in what they leave out.
		expect(t.leftOut).toBe(2);
	});

	it('with no attempts, lists every vignette as not completed and totals zero', () => {
		const t = overallTotals([], CASES, earnedHere);
		expect(countedIds(t)).toEqual([
			['dana', null],
			['jordan', null],
			['eleanor', null]
		]);
		expect([t.completed, t.of, t.leftOut]).toEqual([0, 3, 0]);
		expect(Object.values(t.totals)).toEqual([0, 0, 0, 0, 0, 0]);
	});
});
