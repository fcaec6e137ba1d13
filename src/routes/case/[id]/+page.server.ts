import { caseEntries, loadCaseManifest } from '$lib/ink/case-page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = caseEntries;

/** Runs at build time: the manifest is written into the prerendered page, saving a request. */
export const load: PageServerLoad = ({ params }) => loadCaseManifest(params.id);
