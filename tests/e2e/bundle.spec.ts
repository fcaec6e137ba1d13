// What the build ships where: only the inkjs runtime reaches the browser (the compiler, inkjs/full,
// stays at build time), and the first case page leaves out what it needs only once it is ready.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { compileCase } from '../../src/lib/ink/compile';

const buildDir = '.tmp/build-test';
// A message only the ink compiler contains, and a class name only the runtime contains.
const COMPILER_ONLY = "Tags aren't allowed inside of strings";
const RUNTIME_ONLY = 'inkVersionCurrent';

function builtScripts(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith('.js'))
		.map((d) => join(d.parentPath, d.name));
}

test('the built site contains the ink runtime but never the compiler', () => {
	const scripts = builtScripts(join(buildDir, '_app'));
	expect(scripts.length).toBeGreaterThan(3);
	const withRuntime = scripts.filter((f) => readFileSync(f, 'utf8').includes(RUNTIME_ONLY));
	const withCompiler = scripts.filter((f) => readFileSync(f, 'utf8').includes(COMPILER_ONLY));
	expect(withRuntime).toHaveLength(1);
	expect(withCompiler).toEqual([]);
});

/** The first case page (its HTML) and the scripts it preloads. */
function casePagePreloads() {
	const dir = join(buildDir, 'case/dana');
	const html = readFileSync(join(dir, 'index.html'));
	const scripts = [...html.toString('utf8').matchAll(/href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => join(dir, m[1]!));
	return { html, scripts };
}

/** Strings only these modules hold, with what they are. */
const LATER_CODE = [
	['/__confide-backup/attempts/', 'the backup copy (db/backup.ts)'],
	['that attempt is not on this device', 'the resume lookup (session/find-resumable.ts)'],
	['the attempt did not reach decision', 'practice runs (session/practice.ts)'],
	// The progress page's own code: its totals import a guard from its rows' module, which then
	// came along into the first-screen chunk (a group takes in what its modules import).
	['No completed attempts to chart yet.', 'the progress page’s rows and chart (progress/progress-view.ts)']
] as const;

test('the first case page preloads neither the story runtime nor storage, nor the code it needs only once it is ready', () => {
	const { scripts: preloaded } = casePagePreloads();
	expect(preloaded.length).toBeGreaterThan(0);
	for (const file of preloaded) {
		const source = readFileSync(file, 'utf8');
		expect(source.includes(RUNTIME_ONLY), `${file} holds inkjs`).toBe(false);
		expect(source.includes('Dexie'), `${file} holds Dexie`).toBe(false);
		// Code other pages share that the case page needs only once it is ready (vite.config.ts):
		// the course result lines and the story tag parser.
		expect(source.includes('the choice log has no choice'), `${file} holds the course result code`).toBe(false);
		expect(source.includes('a story tag: it goes at the top of main.ink'), `${file} holds the tag parser`).toBe(false);
		// Storage's and resume's own code, which run once the story has loaded: the backup copy,
		// looking for an attempt to resume, and preparing a practice run.
		for (const [signature, what] of LATER_CODE) expect(source.includes(signature), `${file} holds ${what}`).toBe(false);
	}
	// They are in the build, so the checks above look for strings that exist.
	const all = builtScripts(join(buildDir, '_app')).map((f) => readFileSync(f, 'utf8'));
	expect(all.some((s) => s.includes('the choice log has no choice'))).toBe(true);
	expect(all.some((s) => s.includes('a story tag: it goes at the top of main.ink'))).toBe(true);
	for (const [signature, what] of LATER_CODE) expect(all.some((s) => s.includes(signature)), `the build holds ${what}`).toBe(true);
});

// The budget for the first case page: at most 100 KB gzip until it is interactive (README,
// Performance; `npm run bench` measures what actually loads, 96.7 KB at d20c161). Its styles are
// inlined in the page, so the page and the scripts it preloads are what it needs. A size, not a
// timing: a module dragged into the first-screen chunk by an import shows here.
test('the first case page and the scripts it preloads stay within the 100 KB gzip budget', () => {
	const { html, scripts: preloaded } = casePagePreloads();
	expect(preloaded.length).toBeGreaterThan(3);
	const files = [html, ...preloaded.map((f) => readFileSync(f))];
	const bytes = files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
	expect(bytes, `the case page and its ${preloaded.length} preloaded scripts: ${(bytes / 1000).toFixed(1)} KB gz`).toBeLessThanOrEqual(100_000);
});

test('a case page carries its decisions’ titles but not their options’ rationales, which load with the story', () => {
	const { manifest } = compileCase('stories/dana/main.ink');
	const page = readFileSync(join(buildDir, 'case/dana/index.html'), 'utf8');
	// The answer key prerenders every rationale: the search finds them where they are.
	const key = readFileSync(join(buildDir, 'instructor/key/dana/index.html'), 'utf8');
	const rationales = manifest.decisions.flatMap((d) => d.options.map((o) => o.base.rationale.slice(0, 40)));
	expect(rationales.length).toBeGreaterThan(8);
	for (const rationale of rationales) {
		expect(key.includes(rationale), `the answer key holds "${rationale}"`).toBe(true);
		expect(page.includes(rationale), `the case page holds "${rationale}"`).toBe(false);
	}
	for (const decision of manifest.decisions) expect(page.includes(decision.title), `the case page names "${decision.title}"`).toBe(true);
});
