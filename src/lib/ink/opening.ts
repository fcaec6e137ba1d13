/**
 * The opening of a vignette, worked out at build time: the first passage and its choices under
 * each profile, as a new attempt starts them (the story's first Continue is deterministic). The
 * case page prerenders it, so a trainee reads and answers the first question before any script
 * has loaded (HTML-first; see session/opening.svelte.ts). Build-time only: it runs inkjs in Node.
 */
import { startPlay } from '../domain/advance';
import type { CaseManifest } from '../domain/types';
import type { Opening, OpeningPassage } from '../opening/opening-types';
import { StoryRunner } from './runner';

export function openingOf(storyJson: string, manifest: CaseManifest): Opening | null {
	const profiles = manifest.meta.profiles.length ? manifest.meta.profiles.map((p) => p.id) : [null];
	const passages: OpeningPassage[] = [];
	const byProfile: Record<string, number> = {};
	try {
		for (const profile of profiles) {
			const play = startPlay(new StoryRunner(storyJson).start(profile), 0);
			// A story that ends before its first choice has nothing to prerender.
			if (play.phase !== 'choosing' || play.choices.length === 0) return null;
			const passage = { transcript: play.transcript, choices: play.choices };
			const key = JSON.stringify(passage);
			let index = passages.findIndex((p) => JSON.stringify(p) === key);
			if (index === -1) index = passages.push(passage) - 1;
			byProfile[profile ?? ''] = index;
		}
	} catch {
		// The page then opens as it always did: the story runs in the browser.
		return null;
	}
	return { passages, byProfile };
}
