/**
 * The score check for the browser's pages (report, certificate, instructor view, import): loads
 * the stories this build ships for the vignettes asked for, once, and replays attempts on them
 * (session/score-check.ts). Browser only; inkjs is loaded with it, never on a first screen.
 */
import type { AttemptRecord } from '../domain/attempt';
import { findCase } from '../ink/catalogue';
import { checkScores, type ScoreCheck } from '../session/score-check';

export type ScoreChecker = (attempt: AttemptRecord) => ScoreCheck;

export async function loadScoreChecker(caseIds: Iterable<string>): Promise<ScoreChecker> {
	const { StoryRunner } = await import('../ink/runner');
	const stories = new Map<string, { check: (a: AttemptRecord) => ScoreCheck }>();
	await Promise.all(
		[...new Set(caseIds)].map(async (id) => {
			const entry = findCase(id);
			if (!entry) return;
			const [{ manifest }, { storyJson }] = await Promise.all([entry.loadManifest(), entry.loadStory()]);
			const story = new StoryRunner(storyJson);
			stories.set(id, { check: (a) => checkScores(a, manifest, story) });
		})
	);
	// The same choices on the same content check the same: a class's files repeat paths often.
	const known = new Map<string, ScoreCheck>();
	return (attempt) => {
		const story = stories.get(attempt.caseId);
		if (!story) return { kind: 'not-in-build' };
		const key = JSON.stringify([
			attempt.caseId,
			attempt.contentHash,
			attempt.profile,
			attempt.phase,
			attempt.status,
			attempt.choiceLog.map((c) => c.choiceId),
			attempt.ledger
		]);
		let check = known.get(key);
		if (!check) {
			check = story.check(attempt);
			known.set(key, check);
		}
		return check;
	};
}
