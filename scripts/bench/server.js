// A static server for the bench: serves a build directory like scripts/serve.js does (same URL
// mapping and headers), but compresses text responses with gzip (zlib level 9), as a real static
// host would. scripts/serve.js does not compress, which would over-count bytes on a throttled link.
// With `tls` it speaks HTTP/2 (and HTTP/1.1) over TLS, as production static hosts do.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { CONTENT_TYPES } from '../lib/content-types.js';
import { fileFor } from '../lib/static-files.js';

const types = CONTENT_TYPES;
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt', '.map']);

/** gzip at level 9: what the bench counts as "gz bytes" everywhere. */
export function gzipSize(buffer) {
	return gzip9(buffer).length;
}

export function gzip9(buffer) {
	return gzipSync(buffer, { level: zlibConstants.Z_BEST_COMPRESSION });
}

/** Maps a URL path to a file in root, as scripts/serve.js does ('/x/' -> 'x/index.html'). */
export { fileFor };

/**
 * Starts the server on 127.0.0.1 and a free port. Files are read and compressed once, on first
 * request, so compression time never shows up in a measurement (each context starts cold anyway).
 * @param {{ dir: string, port?: number, base?: string, tls?: { key: Buffer, cert: Buffer } }} options
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void>, root: string }>}
 */
export function startGzipServer({ dir, port = 0, base = '', tls }) {
	const root = resolve(dir);
	/** @type {Map<string, { body: Buffer, gz: Buffer | null }>} */
	const cache = new Map();
	const load = (file) => {
		let hit = cache.get(file);
		if (!hit) {
			const body = readFileSync(file);
			hit = { body, gz: compressible.has(extname(file)) ? gzip9(body) : null };
			cache.set(file, hit);
		}
		return hit;
	};

	const handler = (req, res) => {
		const url = req.url ?? '/';
		const file = fileFor(root, url, base);
		if (!file) {
			const withSlash = fileFor(root, `${url.split('?')[0]}/`, base);
			if (withSlash && !url.endsWith('/')) {
				res.writeHead(301, { location: `${url.split('?')[0]}/` }).end();
				return;
			}
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		let entry;
		try {
			entry = load(file);
		} catch {
			res.writeHead(500, { 'content-type': 'text/plain' }).end('Read error');
			return;
		}
		const immutable = file.includes(join(root, '_app', 'immutable'));
		const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const useGzip = acceptsGzip && entry.gz !== null;
		const body = useGzip ? entry.gz : entry.body;
		const headers = {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'content-length': String(body.length)
		};
		if (entry.gz !== null) headers.vary = 'accept-encoding';
		if (useGzip) headers['content-encoding'] = 'gzip';
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	};
	const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
	const sockets = new Set();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({
				origin: `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}`,
				port: actualPort,
				root,
				close: () =>
					new Promise((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					})
			});
		});
	});
}
