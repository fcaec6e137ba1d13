// What `npm start` and scripts/serve.js are asked to do, read from the command line and the
// environment, and what they say about it: where the site is served, on which addresses, and a
// busy port in one line with a port that is free. No dependencies.
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * --port N (or PORT; default 4173), --host [address] (serve on the local network: every address
 * when none is given; default 127.0.0.1 only), --dir (default build), --base (or CONFIDE_BASE_PATH).
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function serveOptions(argv, env = process.env) {
	const value = (/** @type {string} */ name) => {
		const i = argv.indexOf(`--${name}`);
		if (i === -1) return undefined;
		const next = argv[i + 1];
		return next === undefined || next.startsWith('--') ? '' : next;
	};
	const portText = value('port') || env.PORT || '4173';
	const port = Number(portText);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`The port must be a number from 1 to 65535, not '${portText}'.`);
	const hostArg = value('host');
	const host = hostArg === undefined ? '127.0.0.1' : hostArg || '0.0.0.0';
	return {
		port,
		host,
		/** Serving beyond this computer (another device can open it). */
		network: host !== '127.0.0.1' && host !== 'localhost' && host !== '::1',
		dir: value('dir') || 'build',
		base: (value('base') ?? env.CONFIDE_BASE_PATH ?? '').replace(/\/$/, '')
	};
}

/**
 * Whether a server can listen on host:port now.
 * @param {number} port
 * @param {string} host
 * @returns {Promise<boolean>}
 */
export function portIsFree(port, host) {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, host, () => probe.close(() => resolve(true)));
	});
}

/**
 * The first free port after `port` (up to 50 tried), or undefined.
 * @param {number} port
 * @param {string} host
 */
export async function nextFreePort(port, host) {
	for (let p = port + 1; p <= Math.min(port + 50, 65535); p++) if (await portIsFree(p, host)) return p;
	return undefined;
}

/**
 * One line for a port that is taken, with what to type instead.
 * @param {number} port
 * @param {number | undefined} free
 * @param {string} command how the user started it (e.g. 'npm start')
 */
export function busyPortMessage(port, free, command) {
	const tryThis = free ? ` Try another port: ${command} -- --port ${free}` : ' Choose another port with --port.';
	return `Port ${port} is already in use (Confide or another program is serving there).${tryThis}`;
}

/** The computer's addresses on the local network (IPv4, not loopback). */
export function lanAddresses() {
	return Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => /** @type {import('node:os').NetworkInterfaceInfo} */ (a).address);
}

/**
 * What to print once the server listens: the URL (first line, the one serve tests wait for) and,
 * on the network, the addresses other devices use and what works there.
 * @param {{ host: string, port: number, base: string, network: boolean }} options
 * @param {string[]} [lan]
 */
export function servingLines({ host, port, base, network }, lan = lanAddresses()) {
	const local = `http://localhost:${port}${base}/`;
	if (!network) return [`Confide is being served at ${local}  (Ctrl+C to stop)`];
	const others = host === '0.0.0.0' || host === '::' ? lan.map((a) => `http://${a}:${port}${base}/`) : [`http://${host}:${port}${base}/`];
	return [
		`Confide is being served at ${local} and on the local network  (Ctrl+C to stop)`,
		...(others.length ? others.map((url) => `  On other devices: ${url}`) : ['  No local network address found on this computer.']),
		'  Playing and saving work at these addresses. Working offline after one visit and installing the app need https or',
		'  localhost: browsers allow them nowhere else, so for that put the build on an https host (see README, Deploy).'
	];
}
