/**
 * Node only: which knots a story can still reach from a state, so the checker can forget visit
 * counts nothing can read any more. Ink counts the visits of every once-only choice (that is how
 * it hides a choice already taken), so without this two trainees who chose differently in the
 * first scene never share a state again, and a 4-decision vignette has as many states as paths.
 *
 * A count is kept when its container is read by name anywhere (a read count such as `{knot}`, or
 * a divert target value, which TURNS_SINCE and variable diverts use) or when its knot can still be
 * reached: from where the call stack, the threads and the current choices stand, along every
 * divert, tunnel, thread, function call and choice in the story; knots named by divert target
 * values count as reachable from anywhere (a variable may hold one).
 */

/** The parts of inkjs's runtime objects read here (duck-typed: the bundle's class names are minified). */
interface RuntimeObject {
	content?: RuntimeObject[];
	namedContent?: Map<string, RuntimeObject>;
	path?: { toString(): string };
	/** Divert (resolved) and DivertTargetValue. */
	targetPath?: { toString(): string } | null;
	hasVariableTarget?: boolean;
	/** ChoicePoint. */
	pathOnChoice?: { toString(): string } | null;
	/** VariableReference of a read count. */
	containerForCount?: RuntimeObject | null;
	valueType?: number;
}

/** The knot a path is in ('' for the story's top level). */
export type KnotOf = (inkPath: string) => string;

export interface StoryReach {
	/** Containers read by name: their counts are always kept. */
	readByName: ReadonlySet<string>;
	/** The knots reachable from a set of knots. */
	reachableFrom(knots: Iterable<string>): Set<string>;
	knotOf: KnotOf;
}

function* walk(root: RuntimeObject): Generator<RuntimeObject> {
	const seen = new Set<RuntimeObject>();
	const stack = [root];
	while (stack.length) {
		const node = stack.pop()!;
		if (seen.has(node)) continue;
		seen.add(node);
		yield node;
		for (const child of node.content ?? []) stack.push(child);
		for (const child of node.namedContent?.values() ?? []) stack.push(child);
	}
}

export function storyReach(mainContentContainer: unknown): StoryReach {
	const root = mainContentContainer as RuntimeObject;
	const knots = new Set([...(root.namedContent?.keys() ?? [])]);
	const knotOf: KnotOf = (inkPath) => {
		const head = inkPath.split('.')[0] ?? '';
		return knots.has(head) ? head : '';
	};
	const readByName = new Set<string>();
	const everywhere = new Set<string>();
	const edges = new Map<string, Set<string>>();
	const edge = (from: string, to: string) => {
		if (!edges.has(from)) edges.set(from, new Set());
		edges.get(from)!.add(to);
	};
	const scan = (container: RuntimeObject, from: string, skipNamed: boolean) => {
		const stack: RuntimeObject[] = [...(container.content ?? [])];
		if (!skipNamed) stack.push(...(container.namedContent?.values() ?? []));
		for (const start of stack)
			for (const o of walk(start)) {
				const target = o.targetPath?.toString();
				if (target && typeof o.valueType === 'number') {
					// A divert target value: it may be stored and followed from anywhere, or counted. Not
					// ink's own `$r` return addresses of choices, used only within their choice.
					if (/\.\$r\d*$/.test(target)) continue;
					readByName.add(target);
					everywhere.add(knotOf(target));
				} else if (target && typeof o.hasVariableTarget === 'boolean') edge(from, knotOf(target));
				const onChoice = o.pathOnChoice?.toString();
				if (onChoice) edge(from, knotOf(onChoice));
				const counted = o.containerForCount?.path?.toString();
				if (counted) readByName.add(counted);
			}
	};
	const memo = new Map<string, Set<string>>();
	// The top level: its unnamed content (the knots are its named content, scanned on their own).
	scan(root, '', true);
	for (const name of knots) scan(root.namedContent!.get(name)!, name, false);

	return {
		readByName,
		knotOf,
		reachableFrom(start) {
			const from = [...new Set(start)].sort();
			const key = from.join('\n');
			const known = memo.get(key);
			if (known) return known;
			const reached = new Set<string>([...from, ...everywhere]);
			const todo = [...reached];
			while (todo.length) {
				for (const next of edges.get(todo.pop()!) ?? [])
					if (!reached.has(next)) {
						reached.add(next);
						todo.push(next);
					}
			}
			memo.set(key, reached);
			return reached;
		}
	};
}

/**
 * Sequences count their own visits, but a `{stopping|sequence}` of n items shows its last item from
 * the n-th visit on, and a `{&cycle}` of n items repeats every n visits: counts that show the same
 * item are the same state. Read from the story JSON, where a sequence starts
 * `ev, visit, n, MIN` (stopping, once) or `ev, visit, n, %` (cycle); shuffles are left exact.
 * Returns, by container path, the count that behaves like a given count.
 */
export function sequenceCounts(storyJson: string): Map<string, (count: number) => number> {
	const out = new Map<string, (count: number) => number>();
	const walk = (container: unknown[], path: string) => {
		const [a, b, n, op] = container;
		if (a === 'ev' && b === 'visit' && typeof n === 'number') {
			// ink's visit index is the count minus one.
			if (op === 'MIN') out.set(path, (count) => Math.min(count, n + 1));
			if (op === '%' && n > 0) out.set(path, (count) => (count <= 0 ? count : ((count - 1) % n) + 1));
		}
		const join = (part: string | number) => (path ? `${path}.${part}` : String(part));
		container.forEach((item, i) => {
			if (Array.isArray(item)) walk(item, join(i));
			else if (i === container.length - 1 && item && typeof item === 'object')
				for (const [name, child] of Object.entries(item)) if (Array.isArray(child)) walk(child, join(name));
		});
	};
	const root = (JSON.parse(storyJson) as { root?: unknown }).root;
	if (Array.isArray(root)) walk(root, '');
	return out;
}
