/** How a report names the jurisdiction profile an attempt was scored under. Pure. */
import { profileOf } from '../domain/profiles';
import type { ProfileInfo } from '../domain/types';

/**
 * The label of `profile`; null stands for the vignette's primary (first) profile. A vignette
 * without profiles has nothing to name (null). An id the vignette no longer has is shown as is.
 */
export function profileLabel(profiles: readonly Pick<ProfileInfo, 'id' | 'label'>[], profile: string | null): string | null {
	const found = profileOf(profiles, profile);
	if (found) return found.label;
	return profile === null ? null : `profile '${profile}' (no longer in this vignette)`;
}
