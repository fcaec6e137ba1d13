// The file copy's loader (svelte.config.js reads `.js` route modules there): the key's manifest
// loads in the browser. The site prerenders the key from +page.server.ts instead.
import { loadCaseManifest } from '$lib/ink/case-page-data';

/** @param {{ params: { id: string } }} event */
export const load = ({ params }) => loadCaseManifest(params.id);
