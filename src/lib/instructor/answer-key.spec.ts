import { describe, expect, it } from 'vitest';
import { answerKey } from './answer-key';
import { MANIFEST } from '../../../tests/unit/support/instructor-demo';

describe('answer key', () => {
	const key = answerKey(MANIFEST);

	it('lists every decision and option under the primary profile', () => {
		expect(key.primary?.id).toBe('ca');
		expect(key.others.map((p) => p.id)).toEqual(['tx']);
		expect(key.decisions.map((d) => [d.id, d.options.map((o) => o.id)])).toEqual([
			['V7.D7.1', ['V7.D7.1.a', 'V7.D7.1.b', 'V7.D7.1.c']],
			['V7.D7.2', ['V7.D7.2.a', 'V7.D7.2.b']]
		]);
		expect(key.decisions[1]!.options[1]!.primary).toMatchObject({ verdict: 'error', kind: 'under', critical: true, rationale: 'r2b' });
	});

	it('lists options in the order the case offers them, labelled 1, 2, 3', () => {
		const [d1, d2] = MANIFEST.decisions;
		// Offered as c, a, b: the best option (a) is second on screen.
		const offered = answerKey({ ...MANIFEST, decisions: [{ ...d1!, options: [d1!.options[2]!, d1!.options[0]!, d1!.options[1]!] }, d2!] });
		expect(offered.decisions[0]!.options.map((o) => [o.label, o.id, o.primary.verdict])).toEqual([
			['1', 'V7.D7.1.c', 'error'],
			['2', 'V7.D7.1.a', 'best'],
			['3', 'V7.D7.1.b', 'error']
		]);
		expect(key.decisions[1]!.options.map((o) => o.label)).toEqual(['1', '2']);
	});

	it('shows a profile override beside the option it changes, and only there', () => {
		const [d1, d2] = key.decisions;
		expect(d1!.options.every((o) => o.overrides.length === 0)).toBe(true);
		expect(d2!.options[0]!.overrides).toEqual([
			{ profile: MANIFEST.meta.profiles[1], score: expect.objectContaining({ verdict: 'error', kind: 'over', rationale: 'tx r2a' }) }
		]);
		expect(d2!.options[1]!.overrides[0]!.score).toMatchObject({ verdict: 'best', critical: false, shownCite: 'tx', citeInherited: false });
	});

	it("gives an option without a citation the best option's, marked as inherited", () => {
		expect(key.decisions[0]!.options[1]!.primary).toMatchObject({ shownCite: 'APA 4.01', citeInherited: true });
		// An override that leaves the citation alone keeps the option's own.
		expect(key.decisions[1]!.options[0]!.overrides[0]!.score).toMatchObject({ shownCite: 'y', citeInherited: false });
	});

	it('works for a vignette without profiles', () => {
		const plain = answerKey({ ...MANIFEST, meta: { ...MANIFEST.meta, profiles: [] } });
		expect(plain.primary).toBeNull();
		expect(plain.decisions[1]!.options[0]!.overrides).toEqual([]);
		expect(plain.decisions[1]!.options[0]!.primary.verdict).toBe('best');
	});
});
