/**
 * Pure rules of the service worker's cache (src/service-worker.ts), kept here so they are unit
 * tested: what each version's cache is called, which caches an activation deletes, and which
 * cached file answers a request.
 */

import { NOT_FOUND_ROUTE } from '../routing/not-found';

export const CACHE_PREFIX = 'confide-';

export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/**
 * The Confide caches to delete when `current` activates: all but `current` and the one activated
 * most recently before it (a tab may still run that version until it updates). Caches never
 * activated (a version that was replaced while waiting) go too. `activatedAt` maps cache names to
 * when their version became active.
 */
export function cachesToDelete(names: readonly string[], current: string, activatedAt: Readonly<Record<string, number>>): string[] {
	const others = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
	const activated = others.filter((name) => activatedAt[name] !== undefined);
	const previous = activated.sort((a, b) => (activatedAt[b] ?? 0) - (activatedAt[a] ?? 0))[0];
	return others.filter((name) => name !== previous);
}

/**
 * What a version's cache holds: every file of the build (`lists`: Kit's build, files and
 * prerendered paths), once each, except the not-found page. Kit lists that one by its route
 * (`<base>/404`), which hosts answer, if at all, with status 404 (they serve 404.html for unknown
 * addresses): one failed request fails the whole install, and no copy would work offline.
 */
export function precacheList(base: string, ...lists: readonly (readonly string[])[]): string[] {
	const notFound = `${base}${NOT_FOUND_ROUTE}`;
	return [...new Set(lists.flat())].filter((path) => path !== notFound);
}

/** The file a host serves for an unknown address (`404.html` at the site's root), which the copy keeps apart. */
export const notFoundFile = (base: string) => `${base}${NOT_FOUND_ROUTE}.html`;

export type PrecacheKey = { path: string; redirect?: undefined } | { redirect: string; path?: undefined };

/**
 * Which precached file answers a request for `pathname`: the file itself; or, for a page
 * navigation to `x` whose page is stored as `x/`, a redirect to `x/` (as the static host does;
 * with relative asset paths a page only works at its trailing-slash URL). Undefined otherwise.
 */
export function precacheKey(pathname: string, precached: ReadonlySet<string>, navigate: boolean): PrecacheKey | undefined {
	let path = pathname;
	try {
		path = decodeURI(pathname);
	} catch {
		// a malformed escape: look it up as it is
	}
	if (precached.has(path)) return { path };
	if (navigate && !path.endsWith('/') && precached.has(`${path}/`)) return { redirect: `${pathname}/` };
	return undefined;
}
