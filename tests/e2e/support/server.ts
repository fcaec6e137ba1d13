/**
 * A static server the spec itself controls (scripts/serve.js as a child process), for tests
 * that take the site away (offline) or swap it for another build (updates). Playwright's own
 * webServer cannot be stopped from a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface SiteServer {
	port: number;
	/** http://127.0.0.1:<port><base> (no trailing slash). */
	url: string;
	/** Kills the server (SIGKILL: open keep-alive connections die with it) and waits until it is gone. */
	stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** Throws with the command that makes `dir` when the build is missing. */
export function requireBuild(dir: string, command: string) {
	if (!existsSync(`${dir}/index.html`)) throw new Error(`No build in ${dir}. Build it first: ${command}`);
}

export async function serve(dir: string, { port, base = '' }: { port?: number; base?: string } = {}): Promise<SiteServer> {
	const chosen = port ?? (await freePort());
	const args = ['scripts/serve.js', '--dir', dir, '--port', String(chosen), ...(base ? ['--base', base] : [])];
	const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`serve.js did not start on ${chosen}: ${output}`)), 10_000);
		child.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('is being served')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`serve.js exited (${code}) before serving: ${output}`));
		});
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		port: chosen,
		url: `http://127.0.0.1:${chosen}${base}`,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			await exited;
		}
	};
}
