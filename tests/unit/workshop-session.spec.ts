/**
 * The workshop machine driving the real attempt machine on a compiled vignette, as the presenter
 * window does (with the room's attempt kept in memory): keys in, steps, votes and reveals out.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { AttemptRecord } from '../../src/lib/domain/attempt';
import { compileCase } from '../../src/lib/ink/compile';
import { isSettled, stageOf, workshopMachine, type KeyCommand, type RestoredSession, type WorkshopActor } from '../../src/lib/machines/workshop.machine';
import { workshopAttemptMachine } from '../../src/lib/workshop/attempt-effects';
import { frameInputOf } from '../../src/lib/machines/workshop.machine';
import { audienceFrame } from '../../src/lib/workshop/frames';

const compiled = compileCase('tests/fixtures/stories/facilitated/main.ink');
const manifest = compiled.manifest;

function start(options: { saved?: AttemptRecord | null; restored?: RestoredSession | null; reveal?: 'learning' | 'assessment' } = {}) {
	const store = { record: options.saved ?? null, saves: 0 };
	const attempt = workshopAttemptMachine({
		entry: { loadStory: async () => ({ storyJson: compiled.storyJson }) },
		manifest,
		store: { saved: () => store.record, save: async (r) => void ((store.record = r), store.saves++) }
	});
	const actor: WorkshopActor = createActor(workshopMachine.provide({ actors: { attempt } }), {
		input: { manifest, sessionId: 's1', profile: null, reveal: options.reveal ?? 'learning', restored: options.restored ?? null, attemptId: 'a1', now: 1 }
	});
	actor.start();
	let clock = 10;
	// Settled on a step, with the story loaded and no step of the attempt under way (as the presenter's controls wait).
	const settle = () => waitFor(actor, (s) => isSettled(s) && !!s.context.attempt?.storyReady && !s.context.attempt.busy, { timeout: 2000 });
	const key = async (command: KeyCommand) => {
		await settle();
		actor.send({ type: 'key', command, at: (clock += 1000) });
		return settle();
	};
	const next = () => key({ type: 'next' });
	const digit = (label: string, modifier: 'none' | 'shift' | 'alt' = 'none') => key({ type: 'digit', label, modifier });
	const stage = () => stageOf(actor.getSnapshot());
	const slide = () => audienceFrame(frameInputOf(actor.getSnapshot().context), 's', 0).slide;
	const restoredFrom = (): RestoredSession => {
		const c = actor.getSnapshot().context;
		return { position: c.position, rounds: c.rounds, blank: c.blank, ended: c.ended };
	};
	return { actor, store, settle, key, next, digit, stage, slide, restoredFrom };
}

describe('a workshop run of the facilitated fixture', () => {
	it('goes title, setting, reading, a narrative vote, then a decision: vote, results, majority, reveal, and on to the summary', async () => {
		const w = start();
		await w.settle();
		expect(w.stage()).toBe('title');
		await w.next();
		expect(w.stage()).toBe('setting');
		await w.next();
		expect(w.stage()).toBe('reading');
		expect(w.slide()).toMatchObject({ kind: 'passage', lines: ['A client sits down and says something worrying.', 'She waits for your answer.'] });
		await w.next();
		expect(w.stage()).toBe('voting');
		expect(w.slide()).toMatchObject({ kind: 'options', options: [{ label: '1', text: 'Nod and listen.' }, { label: '2', text: 'Ask her to go on.' }] });
		await w.digit('2');
		await w.digit('2');
		await w.digit('1');
		await w.digit('2', 'shift');
		expect(w.actor.getSnapshot().context.rounds[0]!.votes).toEqual([1, 1]);
		await w.next();
		expect(w.stage()).toBe('results');
		// A tie: advancing plays nothing until the room breaks it.
		await w.next();
		expect(w.stage()).toBe('results');
		await w.digit('2');
		await w.next();
		expect(w.store.saves).toBe(1);
		expect(w.stage()).toBe('reading');
		expect(w.slide()).toMatchObject({ kind: 'passage' });
		await w.next();
		expect(w.stage()).toBe('voting');
		const options = w.slide();
		expect(JSON.stringify(options)).not.toMatch(/best|error|rationale|Assess first/i);
		await w.digit('1');
		await w.digit('2');
		await w.digit('2');
		await w.next();
		expect(w.slide()).toMatchObject({ kind: 'results', total: 3, bars: [{ votes: 1 }, { votes: 2 }, { votes: 0 }] });
		await w.next();
		expect(w.stage()).toBe('review');
		expect(w.slide()).toMatchObject({ kind: 'review', verdict: 'best', by: 'majority', played: { label: '2' } });
		// What option 1, which the room did not take, would have meant.
		await w.digit('1');
		expect(w.slide()).toMatchObject({ kind: 'meaning', label: '1' });
		await w.next();
		expect(w.slide()).toMatchObject({ kind: 'review' });
		await w.next();
		expect(w.stage()).toBe('reading');
		await w.next();
		expect(w.stage()).toBe('voting');
		await w.digit('1');
		// The facilitator overrides the room.
		await w.digit('3', 'alt');
		expect(w.stage()).toBe('review');
		expect(w.slide()).toMatchObject({ kind: 'review', verdict: 'acceptable', by: 'override', played: { label: '3' } });
		await w.next();
		while (w.stage() !== 'summary') await w.next();
		expect(w.slide()).toMatchObject({ kind: 'summary', steps: [{ label: '2', by: 'majority' }, { label: '3', by: 'override' }] });
		expect(w.actor.getSnapshot().context.ended).toBe(true);
		w.actor.stop();
	});

	it('comes back after a reload at the step it was on, with its votes, before and after the first choice', async () => {
		const w = start();
		await w.next();
		await w.next();
		await w.next();
		await w.digit('1');
		await w.digit('1');
		const before = w.restoredFrom();
		w.actor.stop();
		const again = start({ restored: before });
		await again.settle();
		expect(again.stage()).toBe('voting');
		expect(again.actor.getSnapshot().context.rounds[0]!.votes).toEqual([2, 0]);
		await again.next();
		await again.next();
		await again.next();
		expect(again.stage()).toBe('voting');
		await again.digit('3');
		const mid = again.restoredFrom();
		const saved = again.store.record;
		again.actor.stop();
		const third = start({ restored: mid, saved });
		await third.settle();
		expect(third.stage()).toBe('voting');
		expect(third.actor.getSnapshot().context.rounds[1]!.votes).toEqual([0, 0, 1]);
		expect(third.slide()).toMatchObject({ kind: 'options', heading: expect.stringContaining('Decision 1 of 2') });
		third.actor.stop();
	});

	it('blanks to black or white and any key brings the step back without moving on', async () => {
		const w = start();
		await w.key({ type: 'blank', color: 'black' });
		expect(w.actor.getSnapshot().context.blank).toBe('black');
		await w.next();
		expect(w.actor.getSnapshot().context.blank).toBe(null);
		expect(w.stage()).toBe('title');
		await w.key({ type: 'blank', color: 'white' });
		expect(w.actor.getSnapshot().context.blank).toBe('white');
		await w.key({ type: 'wake' });
		expect(w.actor.getSnapshot().context.blank).toBe(null);
		// A key that is not a command does nothing else.
		await w.key({ type: 'wake' });
		expect(w.stage()).toBe('title');
		w.actor.stop();
	});

	it('in the assessment style reveals nothing until the end, then each decision in turn', async () => {
		const w = start({ reveal: 'assessment' });
		const seen: string[] = [];
		for (let guard = 0; guard < 20 && w.stage() !== 'reveals'; guard++) {
			if (w.stage() === 'voting') await w.digit('1');
			seen.push(`${w.stage()}:${w.slide().kind}`);
			await w.next();
		}
		// No reveal of a decision before the end.
		expect(seen.filter((s) => s.startsWith('review'))).toEqual([]);
		expect(w.stage()).toBe('reveals');
		expect(w.slide()).toMatchObject({ kind: 'review', verdict: 'error', played: { label: '1' } });
		w.actor.stop();
	});
});
