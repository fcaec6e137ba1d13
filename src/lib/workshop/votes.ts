/** The room's votes at one choice point: counting, the leader, shares. Pure. */
import type { PlayedBy, Round, RoundOption } from './types';

/** The most votes one option may hold (a room, not a stadium; keeps a typo from filling the chart). */
export const MAX_VOTES = 999;

export const totalVotes = (round: Pick<Round, 'votes'>) => round.votes.reduce((sum, n) => sum + n, 0);

/** An option's label: its place among the round's options, from 1. */
export const labelAt = (index: number) => String(index + 1);

/** The option a label names, if the round has it. */
export function optionAt(round: Pick<Round, 'options'>, label: string): RoundOption | undefined {
	return /^[1-9]\d*$/.test(label) ? round.options[Number(label) - 1] : undefined;
}

export function labelOf(round: Pick<Round, 'options'>, optionId: string): string | null {
	const index = round.options.findIndex((o) => o.id === optionId);
	return index === -1 ? null : labelAt(index);
}

/** The labels with the most votes (none while nobody has voted). */
export function leaders(round: Pick<Round, 'votes'>): string[] {
	const most = Math.max(0, ...round.votes);
	if (most === 0) return [];
	return round.votes.flatMap((n, i) => (n === most ? [labelAt(i)] : []));
}

/** The room's choice: the one option with the most votes, or null on a tie or no votes. */
export function majority(round: Pick<Round, 'votes'>): string | null {
	const top = leaders(round);
	return top.length === 1 ? top[0]! : null;
}

/** Whether playing this label follows the room or overrides it. */
export const playedBy = (round: Pick<Round, 'votes'>, label: string): PlayedBy => (majority(round) === label ? 'majority' : 'override');

/** The round with one option's count changed (never below 0 or above MAX_VOTES). */
export function withVotes(round: Round, label: string, count: (current: number) => number): Round {
	const index = Number(label) - 1;
	if (!optionAt(round, label)) return round;
	const votes = round.votes.map((n, i) => (i === index ? Math.min(MAX_VOTES, Math.max(0, Math.round(count(n)))) : n));
	return { ...round, votes };
}

/** A share of the votes as a whole percentage ("45"). */
export function percent(votes: number, total: number): string {
	return total === 0 ? '0' : String(Math.round((votes / total) * 100));
}
