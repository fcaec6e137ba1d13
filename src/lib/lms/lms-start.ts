/**
 * Starts the case page's LMS link in the copy inside an LMS package (CONFIDE_LMS=package): the
 * launch names the standard (`?lms=scorm12|scorm2004|cmi5`, from the package's manifest); it finds
 * the SCORM API or reads the cmi5 launch, reads what the LMS suspended, and gives the page the
 * machine that resumes from it.
 */
import type { CaseManifest } from '../domain/types';
import type { browserAttemptMachine } from '../session/attempt-effects';
import { cmi5Reporter } from './cmi5-reporter';
import { lmsAttemptMachine } from './lms-effects';
import { LmsLink } from './lms-link.svelte';
import { findApi } from './scorm-api';
import { scormReporter } from './scorm-reporter';
import { lmsStandardOf } from './lms-standard';

/**
 * One LMS session per launch: the link connects once and lives as long as the page, through
 * in-app navigation (to the home page and back), and ends the session on `pagehide` only. A cmi5
 * fetch URL works once, and SCORM allows one Initialize per launch.
 */
let connecting: Promise<LmsLink> | undefined;

export async function startLms(browser: ReturnType<typeof browserAttemptMachine>, manifest: CaseManifest) {
	connecting ??= connect(manifest);
	const link = await connecting;
	return { link, machine: lmsAttemptMachine(browser, manifest, link.suspended) };
}

function connect(manifest: CaseManifest): Promise<LmsLink> {
	const query = new URLSearchParams(location.search);
	const standard = lmsStandardOf(query);
	const reporter =
		standard === 'cmi5'
			? cmi5Reporter({ caseId: manifest.meta.id, query, base: location.href })
			: scormReporter(() => (standard === 'scorm12' ? findApi(window, '1.2') : standard === 'scorm2004' ? findApi(window, '2004') : (findApi(window, '2004') ?? findApi(window, '1.2'))));
	return LmsLink.connect(reporter, __CONFIDE_PASS_RULE__);
}
