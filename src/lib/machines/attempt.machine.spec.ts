import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { ChoiceStep, PassageStep } from '../domain/advance';
import type { AttemptRecord, ChoiceView } from '../domain/attempt';
import { outlineOf, type CaseManifest, type ScoredOption } from '../domain/types';
import { createAttemptMachine, pendingRecord, RETRY_DELAYS_MS, type AttemptEvent, type AttemptSnapshot, type ResumeFound } from './attempt.machine';

const best: ScoredOption = {
	id: 'V9.D9.1.a',
	decisionId: 'V9.D9.1',
	text: 'Assess',
	base: { action: 'hold', verdict: 'best', critical: false, rationale: 'Assess first.', cite: 'APA 4.01' },
	overrides: {}
};
const worst: ScoredOption = {
	id: 'V9.D9.1.b',
	decisionId: 'V9.D9.1',
	text: 'Call 911',
	base: { action: 'disclose', verdict: 'error', kind: 'over', critical: true, rationale: 'Too soon.', cite: 'APA 4.05(b)' },
	overrides: { tx: { verdict: 'acceptable', kind: undefined, critical: false } }
};
const manifest = {
	meta: {
		id: 'fake',
		vignette: 9,
		title: 'Fake',
		version: '2.0.0',
		profiles: [
			{ id: 'ca', label: 'Modeled on California', practiceOnly: false, setting: [], jurisdictions: [] },
			{ id: 'tx', label: 'Modeled on Texas', practiceOnly: true, setting: [], jurisdictions: [] }
		]
	},
	contentHash: 'hash-1',
	decisions: [{ id: 'V9.D9.1', title: 'The decision', options: [best, worst] }]
} as unknown as CaseManifest;

const view = (o: ScoredOption): ChoiceView => ({ id: o.id, text: o.text, scored: true });
const narrative: ChoiceView = { id: 'fake-listen', text: 'Listen', scored: false };
const first: PassageStep = { lines: [{ text: 'She sits down.' }], choices: [narrative], ended: false };
const second: PassageStep = { lines: [{ text: 'She says something worrying.' }], choices: [view(best), view(worst)], ended: false };
const last: PassageStep = { lines: [{ text: 'The session ends.' }], choices: [], ended: true };

const stepped = (choiceId: string, step: PassageStep, at: number, option?: ScoredOption): ChoiceStep => ({
	choiceId,
	choiceText: option?.text ?? 'Listen',
	at,
	step,
	...(option ? { option } : {})
});

type Event = AttemptEvent | { type: string; [key: string]: unknown };

/** Drives the machine with pure transitions; effects are answered by hand, as their done/error events. */
function harness(input: { fixedProfile?: string | null; mode?: 'learning' | 'assessment'; practice?: { of: string; fromDecision: string } | null } = {}) {
	// The case page's input: the outline. The decisions' options come with the story.
	const attemptMachine = createAttemptMachine();
	const [initial, initialActions] = initialTransition(attemptMachine, { manifest: outlineOf(manifest), attemptId: 'attempt-1', now: 1000, ...input });
	let snapshot: AttemptSnapshot = initial;
	let actions = initialActions;
	const send = (event: Event) => {
		[snapshot, actions] = transition(attemptMachine, snapshot, event as AttemptEvent);
		return snapshot;
	};
	const h = {
		get snapshot() {
			return snapshot;
		},
		get context() {
			return snapshot.context;
		},
		/** The invoked effects started by the last transition, by id. */
		get started() {
			return actions.filter((a) => a.type === 'xstate.spawnChild').map((a) => (a.params as { id: string }).id);
		},
		/** Input given to an effect started by the last transition. */
		inputOf(id: string) {
			return (actions.find((a) => a.type === 'xstate.spawnChild' && (a.params as { id: string }).id === id)?.params as { input?: unknown } | undefined)?.input;
		},
		get delays() {
			return actions.filter((a) => a.type === 'xstate.raise' && (a.params as { delay?: number }).delay !== undefined).map((a) => (a.params as { delay: number }).delay);
		},
		send,
		done: (id: string, output?: unknown) => send({ type: `xstate.done.actor.${id}`, output }),
		fail: (id: string, error: unknown) => send({ type: `xstate.error.actor.${id}`, error }),
		matches: (value: Parameters<AttemptSnapshot['matches']>[0]) => snapshot.matches(value),
		/** Story loaded, storage open, this tab holds the lock, nothing saved before. */
		ready() {
			h.done('loadStory', { decisions: manifest.decisions });
			h.done('openStorage', { ok: true });
			h.send({ type: 'lock.held' });
			h.done('checkSavedProgress', false);
			return h;
		},
		/** Content note, setting card, the first passage. */
		toFirstChoice() {
			h.send({ type: 'begin' });
			h.send({ type: 'setting.continue' });
			h.done('startStory', { step: first, at: 1100 });
			return h;
		}
	};
	return h;
}

