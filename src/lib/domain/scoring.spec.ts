import { describe, expect, it } from 'vitest';
import { bucketOf, buildDebrief, countLedger, ledgerEntry, type LedgerEntry } from './scoring';
import type { DecisionInfo, OptionScore, ScoredOption } from './types';

function option(id: string, base: OptionScore, overrides: ScoredOption['overrides'] = {}): ScoredOption {
	return { id, decisionId: id.slice(0, id.lastIndexOf('.')), text: `text of ${id}`, base, overrides };
}

const a = option('V1.D1.1.a', { action: 'hold', verdict: 'best', critical: false, rationale: 'assess', cite: 'APA 4.01' });
const b = option('V1.D1.1.b', { action: 'disclose', verdict: 'error', kind: 'over', critical: false, rationale: 'too soon' });
const c = option('V1.D1.1.c', { action: 'hold', verdict: 'error', kind: 'process', critical: true, rationale: 'no assessment', cite: 'SAFE-T' });
const d2a = option('V1.D1.2.a', { action: 'disclose', verdict: 'best', critical: false, rationale: 'act', cite: 'HIPAA 164.512(j)' });
const d2b = option('V1.D1.2.b', { action: 'hold', verdict: 'error', kind: 'under', critical: true, rationale: 'a miss', cite: 'Tarasoff' });
const d2c = option('V1.D1.2.c', { action: 'disclose', verdict: 'acceptable', critical: false, rationale: 'slower', cite: 'HIPAA' }, {
	tx: { verdict: 'error', kind: 'over', rationale: 'not to victims in tx' }
});
const decisions: DecisionInfo[] = [
	{ id: 'V1.D1.1', title: 'First', options: [a, b, c] },
	{ id: 'V1.D1.2', title: 'Second', options: [d2a, d2b, d2c] }
];

describe('bucketOf (CONTENT.md 2.1)', () => {
	it.each([
		[a, 'correct_hold'],
		[d2a, 'correct_breach'],
		[d2c, 'correct_breach'],
		[b, 'unwarranted_breach'],
		[d2b, 'missed_breach'],
		[c, 'process_error']
	] as const)('%# puts %s in the right bucket', (opt, bucket) => {
		expect(bucketOf(opt.base)).toBe(bucket);
	});
});

describe('countLedger', () => {
	it('counts a critical error in its kind and in critical', () => {
		const ledger = [ledgerEntry(c), ledgerEntry(d2b)];
		expect(countLedger(ledger)).toEqual({ correct_breach: 0, correct_hold: 0, missed_breach: 1, unwarranted_breach: 0, process_error: 1, critical: 2 });
	});
	it('counts an empty ledger as zeros', () => {
		expect(Object.values(countLedger([])).every((n) => n === 0)).toBe(true);
	});
});

describe('ledgerEntry under a profile', () => {
	it('applies the override of the attempt profile', () => {
		expect(ledgerEntry(d2c).verdict).toBe('acceptable');
		expect(ledgerEntry(d2c, 'tx')).toMatchObject({ verdict: 'error', kind: 'over', rationale: 'not to victims in tx', cite: 'HIPAA' });
	});
});

describe('buildDebrief', () => {
	it('lists critical errors first and names the best option when it was missed', () => {
		const ledger: LedgerEntry[] = [ledgerEntry(c), ledgerEntry(d2a)];
		const debrief = buildDebrief(ledger, decisions);
		expect(debrief.criticalErrors.map((r) => r.decisionId)).toEqual(['V1.D1.1']);
		expect(debrief.decisions[0]!.best).toEqual({ optionId: 'V1.D1.1.a', label: '1', text: 'text of V1.D1.1.a', rationale: 'assess', cite: 'APA 4.01' });
		expect(debrief.decisions[0]!.chosenLabel).toBe('3');
		expect(debrief.decisions[1]!.best).toBeUndefined();
		expect(debrief.points).toEqual({ earned: 2, possible: 4, cappedByCritical: true });
	});
	it("gives an option without a citation the best option's citation (CONTENT.md 0)", () => {
		const debrief = buildDebrief([ledgerEntry(b)], decisions);
		expect(debrief.decisions[0]!.cite).toBe('APA 4.01');
		expect(debrief.decisions[0]!.chosen.cite).toBeUndefined();
	});
	it('labels the chosen and best options by the order offered, and an option the content lost as null', () => {
		const offered: DecisionInfo[] = [{ id: 'V1.D1.1', title: 'First', options: [c, b, a] }];
		const [review] = buildDebrief([ledgerEntry(b)], offered).decisions;
		expect([review!.chosenLabel, review!.best?.label]).toEqual(['2', '3']);
		const retired = { ...ledgerEntry(b), optionId: 'V1.D1.1.z' };
		expect(buildDebrief([retired], offered).decisions[0]!.chosenLabel).toBeNull();
		expect(buildDebrief([{ ...retired, decisionId: 'V1.D1.9' }], offered).decisions[0]!.chosenLabel).toBeNull();
	});
	it('gives the best path full points and no critical errors', () => {
		const debrief = buildDebrief([ledgerEntry(a), ledgerEntry(d2a)], decisions);
		expect(debrief.counts).toMatchObject({ correct_hold: 1, correct_breach: 1, critical: 0 });
		expect(debrief.points).toEqual({ earned: 4, possible: 4, cappedByCritical: false });
	});
});
