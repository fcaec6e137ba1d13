/**
 * What a room takes home: the path it took, the vote per decision, the key rationale and its
 * citation, and the votes as CSV (one row per option). Option labels are the numbers the room saw.
 * Pure: built from the session's rounds and the room's attempt.
 */
import { verdictLabel } from '../content/labels';
import { VOTES_CSV_COLUMNS } from '../content/workshop';
import { toCsv } from '../exchange/csv-text';
import { processCall, reviewDecision, type LedgerEntry } from '../domain/scoring';
import type { CaseManifest } from '../domain/types';
import { scoreFor } from '../domain/profiles';
import type { AttemptMode } from '../domain/attempt';
import type { PlayedBy, Round } from './types';
import { labelOf, percent, totalVotes } from './votes';

export interface HandoutDecision {
	number: number;
	title: string;
	options: { label: string; text: string; votes: number; share: string; played: boolean }[];
	total: number;
	played: { label: string; text: string; by: PlayedBy; verdictLabel: string } | null;
	rationale: string | null;
	cite: string | null;
	/** The best response, when the room played another, with its own citation. */
	best: { label: string; text: string; rationale: string; cite: string | null } | null;
	seconds: number | null;
}

const secondsOf = (round: Round) => (round.openedAt !== null && round.closedAt !== null ? Math.max(0, Math.round((round.closedAt - round.openedAt) / 1000)) : null);

/** One entry per decision the room voted on, in the order met. */
export function handoutDecisions(manifest: CaseManifest, profile: string | null, rounds: readonly Round[], ledger: readonly LedgerEntry[]): HandoutDecision[] {
	return rounds.flatMap((round) => {
		const index = manifest.decisions.findIndex((d) => d.id === round.decisionId);
		if (index === -1) return [];
		const decision = manifest.decisions[index]!;
		const total = totalVotes(round);
		const entry = ledger.find((e) => e.decisionId === decision.id);
		const review = entry ? reviewDecision(entry, decision, profile ?? undefined) : null;
		const playedLabel = entry ? labelOf(round, entry.optionId) : null;
		return [
			{
				number: index + 1,
				title: decision.title,
				options: round.options.map((o, i) => ({
					label: String(i + 1),
					text: o.text,
					votes: round.votes[i] ?? 0,
					share: percent(round.votes[i] ?? 0, total),
					played: entry?.optionId === o.id
				})),
				total,
				played: entry && playedLabel ? { label: playedLabel, text: entry.optionText, by: round.played?.by ?? 'majority', verdictLabel: verdictLabel(entry, review?.call) } : null,
				rationale: entry?.rationale ?? null,
				cite: review?.cite ?? null,
				best: review?.best
					? { label: labelOf(round, review.best.optionId) ?? review.best.label, text: review.best.text, rationale: review.best.rationale, cite: review.best.cite ?? null }
					: null,
				seconds: secondsOf(round)
			}
		];
	});
}

export interface VotesCsvInput {
	notice: string | null;
	sessionId: string;
	manifest: CaseManifest;
	profile: string | null;
	reveal: AttemptMode;
	rounds: readonly Round[];
}

/** One row per option of each decision voted on (narrative choices carry no verdict and are left out). */
export function votesCsv({ notice, sessionId, manifest, profile, reveal, rounds }: VotesCsvInput): string {
	const rows: (string | number | null)[][] = [[...VOTES_CSV_COLUMNS]];
	for (const round of rounds) {
		const index = manifest.decisions.findIndex((d) => d.id === round.decisionId);
		if (index === -1) continue;
		const decision = manifest.decisions[index]!;
		const total = totalVotes(round);
		round.options.forEach((o, i) => {
			const scored = decision.options.find((s) => s.id === o.id);
			const played = round.played?.optionId === o.id;
			rows.push([
				notice,
				sessionId,
				manifest.meta.title,
				manifest.meta.version,
				profile,
				reveal,
				index + 1,
				decision.title,
				i + 1,
				o.text,
				round.votes[i] ?? 0,
				percent(round.votes[i] ?? 0, total),
				played ? 'yes' : 'no',
				played ? round.played!.by : null,
				scored ? verdictLabel(scoreFor(scored, profile ?? undefined), processCall(scoreFor(scored, profile ?? undefined), decision, profile ?? undefined)) : null,
				played ? secondsOf(round) : null
			]);
		});
	}
	return `\uFEFF${toCsv(rows)}`;
}
