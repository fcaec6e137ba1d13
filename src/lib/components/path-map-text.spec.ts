import { describe, expect, it } from 'vitest';
import { buildPathMap } from '../domain/path-map';
import type { DecisionInfo, OptionScore, ScoredOption } from '../domain/types';
import { describeStep, frequencyLabel } from './path-map-text';

const score = (s: Partial<OptionScore>): OptionScore => ({ action: 'hold', verdict: 'best', critical: false, rationale: 'r', cite: 'c', ...s });
const option = (id: string, text: string, base: OptionScore): ScoredOption => ({ id, decisionId: id.slice(0, -2), text, base, overrides: {} });
const decisions: DecisionInfo[] = [
	{
		id: 'V9.D9.1',
		title: 'She asks you to keep it secret',
		options: [
			option('V9.D9.1.a', 'Assess first.', score({})),
			option('V9.D9.1.b', 'Call her employer.', score({ action: 'disclose', verdict: 'error', kind: 'over' })),
			option('V9.D9.1.c', 'Wait and see.', score({ verdict: 'acceptable' }))
		]
	}
];
const manifest = { decisions, graph: { next: { start: ['V9.D9.1'], 'V9.D9.1.a': ['end'], 'V9.D9.1.b': ['end'], 'V9.D9.1.c': ['end'] } } };

describe('describeStep', () => {
	it('names the choice, its verdict and the best option when missed', () => {
		const [step] = buildPathMap(manifest, null, { chosen: ['V9.D9.1.b'] }).steps;
		expect(describeStep(step!)).toBe(
			'Decision 1 (D1), She asks you to keep it secret: you chose b, “Call her employer.” — Error: unwarranted breach (over-disclosure); best was a, “Assess first.”'
		);
	});

	it('says "acceptable, not best" and leaves the best out when it was chosen', () => {
		const map = buildPathMap(manifest, null, { chosen: ['V9.D9.1.c'] });
		expect(describeStep(map.steps[0]!)).toContain('— Acceptable, not best; best was a');
		const best = buildPathMap(manifest, null, { chosen: ['V9.D9.1.a'] });
		expect(describeStep(best.steps[0]!)).toBe('Decision 1 (D1), She asks you to keep it secret: you chose a, “Assess first.” — Best response');
	});

	it('gives the best option and the frequencies for an instructor', () => {
		const map = buildPathMap(manifest, null, { frequencies: { 'V9.D9.1.a': 3, 'V9.D9.1.b': 1 }, total: 4 });
		expect(describeStep(map.steps[0]!)).toBe(
			'Decision 1 (D1), She asks you to keep it secret: best is a, “Assess first.”; chosen: a 3 (75%), b 1 (25%), c 0 (0%)'
		);
		expect(frequencyLabel(map.decisions[0]!.options[0]!)).toBe('3 · 75%');
		expect(frequencyLabel(buildPathMap(manifest).decisions[0]!.options[0]!)).toBe('');
	});
});
