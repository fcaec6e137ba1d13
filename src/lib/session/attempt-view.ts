/**
 * What the case page shows, read off the attempt machine's snapshot. Pure: a snapshot in, plain
 * values out, so the page has no rules of its own.
 */
import type { AttemptSnapshot, OutdatedNotice } from '../machines/attempt.machine';
import type { CaseOutline, DecisionOutline } from '../domain/types';
import type { ChoiceView } from '../domain/attempt';
import type { SaveFailure } from '../machines/save-failure';

export type Screen = 'loading' | 'content-note' | 'setting' | 'choosing' | 'feedback' | 'debrief' | 'error';
/** `unrecorded`: a practice-only run moved on and, by design, wrote nothing. */
export type SaveState = 'idle' | 'pending' | 'saved' | 'failed' | 'unrecorded';
/** Who may write this case's attempt: this tab, another tab (found so on opening), or another tab that took it over. */
export type Ownership = 'pending' | 'mine' | 'elsewhere' | 'taken';
/** Why progress is not being saved, when it is not. */
export type StorageNoticeKind = 'elsewhere' | 'taken' | 'upgraded' | 'unavailable' | 'quota' | 'deleted' | 'set-aside' | 'write-failed';

export function screenOf(snapshot: AttemptSnapshot): Screen {
	const m = (attempt: string) => snapshot.matches({ attempt } as never);
	if (snapshot.context.loadProblem || m('error')) return 'error';
	if (m('contentNote')) return 'content-note';
	if (m('setting') || m('starting')) return 'setting';
	if (m('checking') || m('resuming')) return 'loading';
	if (m('restarting')) return 'loading';
	// Practice asked for from the debrief keeps it in view while the run is prepared; asked for by a
	// link (a report's "Try decision 2 again"), no attempt is shown yet, so the case is opening.
	if (m('preparingPractice')) return snapshot.context.phase === 'ended' ? 'debrief' : 'loading';
	if (m('debrief') || m('leavingPractice') || m('abandoningPractice')) return 'debrief';
	if (m('feedback')) return 'feedback';
	return snapshot.context.phase === 'ended' ? 'debrief' : 'choosing';
}

export function saveStateOf(snapshot: AttemptSnapshot): SaveState {
	if (snapshot.matches({ save: 'writing' })) return 'pending';
	if (snapshot.matches({ save: 'saved' })) return 'saved';
	if (snapshot.matches({ save: 'failed' }) || snapshot.matches({ save: 'stopped' })) return 'failed';
	if (snapshot.matches({ save: 'unrecorded' })) return 'unrecorded';
	return 'idle';
}

export function ownershipOf(snapshot: AttemptSnapshot): Ownership {
	for (const way of ['asking', 'stealing'] as const)
		for (const state of ['mine', 'elsewhere', 'taken'] as const) if (snapshot.matches({ ownership: { [way]: state } } as never)) return state;
	return 'pending';
}

/** The controls that move the story on are off: a step is being saved or made, or another tab owns the case. */
export function isBusy(snapshot: AttemptSnapshot): boolean {
	return (
		snapshot.matches({ save: 'writing' }) ||
		snapshot.matches({ attempt: 'stepping' }) ||
		snapshot.matches({ attempt: 'starting' }) ||
		ownershipOf(snapshot) !== 'mine'
	);
}

export function storageNoticeOf(snapshot: AttemptSnapshot): StorageNoticeKind | null {
	const ownership = ownershipOf(snapshot);
	if (ownership === 'elsewhere' || ownership === 'taken') return ownership;
	if (snapshot.matches({ storage: 'closedByUpgrade' })) return 'upgraded';
	if (snapshot.matches({ storage: 'unavailable' })) return 'unavailable';
	const failure: SaveFailure | null = snapshot.context.saveFailure;
	if (saveStateOf(snapshot) !== 'failed' || !failure) return null;
	return failure.kind === 'quota' || failure.kind === 'deleted' || failure.kind === 'set-aside' ? failure.kind : 'write-failed';
}

/** The decision whose options are on offer, with its place in the vignette. */
export function decisionOnOffer<D extends DecisionOutline>(
	manifest: { decisions: readonly D[] },
	choices: readonly ChoiceView[]
): { decision: D; number: number; total: number } | undefined {
	const scored = choices.find((c) => c.scored);
	if (!scored) return undefined;
	const index = manifest.decisions.findIndex((d) => scored.id.startsWith(`${d.id}.`));
	if (index === -1) return undefined;
	return { decision: manifest.decisions[index]!, number: index + 1, total: manifest.decisions.length };
}

/** Keys 1-9 pick the matching option; nothing else does. */
export function choiceForKey(key: string, choices: readonly ChoiceView[]): ChoiceView | undefined {
	if (!/^[1-9]$/.test(key)) return undefined;
	return choices[Number(key) - 1];
}

/**
 * Why a saved attempt could not be resumed: the vignette changed since it was played, or (same
 * content) its recorded choices are not ones the story offers, as in an edited or damaged file.
 */
export const outdatedCauseOf = (notice: OutdatedNotice, manifest: Pick<CaseOutline, 'contentHash'>): 'updated' | 'unplayable' =>
	notice.attempt.contentHash === manifest.contentHash ? 'unplayable' : 'updated';
