/** Words the printed report and certificate share. */

/** What an integrity code proves, and what it does not (see domain/integrity.ts). */
export const INTEGRITY_SENTENCE =
	'This code lets an instructor check the record was not accidentally or carelessly edited. It is not proof against deliberate forgery.';

/** Said of an attempt imported with an integrity code that did not match it (its provenance). */
export const EDITED_SENTENCE = 'Imported from a file whose integrity code did not match it: this record may have been edited outside Confide.';

/** Said where a report's stored scores are not the ones its choices earn. */
export const SCORES_DERIVED_SENTENCE =
	'The scores stored with this attempt are not the ones its choices earn in this vignette. The scores shown here are derived from its choices; the stored ones are not used.';

/** Said where a report's scores cannot be checked (no story to replay its choices on). */
export const SCORES_UNCHECKED_SENTENCE =
	'Its scores cannot be checked against its choices in this version of Confide, so they are shown as stored and it never counts toward a completion record or class summary.';

/** Why a completion record leaves out a completed attempt whose scores its choices do not earn. */
export function unearnedLeftOut(count: number, of = 'this record'): string {
	return `${count} completed ${count === 1 ? 'attempt is' : 'attempts are'} left out of ${of}: ${count === 1 ? 'its' : 'their'} scores could not be derived from ${count === 1 ? 'its' : 'their'} choices in this version of Confide (content it does not have, or a record edited outside Confide).`;
}
