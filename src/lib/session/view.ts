/** Pure helpers that turn the session context into what the case page shows. */
import type { AttemptPhase, ChoiceView } from '../domain/attempt';
import type { CaseManifest, DecisionInfo } from '../domain/types';

export type Screen = 'loading' | 'content-note' | 'setting' | 'choosing' | 'feedback' | 'debrief' | 'error';

export function screenFor(state: string | undefined, phase: AttemptPhase | undefined): Screen {
	if (state === undefined || phase === undefined) return 'loading';
	if (state === 'contentNote') return 'content-note';
	if (state === 'error') return 'error';
	return phase === 'ended' ? 'debrief' : phase;
}

/** The decision whose options are on offer, with its place in the vignette. */
export function decisionOnOffer(
	manifest: CaseManifest,
	choices: readonly ChoiceView[]
): { decision: DecisionInfo; number: number; total: number } | undefined {
	const scored = choices.find((c) => c.scored);
	if (!scored) return undefined;
	const index = manifest.decisions.findIndex((d) => scored.id.startsWith(`${d.id}.`));
	if (index === -1) return undefined;
	return { decision: manifest.decisions[index]!, number: index + 1, total: manifest.decisions.length };
}

/** Keys 1-9 pick the matching option; nothing else does. */
export function choiceForKey(key: string, choices: readonly ChoiceView[]): ChoiceView | undefined {
	if (!/^[1-9]$/.test(key)) return undefined;
	return choices[Number(key) - 1];
}
