/**
 * inkle's feature-test stories (vendored from the inkjs repository, tests/fixtures/inkle/
 * feature-tests; see its README): each is valid ink, and with Confide's story tags and two
 * decisions added (as an instructor would add them) it passes the checker, or is refused only for
 * one of the reasons documented in the README's table, kept here in REFUSED.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { checkCase, type CheckFailure } from '../../src/lib/ink/checker';
import { wrapForConfide } from './support/confide-wrap';

const CORPUS = 'tests/fixtures/inkle/feature-tests';

/** Why a story is refused (see the README's table). */
type Reason = 'external-without-fallback' | 'ink-warning' | 'story-tag-clash';

const REFUSED: Record<string, Reason> = {
	'bindings/external_binding.ink': 'external-without-fallback',
	'bindings/game_ink_back_and_forth.ink': 'external-without-fallback',
	'bindings/lookup_safe_or_not.ink': 'external-without-fallback',
	'bindings/lookup_safe_or_not_with_post_glue.ink': 'external-without-fallback',
	'choices/blank_choice.ink': 'ink-warning',
	'choices/empty_choice.ink': 'ink-warning',
	'choices/various_blank_choice_warning.ink': 'ink-warning',
	'misc/compiler/end_of_content_without_end.ink': 'ink-warning',
	'misc/compiler/loose_ends.ink': 'ink-warning',
	'misc/compiler/return_text_warning.ink': 'ink-warning',
	'misc/end_of_content_without_end.ink': 'ink-warning',
	'tags/tags.ink': 'story-tag-clash'
};

const REASONS: Record<Reason, RegExp> = {
	'external-without-fallback': /^EXTERNAL function '\w+' has no ink fallback/,
	'ink-warning': /^ink warning: /,
	'story-tag-clash': /^story tag '\w+' is given twice/
};

/** Every story file of the corpus but the INCLUDEd parts (under includes/). */
function entries(dir = CORPUS): string[] {
	return readdirSync(dir)
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'includes' ? [] : entries(path);
			return name.endsWith('.ink') ? [relative(CORPUS, path)] : [];
		})
		.sort();
}

/** The reason a failure is refused for, or the failure itself when it matches none. */
function reasonOf(failure: CheckFailure): Reason | string {
	return (Object.keys(REASONS) as Reason[]).find((r) => REASONS[r].test(failure.message)) ?? `${failure.file}:${failure.line}: ${failure.message}`;
}

describe("inkle's feature-test stories", () => {
	const all = entries();

	it('are all here: 175 stories and the 4 files they INCLUDE', () => {
		expect(all).toHaveLength(175);
		for (const refused of Object.keys(REFUSED)) expect(all).toContain(refused);
	});

	it.each(all)('%s', (entry) => {
		const source = readFileSync(join(CORPUS, entry), 'utf8');
		// Valid ink, as inkle wrote it.
		const compiler = new Compiler(source, new CompilerOptions(entry, [], false, null, {
			ResolveInkFilename: (name: string) => name,
			LoadInkFileContents: (name: string) => readFileSync(join(CORPUS, dirname(entry), name), 'utf8')
		}));
		expect(() => compiler.Compile(), JSON.stringify(compiler.errors)).not.toThrow();

		// With Confide's tags and two decisions, in a folder of its own beside the files it INCLUDEs.
		const dir = mkdtempSync(join(tmpdir(), 'confide-inkle-'));
		cpSync(join(CORPUS, dirname(entry)), dir, { recursive: true });
		const wrapped = wrapForConfide(source, { id: 'inkle-feature', vignette: 8 });
		writeFileSync(join(dir, 'main.ink'), wrapped.main);
		for (const [name, text] of Object.entries(wrapped.files)) writeFileSync(join(dir, name), text);
		const reports = checkCase(join(dir, 'main.ink'), { root: dir, limits: { maxStates: 20_000, maxSeconds: 60 } });

		const reasons = [...new Set(reports.flatMap((r) => r.failures.map(reasonOf)))];
		expect(reasons).toEqual(REFUSED[entry] ? [REFUSED[entry]] : []);
		if (!REFUSED[entry]) for (const report of reports) expect(report.coverage).toMatchObject({ complete: true });
	});
});
