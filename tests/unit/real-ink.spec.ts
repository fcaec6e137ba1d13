/**
 * Issue 12: ink as authors really write it. One fixture per item of the issue
 * (tests/fixtures/real-ink), each proved at build (compileCase), in the checker and, where the
 * story plays, with the runner the browser uses (built from the compiled JSON, as in the browser).
 */
import { readFileSync } from 'node:fs';
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { checkCase, checkCases } from '../../src/lib/ink/checker';
import { compileCase, InkContentError, type CompiledCase } from '../../src/lib/ink/compile';
import { StoryRunner, StoryRuntimeError } from '../../src/lib/ink/runner';

const fixture = (name: string) => `tests/fixtures/real-ink/${name}`;

function refusal(name: string) {
	try {
		compileCase(fixture(name));
	} catch (error) {
		if (error instanceof InkContentError) return error.issues;
		throw error;
	}
	throw new Error(`${name} built, but it should be refused`);
}

/** The browser's runner: from the compiled JSON, with no debug metadata. */
const browserRunner = (compiled: CompiledCase) => new StoryRunner(compiled.storyJson);
const offeredIds = (runner: StoryRunner) => runner.current().choices.map((c) => c.id);

describe('1. a decision reached only under some variable values', () => {
	const compiled = compileCase(fixture('conditional-decision.ink'));

	it('is in the build index, with the path map arrow to it', () => {
		expect(compiled.manifest.decisions.map((d) => d.id)).toEqual(['V21.D21.1', 'V21.D21.2', 'V21.D21.3', 'V21.D21.4']);
		expect(compiled.manifest.graph.next['V21.D21.1.a']).toEqual(['V21.D21.2', 'V21.D21.3']);
	});

	it('passes the checker, which counts it', () => {
		const [report] = checkCase(fixture('conditional-decision.ink'));
		expect(report).toMatchObject({ decisions: 4, failures: [], coverage: { complete: true } });
	});

	it('plays in the browser runner to options the manifest knows', () => {
		const runner = browserRunner(compiled);
		runner.start(null);
		for (const id of ['V21.D21.1.a', 'fx-listen', 'fx-carry-on']) runner.choose(id);
		const known = new Set(compiled.manifest.decisions.flatMap((d) => d.options.map((o) => o.id)));
		expect(offeredIds(runner)).toEqual(['V21.D21.3.a', 'V21.D21.3.b', 'V21.D21.3.c']);
		expect(offeredIds(runner).every((id) => known.has(id))).toBe(true);
	});
});

describe('2. an option that leads back to a decision already answered', () => {
	const path = [{ text: 'Note it as venting and move on now.', id: 'V22.D22.1.c' }];

	it('is refused by the build at the line of the option that leads back, with the path', () => {
		expect(refusal('revisit-decision.ink')).toContainEqual(
			expect.objectContaining({ file: fixture('revisit-decision.ink'), line: 23, message: expect.stringContaining("decision 'V22.D22.1' comes round again"), path })
		);
	});

	it('is refused by the checker the same way', () => {
		const failures = checkCase(fixture('revisit-decision.ink')).flatMap((r) => r.failures);
		expect(failures).toContainEqual(expect.objectContaining({ line: 23, message: expect.stringContaining('comes round again'), path }));
	});

	it('would offer the answered decision again in the browser (why it is refused)', () => {
		const story = new Compiler(readFileSync(fixture('revisit-decision.ink'), 'utf8')).Compile().ToJson()!;
		const runner = new StoryRunner(story);
		runner.start(null);
		expect(runner.choose('V22.D22.1.c').step.decision?.id).toBe('V22.D22.1');
		expect(offeredIds(runner)).toEqual(['V22.D22.1.b', 'V22.D22.1.a']);
	});
});

