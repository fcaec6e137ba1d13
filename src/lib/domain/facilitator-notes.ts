/**
 * A vignette's facilitator notes (`# facilitator: …` line tags, stories/README.md), gathered by
 * the build from every line the story can show. Only a workshop's presenter view loads them (a
 * chunk of their own): they never reach a trainee's or a room's page. Pure.
 */

export interface FacilitatorNotes {
	/** The text of a line as the story shows it -> the notes written on it, in order. */
	lines: Record<string, string[]>;
	/** A decision id -> the notes written on the prompt that announces it. */
	decisions: Record<string, string[]>;
}

export const NO_NOTES: FacilitatorNotes = { lines: {}, decisions: {} };

/** Adds notes to a list, each once, keeping the order first written. */
export function addNotes(into: Map<string, string[]>, key: string, notes: readonly string[]) {
	const list = into.get(key) ?? [];
	for (const note of notes) if (!list.includes(note)) list.push(note);
	if (list.length) into.set(key, list);
}

/** The notes of these lines (as shown), each once, in order. */
export function notesForLines(notes: FacilitatorNotes, lines: readonly string[]): string[] {
	const found: string[] = [];
	for (const line of lines) for (const note of notes.lines[line] ?? []) if (!found.includes(note)) found.push(note);
	return found;
}

/** The notes on a decision's prompt. */
export function notesForDecision(notes: FacilitatorNotes, decisionId: string): string[] {
	return notes.decisions[decisionId] ?? [];
}
