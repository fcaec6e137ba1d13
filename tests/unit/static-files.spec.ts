// scripts/serve.js maps request paths to files of the build and never to a file outside it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/lib/security-policy.js';
import { fileFor, sendFile } from '../../scripts/lib/static-files.js';

// <tmp>/build is the site; <tmp>/build-secret and <tmp>/secret.txt must never be served.
const top = mkdtempSync(join(tmpdir(), 'confide-serve-'));
const root = join(top, 'build');
mkdirSync(join(root, 'case', 'dana'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'case', 'dana', 'index.html'), 'dana');
// The build's not-found page (src/routes/404).
writeFileSync(join(root, '404.html'), '<h1>Page not found</h1>');
mkdirSync(join(top, 'build-secret'));
writeFileSync(join(top, 'build-secret', 'key.txt'), 'secret');
writeFileSync(join(top, 'secret.txt'), 'secret');
// Links inside the build: two lead out of it, one stays inside.
symlinkSync(join(top, 'secret.txt'), join(root, 'leak.txt'));
symlinkSync(join(top, 'build-secret'), join(root, 'leaked-folder'));
symlinkSync(join(root, 'index.html'), join(root, 'home.html'));

const OUTSIDE = [
	'/../secret.txt',
	'/../build-secret/key.txt',
	'/%2e%2e/secret.txt',
	'/%2E%2E%2Fsecret.txt',
	'/case/../../secret.txt',
	'/case/%2e%2e/%2e%2e/build-secret/key.txt',
	'/..%5csecret.txt',
	'/%00/index.html',
	'/%E0%A4%A',
	`/${'../'.repeat(20)}etc/passwd`,
	'/leak.txt',
	'/leaked-folder/key.txt'
];

describe('fileFor', () => {
	it('maps the site paths, folders only with a trailing slash', () => {
		expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
		expect(fileFor(root, '/case/dana/?x=1#y')).toBe(join(root, 'case', 'dana', 'index.html'));
		expect(fileFor(root, '/case/dana')).toBeUndefined();
		expect(fileFor(root, '/case/%64ana/')).toBe(join(root, 'case', 'dana', 'index.html'));
		expect(fileFor(root, '/case/../index.html')).toBe(join(root, 'index.html'));
		// A link whose target is inside the build is served like the target.
		expect(fileFor(root, '/home.html')).toBe(join(root, 'home.html'));
	});

	it('sends a file that vanished after the look-up as 404, and one that cannot be read as 500, without throwing', async () => {
		const server = createServer((req, res) => sendFile(res, req.url === '/gone' ? join(root, 'removed-by-a-rebuild.html') : root, {}));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const status = (path: string) =>
			new Promise<number>((resolve, reject) => request({ host: '127.0.0.1', port, path }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject).end());
		try {
			expect(await status('/gone')).toBe(404);
			// Reading a folder fails (EISDIR) after it opened: the same path as EACCES or EIO.
			expect(await status('/folder')).toBe(500);
			expect(await status('/gone')).toBe(404);
		} finally {
			server.close();
		}
	});

	it.each(OUTSIDE)('refuses %s', (path) => {
		expect(fileFor(root, path)).toBeUndefined();
	});

	it('serves only under the base path, and never a sibling of it', () => {
		expect(fileFor(root, '/confide/', '/confide')).toBe(join(root, 'index.html'));
		expect(fileFor(root, '/confide/case/dana/', '/confide')).toBe(join(root, 'case', 'dana', 'index.html'));
		expect(fileFor(root, '/', '/confide')).toBeUndefined();
		expect(fileFor(root, '/confidex/', '/confide')).toBeUndefined();
		expect(fileFor(root, '/confide/../secret.txt', '/confide')).toBeUndefined();
	});
});

describe('scripts/serve.js', () => {
	let server: ChildProcess;
	let port = 0;

	/** A raw request: Node's client sends the path as written (no dot-segment clean-up). */
	const get = (path: string) =>
		new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
			const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
				let body = '';
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			});
			req.on('error', reject);
			req.end();
		});

	beforeAll(async () => {
		port = 20000 + Math.floor(Math.random() * 20000);
		server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', root], { stdio: ['ignore', 'pipe', 'inherit'] });
		await new Promise<void>((resolve, reject) => {
			server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('being served') && resolve());
			server.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
		});
	});
	afterAll(() => {
		server.kill('SIGTERM');
	});

	it('serves the site with the security headers', async () => {
		const home = await get('/');
		expect(home.status).toBe(200);
		expect(home.body).toBe('home');
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(home.headers[name.toLowerCase()], name).toBe(value);
	});

	it('answers an address with no file with the build\'s 404.html and status 404, as static hosts do', async () => {
		for (const path of ['/no-such-page/', '/case/nobody/', '/a/b/c/d.js', '/404']) {
			const response = await get(path);
			expect(response.status, path).toBe(404);
			expect(response.body).toBe('<h1>Page not found</h1>');
			expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(response.headers['cache-control']).toBe('no-cache');
		}
	});

	it.each(OUTSIDE)('answers 404 to %s, with the security headers, and keeps running', async (path) => {
		const response = await get(path);
		expect(response.status).toBe(404);
		expect(response.body).not.toContain('secret');
		expect(response.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
		expect((await get('/')).status).toBe(200);
	});

	it('redirects a folder without its slash, keeping the query, and never to another host', async () => {
		const folder = await get('/case/dana?profile=tx');
		expect(folder.status).toBe(301);
		expect(folder.headers.location).toBe('/case/dana/?profile=tx');
		const doubled = await get('//case/dana');
		expect(doubled.status).toBe(301);
		expect(doubled.headers.location).toBe('/case/dana/');
	});
});
