/**
 * Whether a case page opens HTML-first (the prerendered content note, setting card and first
 * passage, usable before the app has loaded) or waits for the app to say what opens. It waits
 * when the page may resume something (this device played the vignette), and for a link with a
 * query or an assessment visit (instructor links, practice links, LMS launches), which the app
 * reads. opening-shell.js applies the same rule to the prerendered page; this is the app's copy,
 * for pages it renders itself (a navigation inside the app).
 */
import { VISIT_MODE_KEY } from '../session/visit-mode';

export type OpeningMode = 'shell' | 'wait';

/** localStorage key per vignette: 'resume' once an attempt at it was saved on this device. */
export const openingHintKey = (caseId: string) => `confide.opening.${caseId}`;

export const openingMode = (search: string, resumable: boolean, assessmentVisit: boolean): OpeningMode =>
	search || resumable || assessmentVisit ? 'wait' : 'shell';

function read(storage: () => Storage, key: string): string | null {
	try {
		return storage().getItem(key);
	} catch {
		return null;
	}
}

/** `search`: the page's query (the router's: during a navigation, location is still the last page's). */
export function browserOpeningMode(caseId: string, search: string): OpeningMode {
	return openingMode(search, read(() => localStorage, openingHintKey(caseId)) === 'resume', read(() => sessionStorage, VISIT_MODE_KEY) === 'assessment');
}

/** Kept current by the case page: whether the next visit may resume something. */
export function rememberResumable(caseId: string, resumable: boolean) {
	try {
		if (resumable) localStorage.setItem(openingHintKey(caseId), 'resume');
		else localStorage.removeItem(openingHintKey(caseId));
	} catch {
		// Storage blocked: the page then opens as the app decides, a moment later.
	}
}
