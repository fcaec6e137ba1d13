/**
 * Starts the case page's LMS link in a build made for an LMS package (CONFIDE_LMS): finds the
 * SCORM API, reads what the LMS suspended, and gives the page the machine that resumes from it.
 */
import type { CaseManifest } from '../domain/types';
import type { browserAttemptMachine } from '../session/attempt-effects';
import { lmsAttemptMachine } from './lms-effects';
import { LmsLink } from './lms-link.svelte';
import { findApi } from './scorm-api';
import { scormReporter } from './scorm-reporter';

export function startLms(browser: ReturnType<typeof browserAttemptMachine>, manifest: CaseManifest, standard: 'scorm12' | 'scorm2004') {
	const version = standard === 'scorm12' ? '1.2' : '2004';
	const link = new LmsLink(
		scormReporter(() => findApi(window, version)),
		__CONFIDE_PASS_RULE__
	);
	return { link, machine: lmsAttemptMachine(browser, manifest, link.suspended) };
}
