/**
 * Issue 12, item 4: the checker explores states, not paths. The stress fixture (a hub of nine
 * once-only questions, sticky loops, a tunnel, a toggled mood, a counting sequence, then two
 * decisions) has 9! question orders and loops without end, so no path walk can finish it; its
 * states are finite and explored within a stated budget. inkle's The Intercept (vendored under
 * tests/fixtures/inkle/the-intercept) is checked with Confide's tags added, to a budget, with the
 * coverage the checker reports.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/lib/ink/checker';
import { wrapForConfide } from './support/confide-wrap';
import { stressStory } from './support/stress-story';

const STRESS = 'tests/fixtures/real-ink/stress-hub.ink';
/** The stated budget: the stress fixture must finish well inside it, on states, on a busy 2-core machine. */
const STRESS_BUDGET = { maxStates: 20_000, maxSeconds: 240 };

describe('the stress hub', () => {
	it('is the generator’s output (edit tests/unit/support/stress-story.ts, then regenerate)', () => {
		expect(readFileSync(STRESS, 'utf8')).toBe(stressStory(9));
	});

	it('is explored completely within the budget, finished by running out of states, not of time', { timeout: 300_000 }, () => {
		const [report] = checkCase(STRESS, { limits: STRESS_BUDGET });
		expect(report!.failures).toEqual([]);
		const coverage = report!.coverage!;
		// 2^9 sets of questions asked (not 9! orders) times the mood, the sequence and the decisions.
		expect(coverage).toMatchObject({ complete: true, states: 4820, countsCapped: false });
		expect(coverage.stoppedBy).toBeUndefined();
		expect(coverage.choices).toMatchObject({ reached: 19, total: 19 });
		expect(coverage.places).toMatchObject({ reached: 12, total: 12 });
		expect(coverage.elapsedMs).toBeLessThan(STRESS_BUDGET.maxSeconds * 1000);
	});

	it('stops at a state budget with what it reached, instead of running on', () => {
		const [report] = checkCase(STRESS, { limits: { maxStates: 200 } });
		expect(report!.coverage).toMatchObject({ complete: false, stoppedBy: 'states', states: 200 });
		expect(report!.failures).toEqual([expect.objectContaining({ message: expect.stringMatching(/^the exploration stopped at its limit of 200 states .* It reached \d+ of 12 knots and stitches and \d+ of 19 choices/) })]);
	});
});

describe("inkle's The Intercept", () => {
	const source = readFileSync('tests/fixtures/inkle/the-intercept/TheIntercept.ink', 'utf8');
	const place = (wrapped: ReturnType<typeof wrapForConfide>) => {
		const dir = mkdtempSync(join(tmpdir(), 'confide-intercept-'));
		writeFileSync(join(dir, 'main.ink'), wrapped.main);
		for (const [name, text] of Object.entries(wrapped.files)) writeFileSync(join(dir, name), text);
		return join(dir, 'main.ink');
	};

	it('is valid ink as inkle wrote it', () => {
		expect(() => new Compiler(source).Compile()).not.toThrow();
	});

	it('with story tags only, is refused: it has no decision', () => {
		const [report] = checkCase(place(wrapForConfide(source, { id: 'the-intercept', vignette: 8, decisions: false })));
		expect(report!.failures).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('no scored decision') })]);
	});

	it('with story tags and two decisions, is explored to its budget and reports its coverage', { timeout: 300_000 }, () => {
		const [report] = checkCase(place(wrapForConfide(source, { id: 'the-intercept', vignette: 8 })), { limits: { maxStates: 3000, maxSeconds: 240 } });
		// Its character variables and read counts make more states than a test should wait for: the
		// only failure is the budget, with what was reached.
		expect(report!.failures).toHaveLength(1);
		expect(report!.failures[0]!.message).toMatch(/^the exploration stopped at its limit of 3000 states/);
		expect(report!.coverage).toMatchObject({ complete: false, stoppedBy: 'states', states: 3000 });
		expect(report!.coverage!.places.total).toBe(61);
		expect(report!.coverage!.choices.total).toBe(349);
		expect(report!.coverage!.places.reached).toBeGreaterThan(40);
	});
});
