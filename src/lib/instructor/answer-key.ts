/**
 * The printable answer key of a vignette: every option's meaning under the primary profile and,
 * where another profile scores it differently, that profile's meaning beside it. Options are
 * listed in the order the case offers them and named by their display labels, never their ids.
 * Pure.
 */
import { optionLabel } from '../domain/option-labels';
import { bestOption } from '../domain/scoring';
import { scoreFor } from '../domain/profiles';
import type { CaseManifest, OptionScore, ProfileInfo } from '../domain/types';

export interface KeyScore extends OptionScore {
	/** The citation shown: the option's own, else the best option's (CONTENT.md 0). */
	shownCite?: string;
	/** True when shownCite is the best option's, not the option's own. */
	citeInherited: boolean;
}

export interface KeyOption {
	id: string;
	/** The display label, "1", "2"... as the trainee sees and chooses it. */
	label: string;
	text: string;
	primary: KeyScore;
	/** Other profiles that override this option, with the option's meaning under each. */
	overrides: Array<{ profile: ProfileInfo; score: KeyScore }>;
}

export interface KeyDecision {
	id: string;
	title: string;
	options: KeyOption[];
}

export interface AnswerKey {
	/** The profile the key is written under (null: the vignette has no profiles). */
	primary: ProfileInfo | null;
	others: ProfileInfo[];
	decisions: KeyDecision[];
}

export function answerKey(manifest: CaseManifest): AnswerKey {
	const [primary = null, ...others] = manifest.meta.profiles;
	const withCite = (decision: CaseManifest['decisions'][number], score: OptionScore, profile: string | undefined): KeyScore => {
		if (score.cite) return { ...score, shownCite: score.cite, citeInherited: false };
		const best = bestOption(decision, profile);
		const cite = best ? scoreFor(best, profile).cite : undefined;
		return { ...score, ...(cite ? { shownCite: cite } : {}), citeInherited: Boolean(cite) };
	};
	return {
		primary,
		others,
		decisions: manifest.decisions.map((decision) => ({
			id: decision.id,
			title: decision.title,
			options: decision.options.map((option) => ({
				id: option.id,
				label: optionLabel(decision, option.id)!,
				text: option.text,
				primary: withCite(decision, scoreFor(option, primary?.id), primary?.id),
				overrides: others
					.filter((p) => option.overrides[p.id])
					.map((p) => ({ profile: p, score: withCite(decision, scoreFor(option, p.id), p.id) }))
			}))
		}))
	};
}