describe('attempt machine: loading', () => {
	it('starts loading story and storage, asking for the lock and checking for saved progress, all at once', () => {
		const h = harness();
		expect(h.started.sort()).toEqual(['checkSavedProgress', 'loadStory', 'lock', 'openStorage']);
		expect(h.matches({ story: 'loading', storage: 'opening', ownership: { asking: 'pending' }, attempt: 'checking', save: 'idle' })).toBe(true);
	});

	it('with nothing saved shows the content note at once, before the story or storage have loaded', () => {
		const h = harness();
		h.done('checkSavedProgress', false);
		expect(h.matches({ attempt: 'contentNote', story: 'loading', storage: 'opening' })).toBe(true);
	});

	it('takes the decisions with the story: none before it loads, then those it loaded with', () => {
		const h = harness();
		expect(h.context.decisions).toEqual([]);
		expect(h.context.manifest.decisions).toEqual([{ id: 'V9.D9.1', title: 'The decision' }]);
		h.done('loadStory', { decisions: manifest.decisions });
		expect(h.context.decisions).toEqual(manifest.decisions);
	});

	it('a story that fails to load is named, and can be tried again', () => {
		const h = harness();
		h.fail('loadStory', new Error('network'));
		expect(h.matches({ story: 'failed' })).toBe(true);
		expect(h.context.loadProblem).toBe('The case could not load (network).');
		expect(h.started).toContain('watchStoryConnectivity');
		h.send({ type: 'story.retry' });
		expect(h.matches({ story: 'loading' })).toBe(true);
		expect(h.started).toContain('loadStory');
		h.fail('loadStory', new Error('network'));
		// Back online, or the tab visible again: tried again without being asked.
		h.send({ type: 'save.nudge' });
		expect(h.matches({ story: 'loading' })).toBe(true);
		h.done('loadStory', { decisions: manifest.decisions });
		expect(h.context.loadProblem).toBeNull();
	});

	it('storage that cannot open is named, and the case still plays', () => {
		const h = harness();
		h.done('openStorage', { ok: false, reason: 'IndexedDB is not available' });
		expect(h.matches({ storage: 'unavailable' })).toBe(true);
		expect(h.context.storageProblem).toBe('IndexedDB is not available');
		h.done('loadStory', { decisions: manifest.decisions });
		h.send({ type: 'lock.held' });
		h.done('checkSavedProgress', true);
		// Nothing to resume from without storage: a new attempt.
		expect(h.matches({ attempt: 'contentNote' })).toBe(true);
	});
});

