/**
 * The whole life of one attempt at one vignette, as one statechart. Five regions run side by
 * side:
 *
 * - `story`: the compiled story loads (after the first screen), or fails and is tried again (on
 *   request, or when the browser is back online or the tab visible).
 * - `storage`: the database opens, or is unavailable, or is closed by an upgrade in another tab.
 * - `ownership`: this tab asks for the case's lock; it holds it (`mine`), finds it held
 *   (`elsewhere`: read-only, with take-over) or loses it to another tab (`taken`).
 * - `attempt`: checking for saved progress, resuming (as saved, replayed on edited content, or
 *   outdated), the content note, the setting card, playing (choosing, stepping, feedback), the
 *   debrief, practice from a decision and back to the recorded result, restart, and error.
 * - `save`: every acknowledged step is written after the next frame; a failed write is retried
 *   (2 s, 5 s, then every 15 s, and at once when the browser is back online or the tab visible).
 *
 * Effects are named actors and actions, provided by whoever drives the attempt (the case page,
 * tests with fakes, later a workshop presenter or an LMS adapter). Every `assign` is pure: the
 * story is stepped by the `startStory`/`stepStory` actors, and their plain-data output is applied
 * by the domain's `advance()`, the same function resume-by-replay and practice use.
 */
import { and, assign, fromCallback, fromPromise, not, or, raise, setup, stateIn, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { advance, closeFeedback, feedbackOn, NOT_STARTED, startPlay, type ChoiceStep, type PassageStep, type PlayState } from '../domain/advance';
import { SCHEMA_VERSION, type AttemptMode, type AttemptRecord, type AttemptStatus, type ChoiceView, type PracticeOrigin } from '../domain/attempt';
import { isPracticeOnly } from '../domain/profiles';
import type { CaseManifest, CaseOutline, DecisionInfo } from '../domain/types';
import { classifySaveError, isRetryable, type SaveFailure } from './save-failure';

/** A saved attempt that no longer fits the vignette: kept in history, a restart is offered. */
export interface OutdatedNotice {
	attempt: AttemptRecord;
	reason: string;
}

export interface AttemptContext extends PlayState {
	/** The vignette as its first screens know it: no options, verdicts or rationales. */
	manifest: CaseOutline;
	/**
	 * What each decision's options score and why (feedback, the debrief). They load with the story,
	 * so this is empty until it has: nothing can be chosen before then.
	 */
	decisions: DecisionInfo[];
	attemptId: string;
	startedAt: number;
	/** The jurisdiction profile played under (null: the vignette has none). */
	profile: string | null;
	/** An instructor's link fixed the profile. */
	profileLocked: boolean;
	/** The profile an instructor's link asked for, if any: resume looks for attempts under it. */
	fixedProfile: string | null;
	mode: AttemptMode;
	/** How a new attempt gives feedback (the link's or the build's mode). */
	newMode: AttemptMode;
	practice: PracticeOrigin | null;
	/** Provenance kept with the attempt: it came from a file whose integrity code did not match (never dropped by a save). */
	edited: boolean;
	/** Writes acknowledged so far; a write carries revision + 1. */
	revision: number;
	/** While practising: the recorded attempt the run came from (its result never changes). */
	recorded: AttemptRecord | null;
	outdated: OutdatedNotice | null;
	/** Why the last save failed, while it is failed. */
	saveFailure: SaveFailure | null;
	/** Failed writes in a row (the retry delay grows with it). */
	saveFailures: number;
	/** Saved rows that did not validate and were set aside. */
	invalidRows: number;
	storageProblem: string | null;
	loadProblem: string | null;
	practiceProblem: string | null;
	/** A link asked to practise a decision of a finished attempt (`?practise=<id>&from=<decision>`). */
	practiceLink: PracticeOrigin | null;
	/** The practice run about to be prepared: what it replays, and the recorded attempt it belongs to. */
	practiceRequest: PracticeRequest | null;
	/** The story stopped (a runtime error): the case shows an error screen. */
	error: string | null;
}

export interface PracticeRequest {
	/** The attempt replayed up to the decision (the recorded one, or a practice run of it). */
	source: AttemptRecord;
	/** The finished, recorded attempt the run belongs to (its result never changes). */
	recorded: AttemptRecord;
	decisionId: string;
}

export interface AttemptInput {
	/** The outline is enough: the decisions' options come with the story (the `loadStory` actor). */
	manifest: CaseOutline;
	/** A link's request to practise a decision of a finished attempt on this device. */
	practice?: PracticeOrigin | null;
	/** A profile fixed by an instructor's link, already checked against the vignette. */
	fixedProfile?: string | null;
	/** Assessment when the link or the build asks for it. */
	mode?: AttemptMode;
	/** Identity and start time of the new attempt, should there be nothing to resume. */
	attemptId: string;
	now: number;
}

export type AttemptEvent =
	| { type: 'begin' }
	| { type: 'setting.continue' }
	| { type: 'profile.select'; profile: string }
	| { type: 'choice.select'; choiceId: string }
	| { type: 'feedback.continue' }
	| { type: 'practice.start'; decisionId: string }
	| { type: 'practice.leave' }
	| { type: 'restart' }
	| { type: 'story.retry' }
	| { type: 'ownership.takeOver' }
	/** Download the attempt as it is in memory now (saved or not), as a one-attempt export file. */
	| { type: 'attempt.download' }
	// From the effects:
	| { type: 'lock.held' }
	| { type: 'lock.elsewhere' }
	| { type: 'lock.lost' }
	| { type: 'storage.upgraded' }
	| { type: 'save.nudge' }
	// Raised inside the machine:
	| { type: 'save.request' }
	| { type: 'save.failed' }
	/** The attempt came back from storage as it was saved: it is, by definition, saved. */
	| { type: 'save.restored' }
	| { type: 'attempt.reload' };

/** What resume found: nothing, an attempt to go on with (as saved or replayed), or one that no longer fits. */
export type ResumeFound =
	/** `problem`: a practice link could not be followed (said on the page). */
	| { kind: 'none'; invalid: number; problem?: string }
	/** A practice link names a finished attempt here: practise it (the run is prepared next). */
	| { kind: 'practise'; request: PracticeRequest; invalid: number }
	| {
			kind: 'resume' | 'replayed';
			attempt: AttemptRecord;
			/** The choices on offer where the story now stands. */
			choices: ChoiceView[];
			/** For a practice run: the finished, recorded attempt it came from. */
			recorded: AttemptRecord | null;
			invalid: number;
	  }
	| { kind: 'outdated'; attempt: AttemptRecord; reason: string; invalid: number };

export interface ResumeQuery {
	/** Whole: a saved attempt is replayed and scored against it. */
	manifest: CaseManifest;
	fixedProfile: string | null;
	newMode: AttemptMode;
	/** A link's practice request: its run is resumed if one was saved, else prepared afresh. */
	practice: PracticeOrigin | null;
}

/** A practice run to prepare: the attempt it replays, up to which decision, on which manifest. */
export interface PracticeQuery {
	source: AttemptRecord;
	decisionId: string;
	manifest: CaseManifest;
}

/** The record a save writes, without the ink state (the persist effect reads it after the frame). */
export type PendingRecord = Omit<AttemptRecord, 'inkState'>;

/** Delays between retries of a failed save: 2 s, 5 s, then every 15 s. */
export const RETRY_DELAYS_MS = [2000, 5000, 15000] as const;

/** The record a save writes; `updatedAt` is stamped by the persist effect when it writes. */
export function pendingRecord(context: AttemptContext, now = context.completedAt ?? context.startedAt): PendingRecord {
	return {
		id: context.attemptId,
		caseId: context.manifest.meta.id,
		contentHash: context.manifest.contentHash,
		storyVersion: context.manifest.meta.version,
		profile: context.profile,
		schemaVersion: SCHEMA_VERSION,
		mode: context.mode,
		practice: context.practice,
		status: context.phase === 'ended' ? 'completed' : 'active',
		phase: context.phase,
		startedAt: context.startedAt,
		updatedAt: now,
		completedAt: context.completedAt,
		choiceLog: context.choiceLog,
		transcript: context.transcript,
		passageStart: context.passageStart,
		ledger: context.ledger,
		revision: context.revision + 1,
		...(context.edited ? { edited: true as const } : {})
	};
}

/** The attempt in the shape it is stored in, as of its last acknowledged write. */
export function recordOf(context: AttemptContext, inkState: string | null = null): AttemptRecord {
	return { ...pendingRecord(context, context.completedAt ?? context.startedAt), revision: context.revision, inkState };
}

/** The vignette's whole manifest, as far as it has loaded: its options arrive with the story. */
export function scoredManifest(context: Pick<AttemptContext, 'manifest' | 'decisions'>): CaseManifest {
	return { ...context.manifest, decisions: context.decisions };
}

/** A new attempt's context: the vignette's primary profile unless a link fixed one. */
function freshAttempt(context: Pick<AttemptContext, 'manifest' | 'fixedProfile' | 'newMode'>, attemptId: string, now: number) {
	const profile = context.fixedProfile ?? context.manifest.meta.profiles[0]?.id ?? null;
	return {
		...NOT_STARTED,
		attemptId,
		startedAt: now,
		profile,
		practice: null,
		edited: false,
		mode: modeFor(context.manifest, profile, context.newMode),
		revision: 0,
		recorded: null,
		saveFailure: null,
		saveFailures: 0,
		error: null
	};
}

/** A practice-only profile is never an assessment: its runs are not recorded at all. */
function modeFor(manifest: CaseOutline, profile: string | null, mode: AttemptMode): AttemptMode {
	return isPracticeOnly(manifest.meta, profile) ? 'learning' : mode;
}

/** A stored attempt brought back into the machine. */
function restored(record: AttemptRecord, decisions: readonly DecisionInfo[]) {
	const play: PlayState = {
		phase: record.phase,
		transcript: record.transcript,
		passageStart: record.passageStart,
		choices: [],
		choiceLog: record.choiceLog,
		ledger: record.ledger,
		feedback: null,
		completedAt: record.completedAt
	};
	return {
		...play,
		feedback: record.phase === 'feedback' && record.mode === 'learning' ? feedbackOn(record.ledger, { decisions, profile: record.profile }) : null,
		attemptId: record.id,
		startedAt: record.startedAt,
		profile: record.profile,
		mode: record.mode,
		practice: record.practice,
		edited: record.edited === true,
		revision: record.revision,
		error: null
	};
}

const errorText = (error: unknown) => String((error as Error | undefined)?.message ?? error);

/**
 * What the trainee reads when the story cannot load. A script that did not arrive (a TypeError
 * about a module, in each browser's words) is a dropped link, and is said so, not as its address.
 */
export function loadProblemText(error: unknown): string {
	if (error instanceof TypeError && /module/i.test(error.message)) return 'The rest of this case could not be loaded. Check your connection, then try again.';
	return `The case could not load (${errorText(error)}).`;
}

/** This tab holds the case's lock: asked for and granted, or taken over. */
const thisTabOwnsIt = or([stateIn({ ownership: { asking: 'mine' } }), stateIn({ ownership: { stealing: 'mine' } })]);

/**
 * The effects' named placeholders: a driver provides the real ones (session/attempt-effects.ts,
 * workshop/attempt-effects.ts); each throws if one is missing.
 */
const placeholderActors = {
	checkSavedProgress: fromPromise<boolean>(async () => {
		throw new Error('checkSavedProgress was not provided');
	}),
	/** Loads the story and, with it, the decisions' options. */
	loadStory: fromPromise<{ decisions: DecisionInfo[] }>(async () => {
		throw new Error('loadStory was not provided');
	}),
	openStorage: fromPromise<{ ok: true } | { ok: false; reason: string }>(async () => {
		throw new Error('openStorage was not provided');
	}),
	/** Holds the case's lock while running; sends lock.held / lock.elsewhere, later lock.lost. */
	lock: fromCallback<AttemptEvent, { steal: boolean }>(() => {
		throw new Error('lock was not provided');
	}),
	/** Sends storage.upgraded when another tab upgrades the database. */
	watchUpgrade: fromCallback<AttemptEvent>(() => () => {}),
	/** Sends save.nudge when saving may work again (back online, tab visible). */
	watchConnectivity: fromCallback<AttemptEvent>(() => () => {}),
	findResumable: fromPromise<ResumeFound, ResumeQuery>(async () => {
		throw new Error('findResumable was not provided');
	}),
	startStory: fromPromise<{ step: PassageStep; at: number }, { profile: string | null }>(async () => {
		throw new Error('startStory was not provided');
	}),
	stepStory: fromPromise<ChoiceStep, { choiceId: string }>(async () => {
		throw new Error('stepStory was not provided');
	}),
	persistAttempt: fromPromise<void, PendingRecord>(async () => {
		throw new Error('persistAttempt was not provided');
	}),
	/** Marks a stored attempt abandoned or superseded. */
	setStatus: fromPromise<void, { id: string; status: AttemptStatus }>(async () => {
		throw new Error('setStatus was not provided');
	}),
	/** A practice run replayed up to a decision of a finished attempt (positions the story there). */
	preparePractice: fromPromise<{ practice: AttemptRecord; choices: ChoiceView[] }, PracticeQuery>(async () => {
		throw new Error('preparePractice was not provided');
	}),
	/** Identity and start time for a new attempt. */
	newAttempt: fromPromise<{ attemptId: string; now: number }>(async () => {
		throw new Error('newAttempt was not provided');
	})
};

/** What a driver provides: the effects, and what to do when a result is saved or a download is asked for. */
export interface AttemptEffects {
	actors?: Partial<typeof placeholderActors>;
	/** Once a completed attempt is saved (the browser asks to keep storage). */
	savedCompleted?: (context: AttemptContext) => void;
	/** "Download this attempt": the attempt as it is in memory. */
	downloadAttempt?: (context: AttemptContext) => void;
}

/**
 * The attempt machine with a driver's effects. Built once per page: xstate builds every state
 * node when a machine is made (and again for each `provide`), which cost the case page about
 * 11 ms before it was interactive when a placeholder machine was also made at import.
 */
export function createAttemptMachine(effects: AttemptEffects = {}) {
	return setup({
		types: {
			context: {} as AttemptContext,
			events: {} as AttemptEvent,
			input: {} as AttemptInput
		},
		actors: { ...placeholderActors, ...effects.actors },
		delays: {
			retryDelay: ({ context }) => RETRY_DELAYS_MS[Math.min(Math.max(context.saveFailures - 1, 0), RETRY_DELAYS_MS.length - 1)]!
		},
		guards: {
			storyReady: stateIn({ story: 'ready' }),
			storageUnavailable: stateIn({ storage: 'unavailable' }),
			upgradedElsewhere: stateIn({ storage: 'closedByUpgrade' }),
			mine: thisTabOwnsIt,
			notOwner: not(thisTabOwnsIt),
			notSaving: not(stateIn({ save: 'writing' })),
			/**
			 * Story loaded, storage opened (or not), the lock answered: resume can look. A story that
			 * failed to load is waited for (the page says so, and offers to try again): a saved attempt
			 * is replayed and reviewed against it and its decisions, so it cannot come back without them.
			 */
			readyToLook: and([
				stateIn({ story: 'ready' }),
				not(stateIn({ storage: 'opening' })),
				not(or([stateIn({ ownership: { asking: 'pending' } }), stateIn({ ownership: { stealing: 'pending' } })]))
			]),
			isTrue: (_, value: boolean) => value,
			found: (_, params: { found: ResumeFound; kind: ResumeFound['kind'] }) => params.found.kind === params.kind,
			atPhase: ({ context }, params: { phase: PlayState['phase'] }) => context.phase === params.phase,
			/** A choice on offer, with the last step acknowledged, in the tab that owns the attempt. */
			canChoose: and([
				({ context, event }) => event.type === 'choice.select' && context.choices.some((c) => c.id === event.choiceId),
				not(stateIn({ save: 'writing' })),
				thisTabOwnsIt
			]),
			profileSelectable: ({ context, event }) =>
				event.type === 'profile.select' && !context.profileLocked && context.manifest.meta.profiles.some((p) => p.id === event.profile),
			practising: ({ context }) => context.recorded !== null,
			/** Leaving a practice run waits for its write, so the row is never left half-way (nor the revision counted on the recorded attempt). */
			practisingAndSettled: and(['practising', not(stateIn({ save: 'writing' }))]),
			/** A practice-only profile's runs are never written. */
			unrecorded: ({ context }) => isPracticeOnly(context.manifest.meta, context.profile),
			/** Only an attempt the trainee has acted on, and that this tab owns, is worth marking abandoned. */
			worthAbandoning: and([
				({ context }) => context.revision > 0 && context.phase !== 'ended',
				thisTabOwnsIt
			]),
			retryableError: ({ event }) => isRetryable(classifySaveError((event as { error?: unknown }).error)),
			failedWith: ({ context }, kind: SaveFailure['kind']) => context.saveFailure?.kind === kind
		},
		actions: {
			noteLoadProblem: assign({ loadProblem: ({ event }) => loadProblemText((event as { error?: unknown }).error) }),
			clearLoadProblem: assign({ loadProblem: null }),
			takeDecisions: assign((_, decisions: DecisionInfo[]) => ({ decisions })),
			noteStorageProblem: assign({
				storageProblem: ({ event }) => {
					const output = (event as { output?: { ok: boolean; reason?: string }; error?: unknown }).output;
					return output && !output.ok ? (output.reason ?? 'storage is unavailable') : errorText((event as { error?: unknown }).error);
				}
			}),
			restore: assign(({ context }, found: ResumeFound) => {
				if (found.kind === 'none') return { invalidRows: found.invalid, ...(found.problem ? { practiceProblem: `Practice could not start: ${found.problem}.` } : {}) };
				if (found.kind === 'practise') return { invalidRows: found.invalid, practiceRequest: found.request };
				if (found.kind === 'outdated') return { invalidRows: found.invalid, outdated: { attempt: found.attempt, reason: found.reason }, recorded: null };
				return { ...restored(found.attempt, context.decisions), choices: found.choices, invalidRows: found.invalid, recorded: found.recorded, outdated: null };
			}),
			noteResumeProblem: assign({ storageProblem: ({ event }) => errorText((event as { error?: unknown }).error) }),
			selectProfile: assign(({ context, event }) => {
				if (event.type !== 'profile.select') return {};
				return { profile: event.profile, mode: modeFor(context.manifest, event.profile, context.newMode) };
			}),
			startPlaying: assign((_, { step, at }: { step: PassageStep; at: number }) => startPlay(step, at)),
			advancePlay: assign(({ context }, choice: ChoiceStep) =>
				advance(context, choice, { decisions: context.decisions, profile: context.profile, mode: context.mode })
			),
			closeFeedback: assign(({ context }) => closeFeedback(context, context.completedAt ?? context.startedAt)),
			storyStopped: assign({ error: ({ event }) => errorText((event as { error?: unknown }).error) }),
			requestSave: raise({ type: 'save.request' }),
			markRestored: raise({ type: 'save.restored' }),
			reload: raise({ type: 'attempt.reload' }),
			/** "Try this decision again" on the debrief: practising a practice run practises the same recorded attempt. */
			askPractice: assign(({ context, event }) =>
				event.type === 'practice.start'
					? { practiceRequest: { source: recordOf(context), recorded: context.recorded ?? recordOf(context), decisionId: event.decisionId } }
					: {}
			),
			startPractice: assign(({ context }, { practice, choices }: { practice: AttemptRecord; choices: ChoiceView[] }) => ({
				...restored(practice, context.decisions),
				choices,
				recorded: context.practiceRequest?.recorded ?? null,
				practiceRequest: null,
				practiceProblem: null
			})),
			notePracticeProblem: assign({
				practiceProblem: ({ event }) => `Practice could not start: ${errorText((event as { error?: unknown }).error)}.`,
				practiceRequest: null
			}),
			showRecorded: assign(({ context }) => (context.recorded ? { ...restored(context.recorded, context.decisions), recorded: null } : {})),
			startAfresh: assign(({ context }, { attemptId, now }: { attemptId: string; now: number }) => {
				return { ...freshAttempt(context, attemptId, now), outdated: null, practiceProblem: null };
			}),
			forgetFailure: assign({ saveFailure: null, saveFailures: 0 }),
			markSaved: assign(({ context }) => ({ revision: context.revision + 1, saveFailure: null, saveFailures: 0 })),
			markFailed: assign(({ context, event }) => ({
				saveFailure: classifySaveError((event as { error?: unknown }).error),
				saveFailures: context.saveFailures + 1
			})),
			refuseSave: assign(({ context }, params: { kind: SaveFailure['kind']; detail: string }) => ({ saveFailure: params, saveFailures: context.saveFailures + 1 })),
			/** Tells the other regions: a write by another tab (a conflict) or a closed database stops this tab writing. */
			announceFailure: raise({ type: 'save.failed' }),
			/** Side effects the driver may provide: ask the browser to keep storage once a result is worth keeping. */
			savedCompleted: ({ context }) => effects.savedCompleted?.(context),
			downloadAttempt: ({ context }) => effects.downloadAttempt?.(context)
		}
	}).createMachine({
		id: 'attempt',
		type: 'parallel',
		on: {
			// A practice-only run is never exported.
			'attempt.download': { guard: not('unrecorded'), actions: 'downloadAttempt' }
		},
		context: ({ input }) => {
			const base = {
				manifest: input.manifest,
				decisions: [],
				fixedProfile: input.fixedProfile ?? null,
				newMode: input.mode ?? 'learning',
				profileLocked: (input.fixedProfile ?? null) !== null,
				outdated: null,
				invalidRows: 0,
				storageProblem: null,
				loadProblem: null,
				practiceProblem: null,
				practiceLink: input.practice ?? null,
				practiceRequest: null
			};
			return { ...base, ...freshAttempt(base, input.attemptId, input.now) };
		},
		states: {
			story: {
				initial: 'loading',
				states: {
					loading: { invoke: { id: 'loadStory', src: 'loadStory', onDone: { target: 'ready', actions: ['clearLoadProblem', { type: 'takeDecisions', params: ({ event }) => event.output.decisions }] }, onError: { target: 'failed', actions: 'noteLoadProblem' } } },
					ready: {},
					// Tried again on request, and by itself when the link may be back (online, or the tab
					// visible again: the nudge a failed save waits for too).
					failed: { invoke: { id: 'watchStoryConnectivity', src: 'watchConnectivity' }, on: { 'story.retry': 'loading', 'save.nudge': 'loading' } }
				}
			},
			storage: {
				initial: 'opening',
				states: {
					opening: {
						invoke: {
							id: 'openStorage',
							src: 'openStorage',
							onDone: [{ guard: { type: 'isTrue', params: ({ event }) => event.output.ok }, target: 'ready' }, { target: 'unavailable', actions: 'noteStorageProblem' }],
							onError: { target: 'unavailable', actions: 'noteStorageProblem' }
						}
					},
					ready: {
						invoke: { id: 'watchUpgrade', src: 'watchUpgrade' },
						on: { 'storage.upgraded': 'closedByUpgrade', 'save.failed': { guard: { type: 'failedWith', params: 'closed' }, target: 'closedByUpgrade' } }
					},
					unavailable: {},
					/** Another tab upgraded the database: this tab plays on in memory and asks for a reload. */
					closedByUpgrade: {}
				}
			},
			ownership: {
				initial: 'asking',
				states: {
					asking: {
						invoke: { id: 'lock', src: 'lock', input: { steal: false } },
						initial: 'pending',
						states: {
							pending: { on: { 'lock.held': 'mine', 'lock.elsewhere': 'elsewhere' } },
							// Another tab wrote the attempt (no Web Locks, or a write already under way when it
							// took over): stop writing and offer to take it back.
							mine: { on: { 'lock.lost': 'taken', 'save.failed': { guard: { type: 'failedWith', params: 'conflict' }, target: 'taken' } } },
							elsewhere: { on: { 'ownership.takeOver': '#attempt.ownership.stealing' } },
							taken: { on: { 'ownership.takeOver': '#attempt.ownership.stealing' } }
						}
					},
					stealing: {
						invoke: { id: 'lock', src: 'lock', input: { steal: true } },
						initial: 'pending',
						states: {
							pending: { on: { 'lock.held': { target: 'mine', actions: ['forgetFailure', 'reload'] }, 'lock.elsewhere': 'elsewhere' } },
							mine: { on: { 'lock.lost': 'taken', 'save.failed': { guard: { type: 'failedWith', params: 'conflict' }, target: 'taken' } } },
							// Taken back by the other tab in the meantime: ask again.
							elsewhere: { on: { 'ownership.takeOver': { target: '#attempt.ownership.stealing', reenter: true } } },
							taken: { on: { 'ownership.takeOver': { target: '#attempt.ownership.stealing', reenter: true } } }
						}
					}
				}
			},
			attempt: {
				initial: 'checking',
				on: {
					// After a take-over, what the other tab saved is what this tab goes on from.
					'attempt.reload': '.resuming'
				},
				states: {
					checking: {
						invoke: {
							id: 'checkSavedProgress',
							src: 'checkSavedProgress',
							// A practice link is followed (or said to be unfollowable) even on a device with nothing saved.
							onDone: [{ guard: { type: 'isTrue', params: ({ context, event }) => event.output || context.practiceLink !== null }, target: 'resuming' }, { target: 'contentNote' }],
							onError: 'resuming'
						}
					},
					resuming: {
						initial: 'waiting',
						states: {
							waiting: {
								always: [
									{ guard: 'storageUnavailable', target: '#attempt.attempt.contentNote' },
									{ guard: 'readyToLook', target: 'looking' }
								]
							},
							looking: {
								invoke: {
									id: 'findResumable',
									src: 'findResumable',
									input: ({ context }) => ({ manifest: scoredManifest(context), fixedProfile: context.fixedProfile, newMode: context.newMode, practice: context.practiceLink }),
									onDone: [
										{ guard: { type: 'found', params: ({ event }) => ({ found: event.output, kind: 'none' }) }, target: '#attempt.attempt.contentNote', actions: { type: 'restore', params: ({ event }) => event.output } },
										{
											guard: { type: 'found', params: ({ event }) => ({ found: event.output, kind: 'practise' }) },
											target: '#attempt.attempt.preparingPractice',
											actions: { type: 'restore', params: ({ event }) => event.output }
										},
										{
											guard: { type: 'found', params: ({ event }) => ({ found: event.output, kind: 'outdated' }) },
											target: 'superseding',
											actions: { type: 'restore', params: ({ event }) => event.output }
										},
										{
											guard: { type: 'found', params: ({ event }) => ({ found: event.output, kind: 'replayed' }) },
											target: '#attempt.attempt.route',
											// Rebuilt on edited content: written back at once, in its new shape.
											actions: [{ type: 'restore', params: ({ event }) => event.output }, 'requestSave']
										},
										{ target: '#attempt.attempt.route', actions: [{ type: 'restore', params: ({ event }) => event.output }, 'markRestored'] }
									],
									onError: { target: '#attempt.attempt.contentNote', actions: 'noteResumeProblem' }
								}
							},
							superseding: {
								// Kept in history, never resumed: its choices no longer exist in this version. Only the
								// tab that owns the case writes that down.
								initial: 'deciding',
								states: {
									deciding: { always: [{ guard: 'notOwner', target: '#attempt.attempt.contentNote' }, { target: 'marking' }] },
									marking: {
										invoke: {
											id: 'setStatus',
											src: 'setStatus',
											input: ({ context }) => ({ id: context.outdated?.attempt.id ?? '', status: 'superseded' as const }),
											onDone: '#attempt.attempt.contentNote',
											onError: '#attempt.attempt.contentNote'
										}
									}
								}
							}
						}
					},
					contentNote: {
						// Nothing is saved before the first choice: there is nothing to lose yet.
						on: { begin: 'setting' }
					},
					setting: {
						on: {
							'profile.select': { guard: 'profileSelectable', actions: 'selectProfile' },
							'setting.continue': { guard: 'storyReady', target: 'starting' },
							restart: { guard: 'mine', target: 'restarting' }
						}
					},
					starting: {
						invoke: {
							id: 'startStory',
							src: 'startStory',
							input: ({ context }) => ({ profile: context.profile }),
							onDone: { target: 'route', actions: { type: 'startPlaying', params: ({ event }) => event.output } },
							onError: { target: 'error', actions: 'storyStopped' }
						}
					},
					route: {
						always: [
							{ guard: { type: 'atPhase', params: { phase: 'setting' } }, target: 'setting' },
							{ guard: { type: 'atPhase', params: { phase: 'feedback' } }, target: 'feedback' },
							{ guard: { type: 'atPhase', params: { phase: 'ended' } }, target: 'debrief' },
							{ target: 'choosing' }
						]
					},
					choosing: {
						on: {
							'choice.select': { guard: 'canChoose', target: 'stepping' },
							'practice.leave': { guard: 'practisingAndSettled', target: 'leavingPractice' },
							restart: { guard: 'mine', target: 'restarting' }
						}
					},
					stepping: {
						invoke: {
							id: 'stepStory',
							src: 'stepStory',
							input: ({ event }) => ({ choiceId: event.type === 'choice.select' ? event.choiceId : '' }),
							onDone: { target: 'route', actions: [{ type: 'advancePlay', params: ({ event }) => event.output }, 'requestSave'] },
							onError: { target: 'error', actions: 'storyStopped' }
						}
					},
					feedback: {
						on: {
							'feedback.continue': { guard: 'notSaving', target: 'route', actions: ['closeFeedback', 'requestSave'] },
							'practice.leave': { guard: 'practisingAndSettled', target: 'leavingPractice' },
							restart: { guard: 'mine', target: 'restarting' }
						}
					},
					debrief: {
						on: {
							'practice.start': { guard: 'storyReady', target: 'preparingPractice', actions: 'askPractice' },
							'practice.leave': { guard: 'practisingAndSettled', target: 'leavingPractice' },
							restart: { guard: 'mine', target: 'restarting' }
						}
					},
					preparingPractice: {
						invoke: {
							id: 'preparePractice',
							src: 'preparePractice',
							input: ({ context }) => ({ source: context.practiceRequest!.source, decisionId: context.practiceRequest!.decisionId, manifest: scoredManifest(context) }),
							// Written at once, so a reload before its first choice comes back to it.
							onDone: { target: 'route', actions: [{ type: 'startPractice', params: ({ event }) => event.output }, 'requestSave'] },
							// Back where the trainee asked from: the debrief, or (from a link) a new attempt's content note.
							onError: [
								{ guard: { type: 'atPhase', params: { phase: 'ended' } }, target: 'debrief', actions: 'notePracticeProblem' },
								{ target: 'contentNote', actions: 'notePracticeProblem' }
							]
						}
					},
					leavingPractice: {
						always: [{ guard: 'worthAbandoning', target: 'abandoningPractice' }, { target: 'debrief', actions: 'showRecorded' }]
					},
					abandoningPractice: {
						// An unfinished practice run is kept as abandoned, so it is not offered again.
						invoke: {
							id: 'setStatus',
							src: 'setStatus',
							input: ({ context }) => ({ id: context.attemptId, status: 'abandoned' as const }),
							onDone: { target: 'debrief', actions: 'showRecorded' },
							onError: { target: 'debrief', actions: 'showRecorded' }
						}
					},
					restarting: {
						initial: 'retiring',
						states: {
							retiring: {
								// The attempt left behind is kept, as abandoned unless it was completed.
								always: [{ guard: 'worthAbandoning', target: 'abandoning' }, { target: 'renewing' }]
							},
							abandoning: {
								invoke: {
									id: 'setStatus',
									src: 'setStatus',
									input: ({ context }) => ({ id: context.attemptId, status: 'abandoned' as const }),
									onDone: 'renewing',
									onError: 'renewing'
								}
							},
							renewing: {
								invoke: { id: 'newAttempt', src: 'newAttempt', onDone: { target: '#attempt.attempt.contentNote', actions: { type: 'startAfresh', params: ({ event }) => event.output } } }
							}
						}
					},
					/** The story stopped with a runtime error; everything up to the last save is kept. */
					error: {
						on: { restart: { guard: 'mine', target: 'restarting' } }
					}
				}
			},
			save: {
				initial: 'idle',
				on: {
					'save.request': [
						{ guard: 'unrecorded', target: '.unrecorded' },
						{ guard: 'storageUnavailable', target: '.stopped', actions: { type: 'refuseSave', params: { kind: 'unavailable', detail: 'storage is unavailable' } } },
						{ guard: 'upgradedElsewhere', target: '.stopped', actions: { type: 'refuseSave', params: { kind: 'closed', detail: 'Confide was updated in another tab' } } },
						{ guard: 'notOwner', target: '.stopped', actions: { type: 'refuseSave', params: { kind: 'not-owner', detail: 'this case is open in another tab' } } },
						{ target: '.writing' }
					],
					// Taken over from another tab: what it saved is reloaded, and nothing of this tab's is pending.
					'attempt.reload': '.idle',
					'save.restored': '.saved'
				},
				states: {
					idle: {},
					/** A practice-only profile: nothing is ever written. */
					unrecorded: {},
					writing: {
						invoke: {
							id: 'persistAttempt',
							src: 'persistAttempt',
							input: ({ context }) => pendingRecord(context, context.completedAt ?? context.startedAt),
							onDone: { target: 'saved', actions: ['markSaved', 'savedCompleted'] },
							onError: [
								{ guard: 'retryableError', target: 'failed', actions: 'markFailed' },
								{ target: 'stopped', actions: ['markFailed', 'announceFailure'] }
							]
						}
					},
					saved: {},
					/** Failed, to be tried again by itself (the device was full, or a passing error). */
					failed: {
						invoke: { id: 'watchConnectivity', src: 'watchConnectivity' },
						after: { retryDelay: 'writing' },
						on: { 'save.nudge': 'writing' }
					},
					/** Failed for good: another tab owns or upgraded it, or there is no storage. Playing goes on in memory. */
					stopped: {}
				}
			}
		}
	});
}

export type AttemptMachine = ReturnType<typeof createAttemptMachine>;
export type AttemptSnapshot = SnapshotFrom<AttemptMachine>;
export type AttemptActor = ActorRefFrom<AttemptMachine>;
