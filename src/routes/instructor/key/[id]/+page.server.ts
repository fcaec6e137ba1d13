import { error } from '@sveltejs/kit';
import { cases, findCase } from '$lib/ink/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => cases.map((c) => ({ id: c.id }));

/** Runs at build time: the whole key is in the prerendered page, so it prints without scripts. */
export const load: PageServerLoad = async ({ params }) => {
	const entry = findCase(params.id);
	if (!entry) error(404, `No vignette called '${params.id}'`);
	const { manifest } = await entry.loadManifest();
	return { manifest };
};
