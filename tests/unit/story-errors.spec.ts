/**
 * An ink runtime error, or a story that runs past the runner's step cap, during play. The build
 * (compileCase explores every state) rejects such stories, so these compile the checker's broken
 * fixtures with the bare ink compiler and play them. The attempt stops on the error state with
 * its last acknowledged record intact and nothing more saved.
 */
import { readFileSync } from 'node:fs';
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type EventFrom, type SnapshotFrom } from 'xstate';
import { compileCase } from '../../src/lib/ink/compile';
import { StoryRunner, StoryRuntimeError } from '../../src/lib/ink/runner';
import { createSessionMachine, type SessionMachine } from '../../src/lib/machines/session.machine';

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

describe('the session on such a story', () => {
	for (const [name, compiled] of [
		['runtime error', runtimeError],
		['step cap', stepCap]
	] as const) {
		it(`${name}: goes to the error state, keeps the acknowledged attempt and saves nothing more`, () => {
			const machine = createSessionMachine({ story: new StoryRunner(compiled.storyJson, { stepCap: 200 }), now: () => 5, newId: () => 'a1' });
			let [snapshot] = initialTransition(machine, { manifest: compiled.manifest, profile: null });
			const send = (event: { type: string; [k: string]: unknown }) => ([snapshot] = transition(machine, snapshot, event as EventFrom<SessionMachine>));
			const saved = () => send({ type: 'xstate.done.actor.persist', output: undefined });
			send({ type: 'begin' });
			saved();
			send({ type: 'setting.continue' });
			saved();
			const acknowledged: SnapshotFrom<SessionMachine>['context'] = snapshot.context;
			expect(acknowledged).toMatchObject({ phase: 'choosing', revision: 2, saveState: 'saved' });

			send({ type: 'choice.select', choiceId: 'V7.D7.1.b' });
			expect(snapshot.value).toBe('error');
			expect(snapshot.context.error).toBeTruthy();
			// Nothing new was logged or saved: the stored record stays the last acknowledged one.
			expect(snapshot.context).toMatchObject({ revision: 2, saveState: 'saved', choiceLog: acknowledged.choiceLog, ledger: acknowledged.ledger, transcript: acknowledged.transcript });
			expect(snapshot.children.persist).toBeUndefined();
		});
	}
});
