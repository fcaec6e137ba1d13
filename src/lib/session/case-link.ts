/**
 * What an instructor's link asks of a case page: a jurisdiction profile (`?profile=tx`) and
 * assessment mode (`?mode=assessment`, or a whole build made with CONFIDE_MODE=assessment).
 * Pure: the URL and the vignette's profiles in, the choices and a notice for anything unknown out.
 */
import type { AttemptMode } from '../domain/attempt';
import type { ProfileInfo } from '../domain/types';

export interface CaseLink {
	/** A profile the link fixes, checked against the vignette; null when none (or an unknown one). */
	fixedProfile: string | null;
	mode: AttemptMode;
	/** Why part of the link was not followed, in plain words. */
	notices: string[];
}

/** `visitMode` is the visit's mode (visit-mode.ts: the build's, or an assessment link's for the whole visit). */
export function readCaseLink(query: URLSearchParams, profiles: readonly Pick<ProfileInfo, 'id' | 'label'>[], visitMode: AttemptMode = 'learning'): CaseLink {
	const notices: string[] = [];
	const requested = query.get('profile');
	let fixedProfile: string | null = null;
	if (requested !== null) {
		if (profiles.some((p) => p.id === requested)) fixedProfile = requested;
		else
			notices.push(
				`This link asks for a jurisdiction profile '${requested}' that this case does not have, so the case uses ${profiles[0] ? `its default, ${profiles[0].label}` : 'its own setting'}.`
			);
	}
	const asked = query.get('mode');
	let mode: AttemptMode = visitMode;
	if (asked === 'assessment') mode = 'assessment';
	else if (asked !== null && asked !== 'learning')
		notices.push(`This link asks for a mode '${asked}' that Confide does not have, so the case gives feedback as usual.`);
	return { fixedProfile, mode, notices };
}
