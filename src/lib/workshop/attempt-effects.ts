/**
 * The attempt machine's effects for a workshop: the same story runner and resume-by-replay as the
 * case page, but the attempt is the room's, kept inside the workshop session (its own table), never
 * in a trainee's progress. There is no lock (the presenter window is the one driver), no practice
 * and no restart.
 */
import { fromCallback, fromPromise } from 'xstate';
import type { AttemptRecord, ChoiceView } from '../domain/attempt';
import type { CaseManifest } from '../domain/types';
import type { CatalogueEntry } from '../ink/catalogue-types';
import { createAttemptMachine, type AttemptEvent, type PracticeQuery, type ResumeFound } from '../machines/attempt.machine';
import { StoryHolder, startProfiles } from '../session/story-holder';
import { planResume } from '../session/resume';

/** Where the room's attempt is kept: a workshop session's row, or memory for a practice-only profile. */
export interface RoomAttemptStore {
	/** The attempt as last saved, if any. */
	saved(): AttemptRecord | null;
	save(record: AttemptRecord): Promise<void>;
}

/** Resumes the room's attempt as saved (or replayed on edited content), leaving the story where it stands. */
export function resumeRoomAttempt(saved: AttemptRecord | null, manifest: CaseManifest, story: StoryHolder): ResumeFound {
	if (!saved) return { kind: 'none', invalid: 0 };
	const runner = story.fresh();
	const plan = planResume(saved, manifest, runner);
	if (plan.kind === 'outdated') return { kind: 'outdated', attempt: plan.attempt, reason: plan.reason, invalid: 0 };
	story.use(runner);
	const choices = plan.attempt.phase === 'setting' || plan.attempt.phase === 'ended' ? [] : runner.current().choices;
	return { kind: plan.kind, attempt: plan.attempt, choices, recorded: null, invalid: 0 };
}

export interface WorkshopAttemptOptions {
	entry: Pick<CatalogueEntry, 'loadStory'>;
	manifest: CaseManifest;
	store: RoomAttemptStore;
	now?: () => number;
	/** Waits for the next frame before a save (the browser), so the step paints first. */
	afterPaint?: () => Promise<void>;
}

/** The attempt machine with a workshop's effects. */
export function workshopAttemptMachine({ entry, manifest, store, now = Date.now, afterPaint = async () => {} }: WorkshopAttemptOptions) {
	const story = new StoryHolder();
	return createAttemptMachine({
		actors: {
			checkSavedProgress: fromPromise(async () => store.saved() !== null),
			// The presenter loaded the whole manifest: the decisions are at hand.
			loadStory: fromPromise(async () => {
				await story.load(entry, startProfiles(manifest));
				return { decisions: manifest.decisions };
			}),
			openStorage: fromPromise<{ ok: true } | { ok: false; reason: string }>(async () => ({ ok: true })),
			lock: fromCallback<AttemptEvent, { steal: boolean }>(({ sendBack }) => {
				sendBack({ type: 'lock.held' });
			}),
			findResumable: fromPromise(async () => resumeRoomAttempt(store.saved(), manifest, story)),
			startStory: fromPromise(async ({ input }) => ({ step: story.start(input.profile), at: now() })),
			stepStory: fromPromise(async ({ input }) => {
				const { step, option, choiceText } = story.choose(input.choiceId);
				return { choiceId: input.choiceId, choiceText, at: now(), step, ...(option ? { option } : {}) };
			}),
			persistAttempt: fromPromise(async ({ input }) => {
				await afterPaint();
				await store.save({ ...input, updatedAt: now(), inkState: input.phase === 'setting' ? null : story.saveState() });
			}),
			setStatus: fromPromise(async () => {}),
			preparePractice: fromPromise<{ practice: AttemptRecord; choices: ChoiceView[] }, PracticeQuery>(async () => {
				throw new Error('a workshop has no practice runs');
			}),
			newAttempt: fromPromise(async () => ({ attemptId: crypto.randomUUID() as string, now: now() }))
		}
	});
}
