/** Words the printed report and certificate share. */

/** What an integrity code proves, and what it does not (see domain/integrity.ts). */
export const INTEGRITY_SENTENCE =
	'This code lets an instructor check the record was not accidentally or carelessly edited. It is not proof against deliberate forgery.';
