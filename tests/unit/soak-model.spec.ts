// The soak's judgement of a stored attempt after a kill (scripts/soak/model.js).
import { describe, expect, it } from 'vitest';
import { apply, cycleSeed, hasRow, judge, prng, rowProblems, summarize, unsaved, type Step, type StoredRow } from '../../scripts/soak/model.js';

const acked = (kind: Step['kind'], extra: Partial<Step> = {}): Step => ({ kind, acked: true, ...extra });
const choice = (choiceId: string, screen: string): Step => acked('choice', { choiceId, screen });

/** A consistent row for a log of choices (texts made up), in `phase`. */
function row(log: string[], overrides: Partial<StoredRow> = {}): StoredRow {
	const transcript: StoredRow['transcript'] = [{ kind: 'text', text: 'Start.' }];
	for (const id of log) transcript.push({ kind: 'choice', text: `Pick ${id}`, choiceId: id }, { kind: 'text', text: `After ${id}` });
	const scored = log.filter((id) => /^V\d/.test(id));
	const phase = overrides.phase ?? 'choosing';
	return {
		id: 'a1',
		caseId: 'dana',
		status: phase === 'ended' ? 'completed' : 'active',
		phase,
		profile: null,
		revision: log.length + scored.length - (phase === 'feedback' ? 1 : 0),
		startedAt: 1,
		updatedAt: 2,
		inkState: '{}',
		choiceLog: log.map((choiceId, at) => ({ choiceId, at })),
		transcript,
		passageStart: transcript.length - 1,
		ledger: scored.map((optionId) => ({ optionId, decisionId: optionId.slice(0, -2), verdict: 'best' })),
		...overrides
	};
}

describe('judge', () => {
	const started = apply(apply(unsaved(null), acked('begin', { screen: 'setting' })), acked('continue', { screen: 'choosing' }));
	const base = { ...started, id: 'a1' };

	it('accepts a row holding every acknowledged step', () => {
		const steps = [choice('dana-s1-sleep', 'choosing'), choice('V1.D1.1.a', 'feedback')];
		expect(judge(base, steps, row(['dana-s1-sleep', 'V1.D1.1.a'], { phase: 'feedback' }))).toEqual({ outcome: 'clean', problems: [], ackedLost: false });
	});

	it('flags an acknowledged choice that is missing as lost', () => {
		const judged = judge(base, [choice('dana-s1-sleep', 'choosing'), choice('V1.D1.1.a', 'feedback')], row(['dana-s1-sleep']));
		expect(judged.ackedLost).toBe(true);
		expect(judged.problems.join()).toMatch(/choice log \[dana-s1-sleep\], expected \[dana-s1-sleep V1.D1.1.a\]/);
	});

	it('allows the one interrupted choice to be kept or lost, never half', () => {
		const steps: Step[] = [choice('dana-s1-sleep', 'choosing'), { kind: 'choice', choiceId: 'V1.D1.1.a', acked: null }];
		expect(judge(base, steps, row(['dana-s1-sleep']))).toMatchObject({ outcome: 'lost', problems: [] });
		expect(judge(base, steps, row(['dana-s1-sleep', 'V1.D1.1.a'], { phase: 'feedback' }))).toMatchObject({ outcome: 'kept', problems: [] });
		// Kept in the log but not in the phase a scored choice leads to.
		const half = judge(base, steps, row(['dana-s1-sleep', 'V1.D1.1.a'], { phase: 'choosing', revision: 4 }));
		expect(half.problems).toHaveLength(1);
		expect(half.ackedLost).toBe(false);
	});

	it('rejects a row with a choice never made', () => {
		const judged = judge(base, [choice('dana-s1-sleep', 'choosing')], row(['dana-s1-sleep', 'dana-s2-other']));
		expect(judged.problems.length).toBeGreaterThan(0);
		expect(judged.ackedLost).toBe(false);
	});

	it('checks the revision: one per save', () => {
		expect(judge(base, [choice('dana-s1-sleep', 'choosing')], row(['dana-s1-sleep'], { revision: 4 })).problems.join()).toMatch(/revision 4, expected 1/);
	});

	it('begin and a profile pick store nothing: no row is expected, and a row is a problem', () => {
		const steps: Step[] = [acked('begin', { screen: 'setting' }), acked('profile', { profile: 'tx', screen: 'setting' })];
		expect(judge(unsaved('ca'), steps, undefined)).toEqual({ outcome: 'clean', problems: [], ackedLost: false });
		const setting = row([], { phase: 'setting', profile: 'tx', revision: 1, inkState: null, transcript: [], passageStart: 0 });
		expect(judge(unsaved('ca'), steps, setting).problems.join()).toMatch(/no save of this attempt was made/);
	});

	it('starting the session stores nothing; a new attempt whose first choice was interrupted may have no row, or one with that choice', () => {
		const start: Step[] = [acked('begin', { screen: 'setting' }), acked('continue', { screen: 'choosing' })];
		expect(judge(unsaved(null), start, undefined)).toEqual({ outcome: 'clean', problems: [], ackedLost: false });
		const steps: Step[] = [...start, { kind: 'choice', choiceId: 'dana-s1-sleep', acked: false }];
		expect(judge(unsaved(null), steps, undefined)).toMatchObject({ outcome: 'lost', problems: [] });
		expect(judge(unsaved(null), steps, row(['dana-s1-sleep'], { revision: 1 }))).toMatchObject({ outcome: 'kept', problems: [] });
		expect(judge(unsaved(null), [...start, choice('dana-s1-sleep', 'choosing')], undefined)).toMatchObject({ ackedLost: true });
	});

	it('a narrative choice interrupted at the end may leave the attempt completed', () => {
		const steps: Step[] = [{ kind: 'choice', choiceId: 'dana-end', acked: false }];
		expect(judge(base, steps, row(['dana-end'], { phase: 'ended', status: 'completed' }))).toMatchObject({ outcome: 'kept', problems: [] });
	});

	it('a restart marks the unfinished attempt abandoned, with one more revision', () => {
		const before = summarize(row(['dana-s1-sleep']));
		expect(judge(before, [acked('restart')], row(['dana-s1-sleep'], { status: 'abandoned', revision: 2 }))).toMatchObject({ outcome: 'clean', problems: [] });
		expect(judge(before, [acked('restart')], row(['dana-s1-sleep'])).problems.join()).toMatch(/status active, expected abandoned/);
	});

	it('refuses steps taken before the previous one was acknowledged', () => {
		expect(() => judge(base, [{ kind: 'choice', choiceId: 'x', acked: null }, choice('y', 'choosing')], row([]))).toThrow(/before the previous one/);
	});
});

