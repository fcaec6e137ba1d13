import { describe, expect, it } from 'vitest';
import { buildPathMap } from './path-map-layout';
import type { DecisionInfo, OptionScore, ScoredOption } from '../domain/types';
import { describeStep, frequencyLabel } from './path-map-text';

const score = (s: Partial<OptionScore>): OptionScore => ({ action: 'hold', verdict: 'best', critical: false, rationale: 'r', cite: 'c', ...s });
const option = (id: string, text: string, base: OptionScore): ScoredOption => ({ id, decisionId: id.slice(0, -2), text, base, overrides: {} });
/** Offered in the order b, c, a: the best option (id letter a) is the third on screen. */
const decisions: DecisionInfo[] = [
	{
		id: 'V9.D9.1',
		title: 'She asks you to keep it secret',
		options: [
			option('V9.D9.1.b', 'Call her employer.', score({ action: 'disclose', verdict: 'error', kind: 'over' })),
			option('V9.D9.1.c', 'Wait and see.', score({ verdict: 'acceptable' })),
			option('V9.D9.1.a', 'Assess first.', score({}))
		]
	}
];
const manifest = { decisions, graph: { next: { start: ['V9.D9.1'], 'V9.D9.1.a': ['end'], 'V9.D9.1.b': ['end'], 'V9.D9.1.c': ['end'] } } };

describe('describeStep', () => {
	it('names the choice, its verdict and the best option when missed', () => {
		const [step] = buildPathMap(manifest, null, { chosen: ['V9.D9.1.b'] }).steps;
		expect(describeStep(step!)).toBe(
			'Decision 1 (D1), She asks you to keep it secret: you chose option 1, “Call her employer.” — Error: unwarranted breach (over-disclosure); best was option 3, “Assess first.”'
		);
	});

	it('says "acceptable, not best" and leaves the best out when it was chosen', () => {
		const map = buildPathMap(manifest, null, { chosen: ['V9.D9.1.c'] });
		expect(describeStep(map.steps[0]!)).toContain('you chose option 2, “Wait and see.” — Acceptable, not best; best was option 3');
		const best = buildPathMap(manifest, null, { chosen: ['V9.D9.1.a'] });
		expect(describeStep(best.steps[0]!)).toBe('Decision 1 (D1), She asks you to keep it secret: you chose option 3, “Assess first.” — Best response');
	});

	it('gives the best option and the frequencies for an instructor', () => {
		const map = buildPathMap(manifest, null, { frequencies: { 'V9.D9.1.a': 3, 'V9.D9.1.b': 1 }, total: 4 });
		expect(describeStep(map.steps[0]!)).toBe(
			'Decision 1 (D1), She asks you to keep it secret: best is option 3, “Assess first.”; chosen: option 1 by 1 (25%), option 2 by 0 (0%), option 3 by 3 (75%)'
		);
		expect(frequencyLabel(map.decisions[0]!.options[2]!)).toBe('3 · 75%');
		expect(frequencyLabel(buildPathMap(manifest).decisions[0]!.options[0]!)).toBe('');
	});

	it('never names an option by its id or id letter', () => {
		const texts = [
			...['V9.D9.1.a', 'V9.D9.1.b', 'V9.D9.1.c'].map((id) => describeStep(buildPathMap(manifest, null, { chosen: [id] }).steps[0]!)),
			describeStep(buildPathMap(manifest, null, { frequencies: { 'V9.D9.1.a': 1 } }).steps[0]!)
		];
		for (const text of texts) {
			expect(text).not.toMatch(/V\d+\.D\d+\.\d+\.[a-z]/);
			// A lone letter standing for an option: "chose b", "was a,", "a 3 (75%)".
			expect(text).not.toMatch(/\b(?:chose|was|is) [a-z],|\b[a-z] \d+ \(/);
		}
	});
});
