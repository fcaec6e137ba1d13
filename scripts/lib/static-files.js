// Maps a request path to a file of a static build, as a static host does, and never to a file
// outside it. Shared by scripts/serve.js and the bench server.
import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/**
 * The file under `root` that serves `urlPath` ('/x/' -> 'x/index.html'), or undefined: not
 * found, outside root (`..`, encoded or not, or a sibling folder whose name starts like root's),
 * outside `base`, or a malformed path (bad percent-encoding, NUL byte).
 * @param {string} root
 * @param {string} urlPath
 * @param {string} [base] sub-path the site is served under, without a trailing slash
 * @returns {string | undefined}
 */
export function fileFor(root, urlPath, base = '') {
	const top = resolve(root);
	let path;
	try {
		path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
	} catch {
		return undefined;
	}
	if (path.includes('\0') || path.includes('\\')) return undefined;
	if (base) {
		if (path !== base && !path.startsWith(`${base}/`)) return undefined;
		path = path.slice(base.length) || '/';
	}
	const candidate = resolve(top, `.${path.startsWith('/') ? '' : '/'}${path}`);
	if (candidate !== top && !candidate.startsWith(top + sep)) return undefined;
	// Only a URL ending in '/' maps to a folder's index.html (relative asset paths depend on it).
	const file = path.endsWith('/') ? join(candidate, 'index.html') : candidate;
	try {
		return statSync(file).isFile() ? file : undefined;
	} catch {
		return undefined;
	}
}