describe('3. a looping hub of sticky choices', () => {
	it('builds, and the checker explores it to the end without crashing or looping', () => {
		const compiled = compileCase(fixture('sticky-hub.ink'));
		expect(compiled.manifest.decisions).toHaveLength(2);
		const [report] = checkCase(fixture('sticky-hub.ink'));
		expect(report!.failures).toEqual([]);
		expect(report!.coverage).toMatchObject({ complete: true, choices: { reached: 10, total: 10 } });
		expect(report!.coverage!.states).toBeLessThan(100);
	});

	it('plays round the loop as long as the trainee likes, then on', () => {
		const runner = browserRunner(compileCase(fixture('sticky-hub.ink')));
		runner.start(null);
		for (let i = 0; i < 25; i++) runner.choose(i % 2 ? 'fx-silence' : 'fx-ask-week');
		expect(offeredIds(runner)).toEqual(['fx-ask-week', 'fx-silence', 'fx-ask-why']);
		runner.choose('fx-ask-why');
		runner.choose('fx-move-on');
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V23.D23.1.b', 'V23.D23.1.a', 'V23.D23.1.c']);
	});
});

describe('5. EXTERNAL functions', () => {
	it('with an ink fallback: builds, passes the checker, and the browser runs the fallback', () => {
		const compiled = compileCase(fixture('external-fallback.ink'));
		expect(checkCase(fixture('external-fallback.ink'))[0]!.failures).toEqual([]);
		expect(browserRunner(compiled).start(null).lines[0]?.text).toBe('Welcome to Riverside Clinic.');
	});

	it('without one: refused at the EXTERNAL line with the fix', () => {
		expect(refusal('external-no-fallback.ink')).toEqual([
			expect.objectContaining({ line: 13, message: expect.stringContaining("EXTERNAL function 'clinic_name' has no ink fallback") })
		]);
		expect(refusal('external-no-fallback.ink')[0]!.message).toContain("add '=== function clinic_name(…) ==='");
	});

	it('without one, in the browser: a StoryRuntimeError in plain words, not a page of minified inkjs', () => {
		const story = new Compiler(readFileSync(fixture('external-no-fallback.ink'), 'utf8')).Compile().ToJson()!;
		const error = (() => {
			try {
				new StoryRunner(story).start(null);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(StoryRuntimeError);
		expect((error as Error).message).toMatch(/^Missing function binding for external: 'clinic_name'/);
		expect((error as Error).message.length).toBeLessThan(200);
	});
});

describe('6. scored choices with dynamic text, and alternatives of one option', () => {
	it('dynamic text: one option, its id identifies it; the manifest keeps the text first met', () => {
		const compiled = compileCase(fixture('dynamic-option-text.ink'));
		const option = compiled.manifest.decisions[0]!.options.find((o) => o.id === 'V26.D26.1.b')!;
		expect(option.text).toBe('Call the police and give them his name.');
		expect(checkCase(fixture('dynamic-option-text.ink'))[0]!.failures).toEqual([]);
		const runner = browserRunner(compiled);
		runner.start(null);
		runner.choose('fx-think-sister');
		expect(runner.current().choices[0]).toEqual({ id: 'V26.D26.1.b', text: 'Call his sister and give them his name.', scored: true });
		expect(runner.choose('V26.D26.1.b').option).toMatchObject({ id: 'V26.D26.1.b', base: option.base });
	});

	it('alternatives under exclusive conditions, same id and tags: one option, counted once', () => {
		const compiled = compileCase(fixture('option-alternatives.ink'));
		expect(compiled.manifest.decisions[0]!.options.map((o) => o.id)).toEqual(['V27.D27.1.b', 'V27.D27.1.a', 'V27.D27.1.c']);
		expect(checkCase(fixture('option-alternatives.ink'))[0]!.failures).toEqual([]);
		const texts = ['fx-ask-week', 'fx-ask-plans'].map((first) => {
			const runner = browserRunner(compiled);
			runner.start(null);
			runner.choose(first);
			return runner.current().choices.find((c) => c.id === 'V27.D27.1.a')!.text;
		});
		expect(texts).toEqual(['Ask him what he meant by it.', 'Ask him about the plan he named.']);
	});

	it('the same id with different tags is refused, naming both lines', () => {
		const issues = refusal('../broken/duplicate-id.ink');
		expect(issues).toContainEqual(
			expect.objectContaining({ line: 15, message: expect.stringMatching(/option id 'V7\.D7\.1\.a' is used for two different choices \(.*duplicate-id\.ink:13\) \(.*duplicate-id\.ink:15\)/) })
		);
	});
});

describe("7. Inky's own tags", () => {
	it('pass through with a warning naming file and line: the build and the checker pass', () => {
		const compiled = compileCase(fixture('inky-tags.ink'));
		expect(compiled.warnings.map((w) => [w.line, w.message])).toEqual([
			[11, "story tag 'author: Jo Smith' is not a Confide tag; Confide ignores it"],
			[12, "story tag 'theme: dark' is not a Confide tag; Confide ignores it"],
			[22, "choice tag 'one' is not a Confide tag; Confide ignores it"],
			[24, "choice tag 'CLASS: quiet' is not a Confide tag; Confide ignores it"]
		]);
		const [report] = checkCase(fixture('inky-tags.ink'));
		expect(report!.failures).toEqual([]);
		expect(report!.warnings).toHaveLength(4);
	});

	it('play in the browser: a free-form tag leaves the option scored', () => {
		const runner = browserRunner(compileCase(fixture('inky-tags.ink')));
		runner.start(null);
		expect(runner.choose('V28.D28.1.a').option?.base.verdict).toBe('best');
	});

	it('a Confide tag name in the wrong place is refused, naming the tag', () => {
		expect(refusal('tag-collision.ink')).toEqual([
			expect.objectContaining({ line: 19, message: "choice 'V29.D29.1.a': 'title' is a story tag: it goes at the top of main.ink, before any content, not a choice tag" })
		]);
	});
});

describe('8. story tags and no decision; missing story tags after comments', () => {
	it('a story with story tags and no decision is refused with what to add', () => {
		expect(refusal('no-decisions.ink')).toEqual([
			expect.objectContaining({ line: 1, message: expect.stringContaining("this story has Confide's story tags but no scored decision") })
		]);
		expect(checkCase(fixture('no-decisions.ink'))[0]!.failures[0]!.message).toContain("'What do you do? #decision: V30.D30.1 Title'");
	});

	it('missing story tags are reported at the first line ink reads, never inside a comment', () => {
		const issues = refusal('missing-tags-after-comments.ink');
		expect(issues.map((i) => [i.line, i.message.split(':')[0]])).toEqual([
			[4, "missing story tag 'id'"],
			[4, "missing story tag 'vignette'"],
			[4, "missing story tag 'summary'"],
			[4, "missing story tag 'intake'"]
		]);
	});
});

describe('9. two vignettes with one vignette number', () => {
	const entries = ['first', 'second'].map((n) => fixture(`shared-vignette/${n}/main.ink`));

	it('are refused by the checker, each naming the other file', () => {
		const reports = checkCases(entries);
		expect(reports.map((r) => r.failures.map((f) => [f.file, f.line, f.message.split(':')[0]]))).toEqual([
			[[entries[0], 2, `vignette number 34 is also used by ${entries[1]}`]],
			[[entries[1], 2, `vignette number 34 is also used by ${entries[0]}`]]
		]);
		expect(reports[0]!.failures[0]!.message).toContain('Their option ids collide too: V34.D34.1.b');
	});

	it('each passes on its own', () => {
		for (const entry of entries) expect(checkCase(entry)[0]!.failures).toEqual([]);
	});
});

describe('10. messages an author can act on', () => {
	it("'//' in a tag: plain words at the line, not only ink's \"Expected closing ']'\"", () => {
		const issues = refusal('slashes-in-tag.ink');
		expect(issues[0]).toMatchObject({ line: 20, message: expect.stringContaining("the '//' in the tag '#cite: https://…' starts an ink comment") });
		expect(issues[0]!.message).toContain("the choice's closing ']' with it");
	});

	it("an unescaped '#' in a value: plain words at the line, with the fix", () => {
		expect(refusal('hash-in-value.ink')).toEqual([
			expect.objectContaining({ line: 20, message: expect.stringContaining("so 'rationale' ends at 'Assess first, as in step'. To keep a '#' in the text, write it as '\\#'") })
		]);
	});

	it('a runtime error names the file and line ink stopped at (debug metadata), the checker adds the path', () => {
		const [failure] = checkCase('tests/fixtures/broken-paths/runtime-error.ink').flatMap((r) => r.failures);
		expect(failure).toMatchObject({ line: 17, message: expect.stringContaining('(ink stopped at tests/fixtures/broken-paths/runtime-error.ink:18)') });
	});
});
