/**
 * What leaves the device, in the words every page uses. A plain build keeps everything on the
 * device; a build that reports to a course (an LMS package, or a record store named at build
 * time) sends each step there, and a record store may get the name the trainee gives (the actor of
 * its statements when no LMS names the learner). Pages must never promise more than the build keeps.
 */
export const REPORTS_TO_COURSE: boolean = __CONFIDE_LMS__ === 'package' || __CONFIDE_LRS__ !== null;
const SENDS_NAME: boolean = __CONFIDE_LRS__ !== null;

/** Beside the support resources (content note, Pause): who sees what the trainee chooses. */
export const PROGRESS_PRIVACY = REPORTS_TO_COURSE
	? 'Your choices and results are sent to your course’s record, which your instructor can see; nothing else you do here leaves this device.'
	: 'Nothing you choose here is seen by anyone else: Confide keeps your progress on this device only.';

/** The name field's hints: on the progress page, on the certificate, and once it is kept. */
export const NAME_PRIVACY = {
	progress: SENDS_NAME
		? 'Kept on this device, and sent with your results to your course’s record store; it is also in the files you export, so an instructor can tell whose they are.'
		: 'Kept on this device only: it leaves it only in the files you export, so an instructor can tell whose they are.',
	certificate: SENDS_NAME
		? 'Kept on this device, and sent with your results to your course’s record store. It appears on the record below and in your exports.'
		: 'Kept on this device only and never sent anywhere. It appears on the record below and in your exports.',
	kept: SENDS_NAME ? 'Name kept on this device (and sent with your results to your course).' : 'Name kept on this device only.'
} as const;
