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
import type { AttemptRecord, PracticeOrigin } from '../domain/attempt';
import { attemptMachine, pendingRecord, type AttemptContext, type AttemptEvent, type ResumeFound, type ResumeQuery } from '../machines/attempt.machine';
import { attemptExportFile, attemptExportName } from './attempt-export';
import { downloadJson } from '../download';
import { afterPaint } from './after-paint';
import { AttemptLock, browserLocks, lockName } from './attempt-lock';
import { requestPersistence } from './durability';
import { planPractice } from './practice';
import { planResume } from './resume';
import { SaveRefusedError } from '../machines/save-failure';
import { onClosedByUpgrade, openStorage, type Storage } from '../db/storage';

/**
 * What a practice link (`?practise=<id>&from=<decision>`) leads to: the run it started, if one
 * was saved (a reload), else a new run of that finished attempt on this device.
 */
async function followPracticeLink(storage: Extract<Storage, { ok: true }>, story: StoryHolder, query: ResumeQuery, link: PracticeOrigin): Promise<ResumeFound> {
	const caseId = query.manifest.meta.id;
	const named = await storage.attempts.get(link.of);
	// A link to a practice run's report practises the recorded attempt it belongs to.
	const recorded = named?.practice ? await storage.attempts.get(named.practice.of) : named;
	if (!recorded || recorded.caseId !== caseId) return { kind: 'none', invalid: 0, problem: 'that attempt is not on this device' };
	if (recorded.status !== 'completed' || recorded.practice) return { kind: 'none', invalid: 0, problem: 'only a finished attempt can be practised' };
	const running = (await storage.attempts.findActive(caseId, undefined, 'practice')).value;
	if (running?.practice?.of === recorded.id && running.practice.fromDecision === link.fromDecision) {
		const runner = story.fresh();
		const plan = planResume(running, query.manifest, runner);
		if (plan.kind !== 'outdated') {
			story.use(runner);
			return { kind: plan.kind, attempt: plan.attempt, choices: plan.attempt.phase === 'ended' ? [] : runner.current().choices, recorded, invalid: 0 };
		}
	}
	return { kind: 'practise', request: { source: recorded, recorded, decisionId: link.fromDecision }, invalid: 0 };
}

/**
 * Finds the attempt to go on with: the run a practice link asks for, else the active recorded one
 * (under the link's profile, if it fixed one), else a practice run cut short with the finished
 * attempt it came from. An assessment link never continues a learning attempt (that one would
 * show feedback). The story is left where the attempt stands.
 */
export async function findResumable(storage: Storage, story: StoryHolder, query: ResumeQuery): Promise<ResumeFound> {
	if (!storage.ok) return { kind: 'none', invalid: 0, ...(query.practice ? { problem: 'saved progress cannot be read in this browser' } : {}) };
	// Not awaited: the copy catches up in its own turn, off the way to the first passage.
	void storage.attempts.refreshBackup(query.manifest.meta.id);
	if (query.practice) return followPracticeLink(storage, story, query, query.practice);
	const caseId = query.manifest.meta.id;
	const profile = query.fixedProfile ?? undefined;
	const active = await storage.attempts.findActive(caseId, profile);
	let saved = active.value;
	let recorded = null;
	if (!saved) {
		const practice = (await storage.attempts.findActive(caseId, profile, 'practice')).value;
		const source = practice?.practice ? await storage.attempts.get(practice.practice.of) : undefined;
		if (practice && source?.status === 'completed') {
			saved = practice;
			recorded = source;
		}
	}
	const invalid = active.invalid;
	if (!saved || (query.newMode === 'assessment' && saved.mode !== 'assessment')) return { kind: 'none', invalid };
	const runner = story.fresh();
	const plan = planResume(saved, query.manifest, runner);
	if (plan.kind === 'outdated') return { kind: 'outdated', attempt: plan.attempt, reason: plan.reason, invalid };
	story.use(runner);
	const choices = plan.attempt.phase === 'setting' || plan.attempt.phase === 'ended' ? [] : runner.current().choices;
	return { kind: plan.kind, attempt: plan.attempt, choices, recorded, invalid };
}

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

/** The attempt machine with the browser's effects. */
export function browserAttemptMachine({ entry, manifest }: BrowserAttemptOptions) {
	const story = new StoryHolder();
	const storage = () => openStorage();
	let askedPersistence = false;
	// Storage (Dexie and its schemas) stays off the path to the first passage: it opens once the
	// story has loaded (or failed to), which resuming waits for anyway.
	let storySettled!: () => void;
	const storyLoaded = new Promise<void>((done) => (storySettled = done));
	const machine = attemptMachine.provide({
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
			findResumable: fromPromise(async ({ input }) => findResumable(await storage(), story, input)),
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
				const runner = story.fresh();
				const plan = planPractice(input.source, input.decisionId, input.manifest, runner, { newId: () => crypto.randomUUID(), now: Date.now });
				if (!plan.ok) throw new Error(plan.reason);
				story.use(runner);
				return { practice: plan.practice, choices: runner.current().choices };
			}),
			newAttempt: fromPromise(async () => ({ attemptId: crypto.randomUUID() as string, now: Date.now() }))
		},
		actions: {
			downloadAttempt: ({ context }) => void downloadAttempt(context, story, storage),
			// Persistent storage is asked for once there is a completed attempt worth keeping.
			savedCompleted: ({ context }) => {
				if (context.phase !== 'ended' || askedPersistence) return;
				askedPersistence = true;
				void requestPersistence();
			}
		}
	});
	return { machine, story };
}
