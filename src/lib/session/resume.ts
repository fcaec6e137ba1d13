/**
 * Decides how a saved attempt comes back: as it was (same content hash), rebuilt by replaying
 * its choice ids on an edited story, or not at all (an id is gone: offer a restart).
 */
import type { AttemptRecord, TranscriptEntry } from '../domain/attempt';
import { ledgerEntry, type LedgerEntry } from '../domain/scoring';
import type { CaseManifest } from '../domain/types';
import type { StoryPort } from '../ink/runner';

export type ResumePlan =
	| { kind: 'resume'; attempt: AttemptRecord }
	| { kind: 'replayed'; attempt: AttemptRecord }
	| { kind: 'outdated'; attempt: AttemptRecord; reason: string };

/** Leaves `story` positioned at the attempt's last acknowledged choice, when it can be. */
export function planResume(saved: AttemptRecord, manifest: CaseManifest, story: StoryPort): ResumePlan {
	if (saved.contentHash === manifest.contentHash) {
		if (saved.phase === 'setting' || saved.inkState === null) return { kind: 'resume', attempt: saved };
		try {
			story.loadState(saved.inkState);
			return { kind: 'resume', attempt: saved };
		} catch {
			// A state that does not load is rebuilt from the log below.
		}
	}
	return replay(saved, manifest, story);
}

export function replay(saved: AttemptRecord, manifest: CaseManifest, story: StoryPort): ResumePlan {
	if (saved.phase === 'setting') return { kind: 'replayed', attempt: { ...saved, contentHash: manifest.contentHash, storyVersion: manifest.meta.version } };
	const profile = saved.profile ?? undefined;
	try {
		let step = story.start(saved.profile);
		const transcript: TranscriptEntry[] = step.lines.map((l) => ({ kind: 'text', text: l.text }));
		let passageStart = 0;
		const ledger: LedgerEntry[] = [];
		let lastScored = false;
		for (const logged of saved.choiceLog) {
			const { step: next, option, choiceText } = story.choose(logged.choiceId);
			transcript.push({ kind: 'choice', text: choiceText, choiceId: logged.choiceId });
			passageStart = transcript.length;
			transcript.push(...next.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text })));
			if (option) ledger.push(ledgerEntry(option, profile));
			lastScored = Boolean(option);
			step = next;
		}
		const phase = saved.phase === 'feedback' && lastScored ? 'feedback' : step.ended ? 'ended' : 'choosing';
		return {
			kind: 'replayed',
			attempt: {
				...saved,
				contentHash: manifest.contentHash,
				storyVersion: manifest.meta.version,
				phase,
				transcript,
				passageStart,
				ledger,
				inkState: story.saveState()
			}
		};
	} catch (error) {
		return { kind: 'outdated', attempt: saved, reason: (error as Error).message };
	}
}
