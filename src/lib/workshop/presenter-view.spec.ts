import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { compileCase } from '../ink/compile';
import { ledgerEntry } from '../domain/scoring';
import { frameInputOf, workshopMachine, type WorkshopContext } from '../machines/workshop.machine';
import type { AttemptMirror } from './attempt-mirror';
import { pagesAt } from './frames';
import { nextWords } from './presenter-view';
import { START_POSITION, type Position, type Round } from './types';

const { manifest } = compileCase('stories/maya/main.ink');
const decision = manifest.decisions[0]!;

/**
 * Maya's decision 1 played with option `pick` (by the facilitator), its reveal at `position`: after
 * the decision (learning style), or at the end (assessment style).
 */
function atReveal(pick: number, position: Partial<Position>, reveal: 'learning' | 'assessment' = 'learning') {
	const round: Round = {
		decisionId: decision.id,
		options: decision.options.map((o) => ({ id: o.id, text: o.text })),
		votes: decision.options.map(() => 0),
		openedAt: 0,
		closedAt: 1,
		played: { optionId: decision.options[pick]!.id, by: 'override' },
		shown: []
	};
	const attempt = { busy: false, mode: reveal, storyReady: true, choiceCount: 1, ledger: [ledgerEntry(decision.options[pick]!)] } as unknown as AttemptMirror;
	const context: WorkshopContext = {
		manifest,
		sessionId: 's',
		profile: null,
		reveal,
		recorded: true,
		attempt,
		rounds: [round],
		position: { ...START_POSITION, stage: reveal === 'learning' ? 'review' : 'reveals', ...position },
		target: null,
		blank: null,
		ended: false,
		awaiting: null,
		problem: null,
		attemptId: 'a',
		startedAt: 0
	};
	return workshopMachine.resolveState({ value: reveal === 'learning' ? 'review' : { ending: 'reveals' }, context });
}

describe('what the presenter is told Next does', () => {
	it('while an option’s meaning is shown: back to the reveal, at its first page, as the machine does', () => {
		// A played option whose reveal runs to two pages, and another option to show.
		const pick = decision.options.findIndex((_, i) => pagesAt(frameInputOf(atReveal(i, {}).context)) === 2);
		expect(pick).not.toBe(-1);
		const other = String(pick === 2 ? 1 : 3);
		const showing = atReveal(pick, { showing: other });
		expect(pagesAt(frameInputOf(showing.context))).toBe(1);
		expect(nextWords(showing)).toBe('Next: back to the reveal, page 1 of 2.');
		// What Next really does from there.
		const [after] = transition(workshopMachine, showing, { type: 'nav.next', at: 2 });
		expect(after.context.position).toMatchObject({ stage: 'review', showing: null, page: 0 });
		expect(nextWords(after)).toBe('Next: page 2 of 2.');
	});

	it('with a one-page reveal, and at the end (assessment style): back to the reveal, without a page', () => {
		const pick = decision.options.findIndex((_, i) => pagesAt(frameInputOf(atReveal(i, {}).context)) === 1);
		expect(pick).not.toBe(-1);
		const other = String(pick === 0 ? 2 : 1);
		expect(nextWords(atReveal(pick, { showing: other }))).toBe('Next: back to the reveal.');
		const atEnd = atReveal(pick, { showing: other }, 'assessment');
		expect(nextWords(atEnd)).toBe('Next: back to the reveal.');
		const [after] = transition(workshopMachine, atEnd, { type: 'nav.next', at: 2 });
		expect(after.context.position).toMatchObject({ stage: 'reveals', item: 0, showing: null, page: 0 });
	});
});
