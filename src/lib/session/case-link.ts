/**
 * What an instructor's link asks of a case page: a jurisdiction profile (`?profile=tx`) and
 * assessment mode (`?mode=assessment`, or a whole build made with CONFIDE_MODE=assessment).
 * Pure: the URL and the vignette's profiles in, the choices and a notice for anything unknown out.
 */
import type { AttemptMode, PracticeOrigin } from '../domain/attempt';
import type { ProfileInfo } from '../domain/types';

export interface CaseLink {
	/** A profile the link fixes, checked against the vignette; null when none (or an unknown one). */
	fixedProfile: string | null;
	/** A profile the link asked for that the vignette does not have (the page says which one is used instead, and why). */
	unknownProfile: string | null;
	mode: AttemptMode;
	/** "Practise decision N" from a report: `?practise=<attempt id>&from=<decision id>`. */
	practice: PracticeOrigin | null;
	/** Why part of the link was not followed, in plain words. */
	notices: string[];
}

/** The query keys of a practice link: a one-off request, taken off the address once read. */
export const PRACTICE_KEYS = ['practise', 'from'] as const;
const MAX_ID_LENGTH = 200;

/** `visitMode` is the visit's mode (visit-mode.ts: the build's, or an assessment link's for the whole visit). */
export function readCaseLink(query: URLSearchParams, profiles: readonly Pick<ProfileInfo, 'id' | 'label'>[], visitMode: AttemptMode = 'learning'): CaseLink {
	const notices: string[] = [];
	const requested = query.get('profile');
	let fixedProfile: string | null = null;
	let unknownProfile: string | null = null;
	if (requested !== null) {
		if (profiles.some((p) => p.id === requested)) fixedProfile = requested;
		else unknownProfile = requested;
	}
	const asked = query.get('mode');
	let mode: AttemptMode = visitMode;
	if (asked === 'assessment') mode = 'assessment';
	else if (asked !== null && asked !== 'learning')
		notices.push(`This link asks for a mode '${asked}' that Confide does not have, so the case gives feedback as usual.`);
	const of = query.get('practise');
	const from = query.get('from');
	const practice = of && from && of.length <= MAX_ID_LENGTH && from.length <= MAX_ID_LENGTH ? { of, fromDecision: from } : null;
	if ((of !== null || from !== null) && !practice) notices.push('This link asks to practice a decision but does not say which attempt and decision, so the case starts as usual.');
	return { fixedProfile, unknownProfile, mode, practice, notices };
}

/**
 * What the page says about a link's unknown profile once it knows the profile in use: which one,
 * and why (the attempt being resumed was started under it, or it is the vignette's default).
 */
export function unknownProfileNotice(
	requested: string,
	profiles: readonly Pick<ProfileInfo, 'id' | 'label'>[],
	inUse: string | null,
	resumed: boolean
): string {
	const asked = `This link asks for a jurisdiction profile '${requested}' that this case does not have, so it is not used`;
	const label = profiles.find((p) => p.id === inUse)?.label;
	if (!label) return `${asked}: the case uses its own setting.`;
	const why = resumed ? 'the profile your attempt in progress was started under' : inUse === profiles[0]?.id ? "the case's default" : 'the profile chosen on this page';
	return `${asked}: the case uses ${label}, ${why}.`;
}
