/**
 * The mode of a visit. An instructor's `?mode=assessment` link holds for the whole visit (this
 * tab's session), whatever link the trainee follows next, until a `?mode=learning` link replaces
 * it; an assessment build (CONFIDE_MODE=assessment) is always in assessment mode. Pure: the
 * page's query, what the visit stored and the build's mode in; the mode and what to store out.
 */
import type { AttemptMode } from '../domain/attempt';

/** The key under which the visit's mode is kept in sessionStorage. */
export const VISIT_MODE_KEY = 'confide.visit-mode';

export interface VisitMode {
	mode: AttemptMode;
	/** What the visit keeps from now on: 'assessment', or null for nothing. */
	store: 'assessment' | null;
}

export function visitMode(query: URLSearchParams, stored: string | null, buildMode: AttemptMode): VisitMode {
	const asked = query.get('mode');
	const store = asked === 'assessment' ? 'assessment' : asked === 'learning' ? null : stored === 'assessment' ? 'assessment' : null;
	return { mode: buildMode === 'assessment' || store === 'assessment' ? 'assessment' : 'learning', store };
}
