import { caseEntries, loadCaseManifest } from '$lib/ink/case-page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = caseEntries;

/** Runs at build time: the whole key is in the prerendered page, so it prints without scripts. */
export const load: PageServerLoad = ({ params }) => loadCaseManifest(params.id);