describe('attempt machine: playing', () => {
	it('waits for the story before leaving the setting card', () => {
		const h = harness();
		h.done('checkSavedProgress', false);
		h.send({ type: 'begin' });
		expect(h.matches({ attempt: 'setting' })).toBe(true);
		h.send({ type: 'setting.continue' });
		expect(h.matches({ attempt: 'setting' })).toBe(true);
		h.done('loadStory', { decisions: manifest.decisions });
		h.send({ type: 'setting.continue' });
		expect(h.matches({ attempt: 'starting' })).toBe(true);
		expect(h.inputOf('startStory')).toEqual({ profile: 'ca' });
	});

	it('saves nothing before the first choice', () => {
		const h = harness().ready().toFirstChoice();
		expect(h.matches({ attempt: 'choosing', save: 'idle' })).toBe(true);
		expect(h.context).toMatchObject({ phase: 'choosing', revision: 0, transcript: [{ kind: 'text', text: 'She sits down.' }], choices: [narrative] });
	});

	it('a choice steps the story, then saves; no second choice until the save is acknowledged', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		expect(h.matches({ attempt: 'stepping' })).toBe(true);
		expect(h.inputOf('stepStory')).toEqual({ choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		expect(h.matches({ attempt: 'choosing', save: 'writing' })).toBe(true);
		expect(h.inputOf('persistAttempt')).toMatchObject({ id: 'attempt-1', revision: 1, phase: 'choosing', choiceLog: [{ choiceId: 'fake-listen', at: 1200 }] });
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
		h.done('persistAttempt');
		expect(h.matches({ save: 'saved' })).toBe(true);
		expect(h.context.revision).toBe(1);
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(h.matches({ attempt: 'stepping' })).toBe(true);
	});

	it('ignores a choice that is not on offer', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
	});

	it('scores a scored choice and shows feedback in learning mode, then the debrief', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		h.done('persistAttempt');
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.b' });
		h.done('stepStory', stepped('V9.D9.1.b', last, 1300, worst));
		expect(h.matches({ attempt: 'feedback' })).toBe(true);
		expect(h.context.ledger).toEqual([expect.objectContaining({ optionId: 'V9.D9.1.b', verdict: 'error', critical: true })]);
		expect(h.context.feedback).toMatchObject({ decisionId: 'V9.D9.1', best: { optionId: 'V9.D9.1.a' } });
		// Feedback stays until the save is acknowledged.
		h.send({ type: 'feedback.continue' });
		expect(h.matches({ attempt: 'feedback' })).toBe(true);
		h.done('persistAttempt');
		h.send({ type: 'feedback.continue' });
		expect(h.matches({ attempt: 'debrief', save: 'writing' })).toBe(true);
		expect(h.inputOf('persistAttempt')).toMatchObject({ status: 'completed', phase: 'ended', completedAt: 1300, revision: 3 });
	});

	it('gives no feedback in assessment mode', () => {
		const h = harness({ mode: 'assessment' }).ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		h.done('persistAttempt');
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		h.done('stepStory', stepped('V9.D9.1.a', last, 1300, best));
		expect(h.matches({ attempt: 'debrief' })).toBe(true);
		expect(h.context.feedback).toBeNull();
	});

	it('shows an error screen when the story throws, and can start again', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.fail('stepStory', new Error('ink runtime error'));
		expect(h.matches({ attempt: 'error' })).toBe(true);
		expect(h.context.error).toBe('ink runtime error');
		h.send({ type: 'restart' });
		expect(h.matches({ attempt: { restarting: 'renewing' } })).toBe(true);
		h.done('newAttempt', { attemptId: 'attempt-2', now: 5000 });
		expect(h.matches({ attempt: 'contentNote' })).toBe(true);
		expect(h.context).toMatchObject({ attemptId: 'attempt-2', startedAt: 5000, error: null, transcript: [], revision: 0 });
	});
});

