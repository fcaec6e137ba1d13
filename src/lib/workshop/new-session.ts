/** A new workshop session's stored record: at the title step, no votes, no attempt yet. Pure. */
import type { AttemptMode } from '../domain/attempt';
import type { CatalogueEntry } from '../ink/catalogue-types';
import { START_POSITION, WORKSHOP_SCHEMA_VERSION, type WorkshopRecord } from './types';

export function newWorkshopRecord({
	id,
	entry,
	profile,
	reveal,
	now
}: {
	id: string;
	entry: Pick<CatalogueEntry, 'id' | 'contentHash' | 'version' | 'title'>;
	profile: string | null;
	reveal: AttemptMode;
	now: number;
}): WorkshopRecord {
	return {
		id,
		schemaVersion: WORKSHOP_SCHEMA_VERSION,
		caseId: entry.id,
		contentHash: entry.contentHash,
		storyVersion: entry.version,
		profile,
		reveal,
		createdAt: now,
		updatedAt: now,
		ended: false,
		position: START_POSITION,
		blank: null,
		rounds: [],
		attempt: null,
		audience: { sessionId: id, at: now, meta: entry.title, blank: null, slide: { kind: 'waiting', title: entry.title }, footer: null }
	};
}
