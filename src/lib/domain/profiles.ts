/** Which jurisdiction profile an attempt names. Pure. */

/** The profile `id` names; null stands for the vignette's primary (first) profile. */
export function profileOf<P extends { id: string }>(profiles: readonly P[], id: string | null): P | undefined {
	return id === null ? profiles[0] : profiles.find((p) => p.id === id);
}
