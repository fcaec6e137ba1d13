// Twine peers: the same story as a Twine 2 story in two story formats, Chapbook 2 and SugarCube 2
// (vendored in scripts/bench/vendor/, see its README), published the way Twine publishes a story to
// a file: the format's page template with the story name and the <tw-storydata> filled in.
//
// The story is the compiled Ink, explored with inkjs from the start:
//   - a passage is the text shown up to a choice point (Continue until it cannot), and each of its
//     choices is a link to the passage reached by choosing it;
//   - passages are first told apart by the story's saved state (story.state.ToJson()) and the
//     text shown, so the exploration ends; then passages that show the same text and offer the
//     same choices leading to the same passages are merged (the state also records visit counts
//     and turn numbers the text never reads, so without merging Dana has about a thousand states
//     for about twenty different passages). Merging changes nothing a reader can see.
//
// Links are plain HTML that each format itself navigates with, marked with data-choice-id (the
// choice index) as Confide and the other peers mark theirs, so the bench's probe sees the clicks:
//   SugarCube: <a data-passage="NAME" data-choice-id="0">text</a> (SugarCube makes it a link);
//   Chapbook:  <passage-link class="link" to="NAME" data-choice-id="0">text</passage-link> (the element
//              Chapbook 2 renders its own [[links]] as; Chapbook 1's data-cb-go is gone in 2.x).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Story } from 'inkjs';

const VENDOR = join(dirname(fileURLToPath(import.meta.url)), 'vendor');

/**
 * @typedef {{ index: number, text: string, to: number }} GraphChoice
 * @typedef {{ lines: string[], choices: GraphChoice[] }} Passage
 * @typedef {{ dir: string, special: RegExp, link: (target: string, index: number, text: string) => string, join: string }} FormatSpec
 * @typedef {'chapbook' | 'sugarcube'} FormatKey
 * @typedef {{ name: string, version: string, source: string }} StoryFormat
 */

/**
 * The vendored formats: directory, the name Twine records in format=, how a link is written.
 * @type {Record<FormatKey, FormatSpec>}
 */
