import { describe, expect, it } from 'vitest';
import type { AttemptRecord, TranscriptEntry } from '../domain/attempt';
import { ledgerEntry } from '../domain/scoring';
import { compileCase } from '../ink/compile';
import { StoryRunner } from '../ink/runner';
import { planPractice } from './practice';
import { practisedEntries } from '../domain/attempt';

const compiled = compileCase('tests/fixtures/stories/tiny/main.ink');
const manifest = compiled.manifest;
const CHOICES = ['V99.D99.1.b', 'tiny-carry-on', 'V99.D99.2.b'];

function finished(): AttemptRecord {
	const runner = new StoryRunner(compiled.storyJson);
	const transcript: TranscriptEntry[] = runner.start(null).lines.map((l) => ({ kind: 'text', text: l.text }));
	const ledger = [];
	for (const id of CHOICES) {
		const { step, option, choiceText } = runner.choose(id);
		transcript.push({ kind: 'choice', text: choiceText, choiceId: id }, ...step.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text })));
		if (option) ledger.push(ledgerEntry(option));
	}
	return {
		id: 'recorded-1',
		caseId: 'tiny',
		contentHash: manifest.contentHash,
		storyVersion: manifest.meta.version,
		profile: null,
		schemaVersion: 2,
		mode: 'assessment',
		practice: null,
		status: 'completed',
		phase: 'ended',
		startedAt: 1,
		updatedAt: 9,
		completedAt: 9,
		inkState: runner.saveState(),
		choiceLog: CHOICES.map((choiceId, i) => ({ choiceId, at: i + 2 })),
		transcript,
		passageStart: transcript.length - 1,
		ledger,
		revision: 7
	};
}

const ids = { newId: () => 'practice-1', now: () => 100 };

describe('planPractice', () => {
	it('positions the story at the chosen decision with the earlier choices replayed', () => {
		const source = finished();
		const before = structuredClone(source);
		const runner = new StoryRunner(compiled.storyJson);
		const plan = planPractice(source, 'V99.D99.2', manifest, runner, ids);
		if (!plan.ok) throw new Error(plan.reason);
		expect(plan.practice).toMatchObject({
			id: 'practice-1',
			mode: 'learning',
			practice: { of: 'recorded-1', fromDecision: 'V99.D99.2' },
			status: 'active',
			phase: 'choosing',
			revision: 0,
			startedAt: 100,
			completedAt: null
		});
		expect(plan.practice.choiceLog.map((c) => c.choiceId)).toEqual(['V99.D99.1.b', 'tiny-carry-on']);
		expect(plan.practice.ledger.map((e) => e.optionId)).toEqual(['V99.D99.1.b']);
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V99.D99.2.a', 'V99.D99.2.b', 'V99.D99.2.c']);
		// The recorded attempt is untouched.
		expect(source).toEqual(before);
	});

	it('practises from the first decision with nothing replayed', () => {
		const runner = new StoryRunner(compiled.storyJson);
		const plan = planPractice(finished(), 'V99.D99.1', manifest, runner, ids);
		if (!plan.ok) throw new Error(plan.reason);
		expect(plan.practice.choiceLog).toEqual([]);
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V99.D99.1.b', 'V99.D99.1.a', 'V99.D99.1.c']);
	});

	it('keeps pointing at the recorded attempt when a practice run is practised again', () => {
		const runner = new StoryRunner(compiled.storyJson);
		const again = { ...finished(), id: 'practice-0', practice: { of: 'recorded-1', fromDecision: 'V99.D99.1' } };
		const plan = planPractice(again, 'V99.D99.2', manifest, runner, ids);
		expect(plan.ok && plan.practice.practice).toEqual({ of: 'recorded-1', fromDecision: 'V99.D99.2' });
	});

	it('refuses a decision the vignette does not have or the attempt never reached', () => {
		const runner = new StoryRunner(compiled.storyJson);
		expect(planPractice(finished(), 'V99.D99.9', manifest, runner, ids).ok).toBe(false);
		const early = { ...finished(), choiceLog: [{ choiceId: 'V99.D99.1.a', at: 1 }] };
		expect(planPractice(early, 'V99.D99.2', manifest, runner, ids)).toEqual({ ok: false, reason: 'the attempt did not reach decision V99.D99.2' });
	});
});

describe('practisedEntries', () => {
	it('is the whole ledger of a recorded attempt and the practised part of a practice run', () => {
		const source = finished();
		expect(practisedEntries(source)).toEqual(source.ledger);
		expect(practisedEntries({ ...source, practice: { of: 'x', fromDecision: 'V99.D99.2' } }).map((e) => e.optionId)).toEqual(['V99.D99.2.b']);
	});
});
