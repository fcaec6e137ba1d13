/**
 * An ink runtime error, or a story that runs past the runner's step cap, during play. The build
 * (compileCase explores every state) rejects such stories, so these compile the checker's broken
 * fixtures with the bare ink compiler and play them through the attempt machine. The attempt stops
 * on the error state with its last acknowledged record intact and nothing more saved.
 */
import { readFileSync } from 'node:fs';
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import { compileCase } from '../../src/lib/ink/compile';
import { StoryRunner, StoryRuntimeError } from '../../src/lib/ink/runner';
import { createAttemptMachine, type AttemptEvent, type PendingRecord } from '../../src/lib/machines/attempt.machine';

/** Compiled without the build's path walk, which would refuse it. */
const bare = (name: string) => new Compiler(readFileSync(`tests/fixtures/broken-paths/${name}.ink`, 'utf8')).Compile().ToJson()!;
// Only the manifest's metadata matters here; the tiny fixture's will do.
const manifest = compileCase('tests/fixtures/stories/tiny/main.ink').manifest;
const runtimeError = { storyJson: bare('runtime-error'), manifest };
const stepCap = { storyJson: bare('step-cap'), manifest };

describe('StoryRunner on a story that fails while playing', () => {
	it('throws a StoryRuntimeError for an ink runtime error', () => {
		const runner = new StoryRunner(runtimeError.storyJson);
		runner.start(null);
		expect(() => runner.choose('V7.D7.1.b')).toThrow(StoryRuntimeError);
	});

	it('throws a StoryRuntimeError at the step cap instead of looping', () => {
		const runner = new StoryRunner(stepCap.storyJson, { stepCap: 200 });
		runner.start(null);
		expect(() => runner.choose('V7.D7.1.b')).toThrow(/ran 200 lines without a choice/);
	});
});

describe('an attempt on such a story', () => {
	for (const [name, compiled] of [
		['runtime error', runtimeError],
		['step cap', stepCap]
	] as const) {
		it(`${name}: goes to the error state, keeps the acknowledged attempt and saves nothing more`, async () => {
			const runner = new StoryRunner(compiled.storyJson, { stepCap: 200 });
			const writes: PendingRecord[] = [];
			// The machine with real story effects (the runner) and a storage that records writes.
			const machine = createAttemptMachine().provide({
				actors: {
					checkSavedProgress: fromPromise(async () => false),
					loadStory: fromPromise(async () => ({ decisions: compiled.manifest.decisions })),
					openStorage: fromPromise<{ ok: true } | { ok: false; reason: string }>(async () => ({ ok: true })),
					lock: fromCallback<AttemptEvent, { steal: boolean }>(({ sendBack }) => sendBack({ type: 'lock.held' })),
					startStory: fromPromise(async ({ input }) => ({ step: runner.start(input.profile), at: 1 })),
					stepStory: fromPromise(async ({ input }) => {
						const { step, option, choiceText } = runner.choose(input.choiceId);
						return { choiceId: input.choiceId, choiceText, at: 2, step, ...(option ? { option } : {}) };
					}),
					persistAttempt: fromPromise<void, PendingRecord>(async ({ input }) => void writes.push(input))
				}
			});
			const actor = createActor(machine, { input: { manifest: compiled.manifest, attemptId: 'a1', now: 0 } }).start();
			await waitFor(actor, (s) => s.matches({ attempt: 'contentNote', story: 'ready' }));
			actor.send({ type: 'begin' });
			actor.send({ type: 'setting.continue' });
			await waitFor(actor, (s) => s.matches({ attempt: 'choosing' }));
			const acknowledged = actor.getSnapshot().context;

			actor.send({ type: 'choice.select', choiceId: 'V7.D7.1.b' });
			const stopped = await waitFor(actor, (s) => s.matches({ attempt: 'error' }));
			expect(stopped.context.error).toBeTruthy();
			// Nothing new was logged or saved: the stored record stays the last acknowledged one.
			expect(stopped.context).toMatchObject({ revision: 0, choiceLog: acknowledged.choiceLog, ledger: acknowledged.ledger, transcript: acknowledged.transcript });
			expect(writes).toEqual([]);
			actor.stop();
		});
	}
});
