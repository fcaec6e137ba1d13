import { error } from '@sveltejs/kit';
import { cases, findCase } from '$lib/ink/catalogue';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => cases.map((c) => ({ id: c.id }));

export const load: PageLoad = ({ params }) => {
	const entry = findCase(params.id);
	if (!entry) error(404, `No vignette called '${params.id}'`);
	return { entry };
};
