/**
 * One attempt at one vignette: content note -> setting card -> choosing <-> feedback -> debrief.
 * The story is reached only through an injected StoryPort (the inkjs Story never enters the
 * context); saving is the `persistAttempt` actor, provided by the caller.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { AttemptMode, AttemptPhase, AttemptRecord, ChoiceView, LoggedChoice, PracticeOrigin, TranscriptEntry } from '../domain/attempt';
import { SCHEMA_VERSION } from '../domain/attempt';
import { ledgerEntry, reviewDecision, type DecisionReview, type LedgerEntry } from '../domain/scoring';
import type { CaseManifest } from '../domain/types';
import type { StoryPort, StoryStep } from '../ink/runner';

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';
export type StartAt = 'contentNote' | AttemptPhase;

export interface SessionContext {
	manifest: CaseManifest;
	profile: string | null;
	profileLocked: boolean;
	/** Assessment defers feedback to the debrief. */
	mode: AttemptMode;
	practice: PracticeOrigin | null;
	attemptId: string;
	startedAt: number;
	phase: AttemptPhase;
	transcript: TranscriptEntry[];
	passageStart: number;
	choices: ChoiceView[];
	choiceLog: LoggedChoice[];
	ledger: LedgerEntry[];
	feedback: DecisionReview | null;
	revision: number;
	saveState: SaveState;
	saveError: string | null;
	error: string | null;
	completedAt: number | null;
}

export interface SessionInput {
	manifest: CaseManifest;
	/** The profile to play under (the vignette's primary one unless chosen). */
	profile: string | null;
	/** An instructor's link fixed the profile: the trainee cannot change it. */
	profileLocked?: boolean;
	/** How a new attempt gives feedback (learning unless an instructor chose assessment). */
	mode?: AttemptMode;
	/**
	 * A saved attempt to resume, or a practice run prepared at its first decision (revision 0);
	 * its ink state must already be loaded into the story.
	 */
	resume?: AttemptRecord;
}

export type SessionEvent =
	| { type: 'begin' }
	| { type: 'setting.continue' }
	| { type: 'profile.select'; profile: string }
	| { type: 'choice.select'; choiceId: string }
	| { type: 'feedback.continue' }
	/** Save the current state again after a failed save (sent by a timer, not the trainee). */
	| { type: 'save.retry' };

/** The record the persist actor writes, without the ink state (read after the frame is painted). */
export type PendingRecord = Omit<AttemptRecord, 'inkState'>;

export interface SessionDeps {
	story: StoryPort;
	now: () => number;
	newId: () => string;
}

function feedbackFor(context: Pick<SessionContext, 'ledger' | 'manifest' | 'profile'>): DecisionReview | null {
	const last = context.ledger.at(-1);
	if (!last) return null;
	const decision = context.manifest.decisions.find((d) => d.id === last.decisionId);
	return reviewDecision(last, decision, context.profile ?? undefined);
}

function phaseAfter(step: StoryStep): AttemptPhase {
	return step.ended ? 'ended' : 'choosing';
}

export function pendingRecord(context: SessionContext, now: number): PendingRecord {
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
		revision: context.revision + 1
	};
}

/** A failed save is tried again, unchanged, from any resting state; nothing else moves. */
const retry = { 'save.retry': { guard: 'saveFailed', target: 'saving' } } as const;

