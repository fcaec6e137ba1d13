/**
 * What an LMS package was launched with, for every page of the launch. The LMS opens one page with
 * the launch's query (the standard, a fixed profile, a catalogue's vignettes, cmi5's parameters);
 * the trainee then moves between pages inside the package, whose addresses carry none of it. So the
 * launch page's query is kept for the tab's session and read back on the others (and on a reload).
 *
 * Which vignettes the package holds: a catalogue package names them at launch (`course=a,b,c`); a
 * one-vignette package launches on its case page, which is remembered, so its home page lists that
 * one only and every link on it opens.
 */
import type { CatalogueEntry } from '../ink/catalogue-types';
import { lmsStandardOf } from './lms-standard';

const LAUNCH_KEY = 'confide-package-launch';
const CASE_KEY = 'confide-package-case';

function read(key: string): string | null {
	try {
		return sessionStorage.getItem(key);
	} catch {
		// No session storage (a locked-down frame): the page's own address is all there is.
		return null;
	}
}

function keep(key: string, value: string) {
	try {
		sessionStorage.setItem(key, value);
	} catch {
		// As above.
	}
}

/** The launch's query: this page's when the LMS launched it, else the launch page's. */
export function launchQuery(here: URLSearchParams = new URLSearchParams(location.search)): URLSearchParams {
	if (lmsStandardOf(here) !== null) {
		keep(LAUNCH_KEY, here.toString());
		return here;
	}
	return new URLSearchParams(read(LAUNCH_KEY) ?? '');
}

/** A case page's query inside a package: its own, with the launch's fixed profile when it names none. */
export function packagePageQuery(own: URLSearchParams): URLSearchParams {
	const profile = launchQuery().get('profile');
	if (own.has('profile') || profile === null) return own;
	const merged = new URLSearchParams(own);
	merged.set('profile', profile);
	return merged;
}

/** Remembers the case page a one-vignette package was launched on. */
export function rememberPackageCase(caseId: string) {
	keep(CASE_KEY, caseId);
}

/**
 * The vignettes the package holds, in the catalogue's order: a catalogue's, as its launch names
 * them; else the one whose case page was launched; else (nothing known yet) `launched`, or all.
 */
export function packageVignettes<T extends Pick<CatalogueEntry, 'id'>>(all: readonly T[], launched?: string): readonly T[] {
	const named = launchQuery().get('course')?.split(',');
	const ids = named ?? [read(CASE_KEY) ?? launched].filter((id): id is string => !!id);
	const held = all.filter((entry) => ids.includes(entry.id));
	return held.length ? held : all;
}
