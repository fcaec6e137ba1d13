/** Which standard an LMS package was launched under, read off its launch URL. Pure. */
export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';
const STANDARDS: readonly LmsStandard[] = ['scorm12', 'scorm2004', 'cmi5'];

/**
 * The standard the package was launched under: its manifest's `lms` parameter; else cmi5 when the
 * launch carries cmi5's parameters; else null (a SCORM API is looked for, 2004's first).
 */
export function lmsStandardOf(query: URLSearchParams): LmsStandard | null {
	const named = query.get('lms');
	if (STANDARDS.includes(named as LmsStandard)) return named as LmsStandard;
	return query.has('fetch') && query.has('endpoint') ? 'cmi5' : null;
}
