/**
 * Starts the case page's LMS link in a build made for an LMS package (CONFIDE_LMS): finds the
 * SCORM API or reads the cmi5 launch, reads what the LMS suspended, and gives the page the
 * machine that resumes from it.
 */
import type { CaseManifest } from '../domain/types';
import type { browserAttemptMachine } from '../session/attempt-effects';
import { cmi5Reporter } from './cmi5-reporter';
import { lmsAttemptMachine } from './lms-effects';
import { LmsLink } from './lms-link.svelte';
import { findApi } from './scorm-api';
import { scormReporter } from './scorm-reporter';

export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';

export async function startLms(browser: ReturnType<typeof browserAttemptMachine>, manifest: CaseManifest, standard: LmsStandard) {
	const reporter =
		standard === 'cmi5'
			? cmi5Reporter({ caseId: manifest.meta.id, query: new URLSearchParams(location.search), base: location.href })
			: scormReporter(() => findApi(window, standard === 'scorm12' ? '1.2' : '2004'));
	const link = await LmsLink.connect(reporter, __CONFIDE_PASS_RULE__);
	return { link, machine: lmsAttemptMachine(browser, manifest, link.suspended) };
}
