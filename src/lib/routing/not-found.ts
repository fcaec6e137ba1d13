/**
 * The page a static host serves for an address it has no file for (GitHub Pages, Netlify,
 * Cloudflare Pages and an S3 error document all look for `404.html` at the site's root, as
 * scripts/serve.js does). src/routes/404 prerenders it there: its route is `/404`, without a
 * trailing slash, so the file is `404.html` rather than `404/index.html`.
 */
export const NOT_FOUND_ROUTE = '/404';

/**
 * The not-found page as served at any depth (`/a/b/c/`): every page is prerendered with URLs
 * relative to its own folder (svelte.config.js, paths.relative), and this one's are relative to
 * the site's root (`./_app/…`, `./progress/`). They become root-relative under `base` (the base
 * path, '' or '/confide'). In tags' href and src only (text never holds a raw `<`): text, inline
 * styles and the CSP hashes over them are untouched.
 */
export function rootRelativeUrls(html: string, base: string): string {
	return html.replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/(\s(?:href|src)=")\.\//g, `$1${base}/`));
}
