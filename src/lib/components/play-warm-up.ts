/** The views a step of play shows, with sample props drawn from the attempt itself (see warm-up.svelte.ts). */
import type { ChoiceView, TranscriptEntry } from '../domain/attempt';
import { glossaryTerms } from '../content/glossary';
import { linkFirstMentions } from '../domain/glossary';
import { bestOption, ledgerEntry, reviewDecision } from '../domain/scoring';
import type { DecisionInfo } from '../domain/types';
import ChoiceList from './ChoiceList.svelte';
import FeedbackPanel from './FeedbackPanel.svelte';
import Transcript from './Transcript.svelte';
import type { WarmView } from './warm-up.svelte';

interface Play {
	transcript: readonly TranscriptEntry[];
	choices: readonly ChoiceView[];
}

const linked = (entries: readonly TranscriptEntry[]) => linkFirstMentions(entries.map((e) => (e.kind === 'text' ? e.text : '')), glossaryTerms);

/** A short passage with the paragraph kinds the transcript has: plain text, and text with a glossary term. */
function sampleOf(transcript: readonly TranscriptEntry[]): TranscriptEntry[] {
	const texts = transcript.filter((e) => e.kind === 'text');
	const segments = linked(texts);
	const withTerm = texts.find((_, i) => segments[i]!.some((s) => s.termId));
	return [...new Set([texts[0], withTerm])].filter((e) => e !== undefined);
}

/**
 * The transcript as a choice extends it (the passage shown turns earlier, the chosen line and the
 * next passage are appended), and the options as the next passage's replace them.
 */
export function playViews(play: Play, heading: string): WarmView[] {
	const shown = sampleOf(play.transcript);
	const chosen: TranscriptEntry = { kind: 'choice', text: play.choices[0]?.text ?? heading, choiceId: play.choices[0]?.id ?? 'sample' };
	const after = [...shown, chosen, ...shown];
	return [
		{
			component: Transcript as WarmView['component'],
			props: { entries: shown, linked: linked(shown), current: 0, heading },
			next: { entries: after, linked: linked(after), current: shown.length + 1 }
		},
		{
			component: ChoiceList as WarmView['component'],
			props: { choices: play.choices, disabled: false, onchoose: () => {} },
			next: { choices: [...play.choices].reverse(), disabled: true }
		}
	];
}

/** The feedback on a decision of this vignette (none if its decisions have not loaded). */
export function feedbackViews(decisions: readonly DecisionInfo[], profileId: string | null): WarmView[] {
	const profile = profileId ?? undefined;
	const decision = decisions[0];
	const best = decision && bestOption(decision, profile);
	const option = decision?.options.find((o) => o !== best) ?? best;
	if (!decision || !option) return [];
	const review = reviewDecision(ledgerEntry(option, profile), decision, profile);
	return [{ component: FeedbackPanel as WarmView['component'], props: { review, disabled: false, oncontinue: () => {} } }];
}
