/**
 * What a person reads for an option (CONTENT.md 0.3, 0.4 item 5). Option ids (`V1.D1.3.c`) are
 * internal: their letters are not the screen order, and in many decisions the best option is
 * `a`, so a letter would give the answer away. A label is the option's 1-based place in its
 * decision's options, which is the order the story offers them, so it is also the key (1-9) that
 * chooses it on the case page.
 */
import type { DecisionInfo } from './types';

type Options = Pick<DecisionInfo, 'options'>;

/** Said of an option the current content does not have (an attempt made under older content). */
export const NOT_IN_VIGNETTE = 'no longer in this vignette';

/** "2" for the second option offered; null when the decision (or the content) does not have it. */
export function optionLabel(decision: Options | undefined, optionId: string): string | null {
	const index = decision?.options.findIndex((o) => o.id === optionId) ?? -1;
	return index === -1 ? null : String(index + 1);
}

/** Option id -> label for every option of these decisions. */
export function optionLabels(decisions: readonly Options[]): Map<string, string> {
	return new Map(decisions.flatMap((d) => d.options.map((o) => [o.id, optionLabel(d, o.id)!] as const)));
}

/** The option in a sentence: "option 2", or "an option no longer in this vignette". */
export function optionName(label: string | null): string {
	return label === null ? `an option ${NOT_IN_VIGNETTE}` : `option ${label}`;
}
