#!/usr/bin/env node
// Serves the static build (./build) on localhost, as any static host would: an address with no
// file gets the build's 404.html with status 404. No dependencies.
// Every response carries the security headers a host should send (scripts/lib/security-policy.js).
// Usage: node scripts/serve.js [--port 4173] [--host [address]] [--dir build] [--base /sub-path]
// (options and messages: scripts/lib/serve-options.js)
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { CONTENT_TYPES } from './lib/content-types.js';
import { SECURITY_HEADERS } from './lib/security-policy.js';
import { busyPortMessage, nextFreePort, serveOptions, servingLines } from './lib/serve-options.js';
import { fileFor, sendFile } from './lib/static-files.js';

const options = serveOptions(process.argv.slice(2));
const { port, host, base } = options;
const root = resolve(options.dir);

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
		// The build's not-found page, as static hosts serve it (its URLs are root-relative); plain text without one.
		const notFound = fileFor(root, `${base}/404.html`, base);
		if (notFound) sendFile(res, notFound, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-cache' }, 404);
		else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const immutable = file.startsWith(join(root, '_app', 'immutable'));
	sendFile(res, file, {
		'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
});

server.once('error', async (error) => {
	// A busy port is one line and a way out, not a stack trace.
	if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
	console.error(busyPortMessage(port, await nextFreePort(port, host), 'node scripts/serve.js'));
	process.exit(1);
});
server.listen(port, host, () => {
	for (const line of servingLines(options)) console.log(line);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
