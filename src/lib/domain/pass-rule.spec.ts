import { describe, expect, it } from 'vitest';
import { passResult, passVerdictText } from './pass-rule';

const best = { verdict: 'best', critical: false } as const;
const ok = { verdict: 'acceptable', critical: false } as const;
const bad = { verdict: 'error', critical: false } as const;
const critical = { verdict: 'error', critical: true } as const;

describe('passResult', () => {
	it('passes at 75 % of points with no critical error, and not below', () => {
		expect(passResult([best, ok], 2)).toMatchObject({ passed: true, earned: 3, possible: 4, percent: 75 });
		expect(passResult([best, ok, ok, best], 4).passed).toBe(true); // 6 of 8
		expect(passResult([best, ok, ok, ok], 4)).toMatchObject({ passed: false, percent: 62 }); // 5 of 8
	});
	it('never passes with a critical error, whatever the points', () => {
		expect(passResult([best, best, best, critical], 4)).toMatchObject({ passed: false, earned: 6, critical: 1 });
	});
	it('counts decisions not reached as earning nothing', () => {
		expect(passResult([best], 2).passed).toBe(false);
	});
	it('follows a build that sets another share', () => {
		expect(passResult([best, ok, ok, ok], 4, { minPercent: 60, noCritical: true }).passed).toBe(true);
		expect(passResult([best, best, best, bad], 4, { minPercent: 100, noCritical: true }).passed).toBe(false);
	});
	it('says why, plainly', () => {
		expect(passVerdictText(passResult([best, ok], 2))).toBe('Passed: 3 of 4 points (75 %), no critical error.');
		expect(passVerdictText(passResult([critical, bad], 2))).toBe('Completed, not passed: a critical error and 0 of 4 points (0 %), under 75 %.');
	});
});