export function createSessionMachine(deps: SessionDeps) {
	const { story, now, newId } = deps;
	return setup({
		types: {
			context: {} as SessionContext,
			events: {} as SessionEvent,
			input: {} as SessionInput
		},
		actors: {
			// A named placeholder: the page provides the real one (Dexie), tests a fake.
			persistAttempt: fromPromise<void, PendingRecord>(async () => {
				throw new Error('persistAttempt was not provided');
			})
		},
		guards: {
			startsAt: ({ context }, params: { phase: AttemptPhase }) => context.phase === params.phase,
			// A practice run starts unsaved but already at a decision.
			isNew: ({ context }) => context.revision === 0 && context.practice === null,
			choiceOnOffer: ({ context, event }) =>
				event.type === 'choice.select' && context.choices.some((c) => c.id === event.choiceId),
			hasError: ({ context }) => context.error !== null,
			saveFailed: ({ context }) => context.saveState === 'failed',
			profileSelectable: ({ context, event }) =>
				event.type === 'profile.select' && !context.profileLocked && context.manifest.meta.profiles.some((p) => p.id === event.profile)
		},
		actions: {
			startStory: assign(({ context }) => {
				try {
					const step = story.start(context.profile);
					return {
						transcript: step.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text })),
						passageStart: 0,
						choices: step.choices,
						phase: phaseAfter(step),
						completedAt: step.ended ? now() : context.completedAt
					};
				} catch (error) {
					return { error: String((error as Error).message ?? error) };
				}
			}),
			applyChoice: assign(({ context, event }) => {
				if (event.type !== 'choice.select') return {};
				try {
					const { step, option, choiceText } = story.choose(event.choiceId);
					const at = now();
					const transcript: TranscriptEntry[] = [
						...context.transcript,
						{ kind: 'choice', text: choiceText, choiceId: event.choiceId },
						...step.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text }))
					];
					const ledger = option ? [...context.ledger, ledgerEntry(option, context.profile ?? undefined)] : context.ledger;
					// Assessment gives no feedback until the debrief.
					const feedback = option && context.mode === 'learning' ? feedbackFor({ ...context, ledger }) : null;
					return {
						transcript,
						passageStart: context.transcript.length + 1,
						choices: step.choices,
						choiceLog: [...context.choiceLog, { choiceId: event.choiceId, at }],
						ledger,
						feedback,
						phase: feedback ? ('feedback' as const) : phaseAfter(step),
						completedAt: step.ended ? at : null
					};
				} catch (error) {
					return { error: String((error as Error).message ?? error) };
				}
			}),
			closeFeedback: assign(({ context }) => {
				const ended = context.choices.length === 0;
				return { feedback: null, phase: ended ? ('ended' as const) : ('choosing' as const), completedAt: ended ? (context.completedAt ?? now()) : null };
			}),
			selectProfile: assign(({ context, event }) => ({ profile: event.type === 'profile.select' ? event.profile : context.profile })),
			markPending: assign({ saveState: 'pending' as SaveState }),
			markSaved: assign(({ context }) => ({ saveState: 'saved' as SaveState, saveError: null, revision: context.revision + 1 })),
			markFailed: assign(({ event }) => ({
				saveState: 'failed' as SaveState,
				saveError: String(((event as { error?: unknown }).error as Error | undefined)?.message ?? 'the save failed')
			}))
		}
	}).createMachine({
		id: 'session',
		context: ({ input }) => {
			const r = input.resume;
			const base = {
				manifest: input.manifest,
				profile: r?.profile ?? input.profile,
				profileLocked: input.profileLocked ?? false,
				mode: r?.mode ?? input.mode ?? 'learning',
				practice: r?.practice ?? null,
				saveState: (r ? 'saved' : 'idle') as SaveState,
				saveError: null,
				error: null
			};
			if (!r)
				return {
					...base,
					attemptId: newId(),
					startedAt: now(),
					phase: 'setting' as const,
					transcript: [],
					passageStart: 0,
					choices: [],
					choiceLog: [],
					ledger: [],
					feedback: null,
					revision: 0,
					completedAt: null
				};
			const resumed = {
				...base,
				attemptId: r.id,
				startedAt: r.startedAt,
				phase: r.phase,
				transcript: r.transcript,
				passageStart: r.passageStart,
				choices: r.phase === 'setting' || r.phase === 'ended' ? [] : story.current().choices,
				choiceLog: r.choiceLog,
				ledger: r.ledger,
				feedback: null,
				revision: r.revision,
				completedAt: r.completedAt
			};
			return { ...resumed, feedback: r.phase === 'feedback' ? feedbackFor(resumed) : null };
		},
		initial: 'boot',
		states: {
			boot: {
				always: [
					{ guard: 'isNew', target: 'contentNote' },
					{ target: 'route' }
				]
			},
			contentNote: {
				on: { begin: { target: 'saving' } }
			},
			setting: {
				on: {
					...retry,
					// Saved at once, so a reload on the setting card keeps the trainee's pick.
					'profile.select': { guard: 'profileSelectable', target: 'saving', actions: 'selectProfile' },
					'setting.continue': { target: 'advancing', actions: 'startStory' }
				}
			},
			choosing: {
				on: { ...retry, 'choice.select': { guard: 'choiceOnOffer', target: 'advancing', actions: 'applyChoice' } }
			},
			feedback: {
				on: { ...retry, 'feedback.continue': { target: 'saving', actions: 'closeFeedback' } }
			},
			advancing: {
				always: [{ guard: 'hasError', target: 'error' }, { target: 'saving' }]
			},
			saving: {
				entry: 'markPending',
				invoke: {
					id: 'persist',
					src: 'persistAttempt',
					input: ({ context }) => pendingRecord(context, now()),
					onDone: { target: 'route', actions: 'markSaved' },
					onError: { target: 'route', actions: 'markFailed' }
				}
			},
			route: {
				always: [
					{ guard: { type: 'startsAt', params: { phase: 'setting' } }, target: 'setting' },
					{ guard: { type: 'startsAt', params: { phase: 'feedback' } }, target: 'feedback' },
					{ guard: { type: 'startsAt', params: { phase: 'ended' } }, target: 'debrief' },
					{ target: 'choosing' }
				]
			},
			debrief: { on: { ...retry } },
			error: {}
		}
	});
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
