/**
 * The visit's mode as a rune the layout keeps current (visit-mode.ts holds the rule): every page
 * shows it, and the home and case pages start attempts in it.
 */
import type { AttemptMode } from '../domain/attempt';
import { pageQuery } from '../routing/page-query';
import { VISIT_MODE_KEY, visitMode } from './visit-mode';

export const visit = $state<{ mode: AttemptMode }>({ mode: __CONFIDE_MODE__ });

function readStored(): string | null {
	try {
		return sessionStorage.getItem(VISIT_MODE_KEY);
	} catch {
		return null; // storage blocked: the link's own query still counts on this page
	}
}

/** Reads the page's link (and the visit so far) and keeps the result for the visit. */
export function followVisitMode(url: URL): AttemptMode {
	const next = visitMode(pageQuery(url), readStored(), __CONFIDE_MODE__);
	try {
		if (next.store) sessionStorage.setItem(VISIT_MODE_KEY, next.store);
		else sessionStorage.removeItem(VISIT_MODE_KEY);
	} catch {
		// storage blocked: the mode holds while this page is open
	}
	visit.mode = next.mode;
	return next.mode;
}
