/**
 * Starts the LMS link in the copy inside an LMS package (CONFIDE_LMS=package): the launch names
 * the standard (`?lms=scorm12|scorm2004|cmi5`, from the package's manifest); it finds the SCORM API
 * or reads the cmi5 launch, and reads what the LMS suspended. A case page gets the machine that
 * resumes its vignette from it; a catalogue package's home page connects at launch.
 */
import type { CaseOutline } from '../domain/types';
import { cases } from '../ink/catalogue';
import type { browserAttemptMachine } from '../session/attempt-effects';
import { cmi5Reporter } from './cmi5-reporter';
import { lmsAttemptMachine } from './lms-effects';
import { LmsLink } from './lms-link.svelte';
import { launchQuery, packageVignettes } from './package-launch';
import { findApi } from './scorm-api';
import { scormReporter } from './scorm-reporter';
import { lmsStandardOf } from './lms-standard';

/**
 * One LMS session per launch: the link connects once and lives as long as the page, through
 * in-app navigation (between the package's pages), and ends the session on `pagehide` only. A cmi5
 * fetch URL works once, and SCORM allows one Initialize per launch.
 */
let connecting: Promise<LmsLink> | undefined;

export function connectLms(launched?: string): Promise<LmsLink> {
	connecting ??= connect(launched);
	return connecting;
}

export async function startLms(browser: ReturnType<typeof browserAttemptMachine>, manifest: CaseOutline) {
	const link = await connectLms(manifest.meta.id);
	return { link, machine: lmsAttemptMachine(browser, link.suspendedFor(manifest.meta.id)) };
}

function connect(launched: string | undefined): Promise<LmsLink> {
	const query = launchQuery();
	const standard = lmsStandardOf(query);
	const reporter =
		standard === 'cmi5'
			? cmi5Reporter({ query, base: location.href })
			: scormReporter(() => (standard === 'scorm12' ? findApi(window, '1.2') : standard === 'scorm2004' ? findApi(window, '2004') : (findApi(window, '2004') ?? findApi(window, '1.2'))));
	const vignettes = packageVignettes(cases, launched).map(({ id, decisionCount }) => ({ id, decisionCount }));
	return LmsLink.connect(reporter, __CONFIDE_PASS_RULE__, vignettes);
}
