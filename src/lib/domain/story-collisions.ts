/**
 * Rules across vignettes: each has its own story id (its URL) and its own vignette number (the
 * `n` in every option id `Vn.…`, so a shared number would make option ids collide in saved
 * attempts, exports and reports). Pure: one summary per vignette in, problems naming both files out.
 */

export interface StorySummary {
	/** The file to name (the vignette's main.ink, as the author sees it). */
	file: string;
	storyId: string;
	vignette: number;
	optionIds: readonly string[];
	/** Lines of the `# id:` and `# vignette:` tags, where known. */
	idLine?: number;
	vignetteLine?: number;
}

export interface StoryCollision {
	file: string;
	line?: number;
	message: string;
}

/** Every collision, reported once for each file involved, naming the other file. */
export function storyCollisions(stories: readonly StorySummary[]): StoryCollision[] {
	const out: StoryCollision[] = [];
	const pairs = <K>(key: (s: StorySummary) => K) => {
		const groups = new Map<K, StorySummary[]>();
		for (const s of stories) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
		return [...groups.values()].filter((g) => g.length > 1);
	};
	for (const group of pairs((s) => s.vignette))
		for (const story of group) {
			const others = group.filter((o) => o !== story).map((o) => o.file);
			const shared = story.optionIds.filter((id) => group.some((o) => o !== story && o.optionIds.includes(id)));
			const ids = shared.length ? ` Their option ids collide too: ${shared.slice(0, 4).join(', ')}${shared.length > 4 ? ', …' : ''}.` : '';
			out.push({
				file: story.file,
				...(story.vignetteLine ? { line: story.vignetteLine } : {}),
				message: `vignette number ${story.vignette} is also used by ${others.join(' and ')}: every option id starts with it (V${story.vignette}.…), so attempts and reports could not tell the vignettes apart.${ids} Give each vignette its own number (and its option ids with it)`
			});
		}
	for (const group of pairs((s) => s.storyId))
		for (const story of group)
			out.push({
				file: story.file,
				...(story.idLine ? { line: story.idLine } : {}),
				message: `story id '${story.storyId}' is also used by ${group
					.filter((o) => o !== story)
					.map((o) => o.file)
					.join(' and ')}: it is the vignette's address (/case/${story.storyId}/). Give each vignette its own id`
			});
	return out;
}
