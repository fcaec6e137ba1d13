import { describe, expect, it } from 'vitest';
import { blanketStrategies, checkAuthoringRules, justifyingClauses } from './authoring-rules';
import type { DecisionInfo, OptionScore, ScoredOption } from './types';

const option = (id: string, text: string, base: Partial<OptionScore>, overrides: ScoredOption['overrides'] = {}): ScoredOption => ({
	id,
	decisionId: id.slice(0, id.lastIndexOf('.')),
	text,
	base: { action: 'hold', verdict: 'error', kind: 'process', critical: false, rationale: 'r', cite: 'c', ...base } as OptionScore,
	overrides
});
const decision = (id: string, options: ScoredOption[]): DecisionInfo => ({ id, title: id, options });

// Two decisions balanced as the brief asks: one best hold, one best disclose, criticals on both sides.
const balanced = [
	decision('V1.D1.1', [
		option('V1.D1.1.b', 'Call 911 from the office now.', { action: 'disclose', verdict: 'error', kind: 'over', critical: true }),
		option('V1.D1.1.a', 'Ask her what she means by it.', { verdict: 'best', kind: undefined })
	]),
	decision('V1.D1.2', [
		option('V1.D1.2.b', 'Book her in for tomorrow morning.', { verdict: 'error', kind: 'under', critical: true }),
		option('V1.D1.2.c', 'Call her sister to drive her in.', { action: 'disclose', verdict: 'acceptable', kind: undefined }),
		option('V1.D1.2.a', 'Stay with her and call 911 now.', { action: 'disclose', verdict: 'best', kind: undefined })
	])
];

describe('justifying clauses', () => {
	it('finds whole-word clauses in any case, and not inside other words', () => {
		expect(justifyingClauses('Call him Because it helps')).toEqual(['because']);
		expect(justifyingClauses('Warn her, so that she knows')).toEqual(['so that']);
		expect(justifyingClauses("Say there's no need to worry")).toEqual(["there's no need"]);
		expect(justifyingClauses('Tell the sincere client')).toEqual([]);
	});
});

describe('blanket strategies (CONTENT.md 2.5)', () => {
	it('take the best-scoring option of one action at each decision and count a critical only when every such option is critical', () => {
		expect(blanketStrategies(balanced)).toEqual([
			{ action: 'hold', earned: 2, possible: 4, criticalAt: ['V1.D1.2'] },
			{ action: 'disclose', earned: 2, possible: 4, criticalAt: ['V1.D1.1'] }
		]);
	});
	it('prefer a non-critical option when scores tie', () => {
		const tie = [decision('V1.D1.1', [option('V1.D1.1.a', 'x', { critical: true, kind: 'under' }), option('V1.D1.1.b', 'y', {})])];
		expect(blanketStrategies(tie)[0]).toMatchObject({ earned: 0, criticalAt: [] });
	});
	it('score under a profile with its overrides', () => {
		const withProfile = [
			decision('V1.D1.1', [
				option('V1.D1.1.a', 'Ask.', { verdict: 'best', kind: undefined }, { tx: { verdict: 'error', kind: 'under', critical: true } }),
				option('V1.D1.1.b', 'Tell.', { action: 'disclose', kind: 'over' }, { tx: { verdict: 'best' } })
			])
		];
		expect(blanketStrategies(withProfile, 'tx').map((b) => [b.action, b.earned, b.criticalAt])).toEqual([
			['hold', 0, ['V1.D1.1']],
			['disclose', 2, []]
		]);
	});
});

describe('checkAuthoringRules', () => {
	it('finds nothing wrong with a balanced key', () => {
		const report = checkAuthoringRules({ decisions: balanced, visibleText: ['Check your state law.'] });
		expect(report.findings).toEqual([]);
		expect(report.bestActions).toBe('HD');
	});
	it('flags a gameable key: "always hold" above 60 % and never critical', () => {
		const holdy = [
			decision('V1.D1.1', [option('V1.D1.1.a', 'Ask her more.', { verdict: 'best', kind: undefined }), option('V1.D1.1.b', 'Call her boss.', { action: 'disclose', kind: 'over', critical: true })]),
			decision('V1.D1.2', [option('V1.D1.2.a', 'Keep it in.', { verdict: 'best', kind: undefined }), option('V1.D1.2.b', 'Call police.', { action: 'disclose', kind: 'over' })])
		];
		const rules = checkAuthoringRules({ decisions: holdy }).findings.map((f) => f.rule);
		expect(rules).toEqual(expect.arrayContaining(['blanket-share', 'blanket-critical', 'critical-under']));
	});
	it('measures lengths from the mean and names the longest-best decisions', () => {
		const report = checkAuthoringRules({ decisions: balanced });
		expect(report.lengths[0]).toMatchObject({ decisionId: 'V1.D1.1', min: 29, max: 29, bestIsLongest: true, bestPosition: 2 });
		expect(report.lengths[1]!.bestPosition).toBe(3);
	});
	it('flags retired ids and reviewer hedges', () => {
		const report = checkAuthoringRules({ decisions: balanced, retired: new Set(['V1.D1.2.c']), visibleText: ['Check (verify by state).'] });
		expect(report.findings.map((f) => [f.rule, f.id])).toEqual([
			['retired-id', 'V1.D1.2.c'],
			['reviewer-hedge', undefined]
		]);
	});
});
