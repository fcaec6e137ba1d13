/**
 * The last look at an import file before its plan: every attempt is replayed (session/score-check)
 * and one whose stored scores its choices do not earn, or whose choices are no way through the
 * vignette it names, is refused with its reason; the rest of the file goes on. Attempts made with
 * content this build does not have are let in: they are kept for the record, shown as not
 * checkable and never certified. Pure.
 */
import type { AttemptRecord } from '../domain/attempt';
import type { ScoreCheck } from '../session/score-check';
import type { ExportFile } from './format';

export interface ScreenedFile {
	/** The file without the refused attempts. */
	file: ExportFile;
	/** One sentence per refused attempt. */
	refused: string[];
}

export function screenImport(file: ExportFile, check: (attempt: AttemptRecord) => ScoreCheck): ScreenedFile {
	const refused: string[] = [];
	const attempts = file.attempts.filter(({ attempt }, i) => {
		const result = check(attempt);
		if (result.kind === 'mismatch' || result.kind === 'unplayable') {
			const why = result.kind === 'mismatch' ? result.reason : `its choices are not a way through this vignette (${result.reason})`;
			refused.push(`attempt ${i + 1} (${attempt.caseId}): ${why}, so it is not imported.`);
			return false;
		}
		return true;
	});
	return { file: { ...file, attempts }, refused };
}
