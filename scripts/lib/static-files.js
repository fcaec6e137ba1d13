// Maps a request path to a file of a static build, as a static host does, and never to a file
// outside it (not through `..`, not through a symbolic link); sends a file without ever throwing.
// Shared by scripts/serve.js and the bench server.
import { createReadStream, realpathSync, statSync } from 'node:fs';
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
		if (!statSync(file).isFile()) return undefined;
		// A symbolic link inside the build may point anywhere: only what really lies inside is served.
		const real = realpathSync(file);
		const realTop = realpathSync(top);
		return real.startsWith(realTop + sep) ? file : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Streams `file` as the response. Headers go out with the first bytes read, so a file that cannot
 * be read (removed by a rebuild between the look-up and the read: 404; unreadable: 500) gets a
 * plain answer, and a read that fails midway ends the response. Neither reaches the process as an
 * uncaught error, so the server keeps running.
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {Record<string, string>} headers
 * @param {number} [status] 404 for the not-found page
 */
export function sendFile(res, file, headers, status = 200) {
	const stream = createReadStream(file);
	const head = () => res.headersSent || res.writeHead(status, headers);
	stream.on('data', (chunk) => {
		head();
		if (!res.write(chunk)) {
			stream.pause();
			res.once('drain', () => stream.resume());
		}
	});
	stream.on('end', () => {
		head();
		res.end();
	});
	stream.on('error', (error) => {
		if (res.headersSent) {
			res.destroy(error);
			return;
		}
		const missing = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT';
		res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' }).end(missing ? 'Not found' : 'The file could not be read');
	});
	res.once('close', () => stream.destroy());
}
