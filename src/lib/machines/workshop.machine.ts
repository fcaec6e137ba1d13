/**
 * A facilitated session: a vignette played by a room, driven from the presenter's keyboard or
 * clicker. The story itself is an attempt, run by the attempt machine invoked here (`attempt`,
 * provided by the driver with the workshop's effects: its own store, no trainee's progress); this
 * machine sends it `begin`, `setting.continue`, `choice.select` and `feedback.continue` and
 * mirrors each snapshot it reports. What is the workshop's own lives here: the steps and their
 * pages, the room's vote at each choice point, the reveal of the distribution, the majority or
 * the facilitator's override, the reveal of the feedback (after each decision, or all at the end
 * in the assessment style), what the options the room did not take would have meant, the blank
 * screen and the decision timer.
 *
 * A stored session comes back at the step it was on (`input.restored`): the attempt resumes from
 * its own saved state, and the steps it has not saved yet (the content note, the setting card:
 * nothing is saved before the first choice) are passed through again at once. Every `assign` is
 * pure; time comes with the events. Persisting and broadcasting what the room sees are the
 * driver's, from each snapshot (workshop/session-record.ts).
 */
import { and, assign, raise, sendTo, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { AttemptMode } from '../domain/attempt';
import { isPracticeOnly } from '../domain/profiles';
import type { CaseManifest } from '../domain/types';
import { decisionOnOffer, type Screen } from '../session/attempt-view';
import { mirrorOf, progressKey, type AttemptMirror } from '../workshop/attempt-mirror';
import { answered, hasReading, pagesAt, type FrameInput } from '../workshop/frames';
import { START_POSITION, STAGES, type Blank, type Position, type Round, type Stage } from '../workshop/types';
import { labelOf, majority, optionAt, playedBy, withVotes } from '../workshop/votes';
import { createAttemptMachine, type AttemptSnapshot } from './attempt.machine';

/** What a key or a clicker button asks for (workshop/keys.ts reads them off keyboard events). */
export type KeyCommand =
	| { type: 'next' }
	| { type: 'back' }
	| { type: 'blank'; color: 'black' | 'white' }
	| { type: 'digit'; label: string; modifier: DigitModifier }
	/** Any other key: it only brings a blanked screen back. */
	| { type: 'wake' };
export type DigitModifier = 'none' | 'shift' | 'alt';

export type WorkshopEvent =
	/** A key in either window (a clicker is a keyboard): while the screen is blank it only brings it back. */
	| { type: 'key'; command: KeyCommand; at: number }
	| { type: 'nav.next'; at: number }
	| { type: 'nav.back' }
	| { type: 'screen.blank'; color: 'black' | 'white' }
	| { type: 'screen.show' }
	| { type: 'vote.add'; label: string; at: number }
	| { type: 'vote.remove'; label: string }
	| { type: 'vote.set'; label: string; count: number; at: number }
	/** Play this option now (Alt+number or a click): the facilitator's override unless it is the room's choice. */
	| { type: 'option.pick'; label: string; at: number }
	/** Show (or hide) what an option the room did not take would have meant. */
	| { type: 'meaning.toggle'; label: string }
	| { type: 'digit'; label: string; modifier: DigitModifier; at: number }
	| { type: 'xstate.snapshot.attempt'; snapshot: AttemptSnapshot }
	| { type: 'xstate.error.actor.attempt'; error: unknown };

/** A stored session to go on with. */
export interface RestoredSession {
	position: Position;
	rounds: Round[];
	blank: Blank;
	ended: boolean;
}

export interface WorkshopInput {
	manifest: CaseManifest;
	sessionId: string;
	profile: string | null;
	reveal: AttemptMode;
	restored?: RestoredSession | null;
	/** Identity and start time of the room's attempt, should none be saved yet. */
	attemptId: string;
	now: number;
}

export interface WorkshopContext {
	manifest: CaseManifest;
	sessionId: string;
	profile: string | null;
	reveal: AttemptMode;
	/** False under a practice-only profile: nothing of the session is stored. */
	recorded: boolean;
	attempt: AttemptMirror | null;
	rounds: Round[];
	position: Position;
	/** A stored position to come back to, until the attempt has caught up with it. */
	target: Position | null;
	blank: Blank;
	ended: boolean;
	/** Sent a step to the attempt: what must change before the session goes on. */
	awaiting: string | null;
	problem: string | null;
	/** Identity and start time for the room's attempt, should none be saved yet. */
	attemptId: string;
	startedAt: number;
}

/** What the slides and page counts are made from. */
export const frameInputOf = (context: WorkshopContext): FrameInput => ({
	manifest: context.manifest,
	profile: context.profile,
	attempt: context.attempt,
	rounds: context.rounds,
	position: context.position,
	blank: context.blank
});

const pages = (context: WorkshopContext) => pagesAt(frameInputOf(context));
const currentRound = (context: WorkshopContext) => context.rounds[context.position.round];
const stageIndex = (stage: Stage) => STAGES.indexOf(stage);

/** The choice point a step of this stage belongs to. */
function roundFor(stage: Stage, attempt: AttemptMirror | null): number {
	const made = attempt?.choiceCount ?? 0;
	// The reveal is of the choice just made.
	return stage === 'review' ? Math.max(0, made - 1) : made;
}

const at = (stage: Stage, attempt: AttemptMirror | null, page = 0): Position => ({ ...START_POSITION, stage, round: roundFor(stage, attempt), page });

const eventTime = (event: WorkshopEvent) => ('at' in event ? event.at : null);

/** The round with `change` applied to the current round's entry. */
function changeRound(context: WorkshopContext, change: (round: Round) => Round): Round[] {
	const index = context.position.round;
	const round = context.rounds[index];
	if (!round) return context.rounds;
	return context.rounds.map((r, i) => (i === index ? change(r) : r));
}

/** A restored session's rounds made to agree with the attempt as it was saved (the truth of what was played). */
function reconciled(rounds: readonly Round[], attempt: AttemptMirror): Round[] {
	const made = attempt.choiceCount;
	return rounds.slice(0, made + 1).map((round, i) => {
		if (i === made) return round.played ? { ...round, played: null, closedAt: null } : round;
		const choiceId = attempt.choiceIds[i]!;
		if (round.played?.optionId === choiceId) return round;
		const label = labelOf(round, choiceId);
		return { ...round, played: { optionId: choiceId, by: label ? playedBy(round, label) : 'override' } };
	});
}

export const workshopMachine = setup({
	types: {
		context: {} as WorkshopContext,
		events: {} as WorkshopEvent,
		input: {} as WorkshopInput
	},
	actors: {
		// The driver provides the attempt machine with the workshop's effects (workshop/attempt-effects.ts).
		attempt: createAttemptMachine()
	},
	guards: {
		blanked: ({ context }) => context.blank !== null,
		isBlankKey: ({ event }) => event.type === 'key' && event.command.type === 'blank',
		isWakeKey: ({ event }) => event.type === 'key' && event.command.type === 'wake',
		/** The attempt has loaded, or stopped: the session can find its step. */
		attemptReady: ({ context }) => context.attempt !== null && (context.attempt.screen !== 'loading' || context.attempt.problem !== null),
		attemptIdle: ({ context }) => context.attempt !== null && !context.attempt.busy,
		storyReady: ({ context }) => context.attempt?.storyReady ?? false,
		attemptAt: ({ context }, screen: Screen) => context.attempt?.screen === screen,
		attemptStopped: ({ context }) => context.attempt?.screen === 'error' || (context.attempt?.outdated ?? false),
		/** The step sent to the attempt has happened, and its save has settled. */
		movedOn: ({ context }) => context.attempt !== null && !context.attempt.busy && context.awaiting !== progressKey(context.attempt),
		/** A stored position lies past this stage: go through it at once. */
		wantsPast: ({ context }, stage: Stage) => context.target !== null && stageIndex(context.target.stage) > stageIndex(stage),
		/** A stored position is this stage of the current choice point (or of the end): go back to it. */
		targetAt: ({ context }, stage: Stage) => {
			const target = context.target;
			if (!target || target.stage !== stage) return false;
			if (stage === 'reveals') return target.item < answered(frameInputOf(context)).length;
			if (stage === 'summary' || stage === 'title' || stage === 'setting') return true;
			return target.round === roundFor(stage, context.attempt);
		},
		hasReading: ({ context }) => hasReading(frameInputOf(context)),
		morePages: ({ context }) => context.position.page < pages(context) - 1,
		notFirstPage: ({ context }) => context.position.page > 0,
		showing: ({ context }) => context.position.showing !== null,
		hasMajority: ({ context }) => {
			const round = currentRound(context);
			return round ? majority(round) !== null : false;
		},
		modifier: ({ event }, modifier: DigitModifier) => event.type === 'digit' && event.modifier === modifier,
		/** An option on offer, with the attempt ready for a choice. */
		canPick: ({ context, event }) => {
			const round = currentRound(context);
			const label = event.type === 'option.pick' || event.type === 'digit' ? event.label : '';
			return !!round && !!optionAt(round, label) && context.attempt !== null && !context.attempt.busy;
		},
		/** An option of the decision revealed, other than the one played, whose meaning can be shown. */
		canShowMeaning: ({ context, event }) => {
			const round = context.position.stage === 'reveals' ? answered(frameInputOf(context))[context.position.item]?.round : currentRound(context);
			const label = event.type === 'meaning.toggle' || event.type === 'digit' ? event.label : '';
			const option = round ? optionAt(round, label) : undefined;
			return !!round?.decisionId && !!option && option.id !== round.played?.optionId;
		},
		/** The assessment style: feedback is revealed at the end, decision by decision. */
		revealsAtEnd: ({ context }) => context.attempt?.mode === 'assessment' && answered(frameInputOf(context)).length > 0,
		moreItems: ({ context }) => context.position.item < answered(frameInputOf(context)).length - 1,
		notFirstItem: ({ context }) => context.position.item > 0
	},
	actions: {
		mirrorAttempt: assign({
			attempt: ({ event }) => (event.type === 'xstate.snapshot.attempt' ? mirrorOf(event.snapshot) : null)
		}),
		attemptCrashed: assign({ problem: ({ event }) => String((event as { error?: { message?: string } }).error?.message ?? 'the story stopped') }),
		reconcile: assign({ rounds: ({ context }) => (context.attempt ? reconciled(context.rounds, context.attempt) : context.rounds) }),
		blankScreen: assign({
			blank: ({ context, event }) => {
				const color = event.type === 'screen.blank' ? event.color : event.type === 'key' && event.command.type === 'blank' ? event.command.color : null;
				return color === context.blank ? null : color;
			}
		}),
		showScreen: assign({ blank: null }),
		/** A key as the step it asks for. */
		raiseCommand: raise(({ event }) => {
			if (event.type !== 'key') return { type: 'nav.back' } as const;
			const command = event.command;
			if (command.type === 'next') return { type: 'nav.next', at: event.at } as const;
			if (command.type === 'digit') return { type: 'digit', label: command.label, modifier: command.modifier, at: event.at } as const;
			return { type: 'nav.back' } as const;
		}),
		enterStage: assign(({ context }, stage: Stage) => ({ position: at(stage, context.attempt) })),
		/** Back to a stored position: its page, reveal and option shown. */
		applyTarget: assign(({ context }) => ({ position: context.target ?? context.position, target: null })),
		clearTarget: assign({ target: null }),
		nextPage: assign(({ context }) => ({ position: { ...context.position, page: context.position.page + 1 } })),
		prevPage: assign(({ context }) => ({ position: { ...context.position, page: context.position.page - 1 } })),
		/** To the last page of a stage (going back into it). */
		enterAtEnd: assign(({ context }, stage: Stage) => {
			const position = at(stage, context.attempt);
			const item = stage === 'reveals' ? Math.max(0, answered(frameInputOf(context)).length - 1) : 0;
			const last = pagesAt(frameInputOf(context), { ...position, item }) - 1;
			return { position: { ...position, item, page: Math.max(0, last) } };
		}),
		nextItem: assign(({ context }) => ({ position: { ...context.position, item: context.position.item + 1, page: 0, showing: null } })),
		prevItem: assign(({ context }) => {
			const item = context.position.item - 1;
			const last = pagesAt(frameInputOf(context), { ...context.position, item, showing: null }) - 1;
			return { position: { ...context.position, item, page: Math.max(0, last), showing: null } };
		}),
		/** The choice point on offer gets its round (kept if it is already there, as after a reload). */
		openRound: assign(({ context }) => {
			const attempt = context.attempt;
			if (!attempt) return {};
			const index = attempt.choiceCount;
			const ids = attempt.choices.map((c) => c.id);
			const existing = context.rounds[index];
			if (existing && existing.options.map((o) => o.id).join() === ids.join()) return {};
			const round: Round = {
				decisionId: decisionOnOffer(context.manifest, attempt.choices)?.decision.id ?? null,
				options: attempt.choices.map((c) => ({ id: c.id, text: c.text })),
				votes: attempt.choices.map(() => 0),
				openedAt: null,
				closedAt: null,
				played: null,
				shown: []
			};
			return { rounds: [...context.rounds.slice(0, index), round] };
		}),
		/** The decision's timer starts the first time its options are shown. */
		openVote: assign({
			rounds: ({ context, event }) => {
				const time = eventTime(event);
				return time === null ? context.rounds : changeRound(context, (r) => (r.openedAt === null ? { ...r, openedAt: time } : r));
			}
		}),
		addVote: assign({ rounds: ({ context, event }) => changeRound(context, (r) => withVotes(r, 'label' in event ? event.label : '', (n) => n + 1)) }),
		removeVote: assign({ rounds: ({ context, event }) => changeRound(context, (r) => withVotes(r, 'label' in event ? event.label : '', (n) => n - 1)) }),
		setVotes: assign({
			rounds: ({ context, event }) => (event.type === 'vote.set' ? changeRound(context, (r) => withVotes(r, event.label, () => event.count)) : context.rounds)
		}),
		/** Plays an option: the round records it (and stops its timer), the attempt makes the choice. */
		play: assign(({ context, event }, params: { label: string | null }) => {
			const round = currentRound(context);
			const label = params.label ?? ('label' in event ? event.label : null) ?? (round ? majority(round) : null);
			const option = round && label ? optionAt(round, label) : undefined;
			if (!round || !option || !label) return {};
			const time = eventTime(event);
			return { rounds: changeRound(context, (r) => ({ ...r, played: { optionId: option.id, by: playedBy(r, label) }, closedAt: time ?? r.closedAt })) };
		}),
		sendChoice: sendTo('attempt', ({ context }) => ({ type: 'choice.select' as const, choiceId: currentRound(context)?.played?.optionId ?? '' })),
		sendBegin: sendTo('attempt', { type: 'begin' as const }),
		sendStart: sendTo('attempt', { type: 'setting.continue' as const }),
		sendContinue: sendTo('attempt', { type: 'feedback.continue' as const }),
		awaitAttempt: assign({ awaiting: ({ context }) => (context.attempt ? progressKey(context.attempt) : null) }),
		stopAwaiting: assign({ awaiting: null }),
		toggleMeaning: assign(({ context, event }) => {
			const label = event.type === 'meaning.toggle' || event.type === 'digit' ? event.label : null;
			if (!label) return {};
			const showing = context.position.showing === label ? null : label;
			const position = { ...context.position, showing, page: 0 };
			// The round remembers which meanings the room was shown (for the handout).
			const round = context.position.stage === 'reveals' ? answered(frameInputOf(context))[context.position.item]?.round : currentRound(context);
			const optionId = round ? optionAt(round, label)?.id : undefined;
			const rounds = context.rounds.map((r) => (r === round && optionId && showing && !r.shown.includes(optionId) ? { ...r, shown: [...r.shown, optionId] } : r));
			return { position, rounds };
		}),
		closeMeaning: assign(({ context }) => ({ position: { ...context.position, showing: null, page: 0 } })),
		markEnded: assign({ ended: true })
	}
}).createMachine({
	id: 'workshop',
	context: ({ input }) => ({
		manifest: input.manifest,
		sessionId: input.sessionId,
		profile: input.profile,
		reveal: input.reveal,
		recorded: !isPracticeOnly(input.manifest.meta, input.profile),
		attempt: null,
		rounds: input.restored?.rounds ?? [],
		position: input.restored?.position ?? START_POSITION,
		target: input.restored ? input.restored.position : null,
		blank: input.restored?.blank ?? null,
		ended: input.restored?.ended ?? false,
		awaiting: null,
		problem: null,
		attemptId: input.attemptId,
		startedAt: input.now
	}),
	invoke: {
		id: 'attempt',
		src: 'attempt',
		input: ({ context }) => ({
			manifest: context.manifest,
			fixedProfile: context.profile,
			mode: context.reveal,
			attemptId: context.attemptId,
			now: context.startedAt
		}),
		onSnapshot: { actions: 'mirrorAttempt' },
		onError: { target: '.stopped', actions: 'attemptCrashed' }
	},
	on: {
		key: [{ guard: 'blanked', actions: 'showScreen' }, { guard: 'isBlankKey', actions: 'blankScreen' }, { guard: 'isWakeKey' }, { actions: 'raiseCommand' }],
		'screen.blank': { actions: 'blankScreen' },
		'screen.show': { actions: 'showScreen' }
	},
	initial: 'starting',
	states: {
		starting: {
			always: { guard: 'attemptReady', target: 'route', actions: 'reconcile' }
		},
		/** Where the attempt stands decides the step. */
		route: {
			always: [
				{ guard: 'attemptStopped', target: 'stopped' },
				{ guard: { type: 'attemptAt', params: 'content-note' }, target: 'title' },
				{ guard: { type: 'attemptAt', params: 'setting' }, target: 'setting' },
				{ guard: { type: 'attemptAt', params: 'choosing' }, target: 'round' },
				{ guard: { type: 'attemptAt', params: 'feedback' }, target: 'review' },
				{ guard: { type: 'attemptAt', params: 'debrief' }, target: 'ending' },
				{ target: 'awaiting' }
			]
		},
		/** A step was sent to the attempt: wait until it has happened and been saved. */
		awaiting: {
			always: [
				{ guard: 'attemptStopped', target: 'stopped', actions: 'stopAwaiting' },
				{ guard: 'movedOn', target: 'route', actions: 'stopAwaiting' }
			]
		},
		title: {
			entry: [{ type: 'enterStage', params: 'title' }],
			always: [
				{ guard: and([{ type: 'wantsPast', params: 'title' as const }, 'attemptIdle']), target: 'awaiting', actions: ['sendBegin', 'awaitAttempt'] },
				{ guard: { type: 'targetAt', params: 'title' }, actions: 'applyTarget' }
			],
			on: { 'nav.next': { guard: 'attemptIdle', target: 'awaiting', actions: ['sendBegin', 'awaitAttempt'] } }
		},
		setting: {
			entry: [{ type: 'enterStage', params: 'setting' }],
			always: [
				{ guard: and([{ type: 'wantsPast', params: 'setting' as const }, 'attemptIdle', 'storyReady']), target: 'awaiting', actions: ['sendStart', 'awaitAttempt'] },
				{ guard: { type: 'targetAt', params: 'setting' }, actions: 'applyTarget' }
			],
			on: {
				'nav.next': [
					{ guard: 'morePages', actions: 'nextPage' },
					{ guard: and(['attemptIdle', 'storyReady']), target: 'awaiting', actions: ['sendStart', 'awaitAttempt'] }
				],
				'nav.back': { guard: 'notFirstPage', actions: 'prevPage' }
			}
		},
		/** A choice point: its passage, the vote, the room's vote shown, then the choice played. */
		round: {
			entry: 'openRound',
			initial: 'entering',
			states: {
				entering: {
					always: [
						{ guard: { type: 'targetAt', params: 'results' }, target: 'results', actions: 'applyTarget' },
						{ guard: { type: 'targetAt', params: 'voting' }, target: 'voting', actions: 'applyTarget' },
						{ guard: { type: 'targetAt', params: 'reading' }, target: 'reading', actions: 'applyTarget' },
						{ guard: 'hasReading', target: 'reading', actions: ['clearTarget', { type: 'enterStage', params: 'reading' }] },
						{ target: 'voting', actions: ['clearTarget', { type: 'enterStage', params: 'voting' }] }
					]
				},
				reading: {
					on: {
						'nav.next': [
							{ guard: 'morePages', actions: 'nextPage' },
							{ target: 'voting', actions: [{ type: 'enterStage', params: 'voting' }, 'openVote'] }
						],
						'nav.back': { guard: 'notFirstPage', actions: 'prevPage' }
					}
				},
				voting: {
					on: {
						'nav.next': [{ guard: 'morePages', actions: 'nextPage' }, { target: 'results', actions: { type: 'enterStage', params: 'results' } }],
						'nav.back': [
							{ guard: 'notFirstPage', actions: 'prevPage' },
							{ guard: 'hasReading', target: 'reading', actions: { type: 'enterAtEnd', params: 'reading' } }
						],
						'vote.add': { actions: ['addVote', 'openVote'] },
						'vote.remove': { actions: 'removeVote' },
						'vote.set': { actions: ['setVotes', 'openVote'] },
						digit: [
							{ guard: { type: 'modifier', params: 'none' }, actions: ['addVote', 'openVote'] },
							{ guard: { type: 'modifier', params: 'shift' }, actions: 'removeVote' },
							{ guard: and([{ type: 'modifier', params: 'alt' as const }, 'canPick']), target: '#workshop.awaiting', actions: [{ type: 'play', params: { label: null } }, 'sendChoice', 'awaitAttempt'] }
						],
						'option.pick': { guard: 'canPick', target: '#workshop.awaiting', actions: [{ type: 'play', params: { label: null } }, 'sendChoice', 'awaitAttempt'] }
					}
				},
				results: {
					on: {
						'nav.next': {
							guard: and(['hasMajority', 'attemptIdle']),
							target: '#workshop.awaiting',
							actions: [{ type: 'play', params: { label: null } }, 'sendChoice', 'awaitAttempt']
						},
						'nav.back': { target: 'voting', actions: { type: 'enterStage', params: 'voting' } },
						'vote.add': { actions: 'addVote' },
						'vote.remove': { actions: 'removeVote' },
						'vote.set': { actions: 'setVotes' },
						digit: [
							{ guard: { type: 'modifier', params: 'none' }, actions: 'addVote' },
							{ guard: { type: 'modifier', params: 'shift' }, actions: 'removeVote' },
							{ guard: and([{ type: 'modifier', params: 'alt' as const }, 'canPick']), target: '#workshop.awaiting', actions: [{ type: 'play', params: { label: null } }, 'sendChoice', 'awaitAttempt'] }
						],
						'option.pick': { guard: 'canPick', target: '#workshop.awaiting', actions: [{ type: 'play', params: { label: null } }, 'sendChoice', 'awaitAttempt'] }
					}
				}
			}
		},
		/** The feedback on the choice just played (learning style): verdict, rationale, the best response. */
		review: {
			entry: { type: 'enterStage', params: 'review' },
			always: { guard: { type: 'targetAt', params: 'review' }, actions: 'applyTarget' },
			on: {
				'nav.next': [
					{ guard: 'morePages', actions: 'nextPage' },
					{ guard: 'showing', actions: 'closeMeaning' },
					{ guard: 'attemptIdle', target: 'awaiting', actions: ['sendContinue', 'awaitAttempt'] }
				],
				'nav.back': [{ guard: 'notFirstPage', actions: 'prevPage' }, { guard: 'showing', actions: 'closeMeaning' }],
				'meaning.toggle': { guard: 'canShowMeaning', actions: 'toggleMeaning' },
				digit: { guard: 'canShowMeaning', actions: 'toggleMeaning' }
			}
		},
		/** The story has ended: its last passage, the reveals (assessment style), the room's path. */
		ending: {
			initial: 'entering',
			states: {
				entering: {
					always: [
						{ guard: { type: 'targetAt', params: 'summary' }, target: 'summary', actions: 'applyTarget' },
						{ guard: { type: 'targetAt', params: 'reveals' }, target: 'reveals', actions: 'applyTarget' },
						{ guard: { type: 'targetAt', params: 'reading' }, target: 'reading', actions: 'applyTarget' },
						{ guard: 'hasReading', target: 'reading', actions: ['clearTarget', { type: 'enterStage', params: 'reading' }] },
						{ guard: 'revealsAtEnd', target: 'reveals', actions: ['clearTarget', { type: 'enterStage', params: 'reveals' }] },
						{ target: 'summary', actions: ['clearTarget', { type: 'enterStage', params: 'summary' }] }
					]
				},
				reading: {
					on: {
						'nav.next': [
							{ guard: 'morePages', actions: 'nextPage' },
							{ guard: 'revealsAtEnd', target: 'reveals', actions: { type: 'enterStage', params: 'reveals' } },
							{ target: 'summary', actions: { type: 'enterStage', params: 'summary' } }
						],
						'nav.back': { guard: 'notFirstPage', actions: 'prevPage' }
					}
				},
				reveals: {
					on: {
						'nav.next': [
							{ guard: 'morePages', actions: 'nextPage' },
							{ guard: 'showing', actions: 'closeMeaning' },
							{ guard: 'moreItems', actions: 'nextItem' },
							{ target: 'summary', actions: { type: 'enterStage', params: 'summary' } }
						],
						'nav.back': [
							{ guard: 'notFirstPage', actions: 'prevPage' },
							{ guard: 'showing', actions: 'closeMeaning' },
							{ guard: 'notFirstItem', actions: 'prevItem' },
							{ guard: 'hasReading', target: 'reading', actions: { type: 'enterAtEnd', params: 'reading' } }
						],
						'meaning.toggle': { guard: 'canShowMeaning', actions: 'toggleMeaning' },
						digit: { guard: 'canShowMeaning', actions: 'toggleMeaning' }
					}
				},
				summary: {
					entry: 'markEnded',
					on: {
						'nav.next': { guard: 'morePages', actions: 'nextPage' },
						'nav.back': [
							{ guard: 'notFirstPage', actions: 'prevPage' },
							{ guard: 'revealsAtEnd', target: 'reveals', actions: { type: 'enterAtEnd', params: 'reveals' } },
							{ guard: 'hasReading', target: 'reading', actions: { type: 'enterAtEnd', params: 'reading' } }
						]
					}
				}
			}
		},
		/** The story stopped, or the stored session no longer fits the vignette: nothing moves on. */
		stopped: {}
	}
});

/** The machine's state as a step the room can be at, while the session is at one. */
export function stageOf(snapshot: WorkshopSnapshot): Stage | null {
	for (const stage of ['title', 'setting', 'review'] as const) if (snapshot.matches(stage)) return stage;
	for (const stage of ['reading', 'voting', 'results'] as const) if (snapshot.matches({ round: stage })) return stage;
	for (const stage of ['reading', 'reveals', 'summary'] as const) if (snapshot.matches({ ending: stage })) return stage;
	return null;
}

/** Whether the session is settled on a step the room sees (not catching up or waiting on the story). */
export const isSettled = (snapshot: WorkshopSnapshot) => stageOf(snapshot) !== null && snapshot.context.target === null;

export type WorkshopMachine = typeof workshopMachine;
export type WorkshopSnapshot = SnapshotFrom<WorkshopMachine>;
export type WorkshopActor = ActorRefFrom<WorkshopMachine>;
