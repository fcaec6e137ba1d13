import { error } from '@sveltejs/kit';
import { findCase } from '$lib/ink/catalogue';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, data }) => {
	const entry = findCase(params.id);
	if (!entry) error(404, `No vignette called '${params.id}'`);
	return { ...data, entry };
};
