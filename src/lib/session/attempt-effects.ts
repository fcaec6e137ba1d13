/**
 * The browser's effects for the attempt machine: the story runner (inkjs stays here, outside the
 * machine's context), IndexedDB through the repositories, the case's Web Lock, the upgrade and
 * connectivity listeners, and the clock. `browserAttemptMachine` is the machine the case page
 * runs; a workshop presenter or an LMS adapter can provide its own effects the same way.
 */
import { fromCallback, fromPromise } from 'xstate';
import type { CaseOutline } from '../domain/types';
import { mayHaveSavedProgress } from '../db/exists';
import type { CatalogueEntry } from '../ink/catalogue';
import type { StoryPort } from '../ink/runner';
import { StoryHolder, startProfiles } from './story-holder';
import { version } from '$app/environment';
import type { AttemptRecord } from '../domain/attempt';
import { createAttemptMachine, pendingRecord, type AttemptContext, type AttemptEffects, type AttemptEvent } from '../machines/attempt.machine';
import { attemptExportFile, attemptExportName } from './attempt-export';
import { downloadJson } from '../download';
import { afterPaint } from './after-paint';
import { AttemptLock, browserLocks, lockName } from './attempt-lock';
import { SaveRefusedError } from '../machines/save-failure';
import { onClosedByUpgrade, openStorage, type Storage } from '../db/storage';

/** The attempt as it is in memory now (saved or not), as a one-attempt export file download. */
async function downloadAttempt(context: AttemptContext, story: StoryPort, storage: () => Promise<Storage>) {
	let inkState: string | null = null;
	if (context.phase !== 'setting')
		try {
			inkState = story.saveState();
		} catch {
			inkState = null;
		}
	const now = Date.now();
	const attempt: AttemptRecord = { ...pendingRecord(context, now), inkState };
	const opened = await storage();
	const trainee = opened.ok ? ((await opened.settings.read().catch(() => null))?.trainee ?? null) : null;
	downloadJson(attemptExportName(attempt, now), attemptExportFile(attempt, { now, app: version, trainee }));
}

export interface BrowserAttemptOptions {
	entry: Pick<CatalogueEntry, 'loadStory' | 'loadManifest'>;
	manifest: CaseOutline;
}

/**
 * The browser's effects for an attempt, and `machine()` to build the attempt machine with them,
 * and with any effect a driver puts in place of one (an LMS resumes from its own suspend data).
 */
export function browserAttemptMachine({ entry, manifest }: BrowserAttemptOptions) {
	const story = new StoryHolder();
	const storage = () => openStorage();
	let askedPersistence = false;
	// Storage (Dexie and its schemas) stays off the path to the first passage: it opens once the
	// story has loaded (or failed to), which resuming waits for anyway.
	let storySettled!: () => void;
	const storyLoaded = new Promise<void>((done) => (storySettled = done));
	const effects = {
		actors: {
			checkSavedProgress: fromPromise(() => mayHaveSavedProgress()),
			// After the first screen has painted: the content note needs neither. The decisions'
			// options come with the story (the page carries only the manifest's outline).
			loadStory: fromPromise(async () => {
				await afterPaint();
				try {
					const [loaded] = await Promise.all([entry.loadManifest(), story.load(entry, startProfiles(manifest))]);
					return { decisions: loaded.manifest.decisions };
				} finally {
					storySettled();
				}
			}),
			openStorage: fromPromise(async () => {
				await storyLoaded;
				await afterPaint();
				const opened = await storage();
				return opened.ok ? { ok: true as const } : { ok: false as const, reason: opened.reason };
			}),
			lock: fromCallback<AttemptEvent, { steal: boolean }>(({ sendBack, input }) => {
				const lock = new AttemptLock(lockName(manifest.meta.id), browserLocks(), () => sendBack({ type: 'lock.lost' }));
				// Without Web Locks, the revision check in the save transaction is the only guard.
				void lock.acquire(input.steal).then((outcome) => sendBack({ type: outcome === 'elsewhere' ? 'lock.elsewhere' : 'lock.held' }));
				return () => lock.dispose();
			}),
			watchUpgrade: fromCallback<AttemptEvent>(({ sendBack }) => onClosedByUpgrade(() => sendBack({ type: 'storage.upgraded' }))),
			watchConnectivity: fromCallback<AttemptEvent>(({ sendBack }) => {
				const nudge = () => sendBack({ type: 'save.nudge' });
				const visible = () => document.visibilityState === 'visible' && nudge();
				window.addEventListener('online', nudge);
				document.addEventListener('visibilitychange', visible);
				return () => {
					window.removeEventListener('online', nudge);
					document.removeEventListener('visibilitychange', visible);
				};
			}),
			// Resume, practice and persistence load when first needed (after the story): off the first screen.
			findResumable: fromPromise(async ({ input }) => {
				const [{ findResumable }, opened] = await Promise.all([import('./find-resumable'), storage()]);
				return findResumable(opened, story, input);
			}),
			startStory: fromPromise(async ({ input }) => ({ step: story.start(input.profile), at: Date.now() })),
			stepStory: fromPromise(async ({ input }) => {
				const { step, option, choiceText } = story.choose(input.choiceId);
				return { choiceId: input.choiceId, choiceText, at: Date.now(), step, ...(option ? { option } : {}) };
			}),
			persistAttempt: fromPromise(async ({ input }) => {
				// The passage is painted first; the ink state cannot change meanwhile, since every
				// control that moves the story on waits for this save.
				await afterPaint();
				const opened = await storage();
				if (!opened.ok) throw new SaveRefusedError('unavailable', opened.reason);
				await opened.attempts.save({ ...input, updatedAt: Date.now(), inkState: input.phase === 'setting' ? null : story.saveState() });
			}),
			setStatus: fromPromise(async ({ input }) => {
				const opened = await storage();
				if (opened.ok) await opened.attempts.setStatus(input.id, input.status, Date.now());
			}),
			preparePractice: fromPromise(async ({ input }) => {
				const { planPractice } = await import('./practice');
				const runner = story.fresh();
				const plan = planPractice(input.source, input.decisionId, input.manifest, runner, { newId: () => crypto.randomUUID(), now: Date.now });
				if (!plan.ok) throw new Error(plan.reason);
				story.use(runner);
				return { practice: plan.practice, choices: runner.current().choices };
			}),
			newAttempt: fromPromise(async () => ({ attemptId: crypto.randomUUID() as string, now: Date.now() }))
		},
		downloadAttempt: (context) => void downloadAttempt(context, story, storage),
		// Persistent storage is asked for once there is a completed attempt worth keeping.
		savedCompleted: (context) => {
			if (context.phase !== 'ended' || askedPersistence) return;
			askedPersistence = true;
			void import('./durability').then(({ requestPersistence }) => requestPersistence());
		}
	} satisfies AttemptEffects;
	// Built only when asked for: each machine xstate builds costs the page its every state node.
	const machine = (actors: AttemptEffects['actors'] = {}) => createAttemptMachine({ ...effects, actors: { ...effects.actors, ...actors } });
	return { machine, story };
}
