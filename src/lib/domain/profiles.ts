/**
 * Jurisdiction profiles (CONTENT.md 0.2): what an option means under a profile, the setting card
 * and "In other jurisdictions" note a profile shows, which profiles are practice only, and the
 * review status of a vignette's content. Pure.
 */
import { NOT_REVIEWED, REMOVED_ROW, type OptionScore, type ScoredOption, type SettingRow, type StoryMeta } from './types.ts';

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The profile `id` names; null stands for the vignette's primary (first) profile. */
export function profileOf<P extends { id: string }>(profiles: readonly P[], id: string | null): P | undefined {
	return id === null ? profiles[0] : profiles.find((p) => p.id === id);
}

export function applyOverride(base: Partial<OptionScore>, layer: Partial<OptionScore>): Partial<OptionScore> {
	const merged = { ...base, ...layer };
	// An override that turns an error into a non-error drops the error-only fields.
	if (layer.verdict && layer.verdict !== 'error') {
		if (!('kind' in layer)) delete merged.kind;
		if (!('critical' in layer)) merged.critical = false;
	}
	return merged;
}

/** The option's meaning under a profile: the override where there is one, the base otherwise. */
export function scoreFor(option: Pick<ScoredOption, 'base' | 'overrides'>, profile?: string): OptionScore {
	const layer = profile ? option.overrides[profile] : undefined;
	if (!layer) return option.base;
	return withoutUndefined({ critical: false, ...applyOverride(option.base, layer) }) as OptionScore;
}

/**
 * The setting card under a profile: a row with a primary row's label replaces it (or, with the
 * value '-', removes it); a row with a new label is placed after the profile row written before
 * it (at the top if it comes first), so a profile that writes its whole card gets its own order.
 */
export function settingFor(meta: Pick<StoryMeta, 'setting' | 'profiles'>, profileId?: string | null): SettingRow[] {
	const profile = meta.profiles.find((p) => p.id === profileId);
	if (!profile) return meta.setting;
	const isPrimaryLabel = (row: SettingRow) => row.label !== '' && meta.setting.some((b) => b.label === row.label);
	const rows = meta.setting.map((row) => profile.setting.find((r) => r.label === row.label && row.label) ?? row);
	profile.setting.forEach((row, i) => {
		if (isPrimaryLabel(row)) return;
		const before = profile.setting.slice(0, i).reverse().find((r) => rows.includes(r));
		rows.splice(before ? rows.indexOf(before) + 1 : 0, 0, row);
	});
	return rows.filter((row) => row.value !== REMOVED_ROW);
}

/** Whether a vignette's content has been signed off by a named reviewer (a date) or not ('none'). */
export const isReviewed = (meta: Pick<StoryMeta, 'reviewed'>) => meta.reviewed !== NOT_REVIEWED;

/** Whether runs under this profile are practice only (never recorded). */
export function isPracticeOnly(meta: Pick<StoryMeta, 'profiles'>, profileId: string | null | undefined): boolean {
	const profile = profileId == null ? meta.profiles[0] : meta.profiles.find((p) => p.id === profileId);
	return profile?.practiceOnly ?? false;
}

export function jurisdictionsFor(meta: Pick<StoryMeta, 'jurisdictions' | 'profiles'>, profileId?: string | null): string[] {
	const profile = meta.profiles.find((p) => p.id === profileId);
	return profile?.jurisdictions.length ? profile.jurisdictions : meta.jurisdictions;
}
