import { describe, expect, it } from 'vitest';
import { readCaseLink, unknownProfileNotice } from './case-link';

const PROFILES = [
	{ id: 'ca', label: 'Modelled on California' },
	{ id: 'tx', label: 'Modelled on Texas' }
];

describe('an instructor link to a case', () => {
	it('fixes a known profile and sets an unknown one aside', () => {
		expect(readCaseLink(new URLSearchParams('profile=tx'), PROFILES)).toMatchObject({ fixedProfile: 'tx', unknownProfile: null, notices: [] });
		expect(readCaseLink(new URLSearchParams('profile=ny'), PROFILES)).toMatchObject({ fixedProfile: null, unknownProfile: 'ny' });
	});

	it('says which profile is in use instead of an unknown one, and why', () => {
		expect(unknownProfileNotice('ny', PROFILES, 'tx', true)).toBe(
			"This link asks for a jurisdiction profile 'ny' that this case does not have, so it is not used: the case uses Modelled on Texas, the profile your attempt in progress was started under."
		);
		expect(unknownProfileNotice('ny', PROFILES, 'ca', false)).toMatch(/uses Modelled on California, the case's default\.$/);
		expect(unknownProfileNotice('ny', [], null, false)).toMatch(/the case uses its own setting\.$/);
	});

	it('keeps the visit mode, and an assessment link asks for assessment', () => {
		expect(readCaseLink(new URLSearchParams(''), PROFILES, 'assessment').mode).toBe('assessment');
		expect(readCaseLink(new URLSearchParams('mode=assessment'), PROFILES, 'learning').mode).toBe('assessment');
	});

	it('reads a practice link, and says so when one lacks its attempt or decision', () => {
		expect(readCaseLink(new URLSearchParams('practise=a1&from=V1.D1.2'), PROFILES).practice).toEqual({ of: 'a1', fromDecision: 'V1.D1.2' });
		const half = readCaseLink(new URLSearchParams('practise=a1'), PROFILES);
		expect(half.practice).toBeNull();
		expect(half.notices).toEqual([expect.stringContaining('does not say which attempt and decision')]);
		expect(readCaseLink(new URLSearchParams(`practise=${'x'.repeat(201)}&from=D`), PROFILES).practice).toBeNull();
	});
});
