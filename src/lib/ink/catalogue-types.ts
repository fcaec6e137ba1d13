import type { FacilitatorNotes } from '../domain/facilitator-notes.ts';
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
	/** Metadata, decisions and verdicts: what the first screens and the scorer need. */
	loadManifest: () => Promise<{ manifest: CaseManifest }>;
	/** The compiled story: needed only once the session starts. */
	loadStory: () => Promise<{ storyJson: string }>;
	/** The facilitator's notes: loaded by a workshop's presenter view only. */
	loadNotes: () => Promise<{ notes: FacilitatorNotes }>;
}
