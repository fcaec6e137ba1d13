/**
 * Turns a story someone else wrote into a Confide vignette the way an instructor would: story tags
 * at the top, and (if it has none) two scored decisions played first, in a tunnel, before the
 * story's own content. The two decisions are the authoring-rule fixture's (tests/fixtures/
 * broken-rules/valid): they satisfy every rule of the brief, so whatever the checker says about the
 * wrapped story is about the story, not about the added key.
 */
import { withoutComments } from '../../../src/lib/ink/compile';

export function storyTags(id: string, vignette: number): string {
	return `# id: ${id}
# vignette: ${vignette}
# title: ${id}
# summary: A story Confide did not write, with Confide's tags added.
# version: 1.0.0
# reviewed: none
# content_note: Nothing distressing: a test fixture.
# intake: Limits of confidentiality were explained at intake.
# setting: Setting: a test clinic
# jurisdictions: Laws vary; check your state law.
`;
}

export const DECISIONS_KNOT = 'confide_decisions';

export function decisionsKnot(vignette: number): string {
	const v = `V${vignette}.D${vignette}`;
	return `
=== ${DECISIONS_KNOT} ===
He says something worrying. #decision: ${v}.1 First decision
* [Call the police and give his name. #id: ${v}.1.b #action: disclose #verdict: error #kind: over #critical #rationale: No ground yet. #cite: APA 4.05(b)]
* [Ask him what he meant by it. #id: ${v}.1.a #action: hold #verdict: best #rationale: Assess first. #cite: APA 4.01]
* [Note it as venting and move on now. #id: ${v}.1.c #action: hold #verdict: error #kind: process #rationale: Right call, no assessment. #cite: ACA A.1.b]
- Later the threat is clear. #decision: ${v}.2 Second decision
* [Keep it to yourself until next week. #id: ${v}.2.b #action: hold #verdict: error #kind: under #critical #rationale: A miss. #cite: Tarasoff]
* [Warn the victim and police tomorrow. #id: ${v}.2.c #action: disclose #verdict: acceptable #rationale: Slower but lawful. #cite: Cal. Civ. Code §43.92]
* [Warn victim and police today. #id: ${v}.2.a #action: disclose #verdict: best #rationale: The duty applies. #cite: Cal. Civ. Code §43.92]
- ->->
`;
}

/** Lines before the story's first content: blank, comments, tags, declarations. */
const PREAMBLE = /^\s*(?:$|#|VAR\s|CONST\s|LIST\s|INCLUDE\s|EXTERNAL\s)/;

/** The file the two decisions are INCLUDEd from (its own file: the story's text stays as written). */
export const DECISIONS_FILE = 'confide-decisions.ink';

export interface WrappedStory {
	/** The new main.ink. */
	main: string;
	/** Files to write next to it. */
	files: Record<string, string>;
}

/**
 * The story with Confide's story tags first and, unless `decisions` is false, the two decisions
 * played before its first line of content (after its own tags and declarations, so its global tags
 * stay global), from an INCLUDEd file.
 */
export function wrapForConfide(source: string, options: { id: string; vignette: number; decisions?: boolean }): WrappedStory {
	const tags = storyTags(options.id, options.vignette);
	if (options.decisions === false) return { main: tags + source, files: {} };
	const text = source.replace(/\r\n?/g, '\n');
	const lines = text.split('\n');
	const code = withoutComments(text).split('\n');
	let first = code.findIndex((line) => !PREAMBLE.test(line));
	if (first === -1) first = lines.length;
	// After the story's own tags: ink reads story tags only above the first INCLUDE.
	const main = [tags + lines.slice(0, first).join('\n'), `INCLUDE ${DECISIONS_FILE}`, `-> ${DECISIONS_KNOT} ->`, ...lines.slice(first)].join('\n');
	return { main, files: { [DECISIONS_FILE]: decisionsKnot(options.vignette) } };
}
