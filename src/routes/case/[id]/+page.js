// The file copy's loader (svelte.config.js reads `.js` route modules there): with hash routing
// nothing is prerendered, so the vignette's manifest loads in the browser, and the page takes its
// outline as the site's does. The site uses +page.ts and +page.server.ts, which write the outline
// into the prerendered page.
import { error } from '@sveltejs/kit';
import { findCase } from '$lib/ink/catalogue';
import { loadCaseOutline } from '$lib/ink/case-page-data';

/** @type {import('./$types').PageLoad} */
export async function load({ params }) {
	const entry = findCase(params.id);
	if (!entry) error(404, `No vignette called '${params.id}'`);
	return { entry, opening: null, ...(await loadCaseOutline(params.id)) };
}
