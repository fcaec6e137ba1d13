/** The cases this build ships. Metadata is eager; each story is its own lazy chunk. */
import { catalogue } from 'virtual:confide/catalogue';
import { practiceOnlyCheck, reviewNotice } from '../content/review';
import type { CatalogueEntry } from './catalogue-types';

export type { CatalogueEntry } from './catalogue-types';

export const cases: readonly CatalogueEntry[] = catalogue;

export function findCase(id: string): CatalogueEntry | undefined {
	return cases.find((c) => c.id === id);
}

/** The review notice this build's pages, printouts and exports carry, or null (content/review.ts). */
export const buildReviewNotice: string | null = reviewNotice(cases);

/** Whether a stored attempt was made under a profile this build marks practice only. */
export const underPracticeOnly = practiceOnlyCheck(cases);
