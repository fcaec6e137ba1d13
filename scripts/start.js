#!/usr/bin/env node
// npm start: builds the site and serves it. A busy port is named before the build, not after it;
// the build's own log (hints meant for developers, plugin timings) is kept back unless it fails;
// the last thing printed is the URL. Options as scripts/serve.js: npm start -- --host --port 8080.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { busyPortMessage, nextFreePort, portIsFree, serveOptions } from './lib/serve-options.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
let options;
try {
	options = serveOptions(args);
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	process.exit(1);
}
if (!(await portIsFree(options.port, options.host))) {
	console.error(busyPortMessage(options.port, await nextFreePort(options.port, options.host), 'npm start'));
	process.exit(1);
}

console.log('Building Confide (about a minute the first time)…');
const started = Date.now();
const built = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
	cwd: root,
	encoding: 'utf8',
	env: { ...process.env, CONFIDE_OUT: options.dir },
	maxBuffer: 64 * 1024 * 1024
});
if (built.status !== 0) {
	process.stdout.write(built.stdout ?? '');
	process.stderr.write(built.stderr ?? '');
	console.error('The build failed (above); nothing is served.');
	process.exit(built.status ?? 1);
}
console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);

const server = spawn(process.execPath, [join(root, 'scripts', 'serve.js'), ...args], { cwd: root, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
