import { describe, expect, it } from 'vitest';
import { checkCase, type CheckReport } from './checker';

const fixture = (name: string) => `tests/fixtures/broken-paths/${name}`;
const failuresOf = (reports: CheckReport[]) => reports.flatMap((r) => r.failures.map((f) => ({ ...f, profile: r.profile })));

// The shipped vignettes are checked once per `npm test`, by its story-check step
// (scripts/check-stories.js), not again here.

describe('the template vignette authors copy', () => {
	it('passes the checker as it is', () => {
		const [report] = checkCase('stories/_template/main.ink');
		expect(report).toMatchObject({ caseId: 'template', failures: [] });
		// 2 narrative openings x 3 options x 3 options: 18 paths, but the openings lead to one state,
		// and the first decision's options to one state each: 6 states with choices, 9 ways to the end.
		expect(report!.coverage).toMatchObject({ states: 6, endings: 9, complete: true });
	});
});

describe('story checker rules, one broken fixture each', () => {
	const tell = { text: 'Tell.', id: 'V7.D7.1.b' };
	it.each([
		['dead-end.ink', 18, /ran out of content.*\(ink stopped at tests\/fixtures\/broken-paths\/dead-end\.ink:19\)/, [tell]],
		['runtime-error.ink', 17, /ink runtime error: RANDOM was called .*\(ink stopped at tests\/fixtures\/broken-paths\/runtime-error\.ink:18\)/, [tell]],
		['step-cap.ink', 18, /without a choice or an end \(a loop\?\)/, [tell]],
		['no-debrief.ink', 15, /ends without a single scored decision/, [{ text: 'Leave early.', id: 'broken-leave' }]],
		['unanswered-decision.ink', 22, /V7\.D7\.2 announced but never answered/, [tell, { text: 'Walk away.', id: 'broken-walk-away' }]],
		['unannounced-option.ink', 22, /'V7\.D7\.2\.a' is offered where decision 'V7\.D7\.2' was not announced/, [tell, { text: 'Tell.', id: 'V7.D7.2.a' }]],
		['profile-no-best.ink', 16, /0 best options under profile 'tx'/, []],
		// Labels (1, 2, 3) are the keys that choose: a narrative choice before the options would shift them.
		['option-order.ink', 24, /decision 'V7\.D7\.1' is offered here after another choice/, [{ text: 'Arrive early.', id: 'broken-early' }]]
	])('%s fails at line %i with the path of choices that led there', (file, line, message, path) => {
		const failures = failuresOf(checkCase(fixture(file)));
		const failure = failures.find((f) => message.test(f.message));
		expect(failure, JSON.stringify(failures)).toBeDefined();
		expect(failure).toMatchObject({ file: `tests/fixtures/broken-paths/${file}`, line, path });
	});

	it('fails a vignette without a best hold, and one without a best disclosure under a profile', () => {
		expect(failuresOf(checkCase(fixture('no-best-hold.ink'))).map((f) => f.message)).toContainEqual(expect.stringContaining("no decision is best answered by 'hold'"));
		const byProfile = checkCase(fixture('profile-no-best-disclose.ink'));
		const missing = (r: CheckReport) => r.failures.filter((f) => f.message.startsWith('no decision is best answered'));
		expect(byProfile.map((r) => [r.profile, missing(r).length])).toEqual([
			['ca', 0],
			['tx', 1]
		]);
		expect(missing(byProfile[1]!)[0]!.message).toContain("no decision is best answered by 'disclose' under profile 'tx'");
	});

	it('reports compile errors and broken tags with file and line', () => {
		for (const [file, line] of [
			['syntax-error.ink', 13],
			['missing-rationale.ink', 13],
			['duplicate-id.ink', 15],
			['uppercase-verdict.ink', 13],
			// A facilitator's note on a choice, without its text, or on no line a workshop shows.
			['facilitator-on-choice.ink', 13],
			['facilitator-empty.ink', 12],
			['facilitator-no-text.ink', 13]
		] as const) {
			const failures = failuresOf(checkCase(`tests/fixtures/broken/${file}`));
			expect(failures.some((f) => f.file === `tests/fixtures/broken/${file}` && f.line === line), `${file}: ${JSON.stringify(failures)}`).toBe(true);
		}
	});

	it.each([
		['cite', 19],
		['length', 15],
		['longest', 14],
		['justifying-clause', 19],
		['best-position', 14],
		['cross-action-acceptable', 15],
		['blanket-share', undefined],
		['blanket-critical', undefined],
		['critical-under', undefined],
		['critical-over', undefined],
		['retired-id', 24],
		['reviewer-hedge', 10]
	] as const)('authoring rule %s fires on its fixture, naming the file (and line %s)', (rule, line) => {
		const file = `tests/fixtures/broken-rules/${rule}/main.ink`;
		const failures = failuresOf(checkCase(file));
		const failure = failures.find((f) => f.rule === rule);
		expect(failure, JSON.stringify(failures)).toMatchObject({ file, ...(line ? { line } : {}) });
	});

	it('the unbroken twin of the authoring-rule fixtures passes, and prints its tables', () => {
		const [report] = checkCase('tests/fixtures/broken-rules/valid/main.ink');
		expect(report!.failures).toEqual([]);
		expect(report!.authoring).toMatchObject({
			bestActions: 'HD',
			blanket: [
				{ action: 'hold', earned: 2, possible: 4, criticalAt: ['V8.D8.2'] },
				{ action: 'disclose', earned: 2, possible: 4, criticalAt: ['V8.D8.1'] }
			]
		});
		expect(report!.authoring!.lengths.map((l) => [l.decisionId, l.bestPosition, l.bestIsLongest])).toEqual([
			['V8.D8.1', 2, false],
			['V8.D8.2', 3, false]
		]);
	});

	it('counts the states of the tiny fixture', () => {
		const [report] = checkCase('tests/fixtures/stories/tiny/main.ink');
		// 3 options at D1, each to the same narrative choice but with its own last scored option (the
		// path map draws its arrows from it), then D2: 1 + 3 + 3 states, 9 ways to the end.
		expect(report).toMatchObject({ decisions: 2, failures: [], coverage: { states: 7, endings: 9, complete: true } });
	});
});
