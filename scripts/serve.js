#!/usr/bin/env node
// Serves the static build (./build) on localhost, as any static host would. No dependencies.
// Usage: node scripts/serve.js [--port 4173] [--dir build] [--base /sub-path]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from './lib/content-types.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const port = Number(arg('port', process.env.PORT ?? 4173));
const root = resolve(arg('dir', 'build'));
const base = (arg('base', process.env.CONFIDE_BASE_PATH ?? '') || '').replace(/\/$/, '');

const types = CONTENT_TYPES;

function fileFor(urlPath) {
	let path = decodeURIComponent(urlPath.split('?')[0]);
	if (base) {
		if (!path.startsWith(base)) return undefined;
		path = path.slice(base.length) || '/';
	}
	const candidate = normalize(join(root, path));
	if (!candidate.startsWith(root)) return undefined;
	// Only a URL ending in '/' maps to a folder's index.html (relative asset paths depend on it).
	const candidates = path.endsWith('/') ? [join(candidate, 'index.html')] : [candidate];
	for (const file of candidates) {
		try {
			if (statSync(file).isFile()) return file;
		} catch {
			// try the next candidate
		}
	}
	return undefined;
}

const server = createServer((req, res) => {
	const file = fileFor(req.url ?? '/');
	if (!file) {
		// A directory URL without its trailing slash: redirect, as static hosts do.
		const withSlash = fileFor(`${req.url}/`);
		if (withSlash && !req.url.endsWith('/')) {
			res.writeHead(301, { location: `${req.url}/` }).end();
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	const immutable = file.includes(`${join(root, '_app', 'immutable')}`);
	res.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer'
	});
	createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Confide is being served at http://localhost:${port}${base}/  (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