describe('attempt machine: profiles', () => {
	it('the trainee picks a profile on the setting card; a link fixes it', () => {
		const h = harness().ready();
		h.send({ type: 'begin' });
		h.send({ type: 'profile.select', profile: 'tx' });
		expect(h.context.profile).toBe('tx');
		h.send({ type: 'profile.select', profile: 'ny' });
		expect(h.context.profile).toBe('tx');
		const fixed = harness({ fixedProfile: 'ca' }).ready();
		fixed.send({ type: 'begin' });
		fixed.send({ type: 'profile.select', profile: 'tx' });
		expect(fixed.context).toMatchObject({ profile: 'ca', profileLocked: true });
	});

	it('a practice-only profile is played in learning mode and never written', () => {
		const h = harness({ mode: 'assessment' }).ready();
		h.send({ type: 'begin' });
		h.send({ type: 'profile.select', profile: 'tx' });
		expect(h.context.mode).toBe('learning');
		h.send({ type: 'setting.continue' });
		h.done('startStory', { step: first, at: 1100 });
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		expect(h.matches({ save: 'unrecorded' })).toBe(true);
		expect(h.started).not.toContain('persistAttempt');
		// Nothing to wait for: the next choice is open at once.
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(h.matches({ attempt: 'stepping' })).toBe(true);
	});

	it('back to a recorded profile, the mode the link asked for applies again', () => {
		const h = harness({ mode: 'assessment' }).ready();
		h.send({ type: 'begin' });
		h.send({ type: 'profile.select', profile: 'tx' });
		h.send({ type: 'profile.select', profile: 'ca' });
		expect(h.context.mode).toBe('assessment');
	});
});

describe('attempt machine: saving', () => {
	function failedOnce(error: unknown) {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		h.fail('persistAttempt', error);
		return h;
	}
	const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });

	it('a failed save is named, retried after 2 s, 5 s, then every 15 s, and the trainee plays on', () => {
		const h = failedOnce(quota);
		expect(h.matches({ save: 'failed', attempt: 'choosing' })).toBe(true);
		expect(h.context.saveFailure).toEqual({ kind: 'quota', detail: 'full' });
		expect(h.delays).toEqual([RETRY_DELAYS_MS[0]]);
		expect(h.started).toContain('watchConnectivity');
		const retryEvent = () => ({ type: `xstate.after.retryDelay.attempt.save.failed` });
		h.send(retryEvent());
		expect(h.matches({ save: 'writing' })).toBe(true);
		h.fail('persistAttempt', quota);
		expect(h.delays).toEqual([RETRY_DELAYS_MS[1]]);
		h.send(retryEvent());
		h.fail('persistAttempt', quota);
		h.send(retryEvent());
		h.fail('persistAttempt', quota);
		expect(h.delays).toEqual([RETRY_DELAYS_MS[2]]);
		// Playing on while it retries.
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(h.matches({ attempt: 'stepping' })).toBe(true);
	});

	it('back online, a failed save is tried at once; success resets the backoff', () => {
		const h = failedOnce(quota);
		h.send({ type: 'save.nudge' });
		expect(h.matches({ save: 'writing' })).toBe(true);
		h.done('persistAttempt');
		expect(h.context).toMatchObject({ saveFailure: null, saveFailures: 0, revision: 1 });
	});

	it('a conflicting write by another tab stops this tab writing and offers a take-over', () => {
		const h = failedOnce(Object.assign(new Error('revision'), { name: 'RevisionConflictError' }));
		expect(h.matches({ ownership: { asking: 'taken' } })).toBe(true);
		expect(h.delays).toEqual([]);
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
	});

	it('an attempt deleted or set aside elsewhere stops saving, says so, and this tab keeps its ownership', () => {
		for (const reason of ['deleted', 'set-aside'] as const) {
			const h = failedOnce(Object.assign(new Error('revision'), { name: 'RevisionConflictError', reason }));
			expect(h.matches({ save: 'stopped', ownership: { asking: 'mine' } })).toBe(true);
			expect(h.context.saveFailure?.kind).toBe(reason);
			expect(h.delays).toEqual([]);
		}
	});

	it('a database closed by an upgrade in another tab is not retried', () => {
		const h = failedOnce(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }));
		expect(h.matches({ storage: 'closedByUpgrade', save: 'stopped' })).toBe(true);
		expect(h.delays).toEqual([]);
	});

	it('with storage unavailable a save fails at once, named, and is not retried', () => {
		const h = harness();
		h.done('openStorage', { ok: false, reason: 'private mode' });
		h.done('loadStory', { decisions: manifest.decisions });
		h.send({ type: 'lock.held' });
		h.done('checkSavedProgress', false);
		h.toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		expect(h.matches({ save: 'stopped' })).toBe(true);
		expect(h.context.saveFailure?.kind).toBe('unavailable');
		expect(h.started).not.toContain('persistAttempt');
	});

	it('the record carries the whole play state and the next revision', () => {
		const h = harness().ready().toFirstChoice();
		expect(pendingRecord(h.context)).toMatchObject({ caseId: 'fake', contentHash: 'hash-1', storyVersion: '2.0.0', profile: 'ca', mode: 'learning', status: 'active', revision: 1 });
	});
});

