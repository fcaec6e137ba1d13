// The Vite plugin fails the build and the dev server with the .ink file and line.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createLogger, createServer, type Logger } from 'vite';
import { describe, expect, it } from 'vitest';
import { confideInk } from '../../src/lib/ink/vite-plugin';

/** A project with the tiny vignette and, optionally, one more story folder copied from a fixture file. */
function project(brokenFixture: string | null, from = 'tests/fixtures/broken') {
	const root = mkdtempSync(join(tmpdir(), 'confide-plugin-'));
	mkdirSync(join(root, 'stories/tiny'), { recursive: true });
	cpSync(resolve('tests/fixtures/stories/tiny/main.ink'), join(root, 'stories/tiny/main.ink'));
	if (brokenFixture) {
		mkdirSync(join(root, 'stories/broken'));
		cpSync(resolve(from, brokenFixture), join(root, 'stories/broken/main.ink'));
	}
	writeFileSync(join(root, 'index.js'), "import { catalogue } from 'virtual:confide/catalogue';\nexport default catalogue.map((c) => c.id);\n");
	return root;
}

function viteBuild(root: string, customLogger?: Logger) {
	return build({
		root,
		configFile: false,
		logLevel: customLogger ? 'warn' : 'silent',
		...(customLogger ? { customLogger } : {}),
		plugins: [confideInk({ root, storyDirs: ['stories'] })],
		build: { write: false, lib: { entry: join(root, 'index.js'), formats: ['es'] } }
	});
}

/** A logger that keeps the warnings it is given. */
function warningsLogger() {
	const warnings: string[] = [];
	const logger = createLogger('warn', { allowClearScreen: false });
	logger.warn = (message) => void warnings.push(message);
	logger.warnOnce = logger.warn;
	return { logger, warnings };
}

/** A dev server (Vite's API, middleware mode) behind a plain HTTP server on a free port. */
async function devServer(root: string) {
	const vite = await createServer({ root, configFile: false, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, ws: false }, plugins: [confideInk({ root, storyDirs: ['stories'] })] });
	const http: Server = createHttpServer(vite.middlewares);
	await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	return {
		vite,
		get: (path: string, accept = 'text/html,application/xhtml+xml') => fetch(url + path, { headers: { accept } }),
		close: async () => {
			await new Promise((done) => http.close(done));
			await vite.close();
		}
	};
}

describe('confideInk plugin', () => {
	it('builds a catalogue of the story folders', async () => {
		await expect(viteBuild(project(null))).resolves.toBeDefined();
	});

	it('fails the build on a broken tag with file and line', async () => {
		await expect(viteBuild(project('missing-rationale.ink'))).rejects.toThrow(/stories\/broken\/main\.ink:13: choice 'V7\.D7\.1\.a': missing 'rationale'/);
	});

	it('fails the build on an ink syntax error with file and line', async () => {
		await expect(viteBuild(project('syntax-error.ink'))).rejects.toThrow(/stories\/broken\/main\.ink:13: /);
	});

	it('refuses two vignettes with one vignette number, naming both files', async () => {
		const root = project(null);
		for (const name of ['first', 'second']) {
			mkdirSync(join(root, `stories/${name}`));
			cpSync(resolve(`tests/fixtures/real-ink/shared-vignette/${name}/main.ink`), join(root, `stories/${name}/main.ink`));
		}
		await expect(viteBuild(root)).rejects.toThrow(/stories\/first\/main\.ink:2: vignette number 34 is also used by stories\/second\/main\.ink/);
	});

	it("builds a story with Inky's own tags, printing a warning for each", async () => {
		const { logger, warnings } = warningsLogger();
		await expect(viteBuild(project('inky-tags.ink', 'tests/fixtures/real-ink'), logger)).resolves.toBeDefined();
		expect(warnings.join('\n')).toContain("stories/broken/main.ink:11: story tag 'author: Jo Smith' is not a Confide tag; Confide ignores it");
		expect(warnings.join('\n')).toContain("stories/broken/main.ink:22: choice tag 'one' is not a Confide tag");
	});

	it('fails in the dev server too', async () => {
		const root = project('tag-after-bracket.ink');
		const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true, ws: false }, plugins: [confideInk({ root, storyDirs: ['stories'] })] });
		try {
			await expect(server.ssrLoadModule('virtual:confide/catalogue')).rejects.toThrow(/stories\/broken\/main\.ink:13: tag 'id' is after the choice's '\]'/);
		} finally {
			await server.close();
		}
	});

	it('shows the dev server’s pages as an error page naming file, line and message, not a bare 500', async () => {
		const server = await devServer(project('tag-after-bracket.ink'));
		try {
			const page = await server.get('/');
			expect(page.status).toBe(500);
			expect(page.headers.get('content-type')).toContain('text/html');
			const html = await page.text();
			expect(html).toContain('<h1>Ink content error</h1>');
			// The message as the build prints it, HTML-escaped.
			expect(html).toContain('stories/broken/main.ink:13: tag &#39;id&#39; is after the choice&#39;s &#39;]&#39;: it would tag the output line');
			expect(html).toContain('<script type="module" src="/@vite/client"></script>');
			// Other requests (scripts, styles) are left to Vite.
			expect(await (await server.get('/index.js', '*/*')).text()).not.toContain('Ink content error');
		} finally {
			await server.close();
		}
	});

	it('serves the site again once the story is fixed', async () => {
		const root = project('tag-after-bracket.ink');
		const server = await devServer(root);
		try {
			expect((await server.get('/')).status).toBe(500);
			const file = join(root, 'stories/broken/main.ink');
			writeFileSync(file, readFileSync(resolve('tests/fixtures/stories/tiny/main.ink'), 'utf8').replace('# id: tiny', '# id: fixed').replace(/V99\.D99|99/g, (m) => (m === '99' ? '98' : 'V98.D98')));
			server.vite.watcher.emit('change', file);
			await new Promise((done) => setTimeout(done, 200));
			expect(await (await server.get('/')).text()).not.toContain('Ink content error');
		} finally {
			await server.close();
		}
	});
});
