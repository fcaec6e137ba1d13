declare module 'virtual:confide/catalogue' {
	import type { CatalogueEntry } from './catalogue-types';
	export const catalogue: CatalogueEntry[];
}