describe('attempt machine: another tab', () => {
	it('a tab that finds the case open elsewhere shows it read-only and can take it over, reloading what was saved', () => {
		const h = harness();
		h.done('loadStory', { decisions: manifest.decisions });
		h.done('openStorage', { ok: true });
		h.send({ type: 'lock.elsewhere' });
		h.done('checkSavedProgress', false);
		h.send({ type: 'begin' });
		h.send({ type: 'setting.continue' });
		h.done('startStory', { step: first, at: 1100 });
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
		h.send({ type: 'ownership.takeOver' });
		expect(h.matches({ ownership: { stealing: 'pending' } })).toBe(true);
		expect(h.inputOf('lock')).toEqual({ steal: true });
		h.send({ type: 'lock.held' });
		expect(h.matches({ ownership: { stealing: 'mine' }, attempt: { resuming: 'looking' } })).toBe(true);
	});

	it('taking over again after losing the case again asks afresh, touching nothing else', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'lock.lost' });
		h.send({ type: 'ownership.takeOver' });
		h.send({ type: 'lock.held' });
		h.send({ type: 'lock.lost' });
		expect(h.matches({ ownership: { stealing: 'taken' } })).toBe(true);
		h.send({ type: 'ownership.takeOver' });
		expect(h.matches({ ownership: { stealing: 'pending' }, story: 'ready', storage: 'ready' })).toBe(true);
		expect(h.started).toEqual(['lock']);
	});

	it('a tab that holds the case has nothing to take over', () => {
		const h = harness().ready();
		h.send({ type: 'ownership.takeOver' });
		expect(h.matches({ ownership: { asking: 'mine' } })).toBe(true);
	});

	it('a tab whose lock is stolen stops writing', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'lock.lost' });
		expect(h.matches({ ownership: { asking: 'taken' } })).toBe(true);
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
	});
});