export const TWINE_FORMATS = {
	chapbook: {
		dir: 'chapbook-2.3.0',
		// Chapbook reads {inserts}, [[links]] and [modifiers] in a passage before Markdown; the
		// passage text is HTML blocks, so Markdown leaves it alone.
		special: /[&<>"{}[\]`]/g,
		link: (target, index, text) => `<passage-link class="link" to="${attr(target)}" data-choice-id="${index}">${text}</passage-link>`,
		// Markdown needs a blank line after an HTML block.
		join: '\n\n'
	},
	sugarcube: {
		dir: 'sugarcube-2.37.3',
		// SugarCube's wikifier reads $variables, _temporaries, ''bold'', //italic//, __underline__,
		// ==strike==, ^^super^^, ~~sub~~, @@style@@, [[links]], <<macros>> and {{{code}}} in
		// passage text, also inside HTML elements; character references pass through as text.
		special: /[&<>"'$_/{}[\]@=^~\\`]/g,
		link: (target, index, text) => `<a data-passage="${attr(target)}" data-choice-id="${index}">${text}</a>`,
		// SugarCube turns line breaks in a passage into <br>.
		join: ''
	}
};

/** @param {string} text */
const attr = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Reads a vendored format.js (JSONP: window.storyFormat({...})) without running it in Node's realm.
 * @param {FormatKey} key
 * @returns {StoryFormat}
 */
export function loadFormat(key) {
	const format = TWINE_FORMATS[key];
	const file = join(VENDOR, format.dir, 'format.js');
	/** @type {{ name?: unknown, version?: unknown, source?: unknown } | null} */
	let data = null;
	runInNewContext(readFileSync(file, 'utf8'), { window: { storyFormat: (/** @type {typeof data} */ d) => (data = d) } }, { filename: file, timeout: 5000 });
	const read = /** @type {{ name?: unknown, version?: unknown, source?: unknown } | null} */ (data);
	if (!read || typeof read.source !== 'string' || !read.source.includes('{{STORY_DATA}}')) throw new Error(`${file} is not a Twine 2 story format`);
	return { name: String(read.name), version: String(read.version), source: read.source };
}

/**
 * Explores the compiled story from its start. Returns the passages (index 0 is the start), each
 * with its lines and its choices ({ index, text, to: passage index }).
 * @param {string} json the compiled story (inkjs Compiler().Compile().ToJson())
 * @param {{ maxStates?: number, maxPassages?: number }} [limits]
 * @returns {{ passages: Passage[], states: number }}
 */
export function storyGraph(json, { maxStates = 5000, maxPassages = 400 } = {}) {
	const story = new Story(json);
	/** @type {(Passage & { state: string })[]} */
	const states = [];
	/** @type {Map<string, number>} */
	const byKey = new Map();
	/** @type {number[]} */
	const queue = [];
	const settle = () => {
		/** @type {string[]} */
		const lines = [];
		while (story.canContinue) {
			const line = (story.Continue() ?? '').trim();
			if (line) lines.push(line);
		}
		if (story.currentErrors?.length) throw new Error(`the story reported errors: ${story.currentErrors.join('; ')}`);
		return lines;
	};
	/** @param {string[]} lines */
	const add = (lines) => {
		const state = story.state.ToJson();
		const key = `${state}\n${lines.join('\n')}`;
		const known = byKey.get(key);
		if (known !== undefined) return known;
		if (states.length >= maxStates) throw new Error(`exploring the story found more than ${maxStates} distinct states; raise maxStates or check the story for a loop that counts`);
		const id = states.length;
		byKey.set(key, id);
		states.push({ lines, state, choices: story.currentChoices.map((c) => ({ index: c.index, text: c.text, to: -1 })) });
		queue.push(id);
		return id;
	};
	add(settle());
	while (queue.length) {
		const node = states[/** @type {number} */ (queue.shift())];
		if (!node) break;
		for (const choice of node.choices) {
			story.state.LoadJson(node.state);
			story.ChooseChoiceIndex(choice.index);
			choice.to = add(settle());
		}
	}

	// Merge states that look the same from here on: same lines, same choices, same passages next
	// (refining a partition until it is stable, Moore's algorithm; it also copes with loops).
	let classOf = states.map(() => 0);
	let count = 1;
	for (;;) {
		/** @type {Map<string, number>} */
		const ids = new Map();
		const next = states.map((s) => {
			const signature = JSON.stringify([s.lines, s.choices.map((c) => [c.index, c.text, classOf[c.to]])]);
			let id = ids.get(signature);
			if (id === undefined) ids.set(signature, (id = ids.size));
			return id;
		});
		const stable = ids.size === count;
		classOf = next;
		count = ids.size;
		if (stable) break;
	}
	if (count > maxPassages) throw new Error(`the story has ${count} different passages, more than the cap of ${maxPassages}`);
	// Number passages in the order the exploration met them, the start first.
	/** @type {Map<number, number>} */
	const order = new Map();
	for (const c of classOf) if (!order.has(c)) order.set(c, order.size);
	/** @type {Passage[]} */
	const passages = new Array(count);
	/** @param {number} state */
	const passageOf = (state) => order.get(classOf[state] ?? -1) ?? -1;
	states.forEach((s, i) => {
		passages[passageOf(i)] ??= { lines: s.lines, choices: s.choices.map((c) => ({ index: c.index, text: c.text, to: passageOf(c.to) })) };
	});
	return { passages, states: states.length };
}

const passageName = (/** @type {number} */ i) => `p${i + 1}`;

/**
 * The passage text as an author would write it in the format: paragraphs, then one link per choice.
 * @param {Passage} passage
 * @param {FormatSpec} format
 */
function passageText(passage, format) {
	const text = (/** @type {string} */ s) => s.replace(format.special, (c) => `&#${c.charCodeAt(0)};`);
	const blocks = passage.lines.map((line) => `<p>${text(line)}</p>`);
	for (const c of passage.choices) blocks.push(`<p>${format.link(passageName(c.to), c.index, text(c.text))}</p>`);
	return blocks.join(format.join);
}

/**
 * A <tw-storydata> element as Twine 2.6+ publishes it.
 * @param {{ title: string, ifid: string, format: StoryFormat, passages: Passage[], formatKey: FormatKey }} options
 */
function storyData({ title, ifid, format, passages, formatKey }) {
	/** @type {Record<string, string>} */
	const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
	const esc = (/** @type {string} */ s) => s.replace(/[&<>"']/g, (c) => entities[c] ?? c);
	const passageData = passages
		.map(
			(p, i) =>
				`<tw-passagedata pid="${i + 1}" name="${passageName(i)}" tags="" position="${100 + (i % 8) * 125},${100 + Math.floor(i / 8) * 125}" size="100,100">${esc(passageText(p, TWINE_FORMATS[formatKey]))}</tw-passagedata>`
		)
		.join('');
	return (
		`<tw-storydata name="${esc(title)}" startnode="1" creator="Confide bench" creator-version="1" format="${esc(format.name)}" format-version="${esc(format.version)}" ifid="${ifid}" options="" tags="" zoom="1" hidden>` +
		`<style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css"></style><script role="script" id="twine-user-script" type="text/twine-javascript"></script>` +
		`${passageData}</tw-storydata>`
	);
}

/**
 * A stable IFID (Twine's story id, an uppercase UUID v4 form) from the story and the format.
 * @param {...string} parts
 */
function ifidFor(...parts) {
	const h = createHash('sha256').update(parts.join('\0')).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h.charAt(16), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/**
 * Writes outDir/<format>/index.html for each vendored format: one self-contained page, as Twine's
 * "Publish to File" makes it.
 * @param {{ json: string, title: string, outDir: string }} options
 * @returns {{ paths: Record<string, string>, formats: Record<string, string>, passages: number, states: number }}
 */
export function buildTwinePeers({ json, title, outDir }) {
	const graph = storyGraph(json);
	/** @type {Record<string, string>} */
	const paths = {};
	/** @type {Record<string, string>} */
	const formats = {};
	for (const key of /** @type {FormatKey[]} */ (Object.keys(TWINE_FORMATS))) {
		const format = loadFormat(key);
		const data = storyData({ title, ifid: ifidFor(json, key), format, passages: graph.passages, formatKey: key });
		const escTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
		// Function replacements: the template and the story contain `$` sequences.
		const html = format.source.replace(/\{\{STORY_NAME\}\}/g, () => escTitle).replace('{{STORY_DATA}}', () => data);
		const dir = join(outDir, key);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), html);
		paths[key] = `/${key}/`;
		formats[key] = `${format.name} ${format.version}`;
	}
	return { paths, formats, passages: graph.passages.length, states: graph.states };
}
