import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type EventFrom, type SnapshotFrom } from 'xstate';
import type { AttemptRecord, ChoiceView } from '../domain/attempt';
import type { CaseManifest, ScoredOption } from '../domain/types';
import type { StoryPort, StoryStep } from '../ink/runner';
import { createSessionMachine, type SessionMachine } from './session.machine';

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
const manifestWith = (practiceOnly: 'tx' | null) =>
	({
		meta: {
			id: 'fake',
			vignette: 9,
			title: 'Fake',
			version: '1.0.0',
			profiles: [
				{ id: 'ca', label: 'Modelled on California', practiceOnly: false, setting: [], jurisdictions: [] },
				{ id: 'tx', label: 'Modelled on Texas', practiceOnly: practiceOnly === 'tx', setting: [], jurisdictions: [] }
			]
		},
		contentHash: 'hash-1',
		decisions: [{ id: 'V9.D9.1', title: 'The decision', options: [best, worst] }]
	}) as unknown as CaseManifest;
const manifest = manifestWith(null);
/** The same vignette with its Texas-modelled profile marked `# practice_only: tx`. */
const practiceOnlyTx = manifestWith('tx');

const view = (o: ScoredOption): ChoiceView => ({ id: o.id, text: o.text, scored: true });
const narrative: ChoiceView = { id: 'fake-listen', text: 'Listen', scored: false };

/** A two-step story: a narrative choice, then one scored decision, then the end. */
function fakeStory(): StoryPort & { chosen: string[]; startedUnder: (string | null)[] } {
	let at = 0;
	const chosen: string[] = [];
	const startedUnder: (string | null)[] = [];
	const steps: StoryStep[] = [
		{ lines: [{ text: 'She sits down.', tags: [] }], choices: [narrative], ended: false },
		{ lines: [{ text: 'She says something worrying.', tags: [] }], choices: [view(best), view(worst)], ended: false },
		{ lines: [{ text: 'The session ends.', tags: [] }], choices: [], ended: true }
	];
	return {
		chosen,
		startedUnder,
		start: (profile) => (startedUnder.push(profile), (at = 0), steps[0]!),
		current: () => ({ ...steps[at]!, lines: [] }),
		choose(id) {
			if (!steps[at]!.choices.some((c) => c.id === id)) throw new Error(`not on offer: ${id}`);
			chosen.push(id);
			at++;
			const option = [best, worst].find((o) => o.id === id);
			return { step: steps[at]!, choiceText: option?.text ?? 'Listen', ...(option ? { option } : {}) };
		},
		saveState: () => `state-${at}`,
		loadState: (json) => ((at = Number(json.split('-')[1])), { ...steps[at]!, lines: [] })
	};
}

type Snap = SnapshotFrom<SessionMachine>;
type Ev = EventFrom<SessionMachine>;

function setupMachine(
	input: { manifest?: CaseManifest; profile?: string | null; profileLocked?: boolean; mode?: 'learning' | 'assessment'; resume?: AttemptRecord } = {}
) {
	const story = fakeStory();
	// As the page does: the story is positioned at the saved state before the machine starts.
	if (input.resume?.inkState) story.loadState(input.resume.inkState);
	let clock = 1000;
	const machine = createSessionMachine({ story, now: () => ++clock, newId: () => 'attempt-1' });
	/** How many times the persist actor was started: each is one write to storage. */
	let persists = 0;
	const count = (actions: readonly { type: string; params?: unknown }[]) => {
		persists += actions.filter((a) => a.type === 'xstate.spawnChild' && (a.params as { src?: unknown } | undefined)?.src === 'persistAttempt').length;
	};
	const [initial, startActions] = initialTransition(machine, {
		manifest: input.manifest ?? manifest,
		profile: input.profile ?? null,
		profileLocked: input.profileLocked ?? false,
		...(input.mode ? { mode: input.mode } : {}),
		...(input.resume ? { resume: input.resume } : {})
	});
	let snapshot: Snap = initial;
	count(startActions);
	const send = (event: Ev | { type: string; [k: string]: unknown }) => {
		const [next, actions] = transition(machine, snapshot, event as Ev);
		snapshot = next;
		count(actions);
		return snapshot;
	};
	const saved = () => send({ type: 'xstate.done.actor.persist', output: undefined });
	const failed = () => send({ type: 'xstate.error.actor.persist', error: new Error('QuotaExceededError') });
	return {
		story,
		machine,
		get snapshot() {
			return snapshot;
		},
		get persists() {
			return persists;
		},
		send,
		saved,
		failed
	};
}

