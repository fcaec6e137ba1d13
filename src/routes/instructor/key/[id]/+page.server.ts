import { caseEntries, loadCaseManifest } from '$lib/ink/case-page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

/** An assessment build prerenders no answer key (svelte.config.js lets this route go unseen there). */
export const entries: EntryGenerator = () => (__CONFIDE_MODE__ === 'assessment' ? [] : caseEntries());

/** Runs at build time: the whole key is in the prerendered page, so it prints without scripts. */
export const load: PageServerLoad = ({ params }) => loadCaseManifest(params.id);
