/** What the workshop page says of a stored session: its vignette and jurisdiction profile, by name. Pure. */
import { profileOf } from '../domain/profiles';
import type { CatalogueEntry } from '../ink/catalogue-types';
import type { WorkshopRecord } from './types';

export interface SessionNames {
	title: string;
	/** The profile's label; null for a vignette without profiles. */
	profile: string | null;
}

export function sessionNames(record: Pick<WorkshopRecord, 'caseId' | 'profile'>, entry: Pick<CatalogueEntry, 'title' | 'profiles'> | undefined): SessionNames {
	// A vignette no longer in this build is named by its ids.
	if (!entry) return { title: record.caseId, profile: record.profile };
	// A null profile is the vignette's primary one; an id the vignette no longer has is shown as stored.
	return { title: entry.title, profile: profileOf(entry.profiles, record.profile)?.label ?? record.profile };
}
