/**
 * Scores are derived, never trusted (CONTENT.md 2.4): a ledger read back from storage or a file
 * is evidence. Wherever an attempt enters from outside the running machine (import, resume,
 * report, certificate, instructor view) its choice log is played again on the story, with the
 * same `advance()` a live choice uses, and the scores that replay earns are the ones shown.
 * Pure apart from the story port it is given.
 */
import type { AttemptRecord } from '../domain/attempt';
import { sameLedger, type LedgerEntry } from '../domain/scoring';
import type { CaseManifest } from '../domain/types';
import type { StoryPort } from '../ink/runner';
import { replay } from './resume';

export type ScoreCheck =
	/** The stored scores are the ones its choices earn. */
	| { kind: 'derived'; ledger: LedgerEntry[]; finished: boolean }
	/** The stored record disagrees with its choices: `ledger` is what the choices earn, `reason` what disagrees. */
	| { kind: 'mismatch'; ledger: LedgerEntry[]; finished: boolean; reason: string }
	/** Its choices are not a way through this story: no score can be derived. */
	| { kind: 'unplayable'; reason: string }
	/** Made with content (a vignette or a version of it) this build does not have: nothing to replay it on. */
	| { kind: 'not-in-build' };

/** Whether a check lets the attempt count as a finished, scored result (certificate, class summary). */
export const earnedResult = (check: ScoreCheck, attempt: Pick<AttemptRecord, 'status'>) =>
	check.kind === 'derived' && attempt.status === 'completed' && check.finished;

export const MISMATCH = {
	scores: 'its stored scores are not the ones its choices earn',
	unfinished: 'it is marked completed, but its choices do not finish the vignette',
	setting: 'it has scores or choices but never left the setting card'
} as const;

/** Plays `attempt`'s choices on `story` (leaving it after the last one) and compares what they earn with what is stored. */
export function checkScores(attempt: AttemptRecord, manifest: CaseManifest, story: StoryPort): ScoreCheck {
	if (attempt.caseId !== manifest.meta.id || attempt.contentHash !== manifest.contentHash) return { kind: 'not-in-build' };
	if (attempt.phase === 'setting') {
		const forged = attempt.ledger.length > 0 || attempt.choiceLog.length > 0 || attempt.status === 'completed';
		return forged ? { kind: 'mismatch', ledger: [], finished: false, reason: MISMATCH.setting } : { kind: 'derived', ledger: [], finished: false };
	}
	const plan = replay(attempt, manifest, story);
	if (plan.kind === 'outdated') return { kind: 'unplayable', reason: plan.reason };
	const { ledger } = plan.attempt;
	const finished = story.current().ended;
	if (!sameLedger(ledger, attempt.ledger)) return { kind: 'mismatch', ledger, finished, reason: MISMATCH.scores };
	if (attempt.status === 'completed' && !finished) return { kind: 'mismatch', ledger, finished, reason: MISMATCH.unfinished };
	return { kind: 'derived', ledger, finished };
}

/** The attempt as its choices score it: the derived ledger in place of the stored one, where one could be derived. */
export function withDerivedScores(attempt: AttemptRecord, check: ScoreCheck): AttemptRecord {
	return check.kind === 'derived' || check.kind === 'mismatch' ? { ...attempt, ledger: check.ledger } : attempt;
}
