/**
 * Who drives a case page's attempt, started in one place: the attempt machine with the browser's
 * effects, or inside an LMS package (CONFIDE_LMS) the LMS's machine, whose suspend data decides
 * what resumes and whose link reports every step; and, in a build with a learning record store
 * (CONFIDE_LRS_ENDPOINT), the LRS link that sends each step as xAPI statements. The LMS and LRS
 * code loads only in builds that have them.
 */
import type { AttemptInput } from '../machines/attempt.machine';
import type { LmsLink } from '../lms/lms-link.svelte';
import type { CaseOutline } from '../domain/types';
import type { CatalogueEntry } from '../ink/catalogue';
import { browserAttemptMachine } from './attempt-effects';
import { AttemptSession } from './attempt-session.svelte';
import { rememberPackageCase } from '../lms/package-launch';

export interface CaseDriverHandlers {
	/** The attempt session is running (at once, or once the LMS code has loaded). */
	onsession: (session: AttemptSession) => void;
	/** Inside an LMS package: the link reporting to the course. */
	onlms: (link: LmsLink) => void;
}

/** Starts the drivers; the function returned stops them all (the page is leaving). */
export function startCaseDrivers(
	entry: Pick<CatalogueEntry, 'loadStory' | 'loadManifest'>,
	manifest: CaseOutline,
	input: AttemptInput,
	{ onsession, onlms }: CaseDriverHandlers
): () => void {
	// The story runtime (inkjs) and storage (Dexie) load inside, after the first screen.
	const browser = browserAttemptMachine({ entry, manifest });
	let stopped = false;
	const stops: (() => void)[] = [];

	/** `learner`: the learner an LMS named, who is then the statements' actor. */
	const followedByLrs = (session: AttemptSession, learner?: Record<string, unknown>) => {
		if (__CONFIDE_LRS__ === null) return;
		const config = __CONFIDE_LRS__;
		void import('../lrs/lrs-link').then(({ startLrs }) => {
			if (stopped) return;
			const lrs = startLrs(config, learner);
			const watching = session.observe((snapshot) => lrs.observe(snapshot));
			stops.push(() => {
				watching.unsubscribe();
				lrs.stop();
			});
		});
	};

	if (__CONFIDE_LMS__ === 'none') {
		const session = new AttemptSession(browser.machine(), input);
		stops.push(() => session.stop());
		onsession(session);
		followedByLrs(session);
	} else {
		rememberPackageCase(manifest.meta.id);
		void import('../lms/lms-start').then(async ({ startLms }) => {
			if (stopped) return;
			const started = await startLms(browser, manifest);
			if (stopped) return;
			const session = new AttemptSession(started.machine, input);
			const reporting = session.observe((snapshot) => started.link.observe(snapshot));
			// The LMS link outlives the page's attempt: it ends the LMS session when the page goes away.
			stops.push(() => {
				reporting.unsubscribe();
				session.stop();
			});
			onlms(started.link);
			onsession(session);
			followedByLrs(session, started.link.learner);
		});
	}

	return () => {
		stopped = true;
		// Followers first, the session last.
		for (const stop of stops.reverse()) stop();
	};
}
