/**
 * Svelte drops whitespace at the start and end of an element's content, so a space written
 * there ("Delete<span class="visually-hidden"> the attempt…</span>") never reaches the page: the
 * button was named "Deletethe attempt…", the save status read "Savedon this device". Such a space
 * goes inside an expression ({` the attempt ${…}`}) or, in static text, as an entity (&#32;).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

interface Node {
	type?: string;
	name?: string;
	raw?: string;
	start?: number;
	fragment?: { nodes: Node[] };
	[key: string]: unknown;
}

/** Elements whose content begins or ends with a space on the same line as text: it is lost. */
function lostSpaces(source: string): string[] {
	const found: string[] = [];
	const visit = (value: unknown) => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const node = value as Node;
		if (node.type === 'RegularElement' && node.fragment) {
			const nodes = node.fragment.nodes;
			const first = nodes[0];
			const last = nodes.at(-1);
			const line = source.slice(0, node.start).split('\n').length;
			if (first?.type === 'Text' && /^ +\S/.test(first.raw ?? '')) found.push(`<${node.name}> on line ${line} starts with a space`);
			if (last?.type === 'Text' && /\S +$/.test(last.raw ?? '')) found.push(`<${node.name}> on line ${line} ends with a space`);
		}
		for (const [key, child] of Object.entries(node)) if (key !== 'parent' && key !== 'metadata') visit(child);
	};
	visit(parse(source, { modern: true }).fragment);
	return found;
}

describe('spaces at the edges of an element', () => {
	it('finds a space Svelte would drop, and leaves the ways that keep it', () => {
		expect(lostSpaces('<p>Delete<span class="x"> the attempt</span></p>')).toEqual(['<span> on line 1 starts with a space']);
		expect(lostSpaces('<p><span>You chose: </span>{text}</p>')).toEqual(['<span> on line 1 ends with a space']);
		expect(lostSpaces('<p>Delete<span>{` the attempt ${when}`}</span> <span>&#32;on this device</span></p>')).toEqual([]);
		expect(lostSpaces('<button>\n\tContinue\n</button>')).toEqual([]);
	});

	it('no component has one', () => {
		const root = join(import.meta.dirname, '../..');
		const problems = svelteFiles(root).flatMap((file) => lostSpaces(readFileSync(file, 'utf8')).map((p) => `${relative(root, file)}: ${p}`));
		expect(problems).toEqual([]);
	});
});