/** Content note -> setting card (neither is saved) -> the first passage, acknowledged. */
function toFirstChoice(m: ReturnType<typeof setupMachine>) {
	m.send({ type: 'begin' });
	m.send({ type: 'setting.continue' });
	m.saved();
}

describe('session machine', () => {
	it('starts at the content note, then the setting card, saving neither', () => {
		const m = setupMachine();
		expect(m.snapshot.value).toBe('contentNote');
		expect(m.send({ type: 'begin' }).value).toBe('setting');
		expect(m.snapshot.context).toMatchObject({ saveState: 'idle', revision: 0 });
		expect(m.persists).toBe(0);
	});

	it('shows the first passage and waits for the save before accepting a choice', () => {
		const m = setupMachine();
		m.send({ type: 'begin' });
		m.send({ type: 'setting.continue' });
		expect(m.persists).toBe(1);
		expect(m.snapshot.value).toBe('saving');
		expect(m.snapshot.context.transcript).toEqual([{ kind: 'text', text: 'She sits down.' }]);
		// A choice while the save is in flight is ignored.
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		expect(m.story.chosen).toEqual([]);
		expect(m.saved().value).toBe('choosing');
	});

	it('records exactly one choice for a double click', () => {
		const m = setupMachine();
		toFirstChoice(m);
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		expect(m.story.chosen).toEqual(['fake-listen']);
		expect(m.snapshot.context.choiceLog).toHaveLength(1);
	});

	it('ignores a choice that is not on offer', () => {
		const m = setupMachine();
		toFirstChoice(m);
		expect(m.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' }).value).toBe('choosing');
		expect(m.story.chosen).toEqual([]);
	});

	it('scores a scored choice, opens feedback, and ends in the debrief', () => {
		const m = setupMachine();
		toFirstChoice(m);
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		m.saved();
		m.send({ type: 'choice.select', choiceId: 'V9.D9.1.b' });
		expect(m.saved().value).toBe('feedback');
		expect(m.snapshot.context.ledger).toEqual([expect.objectContaining({ optionId: 'V9.D9.1.b', verdict: 'error', kind: 'over', critical: true })]);
		expect(m.snapshot.context.feedback?.best?.optionId).toBe('V9.D9.1.a');
		expect(m.snapshot.context.transcript.slice(m.snapshot.context.passageStart)).toEqual([{ kind: 'text', text: 'The session ends.' }]);
		m.send({ type: 'feedback.continue' });
		expect(m.snapshot.context.phase).toBe('ended');
		expect(m.saved().value).toBe('debrief');
		expect(m.snapshot.context.completedAt).not.toBeNull();
	});

	it('in assessment mode, scores every choice but defers all feedback to the debrief', () => {
		const m = setupMachine({ mode: 'assessment' });
		toFirstChoice(m);
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		m.saved();
		m.send({ type: 'choice.select', choiceId: 'V9.D9.1.b' });
		expect(m.snapshot.context.feedback).toBeNull();
		expect(m.snapshot.context.ledger).toEqual([expect.objectContaining({ optionId: 'V9.D9.1.b', verdict: 'error' })]);
		expect(m.snapshot.context.phase).toBe('ended');
		expect(m.saved().value).toBe('debrief');
		expect(m.snapshot.context.mode).toBe('assessment');
	});

	it('starts a prepared practice run at its decision, unsaved, and marks every save as practice', () => {
		const practice = {
			id: 'practice-1',
			caseId: 'fake',
			contentHash: 'hash-1',
			storyVersion: '1.0.0',
			profile: null,
			schemaVersion: 2,
			mode: 'learning' as const,
			practice: { of: 'attempt-0', fromDecision: 'V9.D9.1' },
			status: 'active' as const,
			phase: 'choosing' as const,
			startedAt: 5,
			updatedAt: 5,
			completedAt: null,
			inkState: 'state-1',
			choiceLog: [{ choiceId: 'fake-listen', at: 3 }],
			transcript: [{ kind: 'text' as const, text: 'She says something worrying.' }],
			passageStart: 0,
			ledger: [],
			revision: 0
		};
		const m = setupMachine({ resume: practice });
		expect(m.snapshot.value).toBe('choosing');
		m.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' });
		expect(m.snapshot.context).toMatchObject({ practice: practice.practice, revision: 0 });
		expect(m.saved().value).toBe('feedback');
		expect(m.snapshot.context.revision).toBe(1);
		expect(m.snapshot.context.choiceLog.map((c) => c.choiceId)).toEqual(['fake-listen', 'V9.D9.1.a']);
	});

	it('scores under the attempt profile', () => {
		const m = setupMachine({ profile: 'tx' });
		toFirstChoice(m);
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		m.saved();
		m.send({ type: 'choice.select', choiceId: 'V9.D9.1.b' });
		expect(m.snapshot.context.ledger[0]).toMatchObject({ verdict: 'acceptable', critical: false });
		expect(m.snapshot.context.ledger[0]!.kind).toBeUndefined();
	});

	it('keeps playing after a failed save, marks it failed, and retries with the same revision', () => {
		const m = setupMachine();
		m.send({ type: 'begin' });
		m.send({ type: 'setting.continue' });
		expect(m.failed().value).toBe('choosing');
		expect(m.snapshot.context).toMatchObject({ saveState: 'failed', saveError: 'QuotaExceededError', revision: 0 });
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		expect(m.snapshot.context.saveState).toBe('pending');
		expect(m.saved().context.revision).toBe(1);
	});

	it('retries a failed save on save.retry without moving the story, and ignores it otherwise', () => {
		const m = setupMachine();
		toFirstChoice(m);
		expect(m.send({ type: 'save.retry' }).value).toBe('choosing'); // nothing failed: nothing to do
		m.send({ type: 'choice.select', choiceId: 'fake-listen' });
		const before = m.snapshot.context;
		expect(m.failed().context.saveState).toBe('failed');
		const retrying = m.send({ type: 'save.retry' });
		expect(retrying.value).toBe('saving');
		expect(retrying.context.saveState).toBe('pending');
		expect(m.failed().value).toBe(before.phase); // failed again: still playable where it was
		m.send({ type: 'save.retry' });
		const after = m.saved().context;
		expect(after).toMatchObject({ saveState: 'saved', revision: before.revision + 1, choiceLog: before.choiceLog, transcript: before.transcript });
		expect(m.send({ type: 'save.retry' }).context.saveState).toBe('saved');
	});

	it('turns a story error into the error state without saving', () => {
		const m = setupMachine();
		m.story.choose = () => {
			throw new Error('ink runtime error');
		};
		toFirstChoice(m);
		expect(m.send({ type: 'choice.select', choiceId: 'fake-listen' }).value).toBe('error');
		expect(m.snapshot.context.error).toBe('ink runtime error');
	});

	it('resumes a saved attempt where it was, with its feedback open', () => {
		const resume: AttemptRecord = {
			id: 'attempt-0',
			caseId: 'fake',
			contentHash: 'hash-1',
			storyVersion: '1.0.0',
			profile: null,
			schemaVersion: 2,
			mode: 'learning',
			practice: null,
			status: 'active',
			phase: 'feedback',
			startedAt: 1,
			updatedAt: 2,
			completedAt: null,
			inkState: 'state-2',
			choiceLog: [
				{ choiceId: 'fake-listen', at: 1 },
				{ choiceId: 'V9.D9.1.a', at: 2 }
			],
			transcript: [],
			passageStart: 0,
			ledger: [{ decisionId: 'V9.D9.1', optionId: 'V9.D9.1.a', optionText: 'Assess', ...best.base }],
			revision: 7
		};
		const m = setupMachine({ resume });
		expect(m.snapshot.value).toBe('feedback');
		expect(m.snapshot.context).toMatchObject({ attemptId: 'attempt-0', revision: 7, saveState: 'saved' });
		expect(m.snapshot.context.feedback?.chosen.optionId).toBe('V9.D9.1.a');
	});

	it('lets the trainee pick a declared profile on the setting card, unsaved, and starts the story under it', () => {
		const m = setupMachine({ profile: 'ca' });
		m.send({ type: 'begin' });
		m.send({ type: 'profile.select', profile: 'nowhere' });
		expect(m.snapshot.context.profile).toBe('ca');
		m.send({ type: 'profile.select', profile: 'tx' });
		expect(m.snapshot.context.profile).toBe('tx');
		expect(m.snapshot.value).toBe('setting');
		expect(m.persists).toBe(0);
		m.send({ type: 'setting.continue' });
		expect(m.story.startedUnder).toEqual(['tx']);
		m.saved();
		// Once the story has started the profile is fixed for this attempt.
		m.send({ type: 'profile.select', profile: 'ca' });
		expect(m.snapshot.context.profile).toBe('tx');
	});

	it("keeps an instructor's profile: the trainee cannot change it", () => {
		const m = setupMachine({ profile: 'tx', profileLocked: true });
		m.send({ type: 'begin' });
		m.send({ type: 'profile.select', profile: 'ca' });
		expect(m.snapshot.context.profile).toBe('tx');
	});

	describe('under a practice-only profile (CONTENT.md 0.4 item 3)', () => {
		/** Plays the whole fake story: listen, the scored decision, feedback, the end. */
		function playThrough(m: ReturnType<typeof setupMachine>, choice = 'V9.D9.1.b') {
			m.send({ type: 'setting.continue' });
			m.send({ type: 'choice.select', choiceId: 'fake-listen' });
			m.send({ type: 'choice.select', choiceId: choice });
		}

		it('plays to the debrief without ever starting persistAttempt, each step marked unrecorded', () => {
			const m = setupMachine({ manifest: practiceOnlyTx, profile: 'tx' });
			m.send({ type: 'begin' });
			expect(m.send({ type: 'setting.continue' }).value).toBe('choosing');
			expect(m.snapshot.context).toMatchObject({ saveState: 'unrecorded', saveError: null, revision: 0 });
			// Nothing is in flight, so the next choice is taken at once.
			m.send({ type: 'choice.select', choiceId: 'fake-listen' });
			expect(m.send({ type: 'choice.select', choiceId: 'V9.D9.1.b' }).value).toBe('feedback');
			expect(m.snapshot.context.ledger).toEqual([expect.objectContaining({ optionId: 'V9.D9.1.b', verdict: 'acceptable' })]);
			expect(m.send({ type: 'feedback.continue' }).value).toBe('debrief');
			expect(m.snapshot.context).toMatchObject({ phase: 'ended', saveState: 'unrecorded', revision: 0 });
			expect(m.snapshot.context.completedAt).not.toBeNull();
			expect(m.persists).toBe(0);
			// A retry has nothing to retry.
			expect(m.send({ type: 'save.retry' }).value).toBe('debrief');
			expect(m.persists).toBe(0);
		});

		it('switching to it on the setting card and starting writes nothing; switching back records as usual', () => {
			const m = setupMachine({ manifest: practiceOnlyTx, profile: 'ca' });
			m.send({ type: 'begin' });
			m.send({ type: 'profile.select', profile: 'tx' });
			playThrough(m);
			m.send({ type: 'feedback.continue' });
			expect(m.snapshot.value).toBe('debrief');
			expect(m.persists).toBe(0);

			const back = setupMachine({ manifest: practiceOnlyTx, profile: 'ca' });
			back.send({ type: 'begin' });
			back.send({ type: 'profile.select', profile: 'tx' });
			back.send({ type: 'profile.select', profile: 'ca' });
			expect(back.send({ type: 'setting.continue' }).value).toBe('saving');
			expect(back.persists).toBe(1);
		});

		it('is never an assessment: an assessment request runs it in learning mode, with feedback', () => {
			const m = setupMachine({ manifest: practiceOnlyTx, profile: 'tx', profileLocked: true, mode: 'assessment' });
			expect(m.snapshot.context).toMatchObject({ mode: 'learning', requestedMode: 'assessment' });
			m.send({ type: 'begin' });
			playThrough(m);
			expect(m.snapshot.value).toBe('feedback');
			expect(m.snapshot.context.feedback?.chosen.optionId).toBe('V9.D9.1.b');
			expect(m.persists).toBe(0);
		});

		it('picked on the card of an assessment, the run turns to learning; picking the recorded profile again restores assessment', () => {
			const m = setupMachine({ manifest: practiceOnlyTx, profile: 'ca', mode: 'assessment' });
			expect(m.snapshot.context.mode).toBe('assessment');
			m.send({ type: 'begin' });
			m.send({ type: 'profile.select', profile: 'tx' });
			expect(m.snapshot.context.mode).toBe('learning');
			m.send({ type: 'profile.select', profile: 'ca' });
			expect(m.snapshot.context.mode).toBe('assessment');
		});

		it('its debrief shown again from memory (revision 0) goes back to the debrief, not the content note', () => {
			const m = setupMachine({ manifest: practiceOnlyTx, profile: 'tx' });
			m.send({ type: 'begin' });
			playThrough(m, 'V9.D9.1.a');
			m.send({ type: 'feedback.continue' });
			const c = m.snapshot.context;
			const inMemory: AttemptRecord = {
				id: c.attemptId,
				caseId: 'fake',
				contentHash: 'hash-1',
				storyVersion: '1.0.0',
				profile: c.profile,
				schemaVersion: 2,
				mode: c.mode,
				practice: null,
				status: 'completed',
				phase: 'ended',
				startedAt: c.startedAt,
				updatedAt: c.completedAt!,
				completedAt: c.completedAt,
				inkState: null,
				choiceLog: c.choiceLog,
				transcript: c.transcript,
				passageStart: c.passageStart,
				ledger: c.ledger,
				revision: 0
			};
			const again = setupMachine({ manifest: practiceOnlyTx, profile: 'tx', resume: inMemory });
			expect(again.snapshot.value).toBe('debrief');
			expect(again.persists).toBe(0);
		});

		it('a practice run ("try this decision again") under it is not written either', () => {
			const practice: AttemptRecord = {
				id: 'practice-1',
				caseId: 'fake',
				contentHash: 'hash-1',
				storyVersion: '1.0.0',
				profile: 'tx',
				schemaVersion: 2,
				mode: 'learning',
				practice: { of: 'attempt-0', fromDecision: 'V9.D9.1' },
				status: 'active',
				phase: 'choosing',
				startedAt: 5,
				updatedAt: 5,
				completedAt: null,
				inkState: 'state-1',
				choiceLog: [{ choiceId: 'fake-listen', at: 3 }],
				transcript: [],
				passageStart: 0,
				ledger: [],
				revision: 0
			};
			const m = setupMachine({ manifest: practiceOnlyTx, resume: practice });
			expect(m.send({ type: 'choice.select', choiceId: 'V9.D9.1.a' }).value).toBe('feedback');
			expect(m.snapshot.context.saveState).toBe('unrecorded');
			expect(m.persists).toBe(0);
		});
	});
});
