import { error } from '@sveltejs/kit';
import { cases, findCase } from '$lib/ink/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => cases.map((c) => ({ id: c.id }));

/** Runs at build time: the manifest is written into the prerendered page, saving a request. */
export const load: PageServerLoad = async ({ params }) => {
	const entry = findCase(params.id);
	if (!entry) error(404, `No vignette called '${params.id}'`);
	const { manifest } = await entry.loadManifest();
	return { manifest };
};
