/** The glossary shipped with the vignettes (stories/glossary.json, edited by authors). */
import data from '../../../stories/glossary.json';
import type { GlossaryTerm } from '../domain/glossary';

export const glossaryTerms: readonly GlossaryTerm[] = data.terms;

export function findTerm(id: string): GlossaryTerm | undefined {
	return glossaryTerms.find((t) => t.id === id);
}
