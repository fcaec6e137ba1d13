/**
 * One attempt at one vignette: content note -> setting card -> choosing <-> feedback -> debrief.
 * The story is reached only through an injected StoryPort (the inkjs Story never enters the
 * context); saving is the `persistAttempt` actor, provided by the caller.
 *
 * Nothing is saved before the session starts: the content note and the setting card are not
 * stored, so a profile picked and then changed (a practice-only one above all) never leaves a row.
 * From "Start the session" on the profile is fixed and every step is saved, except under a
 * practice-only profile (CONTENT.md 0.4 item 3), whose runs are never written at all.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { AttemptMode, AttemptPhase, AttemptRecord, ChoiceView, LoggedChoice, PracticeOrigin, TranscriptEntry } from '../domain/attempt';
import { SCHEMA_VERSION } from '../domain/attempt';
import { ledgerEntry, reviewDecision, type DecisionReview, type LedgerEntry } from '../domain/scoring';
import { isPracticeOnly } from '../domain/tags';
import type { CaseManifest } from '../domain/types';
import type { StoryPort, StoryStep } from '../ink/runner';

/** `unrecorded`: a practice-only run moved on and, by design, wrote nothing. */
export type SaveState = 'idle' | 'pending' | 'saved' | 'failed' | 'unrecorded';
export type StartAt = 'contentNote' | AttemptPhase;

export interface SessionContext {
	manifest: CaseManifest;
	profile: string | null;
	profileLocked: boolean;
	/** Assessment defers feedback to the debrief. Always learning under a practice-only profile. */
	mode: AttemptMode;
	/** The mode the link or build asked for; `mode` follows it unless the profile is practice only. */
	requestedMode: AttemptMode;
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
	/**
	 * How a new attempt gives feedback (learning unless an instructor chose assessment). A
	 * practice-only profile is never assessed: its runs are in learning mode whatever is asked.
	 */
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

/** The mode a new run has under `profile`: a practice-only profile is never an assessment. */
function modeUnder(manifest: CaseManifest, profile: string | null, requested: AttemptMode): AttemptMode {
	return isPracticeOnly(manifest.meta, profile) ? 'learning' : requested;
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
			// A practice run starts unsaved but already at a decision; an unrecorded (practice-only)
			// attempt shown again from memory is unsaved but past the setting card.
			isNew: ({ context }) => context.revision === 0 && context.practice === null && context.phase === 'setting',
			// Runs under a practice-only profile are never written (CONTENT.md 0.4 item 3).
			practiceOnly: ({ context }) => isPracticeOnly(context.manifest.meta, context.profile),
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
			selectProfile: assign(({ context, event }) => {
				const profile = event.type === 'profile.select' ? event.profile : context.profile;
				return { profile, mode: modeUnder(context.manifest, profile, context.requestedMode) };
			}),
			markPending: assign({ saveState: 'pending' as SaveState }),
			markUnrecorded: assign({ saveState: 'unrecorded' as SaveState, saveError: null }),
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
			const requestedMode = input.mode ?? 'learning';
			const profile = r?.profile ?? input.profile;
			const base = {
				manifest: input.manifest,
				profile,
				profileLocked: input.profileLocked ?? false,
				mode: r?.mode ?? modeUnder(input.manifest, profile, requestedMode),
				requestedMode,
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
			// Neither the content note nor the setting card is saved (see the top of this file): a reload
			// there starts again from the content note, and no row is left under a profile not played.
			contentNote: {
				on: { begin: { target: 'setting' } }
			},
			setting: {
				on: {
					...retry,
					'profile.select': { guard: 'profileSelectable', actions: 'selectProfile' },
					'setting.continue': { target: 'advancing', actions: 'startStory' }
				}
			},
			choosing: {
				on: { ...retry, 'choice.select': { guard: 'choiceOnOffer', target: 'advancing', actions: 'applyChoice' } }
			},
			feedback: {
				on: { ...retry, 'feedback.continue': { target: 'recording', actions: 'closeFeedback' } }
			},
			advancing: {
				always: [{ guard: 'hasError', target: 'error' }, { target: 'recording' }]
			},
			// Every step is saved, unless the profile is practice only: then `saving` is never entered
			// (persistAttempt is not invoked) and the run moves on as if saved, marked unrecorded.
			recording: {
				always: [{ guard: 'practiceOnly', target: 'route', actions: 'markUnrecorded' }, { target: 'saving' }]
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