describe('hasRow', () => {
	const started = [acked('begin', { screen: 'setting' }), acked('continue', { screen: 'choosing' })];

	it('a new attempt restarted before its first choice has no row to claim', () => {
		expect(hasRow(unsaved(null), [...started, acked('restart')])).toBe(false);
	});

	it('a new attempt has one once a choice was made, acknowledged or not', () => {
		expect(hasRow(unsaved(null), [...started, choice('dana-s1-sleep', 'choosing')])).toBe(true);
		expect(hasRow(unsaved(null), [...started, { kind: 'choice', choiceId: 'dana-s1-sleep', acked: false }])).toBe(true);
	});

	it('a stored attempt always has one', () => {
		expect(hasRow(summarize(row([])), [acked('restart')])).toBe(true);
	});
});

describe('rowProblems', () => {
	it('passes a consistent row', () => {
		expect(rowProblems(row(['dana-s1-sleep', 'V1.D1.1.a'], { phase: 'feedback' }))).toEqual([]);
	});

	it('finds a ledger, transcript or revision that disagrees with the log', () => {
		const good = row(['dana-s1-sleep', 'V1.D1.1.a'], { phase: 'feedback' });
		expect(rowProblems({ ...good, ledger: [] })).toEqual([expect.stringMatching(/ledger \[\] differs/)]);
		expect(rowProblems({ ...good, transcript: good.transcript.slice(0, 2), passageStart: 1 })).toEqual([expect.stringMatching(/transcript's choices/)]);
		expect(rowProblems({ ...good, revision: 1 })).toEqual([expect.stringMatching(/below the 2 saves/)]);
		expect(rowProblems({ ...good, phase: 'ended', revision: 4 })).toEqual([expect.stringMatching(/phase ended with status active/)]);
	});
});

describe('prng', () => {
	it('repeats its sequence for a seed, and each cycle has its own', () => {
		const a = prng(42);
		const b = prng(42);
		const seq = Array.from({ length: 5 }, () => a.int(1000));
		expect(Array.from({ length: 5 }, () => b.int(1000))).toEqual(seq);
		expect(new Set(seq).size).toBeGreaterThan(1);
		expect(cycleSeed(42, 1)).not.toBe(cycleSeed(42, 2));
		expect(cycleSeed(42, 1)).toBe(cycleSeed(42, 1));
	});
});
