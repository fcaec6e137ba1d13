import { describe, expect, it } from 'vitest';
import { NOT_IN_VIGNETTE, optionLabel, optionLabels, optionName } from './option-labels';
import type { DecisionInfo, ScoredOption } from './types';

const option = (id: string): ScoredOption => ({
	id,
	decisionId: id.slice(0, id.lastIndexOf('.')),
	text: `text of ${id}`,
	base: { action: 'hold', verdict: id.endsWith('.a') ? 'best' : 'acceptable', critical: false, rationale: 'r' },
	overrides: {}
});
/** Offered in the order c, a, b: the best option (a) is second on screen. */
const d1: DecisionInfo = { id: 'V9.D9.1', title: 'One', options: ['V9.D9.1.c', 'V9.D9.1.a', 'V9.D9.1.b'].map(option) };
const d2: DecisionInfo = { id: 'V9.D9.2', title: 'Two', options: ['V9.D9.2.b', 'V9.D9.2.a'].map(option) };

describe('option labels', () => {
	it('follow the order the options are offered, not their id letters', () => {
		expect(d1.options.map((o) => optionLabel(d1, o.id))).toEqual(['1', '2', '3']);
		expect(optionLabel(d1, 'V9.D9.1.a')).toBe('2');
		expect([...optionLabels([d1, d2])]).toEqual([
			['V9.D9.1.c', '1'],
			['V9.D9.1.a', '2'],
			['V9.D9.1.b', '3'],
			['V9.D9.2.b', '1'],
			['V9.D9.2.a', '2']
		]);
	});

	it('give no label to an option or decision the content does not have', () => {
		expect(optionLabel(d1, 'V9.D9.1.z')).toBeNull();
		expect(optionLabel(d1, 'V9.D9.2.a')).toBeNull();
		expect(optionLabel(undefined, 'V9.D9.1.a')).toBeNull();
	});

	it('name an option in a sentence without its id', () => {
		expect(optionName('2')).toBe('option 2');
		expect(optionName(null)).toBe(`an option ${NOT_IN_VIGNETTE}`);
		expect(optionName(optionLabel(d1, 'V9.D9.1.z'))).not.toMatch(/V9|\.z\b/);
	});
});
