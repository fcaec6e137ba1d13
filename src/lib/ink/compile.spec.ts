import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCase, contentHash, InkContentError, normaliseInk } from './compile';

const broken = (name: string) => resolve('tests/fixtures/broken', name);

function issuesOf(file: string) {
	try {
		compileCase(file);
	} catch (error) {
		if (error instanceof InkContentError) return error.issues;
		throw error;
	}
	throw new Error(`${file} compiled, but it should not`);
}

describe('compileCase on the fixtures', () => {
	it('compiles the tiny fixture with its decisions in order', () => {
		const compiled = compileCase('tests/fixtures/stories/tiny/main.ink');
		expect(compiled.manifest.meta.id).toBe('tiny');
		expect(compiled.manifest.decisions.map((d) => [d.id, d.title, d.options.length])).toEqual([
			['V99.D99.1', 'First test decision', 3],
			['V99.D99.2', 'Second test decision', 3]
		]);
		expect(compiled.manifest.contentHash).toMatch(/^[0-9a-f]{16}$/);
		expect(JSON.parse(compiled.storyJson).inkVersion).toBeGreaterThan(0);
	});

	it('records which decision each option leads to, through narrative choices, for the path map', () => {
		const { graph } = compileCase('tests/fixtures/stories/tiny/main.ink').manifest;
		expect(graph.next).toEqual({
			start: ['V99.D99.1'],
			'V99.D99.1.a': ['V99.D99.2'],
			'V99.D99.1.b': ['V99.D99.2'],
			'V99.D99.1.c': ['V99.D99.2'],
			'V99.D99.2.a': ['end'],
			'V99.D99.2.b': ['end'],
			'V99.D99.2.c': ['end']
		});
	});

	it('compiles Dana with the four decisions of CONTENT.md 2.0, options in the order the story shows them', () => {
		const compiled = compileCase('stories/dana/main.ink');
		expect(compiled.manifest.decisions.map((d) => `${d.id}:${d.options.map((o) => o.id.slice(-1)).join('')}`)).toEqual([
			'V1.D1.1:bac',
			'V1.D1.2:dbac',
			'V1.D1.3:acdb',
			'V1.D1.5:bdac'
		]);
		expect(compiled.warnings).toEqual([]);
	});
});

describe("the facilitator's notes", () => {
	it('are gathered by the text of the line they are on and by the decision a prompt announces, outside the manifest', () => {
		const compiled = compileCase('tests/fixtures/stories/facilitated/main.ink');
		expect(compiled.notes).toEqual({
			lines: {
				'A client sits down and says something worrying.': ['Note one: let the room read the passage twice.'],
				// A note on a line of its own belongs to the line below it, as ink reads it.
				'She tells you more.': ['Note two: <b>ask who has met this</b> before.'],
				'What do you do?': ['Note three: the teaching point is to assess first.']
			},
			decisions: { 'V101.D101.1': ['Note three: the teaching point is to assess first.'] }
		});
		expect(JSON.stringify(compiled.manifest)).not.toContain('Note ');
	});

	it('are none for a vignette without them', () => {
		expect(compileCase('tests/fixtures/stories/tiny/main.ink').notes).toEqual({ lines: {}, decisions: {} });
	});
});

describe('compileCase rejects broken ink with file and line', () => {
	it.each([
		['syntax-error.ink', 13, /./],
		['missing-rationale.ink', 13, /missing 'rationale'/],
		['tag-after-bracket.ink', 13, /after the choice's '\]'/],
		['uppercase-verdict.ink', 13, /write it in lowercase: 'best'/],
		['duplicate-id.ink', 15, /used for two different choices/],
		['no-best.ink', 12, /has 0 best options/],
		['unannounced-decision.ink', 13, /never announced/],
		['comma-number.ink', 12, /breaks the inkjs runtime in some browsers/],
		['facilitator-on-choice.ink', 13, /'facilitator' is a facilitator's note: it goes at the end of a passage line/],
		['facilitator-empty.ink', 12, /tag 'facilitator' needs the note after a colon/],
		['facilitator-no-text.ink', 13, /a facilitator's note \('a note with no line to sit on'\) is on a line with no text/]
	])('%s fails at line %i', (file, line, message) => {
		const issues = issuesOf(broken(file));
		const match = issues.find((i) => message.test(i.message));
		expect(match, JSON.stringify(issues)).toBeDefined();
		expect(match!.file).toBe(`tests/fixtures/broken/${file}`);
		expect(match!.line).toBe(line);
	});

	it('names every missing story tag', () => {
		const issues = issuesOf(broken('missing-story-tags.ink'));
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ line: 1, message: "missing story tag 'summary': add '# summary: …' at the top of main.ink, before any content (see stories/README.md)" }),
				expect.objectContaining({ line: 1, message: expect.stringContaining("missing story tag 'intake'") })
			])
		);
	});

	it('reports a missing INCLUDE by name', () => {
		const issues = issuesOf(broken('missing-include.ink'));
		expect(issues.some((i) => i.message.includes('_missing.ink'))).toBe(true);
	});

	it('reports a problem inside an INCLUDEd file with that file and line', () => {
		const issues = issuesOf(broken('with-include.ink'));
		expect(issues).toContainEqual(expect.objectContaining({ file: 'tests/fixtures/broken/_part.ink', line: 5 }));
		expect(issues.find((i) => i.file?.endsWith('_part.ink'))?.message).toContain("a critical error needs 'cite'");
	});
});

describe('contentHash', () => {
	it('ignores line endings, a BOM and trailing space, but not content', () => {
		const a = new Map([['main.ink', normaliseInk('\uFEFFHello.  \r\n-> END\r\n\r\n')]]);
		const b = new Map([['main.ink', normaliseInk('Hello.\n-> END\n')]]);
		const c = new Map([['main.ink', normaliseInk('Hello!\n-> END\n')]]);
		expect(contentHash(a)).toBe(contentHash(b));
		expect(contentHash(a)).not.toBe(contentHash(c));
	});
	it('covers INCLUDEd files', () => {
		const one = new Map([['main.ink', 'INCLUDE _a.ink'], ['_a.ink', 'A']]);
		const two = new Map([['main.ink', 'INCLUDE _a.ink'], ['_a.ink', 'B']]);
		expect(contentHash(one)).not.toBe(contentHash(two));
	});
});
