/** Words for the path map: node labels and the step-by-step text alternative. */
import { optionName } from '../domain/option-labels';
import type { MapOption, PathStep } from './path-map-layout';
import { verdictLabel } from '../content/labels';

/** "12 · 60%" under a node, or "" without frequencies. */
export function frequencyLabel(option: Pick<MapOption, 'count' | 'share'>): string {
	if (option.count === null || option.share === null) return '';
	return `${option.count} · ${Math.round(option.share * 100)}%`;
}

const quoted = (option: MapOption) => `${optionName(option.label)}, “${option.text}”`;

/**
 * One step in words: "Decision 2 (D2), Title: you chose option 2, “…” — Error: unwarranted
 * breach (over-disclosure); best was option 3, “…”". Without a trainee choice: the best option
 * and, when known, how often each option was chosen.
 */
export function describeStep(step: PathStep): string {
	const { decision, chosen, best } = step;
	const head = `Decision ${decision.number} (${decision.short}), ${decision.title}:`;
	if (chosen) {
		const bestPart = chosen.best || !best ? '' : `; best was ${quoted(best)}`;
		return `${head} you chose ${quoted(chosen)} — ${verdictLabel(chosen, chosen.call)}${bestPart}`;
	}
	const bestPart = best ? ` best is ${quoted(best)}` : ' no best option';
	const counts = decision.options.filter((o) => o.count !== null);
	const freq = counts.length ? `; chosen: ${counts.map((o) => `${optionName(o.label)} by ${o.count} (${Math.round((o.share ?? 0) * 100)}%)`).join(', ')}` : '';
	return `${head}${bestPart}${freq}`;
}