describe('attempt machine: resuming', () => {
	const saved: AttemptRecord = {
		...pendingRecord(harness().context),
		id: 'saved-1',
		phase: 'choosing',
		transcript: [{ kind: 'text', text: 'She sits down.' }],
		choiceLog: [],
		revision: 3,
		inkState: 'state-0'
	};
	function resuming() {
		const h = harness();
		h.done('checkSavedProgress', true);
		expect(h.matches({ attempt: { resuming: 'waiting' } })).toBe(true);
		h.done('loadStory', { decisions: manifest.decisions });
		h.done('openStorage', { ok: true });
		expect(h.matches({ attempt: { resuming: 'waiting' } })).toBe(true);
		h.send({ type: 'lock.held' });
		expect(h.matches({ attempt: { resuming: 'looking' } })).toBe(true);
		return h;
	}
	it('waits for a story that failed to load, saying so, and looks once a retry has loaded it with its decisions', () => {
		const h = harness();
		h.done('checkSavedProgress', true);
		h.done('openStorage', { ok: true });
		h.send({ type: 'lock.held' });
		h.fail('loadStory', new TypeError('Failed to fetch dynamically imported module: https://example.test/_app/x.js'));
		expect(h.matches({ attempt: { resuming: 'waiting' } }), 'an attempt is never resumed without its decisions').toBe(true);
		expect(h.context.loadProblem).toBe('The rest of this case could not be loaded. Check your connection, then try again.');
		h.send({ type: 'story.retry' });
		h.done('loadStory', { decisions: manifest.decisions });
		expect(h.matches({ attempt: { resuming: 'looking' } })).toBe(true);
		expect(h.inputOf('findResumable')).toMatchObject({ manifest: { decisions: manifest.decisions } });
	});

	const found = (kind: ResumeFound['kind'], extra: object = {}): ResumeFound => ({ kind, attempt: saved, choices: [narrative], recorded: null, invalid: 0, reason: 'gone', ...extra }) as ResumeFound;

	/** A case opened by a practice link, looking for what to resume. */
	function followingLink(of: string, fromDecision: string, anythingSaved = true) {
		const h = harness({ practice: { of, fromDecision } });
		h.done('checkSavedProgress', anythingSaved);
		h.done('loadStory', { decisions: manifest.decisions });
		h.done('openStorage', { ok: true });
		h.send({ type: 'lock.held' });
		expect(h.matches({ attempt: { resuming: 'looking' } })).toBe(true);
		return h;
	}

	it('a practice link prepares a run of the finished attempt it names, writes it at once, and can go back to that result', () => {
		const h = followingLink('done-1', 'V9.D9.1');
		expect(h.inputOf('findResumable')).toMatchObject({ practice: { of: 'done-1', fromDecision: 'V9.D9.1' } });
		const finished: AttemptRecord = { ...saved, id: 'done-1', status: 'completed', phase: 'ended' };
		h.done('findResumable', { kind: 'practise', request: { source: finished, recorded: finished, decisionId: 'V9.D9.1' }, invalid: 0 });
		expect(h.matches({ attempt: 'preparingPractice' })).toBe(true);
		expect(h.inputOf('preparePractice')).toEqual({ source: finished, decisionId: 'V9.D9.1', manifest });
		const run: AttemptRecord = { ...saved, id: 'run-1', practice: { of: 'done-1', fromDecision: 'V9.D9.1' }, revision: 0 };
		h.done('preparePractice', { practice: run, choices: [view(best), view(worst)] });
		expect(h.matches({ attempt: 'choosing', save: 'writing' })).toBe(true);
		expect(h.context).toMatchObject({ attemptId: 'run-1', recorded: { id: 'done-1' }, practiceRequest: null });
		h.done('persistAttempt');
		h.send({ type: 'practice.leave' });
		h.done('setStatus');
		expect(h.matches({ attempt: 'debrief' })).toBe(true);
		expect(h.context).toMatchObject({ attemptId: 'done-1', phase: 'ended', recorded: null });
	});

	it('a practice link that cannot be followed says why on a new attempt', () => {
		// Even where nothing was ever saved, the link is looked into (and said to be unfollowable).
		const h = followingLink('gone', 'V9.D9.1', false);
		h.done('findResumable', { kind: 'none', invalid: 0, problem: 'that attempt is not on this device' });
		expect(h.matches({ attempt: 'contentNote' })).toBe(true);
		expect(h.context.practiceProblem).toBe('Practice could not start: that attempt is not on this device.');

		const late = followingLink('done-1', 'V9.D9.7');
		const finished: AttemptRecord = { ...saved, id: 'done-1', status: 'completed', phase: 'ended' };
		late.done('findResumable', { kind: 'practise', request: { source: finished, recorded: finished, decisionId: 'V9.D9.7' }, invalid: 0 });
		late.fail('preparePractice', new Error('the attempt did not reach decision V9.D9.7'));
		expect(late.matches({ attempt: 'contentNote' })).toBe(true);
		expect(late.context.practiceProblem).toBe('Practice could not start: the attempt did not reach decision V9.D9.7.');
	});

	it('waits for story, storage and the lock, then resumes where the attempt was, as saved, without writing', () => {
		const h = resuming();
		expect(h.inputOf('findResumable')).toEqual({ practice: null, manifest, fixedProfile: null, newMode: 'learning' });
		h.done('findResumable', found('resume'));
		expect(h.matches({ attempt: 'choosing', save: 'saved' })).toBe(true);
		expect(h.started).not.toContain('persistAttempt');
		expect(h.context).toMatchObject({ attemptId: 'saved-1', revision: 3, choices: [narrative] });
	});

	it('an attempt replayed on edited content is saved back at once', () => {
		const h = resuming();
		h.done('findResumable', found('replayed'));
		expect(h.matches({ attempt: 'choosing', save: 'writing' })).toBe(true);
		expect(h.inputOf('persistAttempt')).toMatchObject({ id: 'saved-1', revision: 4 });
	});

	it('an outdated attempt is marked superseded and a restart offered', () => {
		const h = resuming();
		h.done('findResumable', found('outdated'));
		expect(h.matches({ attempt: { resuming: { superseding: 'marking' } } })).toBe(true);
		expect(h.inputOf('setStatus')).toEqual({ id: 'saved-1', status: 'superseded' });
		h.done('setStatus');
		expect(h.matches({ attempt: 'contentNote' })).toBe(true);
		expect(h.context.outdated).toEqual({ attempt: saved, reason: 'gone' });
		expect(h.context.attemptId).toBe('attempt-1');
	});

	it('a tab that does not own the case never marks anything superseded', () => {
		const h = harness();
		h.done('checkSavedProgress', true);
		h.done('loadStory', { decisions: manifest.decisions });
		h.done('openStorage', { ok: true });
		h.send({ type: 'lock.elsewhere' });
		h.done('findResumable', found('outdated'));
		expect(h.matches({ attempt: 'contentNote' })).toBe(true);
		expect(h.started).not.toContain('setStatus');
	});

	it('nothing to resume: a new attempt; rows set aside are counted', () => {
		const h = resuming();
		h.done('findResumable', { kind: 'none', invalid: 2 });
		expect(h.matches({ attempt: 'contentNote' })).toBe(true);
		expect(h.context.invalidRows).toBe(2);
	});

	it('a practice run cut short resumes with its recorded attempt to go back to', () => {
		const h = resuming();
		const recorded = { ...saved, id: 'recorded-1', phase: 'ended' as const, status: 'completed' as const };
		h.done('findResumable', found('resume', { attempt: { ...saved, practice: { of: 'recorded-1', fromDecision: 'V9.D9.1' } }, recorded }));
		expect(h.context.recorded?.id).toBe('recorded-1');
		h.send({ type: 'practice.leave' });
		expect(h.matches({ attempt: 'abandoningPractice' })).toBe(true);
		h.done('setStatus');
		expect(h.matches({ attempt: 'debrief' })).toBe(true);
		expect(h.context).toMatchObject({ attemptId: 'recorded-1', recorded: null, practice: null });
	});
});

