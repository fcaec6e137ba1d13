/** The cases this build ships. Metadata is eager; each story is its own lazy chunk. */
import { catalogue } from 'virtual:confide/catalogue';
import type { CatalogueEntry } from './catalogue-types';

export type { CatalogueEntry } from './catalogue-types';

export const cases: readonly CatalogueEntry[] = catalogue;

export function findCase(id: string): CatalogueEntry | undefined {
	return cases.find((c) => c.id === id);
}
