/**
 * What Confide says about its content's review (CONTENT.md header, 0.1 and 0.4 items 1-3): every
 * word of it lives here, with the pure rules for when it applies. No framework, no catalogue: the
 * callers pass the vignettes (catalogue entries or manifests' metadata) they are about.
 */
import { isPracticeOnly, isReviewed } from '../domain/profiles';
import type { StoryMeta } from '../domain/types';
import { plural } from '../plural';

/** The plain-words notice, exactly as the content brief words it. */
export const REVIEW_NOTICE = 'Not yet reviewed by a licensed clinician or attorney. Educational simulation, not legal advice.';

/**
 * The notice, while any vignette of the build is `reviewed: none` (one unreviewed vignette is
 * enough: catalogue, reports, exports and certificates speak for the build); null once every one
 * has a reviewer's date.
 */
export function reviewNotice(vignettes: readonly Pick<StoryMeta, 'reviewed'>[]): string | null {
	return vignettes.some((v) => !isReviewed(v)) ? REVIEW_NOTICE : null;
}

/** How a content version's review is named beside it: "Not yet reviewed", or "Reviewed" and the date a named reviewer signed. */
export function reviewStatus(reviewed: string): string {
	return isReviewed({ reviewed }) ? `Reviewed ${reviewed}` : 'Not yet reviewed';
}

/**
 * The review status of the content an attempt was played on. Only the content this build ships is
 * known: an attempt on an earlier version (another content hash) cannot say how that was reviewed.
 */
export function attemptReviewStatus(
	attempt: { contentHash: string },
	current: { contentHash: string; reviewed: string } | undefined
): string {
	return current && attempt.contentHash === current.contentHash ? reviewStatus(current.reviewed) : 'Review status not known (earlier content)';
}

/** The label a practice-only profile carries wherever it can be picked or is being played. */
export const PRACTICE_ONLY_LABEL = 'Practice only: not recorded';

/** Why a practice-only profile is not recorded, in one sentence. */
export const PRACTICE_ONLY_REASON =
	'This profile has not been reviewed by a licensed attorney or clinician for its state, so runs under it are never saved and never appear in exports, reports, certificates or class summaries.';

/** Said of attempts stored before their profile became practice only (content 1.x recorded them). */
export const PRACTICE_ONLY_STORED =
	"made before its profile became practice only: that profile's content has not been reviewed by a licensed attorney or clinician for its state, so the attempt is kept but never counts toward results, certificates or class summaries.";

/** Said when an assessment link or build meets a practice-only profile. */
export const PRACTICE_ONLY_NOT_ASSESSMENT =
	'Your link asks for assessment, but this profile is practice only: this run is not recorded and gives feedback after each decision, as in learning mode.';

/**
 * An attempt stored under a profile that this build marks practice only: a row from before it was
 * (content 1.x recorded Jordan's Texas-modelled runs). Such rows never count towards results.
 */
export type PracticeOnlyCheck = (attempt: { caseId: string; profile: string | null }) => boolean;

export function practiceOnlyCheck(vignettes: readonly Pick<StoryMeta, 'id' | 'profiles'>[]): PracticeOnlyCheck {
	const byId = new Map(vignettes.map((v) => [v.id, v]));
	return (attempt) => {
		const vignette = byId.get(attempt.caseId);
		return vignette ? isPracticeOnly(vignette, attempt.profile) : false;
	};
}

/** Why stored attempts under a practice-only profile are left out of a certificate or a summary. */
export function practiceOnlyLeftOut(count: number, where: 'certificate' | 'summary'): string {
	const place = where === 'certificate' ? 'this record' : 'this summary';
	return `${plural(count, 'attempt')} ${count === 1 ? 'was' : 'were'} made under a profile that is now practice only, so ${count === 1 ? 'it is' : 'they are'} left out of ${place}: that profile's content has not been reviewed by a licensed attorney or clinician for its state.`;
}