describe('attempt machine: practice', () => {
	function finished() {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		h.done('persistAttempt');
		h.send({ type: 'choice.select', choiceId: 'V9.D9.1.b' });
		h.done('stepStory', stepped('V9.D9.1.b', last, 1300, worst));
		h.done('persistAttempt');
		h.send({ type: 'feedback.continue' });
		h.done('persistAttempt');
		expect(h.matches({ attempt: 'debrief' })).toBe(true);
		return h;
	}

	it('practises a decision of the finished attempt as a new run, then goes back to the recorded result', () => {
		const h = finished();
		h.send({ type: 'practice.start', decisionId: 'V9.D9.1' });
		expect(h.matches({ attempt: 'preparingPractice' })).toBe(true);
		expect(h.inputOf('preparePractice')).toMatchObject({ decisionId: 'V9.D9.1', source: { id: 'attempt-1', status: 'completed', revision: 3 } });
		const practice: AttemptRecord = {
			...pendingRecord(h.context),
			id: 'practice-1',
			practice: { of: 'attempt-1', fromDecision: 'V9.D9.1' },
			phase: 'choosing',
			status: 'active',
			ledger: [],
			choiceLog: [{ choiceId: 'fake-listen', at: 1200 }],
			revision: 0,
			inkState: null
		};
		h.done('preparePractice', { practice, choices: [view(best), view(worst)] });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
		expect(h.context).toMatchObject({ attemptId: 'practice-1', practice: { of: 'attempt-1' }, recorded: { id: 'attempt-1' }, revision: 0 });
		// Written at once, so a reload before its first choice comes back to it; leaving waits for that write.
		expect(h.matches({ save: 'writing' })).toBe(true);
		expect(h.inputOf('persistAttempt')).toMatchObject({ id: 'practice-1', status: 'active', revision: 1 });
		h.send({ type: 'practice.leave' });
		expect(h.matches({ attempt: 'choosing' })).toBe(true);
		h.done('persistAttempt');
		// Left unfinished: kept as abandoned, so it is not offered again.
		h.send({ type: 'practice.leave' });
		expect(h.matches({ attempt: 'abandoningPractice' })).toBe(true);
		expect(h.inputOf('setStatus')).toEqual({ id: 'practice-1', status: 'abandoned' });
		h.done('setStatus');
		expect(h.matches({ attempt: 'debrief' })).toBe(true);
		expect(h.context).toMatchObject({ attemptId: 'attempt-1', recorded: null, phase: 'ended' });
		expect(h.context.ledger).toEqual([expect.objectContaining({ optionId: 'V9.D9.1.b' })]);
	});

	it('a practice that cannot start says why and stays on the debrief', () => {
		const h = finished();
		h.send({ type: 'practice.start', decisionId: 'V9.D9.7' });
		h.fail('preparePractice', new Error('the attempt did not reach decision V9.D9.7'));
		expect(h.matches({ attempt: 'debrief' })).toBe(true);
		expect(h.context.practiceProblem).toBe('Practice could not start: the attempt did not reach decision V9.D9.7.');
	});

	it('restart keeps a finished attempt as it is and starts a new one', () => {
		const h = finished();
		h.send({ type: 'restart' });
		expect(h.started).toEqual(['newAttempt']);
	});

	it('restart marks an unfinished attempt abandoned first', () => {
		const h = harness().ready().toFirstChoice();
		h.send({ type: 'choice.select', choiceId: 'fake-listen' });
		h.done('stepStory', stepped('fake-listen', second, 1200));
		h.done('persistAttempt');
		h.send({ type: 'restart' });
		expect(h.inputOf('setStatus')).toEqual({ id: 'attempt-1', status: 'abandoned' });
		h.done('setStatus');
		expect(h.started).toEqual(['newAttempt']);
	});
});

