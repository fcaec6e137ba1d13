/**
 * Decides how a saved attempt comes back: as it was (same content hash), rebuilt by replaying
 * its choice ids on an edited story, or not at all (an id is gone: offer a restart).
 */
import { advance, closeFeedback, startPlay, type PlayState } from '../domain/advance';
import type { AttemptRecord } from '../domain/attempt';
import { sameLedger } from '../domain/scoring';
import type { CaseManifest } from '../domain/types';
import type { StoryPort } from '../ink/runner';

export type ResumePlan =
	| { kind: 'resume'; attempt: AttemptRecord }
	| { kind: 'replayed'; attempt: AttemptRecord }
	| { kind: 'outdated'; attempt: AttemptRecord; reason: string };

/**
 * Leaves `story` positioned at the attempt's last acknowledged choice, when it can be. The choice
 * log is always played again: the scores it earns are derived there, never taken from the stored
 * ledger. A record that agrees with its replay resumes from its ink state, exactly as it was; one
 * that does not comes back as replayed (and is written back with the scores its choices earn); one
 * whose choices the story does not offer is outdated (kept, a restart offered).
 */
export function planResume(saved: AttemptRecord, manifest: CaseManifest, story: StoryPort): ResumePlan {
	if (saved.contentHash !== manifest.contentHash) return replay(saved, manifest, story);
	if (saved.phase === 'setting' && saved.choiceLog.length === 0 && saved.ledger.length === 0) return { kind: 'resume', attempt: saved };
	const replayed = replay(saved.phase === 'setting' ? { ...saved, phase: 'choosing' } : saved, manifest, story);
	if (replayed.kind === 'outdated' || !agrees(saved, replayed.attempt)) return replayed;
	if (saved.inkState !== null)
		try {
			story.loadState(saved.inkState);
		} catch {
			// A state that does not load: the story stays where the replay left it, at the same choices.
		}
	return { kind: 'resume', attempt: saved };
}

/** Whether a stored attempt says what replaying its choices says: the same scores, at the same point. */
const agrees = (saved: AttemptRecord, replayed: AttemptRecord) =>
	saved.phase === replayed.phase && saved.passageStart === replayed.passageStart && sameLedger(saved.ledger, replayed.ledger);

/**
 * Rebuilds an attempt by playing its choice log on the story as it is now: the transcript, the
 * ledger (from the story's current tags) and the phase all come from `advance()`, the function
 * the session machine uses for a live choice. An id the story no longer offers makes it outdated.
 */
export function replay(saved: AttemptRecord, manifest: CaseManifest, story: StoryPort): ResumePlan {
	const current = { contentHash: manifest.contentHash, storyVersion: manifest.meta.version };
	if (saved.phase === 'setting') return { kind: 'replayed', attempt: { ...saved, ...current } };
	const rules = { decisions: manifest.decisions, profile: saved.profile, mode: saved.mode };
	try {
		let play: PlayState = startPlay(story.start(saved.profile), saved.startedAt);
		for (const logged of saved.choiceLog) {
			const { step, option, choiceText } = story.choose(logged.choiceId);
			play = advance(play, { choiceId: logged.choiceId, choiceText, at: logged.at, step, ...(option ? { option } : {}) }, rules);
			// Feedback that was read (the next choice was made) is closed, as the live attempt closed it.
			if (play.phase === 'feedback' && logged !== saved.choiceLog.at(-1)) play = closeFeedback(play, logged.at);
		}
		// The saved phase says whether the last feedback had been read.
		if (play.phase === 'feedback' && saved.phase !== 'feedback') play = closeFeedback(play, saved.completedAt ?? saved.updatedAt);
		const { phase, transcript, passageStart, ledger, choiceLog, completedAt } = play;
		return {
			kind: 'replayed',
			attempt: { ...saved, ...current, phase, transcript, passageStart, ledger, choiceLog, completedAt: completedAt ?? saved.completedAt, inkState: story.saveState() }
		};
	} catch (error) {
		return { kind: 'outdated', attempt: saved, reason: (error as Error).message };
	}
}
