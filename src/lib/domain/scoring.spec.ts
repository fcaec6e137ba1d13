import { describe, expect, it } from 'vitest';
import { bucketOf, buildDebrief, countLedger, ledgerEntry, processCall, reviewDecision, type LedgerEntry } from './scoring';
import { verdictLabel } from '../content/labels';
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

describe('processCall and its label (CONTENT.md 2.2: "right call, wrong way" or "wrong call, and the way made it worse")', () => {
	// A process error that discloses where the best option holds: the call itself was wrong.
	const wrongCall = option('V1.D1.1.d', { action: 'disclose', verdict: 'error', kind: 'process', critical: false, rationale: 'wrong call, made worse' });
	const first: DecisionInfo = { id: 'V1.D1.1', title: 'First', options: [a, b, c, wrongCall] };

	it('is right when the process error makes the best option’s call, wrong otherwise', () => {
		expect(processCall(c.base, first)).toBe('right');
		expect(processCall(wrongCall.base, first)).toBe('wrong');
	});
	it('is only for process errors with a known decision', () => {
		expect(processCall(a.base, first)).toBeUndefined();
		expect(processCall(b.base, first)).toBeUndefined();
		expect(processCall(c.base, undefined)).toBeUndefined();
	});
	it('follows the profile’s best option', () => {
		// Under tx the best of decision 2 becomes a hold: a disclosing process error would then be the wrong call.
		const d2p = option('V1.D1.2.d', { action: 'disclose', verdict: 'error', kind: 'process', critical: false, rationale: 'late' });
		const holdBest = option('V1.D1.2.e', { action: 'hold', verdict: 'acceptable', critical: false, rationale: 'hold' }, { tx: { verdict: 'best' } });
		const d2a2 = option('V1.D1.2.a', { action: 'disclose', verdict: 'best', critical: false, rationale: 'act' }, { tx: { verdict: 'acceptable' } });
		const second: DecisionInfo = { id: 'V1.D1.2', title: 'Second', options: [d2a2, d2p, holdBest] };
		expect(processCall(d2p.base, second)).toBe('right');
		expect(processCall(d2p.base, second, 'tx')).toBe('wrong');
	});
	it('reviews and labels carry it', () => {
		const review = reviewDecision(ledgerEntry(c), first);
		expect(review.call).toBe('right');
		expect(verdictLabel(review.chosen, review.call)).toBe('Critical error: process error (right call, wrong way)');
		expect(verdictLabel(wrongCall.base, processCall(wrongCall.base, first))).toBe('Error: process error (wrong call, and the way made it worse)');
		// Where the decision is not known (a retired one), the label says no more than the record.
		expect(verdictLabel(c.base)).toBe('Critical error: process error');
		expect(reviewDecision(ledgerEntry(a), first).call).toBeUndefined();
	});
});
