/**
 * What the presenter's panel shows beside the room's view, read off the workshop's snapshot: the
 * next step, the notes for this step, the options with their rationale ready to reveal. Pure.
 */
import { NEXT_WORDS } from '../content/workshop';
import { verdictLabel } from '../content/labels';
import { processCall } from '../domain/scoring';
import { notesForDecision, notesForLines, type FacilitatorNotes } from '../domain/facilitator-notes';
import { scoreFor } from '../domain/profiles';
import { frameInputOf, stageOf, type WorkshopSnapshot } from '../machines/workshop.machine';
import { passageLines } from './attempt-mirror';
import { answered, decisionPlace, pagesAt } from './frames';
import type { Round } from './types';
import { labelAt, leaders, majority } from './votes';

/** The round the step is about (the decision revealed, at the end of an assessment-style run). */
export function roundOnStage(snapshot: WorkshopSnapshot): Round | undefined {
	const c = snapshot.context;
	if (c.position.stage === 'reveals') return answered(frameInputOf(c))[c.position.item]?.round;
	if (c.position.stage === 'summary' || c.position.stage === 'title' || c.position.stage === 'setting') return undefined;
	return c.rounds[c.position.round];
}

/** What Next does from here. */
export function nextWords(snapshot: WorkshopSnapshot): string {
	const c = snapshot.context;
	const stage = stageOf(snapshot);
	if (!stage || c.target !== null || !c.attempt || c.attempt.busy) return NEXT_WORDS.waiting;
	const pages = pagesAt(frameInputOf(c));
	if (c.position.page < pages - 1) return NEXT_WORDS.page(c.position.page + 2, pages);
	const round = c.rounds[c.position.round];
	// An option's meaning on screen: Next closes it first (the machine's `closeMeaning`), back to the reveal.
	if (c.position.showing !== null && (stage === 'review' || stage === 'reveals'))
		return NEXT_WORDS.backToReveal(pagesAt(frameInputOf(c), { ...c.position, showing: null, page: 0 }));
	switch (stage) {
		case 'title':
			return NEXT_WORDS.begin;
		case 'setting':
			return c.attempt.storyReady ? NEXT_WORDS.start : NEXT_WORDS.waiting;
		case 'reading':
			if (snapshot.matches({ round: 'reading' })) return NEXT_WORDS.openVote;
			return c.attempt.mode === 'assessment' && c.attempt.ledger.length ? NEXT_WORDS.reveal(1, c.attempt.ledger.length) : NEXT_WORDS.summary;
		case 'voting':
			return NEXT_WORDS.showVotes;
		case 'results': {
			const label = round ? majority(round) : null;
			return label ? NEXT_WORDS.playMajority(label) : NEXT_WORDS.tie(round ? leaders(round) : []);
		}
		case 'review':
			return NEXT_WORDS.continueStory;
		case 'reveals': {
			const count = answered(frameInputOf(c)).length;
			return c.position.item < count - 1 ? NEXT_WORDS.reveal(c.position.item + 2, count) : NEXT_WORDS.summary;
		}
		case 'summary':
			return NEXT_WORDS.end;
	}
}

/** The facilitator's notes for the step on screen: the passage's lines, and the decision on offer. */
export function stepNotes(snapshot: WorkshopSnapshot, notes: FacilitatorNotes): string[] {
	const c = snapshot.context;
	const stage = c.position.stage;
	const found: string[] = [];
	if ((stage === 'reading' || stage === 'voting' || stage === 'results') && c.attempt) found.push(...notesForLines(notes, passageLines(c.attempt)));
	const round = roundOnStage(snapshot);
	if (round?.decisionId && stage !== 'reading') for (const note of notesForDecision(notes, round.decisionId)) if (!found.includes(note)) found.push(note);
	return found;
}

export interface OptionKey {
	label: string;
	text: string;
	votes: number;
	/** For a decision: its verdict and rationale, ready for the reveal (never sent to the room). */
	verdict: string | null;
	rationale: string | null;
	played: boolean;
	/** Its meaning was shown to the room. */
	shown: boolean;
}

/** The options of the round on stage, with what each would mean. */
export function optionKeys(snapshot: WorkshopSnapshot): OptionKey[] {
	const c = snapshot.context;
	const round = roundOnStage(snapshot);
	if (!round) return [];
	const decision = decisionPlace(c.manifest, round.decisionId)?.decision;
	return round.options.map((o, i) => {
		const scored = decision?.options.find((s) => s.id === o.id);
		const score = scored ? scoreFor(scored, c.profile ?? undefined) : null;
		return {
			label: labelAt(i),
			text: o.text,
			votes: round.votes[i] ?? 0,
			verdict: score ? verdictLabel(score, processCall(score, decision, c.profile ?? undefined)) : null,
			rationale: score?.rationale ?? null,
			played: round.played?.optionId === o.id,
			shown: round.shown.includes(o.id)
		};
	});
}

/** Seconds the decision on stage has been (or was) open: its timer. */
export function decisionSeconds(round: Round | undefined, now: number): number | null {
	if (!round || round.openedAt === null) return null;
	return Math.max(0, Math.floor(((round.closedAt ?? now) - round.openedAt) / 1000));
}

export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
