import type { CaseManifest, ProfileInfo } from '../domain/types.ts';

/** What the catalogue knows of a case without loading its story. */
export interface CatalogueEntry {
	id: string;
	vignette: number;
	title: string;
	summary: string;
	version: string;
	reviewed: string;
	contentNotes: string[];
	profiles: ProfileInfo[];
	decisionCount: number;
	contentHash: string;
	load: () => Promise<CaseModule>;
}

/** A compiled `.ink` module. */
export interface CaseModule {
	manifest: CaseManifest;
	storyJson: string;
}
