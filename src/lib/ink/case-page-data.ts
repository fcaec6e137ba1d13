/**
 * Build-time data of the pages made per vignette (the case page and its answer key): one page per
 * catalogued vignette, each with its manifest written into the prerendered HTML (the case page's
 * outline only, the answer key's whole).
 */
import { error } from '@sveltejs/kit';
import { outlineOf } from '../domain/types';
import { cases, findCase } from './catalogue';

export const caseEntries = () => cases.map((c) => ({ id: c.id }));

export async function loadCaseManifest(id: string) {
	const entry = findCase(id);
	if (!entry) error(404, `No vignette called '${id}'`);
	const { manifest } = await entry.loadManifest();
	return { manifest };
}

/**
 * A case page's: the manifest's outline. The options, verdicts and rationales (most of the
 * manifest) load with the story, after the first passage is on screen.
 */
export async function loadCaseOutline(id: string) {
	const { manifest } = await loadCaseManifest(id);
	return { manifest: outlineOf(manifest) };
}
