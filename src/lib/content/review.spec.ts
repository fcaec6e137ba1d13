import { describe, expect, it } from 'vitest';
import type { ProfileInfo } from '../domain/types';
import {
	PRACTICE_ONLY_LABEL,
	REVIEW_NOTICE,
	attemptReviewStatus,
	practiceOnlyCheck,
	practiceOnlyLeftOut,
	reviewNotice,
	reviewStatus
} from './review';

const profile = (id: string, practiceOnly = false): ProfileInfo => ({ id, label: id.toUpperCase(), practiceOnly, setting: [], jurisdictions: [] });

describe('the review notice', () => {
	it('is worded exactly as the content brief has it', () => {
		expect(REVIEW_NOTICE).toBe('Not yet reviewed by a licensed clinician or attorney. Educational simulation, not legal advice.');
		expect(PRACTICE_ONLY_LABEL).toBe('Practice only: not recorded');
	});

	it('applies while any vignette is reviewed: none, and not once every one has a date', () => {
		expect(reviewNotice([{ reviewed: '2026-11-01' }, { reviewed: 'none' }])).toBe(REVIEW_NOTICE);
		expect(reviewNotice([{ reviewed: 'none' }])).toBe(REVIEW_NOTICE);
		expect(reviewNotice([{ reviewed: '2026-11-01' }, { reviewed: '2027-01-15' }])).toBeNull();
		// A build without vignettes has nothing unreviewed to warn of.
		expect(reviewNotice([])).toBeNull();
	});
});

describe('review status beside a content version', () => {
	it('names none as not yet reviewed and a date as reviewed on it', () => {
		expect(reviewStatus('none')).toBe('Not yet reviewed');
		expect(reviewStatus('2026-11-01')).toBe('Reviewed 2026-11-01');
	});

	it("states an attempt's review status only for the content this build ships", () => {
		const current = { contentHash: 'h2', reviewed: 'none' };
		expect(attemptReviewStatus({ contentHash: 'h2' }, current)).toBe('Not yet reviewed');
		expect(attemptReviewStatus({ contentHash: 'h1' }, current)).toBe('Review status not known (earlier content)');
		expect(attemptReviewStatus({ contentHash: 'h2' }, undefined)).toBe('Review status not known (earlier content)');
	});
});

describe('practice-only profiles', () => {
	const check = practiceOnlyCheck([
		{ id: 'jordan', profiles: [profile('ca'), profile('tx', true)] },
		{ id: 'dana', profiles: [] }
	]);

	it('names attempts under a practice-only profile of a vignette this build has', () => {
		expect(check({ caseId: 'jordan', profile: 'tx' })).toBe(true);
		expect(check({ caseId: 'jordan', profile: 'ca' })).toBe(false);
		// null is the primary profile (ca here).
		expect(check({ caseId: 'jordan', profile: null })).toBe(false);
		expect(check({ caseId: 'dana', profile: null })).toBe(false);
		expect(check({ caseId: 'retired', profile: 'tx' })).toBe(false);
	});

	it('says why such attempts are left out, in the singular and the plural', () => {
		expect(practiceOnlyLeftOut(1, 'certificate')).toMatch(/^1 attempt was made under a profile that is now practice only, so it is left out of this record:/);
		expect(practiceOnlyLeftOut(3, 'summary')).toMatch(/^3 attempts were made under a profile that is now practice only, so they are left out of this summary:/);
	});
});
