import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyPortMessage, serveOptions, servingLines } from '../../scripts/lib/serve-options.js';

describe('npm start and serve.js options', () => {
	it('read --port, PORT, --host with and without an address', () => {
		expect(serveOptions([], {})).toMatchObject({ port: 4173, host: '127.0.0.1', network: false, dir: 'build', base: '' });
		expect(serveOptions([], { PORT: '8080' }).port).toBe(8080);
		expect(serveOptions(['--port', '5000', '--host'], { PORT: '8080' })).toMatchObject({ port: 5000, host: '0.0.0.0', network: true });
		expect(serveOptions(['--host', '192.168.1.20'], {})).toMatchObject({ host: '192.168.1.20', network: true });
		expect(() => serveOptions(['--port', 'eighty'], {})).toThrow(/from 1 to 65535/);
	});

	it('on the network, print the addresses other devices use and what needs https', () => {
		const lines = servingLines({ host: '0.0.0.0', port: 4173, base: '', network: true }, ['192.168.1.20']);
		expect(lines[0]).toContain('is being served at http://localhost:4173/');
		expect(lines).toContain('  On other devices: http://192.168.1.20:4173/');
		expect(lines.join(' ')).toMatch(/https or\s+localhost/);
		expect(servingLines({ host: '127.0.0.1', port: 4173, base: '/c', network: false }, [])).toEqual(['Confide is being served at http://localhost:4173/c/  (Ctrl+C to stop)']);
	});

	describe('a busy port', () => {
		let busy: Server;
		let port = 0;
		beforeAll(async () => {
			busy = createServer();
			await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
			port = (busy.address() as { port: number }).port;
		});
		afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

		it('npm start names it in one line, with a free port to try, before building anything', () => {
			const run = spawnSync(process.execPath, ['scripts/start.js', '--port', String(port)], { encoding: 'utf8', timeout: 20_000 });
			expect(run.status).toBe(1);
			expect(run.stdout).not.toContain('Building');
			const lines = run.stderr.trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(new RegExp(`^Port ${port} is already in use .* Try another port: npm start -- --port \\d+$`));
			expect(busyPortMessage(4173, undefined, 'npm start')).toContain('Choose another port with --port');
		});
	});
});