describe('attempt machine: events out of place change nothing', () => {
	const events: Event[] = [
		{ type: 'begin' },
		{ type: 'setting.continue' },
		{ type: 'profile.select', profile: 'tx' },
		{ type: 'choice.select', choiceId: 'fake-listen' },
		{ type: 'feedback.continue' },
		{ type: 'practice.start', decisionId: 'V9.D9.1' },
		{ type: 'practice.leave' },
		{ type: 'restart' },
		{ type: 'story.retry' },
		{ type: 'save.nudge' }
	];
	const handled: Record<string, string[]> = {
		checking: [],
		contentNote: ['begin'],
		setting: ['setting.continue', 'profile.select', 'restart'],
		choosing: ['choice.select', 'restart'],
		debrief: ['practice.start', 'restart']
	};
	const reach: Record<string, () => ReturnType<typeof harness>> = {
		checking: () => {
			const h = harness();
			h.done('loadStory', { decisions: manifest.decisions });
			h.done('openStorage', { ok: true });
			h.send({ type: 'lock.held' });
			return h;
		},
		contentNote: () => harness().ready(),
		setting: () => harness().ready().send({ type: 'begin' }) && harness().ready(),
		choosing: () => harness().ready().toFirstChoice(),
		debrief: () => {
			const h = harness().ready().toFirstChoice();
			h.send({ type: 'choice.select', choiceId: 'fake-listen' });
			h.done('stepStory', stepped('fake-listen', last, 1200));
			h.done('persistAttempt');
			return h;
		}
	};
	reach.setting = () => {
		const h = harness().ready();
		h.send({ type: 'begin' });
		return h;
	};
	for (const [state, reachIt] of Object.entries(reach))
		for (const event of events)
			if (!handled[state]!.includes(event.type))
				it(`${state} ignores ${event.type}`, () => {
					const h = reachIt();
					const before = h.snapshot;
					h.send(event);
					expect(h.snapshot.value).toEqual(before.value);
					expect(h.snapshot.context).toEqual(before.context);
				});
});
