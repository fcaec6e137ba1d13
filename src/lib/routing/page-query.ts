/**
 * The query of the page being shown, wherever the build keeps it: in the URL's search on the
 * site (`/report/?attempt=x`), inside the hash in the copy that opens from disk, whose router
 * addresses pages by hash (`index.html#/report/?attempt=x`). Pure: a URL in, its query out.
 */
export function pageQuery(url: URL): URLSearchParams {
	if (url.hash.startsWith('#/')) {
		const route = url.hash.slice(1).split('#')[0] ?? '';
		const at = route.indexOf('?');
		if (at !== -1) return new URLSearchParams(route.slice(at + 1));
	}
	return url.searchParams;
}

/** A link to an app path (already resolve()d) with a query, in either kind of build. */
export function withQuery(resolvedPath: string, query: Record<string, string | null | undefined>): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) if (value != null) params.set(key, value);
	const text = params.toString();
	return text ? `${resolvedPath}?${text}` : resolvedPath;
}

/** The address of `url` without some of its page query's keys (in the search, or in the hash route). */
export function withoutQueryKeys(url: URL, keys: readonly string[]): string {
	const next = new URL(url.href);
	if (next.hash.startsWith('#/') && next.hash.includes('?')) {
		const [route = '', ...rest] = next.hash.slice(1).split('#');
		const at = route.indexOf('?');
		const query = new URLSearchParams(route.slice(at + 1));
		for (const key of keys) query.delete(key);
		const text = query.toString();
		next.hash = [`${route.slice(0, at)}${text ? `?${text}` : ''}`, ...rest].join('#');
	} else for (const key of keys) next.searchParams.delete(key);
	return next.href;
}
