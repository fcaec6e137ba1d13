#!/usr/bin/env node
// Serves the static build (./build) on localhost, as any static host would. No dependencies.
// Every response carries the security headers a host should send (scripts/lib/security-policy.js).
// Usage: node scripts/serve.js [--port 4173] [--dir build] [--base /sub-path]
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { CONTENT_TYPES } from './lib/content-types.js';
import { SECURITY_HEADERS } from './lib/security-policy.js';
import { fileFor, sendFile } from './lib/static-files.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const port = Number(arg('port', process.env.PORT ?? 4173));
const root = resolve(arg('dir', 'build'));
const base = (arg('base', process.env.CONFIDE_BASE_PATH ?? '') || '').replace(/\/$/, '');

const server = createServer((req, res) => {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	const url = req.url ?? '/';
	const file = fileFor(root, url, base);
	if (!file) {
		// A directory URL without its trailing slash: redirect, as static hosts do.
		// Leading slashes collapse to one: `//host` in a Location header would leave the site.
		const [rawPath, query] = url.split(/\?(.*)/s);
		const path = `/${rawPath.replace(/^[/\\]+/, '')}`;
		if (!path.endsWith('/') && fileFor(root, `${path}/`, base)) {
			res.writeHead(301, { location: `${path}/${query === undefined ? '' : `?${query}`}` }).end();
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const immutable = file.startsWith(join(root, '_app', 'immutable'));
	sendFile(res, file, {
		'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Confide is being served at http://localhost:${port}${base}/  (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
