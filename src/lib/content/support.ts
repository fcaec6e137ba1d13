/**
 * Crisis and support resources, labelled by country (CONTENT.md §8: never without a "US" label): the words the content note,
 * the pause dialog, a workshop's first screen and its handout share. Static text: works offline.
 */

export interface SupportResource {
	country: string;
	/** What to do, with the number to call in `number` (shown in bold where the page can). */
	before: string;
	number: string;
	after: string;
}

export const SUPPORT_HEADING = 'If this material brings something up for you';

export const SUPPORT_RESOURCES: readonly SupportResource[] = [
	{ country: 'US', before: '988 Suicide & Crisis Lifeline: call or text ', number: '988', after: ', any time.' },
	{ country: 'US', before: 'in an emergency, call ', number: '911', after: '.' },
	{ country: 'Outside the US', before: 'contact your local emergency number or a crisis line in your country.', number: '', after: '' }
];

/** One resource as a line of plain text: "US: 988 Suicide & Crisis Lifeline: call or text 988, any time." */
export const supportLine = (r: SupportResource) => `${r.country}: ${r.before}${r.number}${r.after}`;
