import { caseEntries, loadCaseManifest } from '$lib/ink/case-page-data';
import { outlineOf } from '$lib/domain/types';
import { findCase } from '$lib/ink/catalogue';
import { openingOf } from '$lib/ink/opening';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = caseEntries;

/**
 * Runs at build time: the manifest's outline is written into the prerendered page, saving a
 * request (its options load with the story), and so is the story's opening (its first passage and
 * choices), which the page shows before any script has loaded. Inside an LMS package the launch decides what opens, so there is no opening.
 */
export const load: PageServerLoad = async ({ params }) => {
	const { manifest } = await loadCaseManifest(params.id);
	const entry = findCase(params.id);
	const opening = __CONFIDE_LMS__ === 'package' || !entry ? null : openingOf((await entry.loadStory()).storyJson, manifest);
	return { manifest: outlineOf(manifest), opening };
};
