/**
 * The attempt machine's effects inside an LMS: the browser's, except that what to resume comes
 * from the LMS's suspend data (the LMS is the record; IndexedDB is the local copy). The
 * suspended choice ids are replayed through the story (session/resume.ts); a package whose
 * content changed refuses them, and the machine offers a restart.
 */
import { fromPromise } from 'xstate';
import type { AttemptRecord } from '../domain/attempt';
import type { CaseManifest } from '../domain/types';
import type { ResumeFound } from '../machines/attempt.machine';
import type { browserAttemptMachine } from '../session/attempt-effects';
import type { StoryHolder } from '../session/story-holder';
import { planResume, replay } from '../session/resume';
import { openStorage } from '../db/storage';
import { suspendedRecord, type SuspendedAttempt } from './suspend-data';

/** Why suspended data is refused: the trainee reads it on the content note (data-outdated). */
export const CONTENT_CHANGED = 'the course package was updated since this attempt was suspended';

/** The local copy is used when it is the same attempt and holds at least what the LMS has (it may hold more: a commit that failed). */
function extends_(local: AttemptRecord, suspended: SuspendedAttempt): boolean {
	return suspended.choiceLog.length <= local.choiceLog.length && suspended.choiceLog.every((c, i) => local.choiceLog[i]?.choiceId === c.choiceId);
}

export async function resumeFromLms(suspended: SuspendedAttempt | undefined, manifest: CaseManifest, story: StoryHolder): Promise<ResumeFound> {
	if (!suspended) return { kind: 'none', invalid: 0 };
	const storage = await openStorage();
	const local = storage.ok ? await storage.attempts.get(suspended.attemptId).catch(() => undefined) : undefined;
	const record = suspendedRecord(suspended, manifest.meta.id, manifest.meta.version, local?.revision ?? 0);
	if (suspended.contentHash !== manifest.contentHash) return { kind: 'outdated', attempt: record, reason: CONTENT_CHANGED, invalid: 0 };
	const runner = story.fresh();
	const plan = local && local.contentHash === manifest.contentHash && local.practice === null && extends_(local, suspended) ? planResume(local, manifest, runner) : replay(record, manifest, runner);
	if (plan.kind === 'outdated') return { kind: 'outdated', attempt: plan.attempt, reason: plan.reason, invalid: 0 };
	story.use(runner);
	const choices = plan.attempt.phase === 'setting' || plan.attempt.phase === 'ended' ? [] : runner.current().choices;
	return { kind: plan.kind, attempt: plan.attempt, choices, recorded: null, invalid: 0 };
}

/** The browser's machine, resuming the vignette's attempt from the LMS's suspend data. */
export function lmsAttemptMachine(browser: ReturnType<typeof browserAttemptMachine>, suspended: SuspendedAttempt | undefined) {
	return browser.machine({
		checkSavedProgress: fromPromise(async () => suspended !== undefined),
		findResumable: fromPromise(({ input }) => resumeFromLms(suspended, input.manifest, browser.story))
	});
}
