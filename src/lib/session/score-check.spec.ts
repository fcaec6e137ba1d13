import { describe, expect, it } from 'vitest';
import type { AttemptRecord, TranscriptEntry } from '../domain/attempt';
import { countLedger, ledgerEntry } from '../domain/scoring';
import { compileCase } from '../ink/compile';
import { StoryRunner } from '../ink/runner';
import { planResume } from './resume';
import { checkScores, earnedResult, MISMATCH, withDerivedScores } from './score-check';

const tiny = compileCase('tests/fixtures/stories/tiny/main.ink');
const BEST = ['V99.D99.1.a', 'tiny-carry-on', 'V99.D99.2.a'];
const WORST = ['V99.D99.1.b', 'tiny-carry-on', 'V99.D99.2.b'];

/** The attempt a live play of `ids` records (completed when the story ends). */
function played(ids: string[]): AttemptRecord {
	const runner = new StoryRunner(tiny.storyJson);
	const transcript: TranscriptEntry[] = runner.start(null).lines.map((l) => ({ kind: 'text', text: l.text }));
	const ledger = [];
	let passageStart = 0;
	let ended = false;
	for (const id of ids) {
		const { step, option, choiceText } = runner.choose(id);
		transcript.push({ kind: 'choice', text: choiceText, choiceId: id });
		passageStart = transcript.length;
		transcript.push(...step.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text })));
		if (option) ledger.push(ledgerEntry(option));
		ended = step.ended;
	}
	const start = Date.UTC(2026, 10, 1);
	return {
		id: 'a1',
		caseId: 'tiny',
		contentHash: tiny.manifest.contentHash,
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: 2,
		mode: 'assessment',
		practice: null,
		status: ended ? 'completed' : 'active',
		phase: ended ? 'ended' : 'choosing',
		startedAt: start,
		updatedAt: start + ids.length,
		completedAt: ended ? start + ids.length : null,
		inkState: runner.saveState(),
		choiceLog: ids.map((choiceId, i) => ({ choiceId, at: start + i + 1 })),
		transcript,
		passageStart,
		ledger,
		revision: ids.length + 1
	};
}

const check = (a: AttemptRecord) => checkScores(a, tiny.manifest, new StoryRunner(tiny.storyJson));

describe('checkScores: scores come from the choices, never from the stored ledger', () => {
	it('derives an honest attempt as it was stored', () => {
		const honest = played(WORST);
		expect(check(honest)).toEqual({ kind: 'derived', ledger: honest.ledger, finished: true });
		expect(earnedResult(check(honest), honest)).toBe(true);
	});

	it('a worst path carrying the best path\'s ledger: the mismatch is named and the worst path\'s scores are the ones shown', () => {
		const forged = { ...played(WORST), ledger: played(BEST).ledger };
		const result = check(forged);
		expect(result).toMatchObject({ kind: 'mismatch', reason: MISMATCH.scores });
		expect(countLedger(withDerivedScores(forged, result).ledger).critical).toBe(2);
		expect(earnedResult(result, forged)).toBe(false);
	});

	it('a "completed" attempt whose choices do not finish the vignette is not a result', () => {
		const empty = { ...played([]), status: 'completed' as const, phase: 'ended' as const, completedAt: Date.UTC(2026, 10, 1, 1) };
		expect(check(empty)).toMatchObject({ kind: 'mismatch', reason: MISMATCH.unfinished });
		const half = { ...played(BEST.slice(0, 1)), status: 'completed' as const };
		expect(check(half)).toMatchObject({ kind: 'mismatch', reason: MISMATCH.unfinished });
	});

	it('choices the story does not offer are unplayable; content this build lacks is named as such', () => {
		expect(check({ ...played(BEST), choiceLog: [{ choiceId: 'V99.D99.1.z', at: 1 }] })).toMatchObject({ kind: 'unplayable' });
		expect(check({ ...played(BEST), contentHash: 'content-1.x' })).toEqual({ kind: 'not-in-build' });
		expect(check({ ...played(BEST), caseId: 'Board certification in ethics: PASSED' })).toEqual({ kind: 'not-in-build' });
	});
});

describe('planResume derives the scores of the attempt it resumes', () => {
	it('an active attempt with a forged ledger comes back replayed, with the scores its choices earn', () => {
		const honest = played(WORST.slice(0, 2));
		const forged = { ...honest, ledger: [ledgerEntry(tiny.manifest.decisions[0]!.options.find((o) => o.id === 'V99.D99.1.a')!)] };
		const plan = planResume(forged, tiny.manifest, new StoryRunner(tiny.storyJson));
		expect(plan.kind).toBe('replayed');
		expect(plan.attempt.ledger).toEqual(honest.ledger);
	});

	it('an imported active attempt with no ink state and unknown choices is outdated (a restart is offered), never an empty page', () => {
		const hollow = { ...played(BEST.slice(0, 2)), inkState: null, choiceLog: [{ choiceId: 'nowhere', at: Date.UTC(2026, 10, 1) }], ledger: [] };
		expect(planResume(hollow, tiny.manifest, new StoryRunner(tiny.storyJson)).kind).toBe('outdated');
	});

	it('an honest attempt with no ink state resumes at its choices', () => {
		const runner = new StoryRunner(tiny.storyJson);
		const plan = planResume({ ...played(BEST.slice(0, 2)), inkState: null }, tiny.manifest, runner);
		expect(plan.kind).toBe('resume');
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V99.D99.2.a', 'V99.D99.2.b', 'V99.D99.2.c']);
	});
});
