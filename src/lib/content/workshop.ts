/**
 * The words of a workshop (a vignette run for a room): what the projector, the presenter view,
 * the handout and the votes CSV call things. Verdicts, counts and kinds come from labels.ts.
 */
import type { AttemptMode } from '../domain/attempt';
import type { PlayedBy, Stage } from '../workshop/types';

export const WORKSHOP_TITLE = 'Workshop';

/** The room's view of a step, in small type at the top. */
export const stepName = (stage: Stage, decision: { number: number; total: number } | null): string => {
	const where = decision ? `Decision ${decision.number} of ${decision.total}` : null;
	switch (stage) {
		case 'title':
			return 'Before we begin';
		case 'setting':
			return 'The practice setting';
		case 'reading':
			return 'The story';
		case 'voting':
		case 'results':
			return where ?? 'A choice';
		case 'review':
		case 'reveals':
			return where ? `${where}: the reveal` : 'The reveal';
		case 'summary':
			return 'The room’s path';
	}
};

/** A choice point's heading on the projector. */
export const choiceHeading = (decision: { number: number; total: number; title: string } | null) =>
	decision ? `Decision ${decision.number} of ${decision.total}: ${decision.title}` : 'What happens next?';

export const CONTENT_NOTE_HEADING = 'Content note';
export const SETTING_HEADING = 'The practice setting';
export const INTAKE_LABEL = 'At intake';
export const RESULTS_HEADING_PREFIX = 'The room’s vote';

export const playedLine = (label: string, by: PlayedBy) => (by === 'majority' ? `The room chose option ${label}` : `The facilitator chose option ${label}`);
export const bestHeading = (label: string) => `The best response: option ${label}`;
export const meaningHeading = (label: string) => `What option ${label} would have meant`;
export const SOURCES_LABEL = 'Sources:';
export const SUMMARY_HEADING = 'The room’s path';
export const JURISDICTIONS_HEADING = 'In other jurisdictions';
export const WAITING = 'Waiting for the presenter…';
export const NO_NOTES = 'No facilitator notes for this step.';
export const votesCount = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;

/** What the presenter's Next does from here (shown beside the controls). */
export const NEXT_WORDS = {
	begin: 'Next: show the practice setting.',
	start: 'Next: start the story.',
	page: (n: number, of: number) => `Next: page ${n} of ${of}.`,
	openVote: 'Next: show the options and open the vote.',
	showVotes: 'Next: show the room’s vote.',
	playMajority: (label: string) => `Next: play option ${label}, the room’s choice.`,
	tie: (labels: string[]) =>
		labels.length ? `The vote is tied between options ${labels.join(' and ')}: add a vote, or pick one (Alt+number).` : 'No votes yet: add the room’s votes (number keys), or pick an option (Alt+number).',
	continueStory: 'Next: go on with the story.',
	/** From an option's meaning, Next closes it: the reveal again, at its first page. */
	backToReveal: (pages: number) => (pages > 1 ? `Next: back to the reveal, page 1 of ${pages}.` : 'Next: back to the reveal.'),
	reveal: (n: number, of: number) => `Next: reveal decision ${n} of ${of}.`,
	summary: 'Next: the room’s path.',
	end: 'This is the last screen. Print the handout for the room.',
	waiting: 'Working…'
};

/** Why a key did nothing, for the presenter. */
export const BLOCKED = {
	startOfStep: 'This is the first page of this step: a choice already played is never undone.'
};

/** The keys, as the help overlay lists them. */
export const KEY_HELP: readonly { keys: string; does: string }[] = [
	{ keys: 'Page Down, Right, Down, Space, Enter', does: 'Next (page, vote, reveal, story)' },
	{ keys: 'Page Up, Left, Up', does: 'Back within what the room has seen (never undoes a vote or a choice)' },
	{ keys: '1 to 9', does: 'During a vote: one more vote for that option. After a reveal: show what that option would have meant' },
	{ keys: 'Shift + 1 to 9', does: 'During a vote: one vote fewer for that option' },
	{ keys: 'Alt + 1 to 9', does: 'Play that option instead of the room’s choice (the facilitator’s override)' },
	{ keys: 'B or .', does: 'Blank the projector to black; any key brings it back' },
	{ keys: 'W', does: 'Blank the projector to white; any key brings it back' },
	{ keys: 'F or F5', does: 'Full screen on or off (in the window you press it in)' },
	{ keys: '?', does: 'This list' },
	{ keys: 'Esc', does: 'Close this list, or the audience view shown here' }
];

export const VOTES_CSV_COLUMNS = [
	'notice',
	'session',
	'vignette',
	'content version',
	'profile',
	'reveal',
	'decision',
	'decision title',
	'option',
	'option text',
	'votes',
	'share (%)',
	'played',
	'played by',
	'verdict',
	'seconds to decide'
] as const;

export const REVEAL_LABELS = {
	learning: 'After each decision',
	assessment: 'All at the end (assessment style)'
} as const;

export const PRACTICE_ONLY_WORKSHOP =
	'This profile is practice only: this session is not stored. A reload or a closed window loses it; print the handout and download the votes before you close this window.';

/** Asked before a link leaves a practice-only session's presenter page (a reload or a closed window gets the browser's own question). */
export const LEAVE_PRACTICE_ONLY = 'Leave this session? It is practice only and stored nowhere: leaving loses it. Print the handout and download the votes first if you need them.';

/** A copy of a practice-only presenter window (a duplicated tab): it does not take over the other's room. */
export const OWN_AUDIENCE =
	'Another window is already presenting to the audience window this address was for, so this window presents to an audience window of its own: open it from here.';

/** The list of stored sessions on the workshop page, and deleting one. */
export const SESSION_LIST = {
	heading: 'Sessions on this device',
	empty: 'No sessions are stored on this device now.',
	profile: (label: string) => `Jurisdiction profile: ${label}`,
	reveal: (mode: AttemptMode) => `Reveal: ${REVEAL_LABELS[mode]}`,
	confirmTitle: 'Delete this session?',
	confirmLabel: 'Delete the session',
	confirmBody: (title: string, started: string, ended: boolean) =>
		ended
			? `The ended session of ${title}, started ${started}, will be deleted from this device. This cannot be undone.`
			: `The session of ${title}, started ${started}, has not ended: deleting it loses its steps and votes, and it cannot be resumed. This cannot be undone.`,
	deleted: (title: string, started: string) => `Deleted the session of ${title}, started ${started}.`,
	notDeleted: (title: string, reason: string) => `The session of ${title} could not be deleted (${reason}).`,
	presentedElsewhere: 'a presenter window has it open: close that window first'
};
