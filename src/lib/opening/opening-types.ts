/** The prerendered opening of a vignette (ink/opening.ts makes it at build time). */
import type { ChoiceView, TranscriptEntry } from '../domain/attempt';

export interface OpeningPassage {
	transcript: TranscriptEntry[];
	choices: ChoiceView[];
}

export interface Opening {
	/** Distinct first passages (most vignettes have one for all profiles). */
	passages: OpeningPassage[];
	/** Profile id ('' for a vignette without profiles) to its passage in `passages`. */
	byProfile: Record<string, number>;
}

/** The first passage a new attempt under `profile` shows, if it was prerendered. */
export const openingPassage = (opening: Opening | null, profile: string | null): OpeningPassage | null =>
	opening ? (opening.passages[opening.byProfile[profile ?? ''] ?? -1] ?? null) : null;
