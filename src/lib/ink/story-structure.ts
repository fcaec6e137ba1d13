/**
 * Node only: the knots, stitches and choices of a compiled story, with their source lines, so the
 * story checker can say how much of a story its exploration reached and name what it did not.
 * Reads the compiler's parsed story (names, functions, lines) and its runtime content (paths).
 */
import type { Story } from 'inkjs';
import type { SourceLocation } from './runner.ts';
import type { StoryPlace, StoryStructure } from './explore.ts';

interface DebugMetadata {
	fileName: string | null;
	startLineNumber: number;
}

/** The parts of inkjs's parsed hierarchy read here. */
interface ParsedFlow {
	name: string | null;
	isFunction: boolean;
	subFlowsByName: Map<string, ParsedFlow>;
	debugMetadata: DebugMetadata | null;
}

/** The parts of inkjs's runtime objects read here (duck-typed: the bundle's class names are minified). */
interface RuntimeObject {
	content?: RuntimeObject[];
	namedContent?: Map<string, RuntimeObject>;
	path?: { toString(): string };
	debugMetadata?: DebugMetadata | null;
	value?: unknown;
	isNewline?: boolean;
	onceOnly?: boolean;
	hasChoiceOnlyContent?: boolean;
}

const isChoicePoint = (o: RuntimeObject) => typeof o.onceOnly === 'boolean' && typeof o.hasChoiceOnlyContent === 'boolean';
const isText = (o: RuntimeObject) => typeof o.value === 'string' && typeof o.isNewline === 'boolean' && o.value.trim() !== '';

/** Every object under a container, named or not, skipping the named children listed. */
function* walk(container: RuntimeObject, skip: ReadonlySet<string> = new Set()): Generator<RuntimeObject> {
	const seen = new Set<RuntimeObject>();
	const stack: RuntimeObject[] = [container];
	while (stack.length) {
		const node = stack.pop()!;
		if (seen.has(node)) continue;
		seen.add(node);
		yield node;
		for (const child of node.content ?? []) stack.push(child);
		for (const [name, child] of node.namedContent ?? []) if (!(node === container && skip.has(name))) stack.push(child);
	}
}

export function storyStructure(parsedStory: { subFlowsByName: Map<string, ParsedFlow> }, runtime: Story, displayFile: (inkFile: string) => string): StoryStructure {
	const locate = (dm: DebugMetadata | null | undefined): SourceLocation | undefined =>
		dm ? { file: displayFile(dm.fileName ?? ''), line: dm.startLineNumber } : undefined;
	const root = (runtime as unknown as { mainContentContainer: RuntimeObject }).mainContentContainer;
	const places: StoryPlace[] = [];
	const place = (inkPath: string, flow: ParsedFlow, container: RuntimeObject | undefined, skip: ReadonlySet<string>) => {
		if (!container) return;
		for (const o of walk(container, skip))
			if (isChoicePoint(o) || isText(o)) {
				const at = locate(flow.debugMetadata);
				places.push({ inkPath, name: inkPath, ...(at ? { at } : {}) });
				return;
			}
	};
	for (const [name, knot] of parsedStory.subFlowsByName) {
		if (knot.isFunction) continue;
		const container = root.namedContent?.get(name);
		const stitches = new Set(knot.subFlowsByName.keys());
		place(name, knot, container, stitches);
		for (const [stitchName, stitch] of knot.subFlowsByName) place(`${name}.${stitchName}`, stitch, container?.namedContent?.get(stitchName), new Set());
	}
	const choices: StoryPlace[] = [];
	for (const o of walk(root))
		if (isChoicePoint(o) && o.path) {
			const at = locate(o.debugMetadata);
			choices.push({ inkPath: o.path.toString(), name: o.path.toString(), ...(at ? { at } : {}) });
		}
	choices.sort((a, b) => (a.at && b.at ? a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line : 0));
	return { places, choices };
}
