// The Vite plugin fails the build and the dev server with the .ink file and line.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { confideInk } from '../../src/lib/ink/vite-plugin';

function project(brokenFixture: string | null) {
	const root = mkdtempSync(join(tmpdir(), 'confide-plugin-'));
	mkdirSync(join(root, 'stories/tiny'), { recursive: true });
	cpSync(resolve('tests/fixtures/stories/tiny/main.ink'), join(root, 'stories/tiny/main.ink'));
	if (brokenFixture) {
		mkdirSync(join(root, 'stories/broken'));
		cpSync(resolve('tests/fixtures/broken', brokenFixture), join(root, 'stories/broken/main.ink'));
	}
	writeFileSync(join(root, 'index.js'), "import { catalogue } from 'virtual:confide/catalogue';\nexport default catalogue.map((c) => c.id);\n");
	return root;
}

function viteBuild(root: string) {
	return build({
		root,
		configFile: false,
		logLevel: 'silent',
		plugins: [confideInk({ root, storyDirs: ['stories'] })],
		build: { write: false, lib: { entry: join(root, 'index.js'), formats: ['es'] } }
	});
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

	it('fails in the dev server too', async () => {
		const root = project('tag-after-bracket.ink');
		const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true, ws: false }, plugins: [confideInk({ root, storyDirs: ['stories'] })] });
		try {
			await expect(server.ssrLoadModule('virtual:confide/catalogue')).rejects.toThrow(/stories\/broken\/main\.ink:13: tag 'id' is after the choice's '\]'/);
		} finally {
			await server.close();
		}
	});
});
