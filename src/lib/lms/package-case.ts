/**
 * Inside an LMS package only one vignette's case page is shipped, yet the site's home page lists
 * the catalogue. The case page remembers its vignette for the tab's session, and the package's home
 * page lists that one only: every link on it opens.
 */
const KEY = 'confide-package-case';

export function rememberPackageCase(caseId: string) {
	try {
		sessionStorage.setItem(KEY, caseId);
	} catch {
		// No session storage (a locked-down frame): the home page lists the catalogue.
	}
}

/** The vignettes a package's home page lists: the package's own, once its case page was seen. */
export function packageCatalogue<T extends { id: string }>(all: readonly T[]): readonly T[] {
	let id: string | null = null;
	try {
		id = sessionStorage.getItem(KEY);
	} catch {
		id = null;
	}
	const own = all.filter((entry) => entry.id === id);
	return own.length ? own : all;
}
