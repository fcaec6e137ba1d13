import { describe, expect, it } from 'vitest';
import { courseResult, decisionInteractions } from './course-result';
import { DEFAULT_PASS_RULE, parsePassRule } from './pass-rule';
import { ledgerEntry } from './scoring';
import type { DecisionInfo, OptionScore, ScoredOption } from './types';

function option(id: string, base: OptionScore, overrides: ScoredOption['overrides'] = {}): ScoredOption {
	return { id, decisionId: id.slice(0, id.lastIndexOf('.')), text: `text of ${id}`, base, overrides };
}
const best1 = option('V1.D1.1.a', { action: 'hold', verdict: 'best', critical: false, rationale: 'r' });
const crit1 = option('V1.D1.1.b', { action: 'disclose', verdict: 'error', kind: 'over', critical: true, rationale: 'r' });
const best2 = option('V1.D1.2.a', { action: 'disclose', verdict: 'best', critical: false, rationale: 'r' }, { tx: { verdict: 'acceptable' } });
const ok2 = option('V1.D1.2.c', { action: 'disclose', verdict: 'acceptable', critical: false, rationale: 'r' }, { tx: { verdict: 'best' } });
const err2 = option('V1.D1.2.b', { action: 'hold', verdict: 'error', kind: 'under', critical: false, rationale: 'r' });
const decisions: DecisionInfo[] = [
	{ id: 'V1.D1.1', title: 'First', options: [best1, crit1] },
	{ id: 'V1.D1.2', title: 'Second', options: [best2, err2, ok2] }
];

describe('parsePassRule', () => {
	it('defaults to 75 % with no critical error', () => {
		expect(parsePassRule(undefined)).toEqual(DEFAULT_PASS_RULE);
		expect(DEFAULT_PASS_RULE).toEqual({ minPercent: 75, noCritical: true });
	});
	it('reads a percentage, optionally letting a critical error pass', () => {
		expect(parsePassRule('60')).toEqual({ minPercent: 60, noCritical: true });
		expect(parsePassRule('100,critical-ok')).toEqual({ minPercent: 100, noCritical: false });
	});
	it.each(['', ' ', '101', '75%', 'abc', '75,maybe'])('refuses %j loudly (or defaults when empty)', (text) => {
		if (text === '') expect(parsePassRule(text)).toEqual(DEFAULT_PASS_RULE);
		else expect(() => parsePassRule(text)).toThrow(/pass rule/);
	});
});

describe('courseResult', () => {
	const input = (ledger: ReturnType<typeof ledgerEntry>[], ended = true, profile: string | null = null) => ({ ended, ledger, decisions, profile });

	it('passes a completed attempt with all best options', () => {
		expect(courseResult(input([ledgerEntry(best1), ledgerEntry(best2)]), DEFAULT_PASS_RULE)).toEqual({
			completion: 'completed',
			success: 'passed',
			raw: 4,
			max: 4,
			scaled: 1,
			critical: false
		});
	});
	it('scales the points: best 2, acceptable 1 (3 of 4 is exactly 75 %: passes)', () => {
		const r = courseResult(input([ledgerEntry(best1), ledgerEntry(ok2)]), DEFAULT_PASS_RULE);
		expect([r.raw, r.max, r.scaled, r.success]).toEqual([3, 4, 0.75, 'passed']);
	});
	it('fails below the minimum share of points', () => {
		const r = courseResult(input([ledgerEntry(best1), ledgerEntry(err2)]), DEFAULT_PASS_RULE);
		expect([r.scaled, r.success]).toEqual([0.5, 'failed']);
	});
	it('fails on a critical error whatever the points, unless the rule lets it pass', () => {
		const ledger = [ledgerEntry(crit1), ledgerEntry(best2)];
		expect(courseResult(input(ledger), DEFAULT_PASS_RULE).success).toBe('failed');
		expect(courseResult(input(ledger), { minPercent: 50, noCritical: false }).success).toBe('passed');
		expect(courseResult(input(ledger), DEFAULT_PASS_RULE).critical).toBe(true);
	});
	it('decides nothing before the vignette is completed', () => {
		const r = courseResult(input([ledgerEntry(best1)], false), DEFAULT_PASS_RULE);
		expect([r.completion, r.success, r.raw, r.max]).toEqual(['incomplete', 'unknown', 2, 4]);
	});
	it('scores under the attempt profile', () => {
		const r = courseResult(input([ledgerEntry(best1, 'tx'), ledgerEntry(ok2, 'tx')], true, 'tx'), DEFAULT_PASS_RULE);
		expect(r.raw).toBe(4);
	});
});

describe('decisionInteractions', () => {
	it('gives one interaction per decision, skipping narrative choices, with latency since the previous choice', () => {
		const attempt = {
			startedAt: 1000,
			choiceLog: [
				{ choiceId: 'V1.D1.1.b', at: 6000 },
				{ choiceId: 'carry-on', at: 8000 },
				{ choiceId: 'V1.D1.2.c', at: 20000 }
			],
			ledger: [ledgerEntry(crit1), ledgerEntry(ok2)]
		};
		const interactions = decisionInteractions(attempt, decisions, null);
		expect(interactions.map(({ entry: _entry, ...rest }) => rest)).toEqual([
			{ id: 'V1.D1.1', title: 'First', response: 'V1.D1.1.b', correct: 'V1.D1.1.a', result: 'incorrect', at: 6000, latencyMs: 5000 },
			{ id: 'V1.D1.2', title: 'Second', response: 'V1.D1.2.c', correct: 'V1.D1.2.a', result: 'neutral', at: 20000, latencyMs: 12000 }
		]);
	});
	it('names the best option under the profile, and a best choice as correct', () => {
		const attempt = { startedAt: 0, choiceLog: [{ choiceId: 'V1.D1.2.c', at: 10 }], ledger: [ledgerEntry(ok2, 'tx')] };
		const [only] = decisionInteractions(attempt, decisions, 'tx');
		expect([only?.correct, only?.result]).toEqual(['V1.D1.2.c', 'correct']);
	});
	it('fails loudly when the ledger and the log disagree', () => {
		expect(() => decisionInteractions({ startedAt: 0, choiceLog: [], ledger: [ledgerEntry(best1)] }, decisions, null)).toThrow(/choice log/);
	});
});
