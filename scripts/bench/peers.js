// The pages Confide's first case page is compared with, built by the bench from the same story
// so that every page shows the same first passage and the same first choices:
//
//   floor/   the first passage and its choices as plain HTML, no script: the fastest any page
//            showing that choice can be (a lower bound, not a player);
//   inkjs/   a vanilla inkjs player in the style of Inky's web export (about 40 lines): the
//            runtime, the compiled story JSON, and a loop that prints text and choice buttons;
//   chapbook/, sugarcube/
//            the story as a Twine 2 story published to a file in Chapbook 2 and SugarCube 2
//            (scripts/bench/twine-peers.js, formats vendored in scripts/bench/vendor/).
//
// All mark their choices with data-choice-id, as Confide does, so one probe measures them all.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Compiler } from 'inkjs/full';
import { Story } from 'inkjs';
import { buildTwinePeers } from './twine-peers.js';

const require = createRequire(import.meta.url);

const STYLE = `body{font:1.125rem/1.6 system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:1rem;color:#1b1b1b}
button{display:block;width:100%;margin:.5rem 0;padding:.75rem 1rem;font:inherit;text-align:left;cursor:pointer}`;

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Runs the story to its first choice: the text shown and the choices offered. */
function firstPassage(json) {
	const story = new Story(json);
	const lines = [];
	while (story.canContinue) {
		const line = story.Continue().trim();
		if (line) lines.push(line);
	}
	if (!story.currentChoices.length) throw new Error('the story offers no choice before it ends');
	return { lines, choices: story.currentChoices.map((c) => c.text) };
}

const VANILLA_PLAYER = `(async () => {
	const story = new inkjs.Story(await (await fetch('story.json')).json());
	const main = document.querySelector('main');
	function continueStory() {
		const choices = main.querySelector('.choices');
		if (choices) choices.remove();
		while (story.canContinue) {
			const text = story.Continue().trim();
			if (!text) continue;
			const p = document.createElement('p');
			p.textContent = text;
			main.append(p);
		}
		if (!story.currentChoices.length) return;
		const list = document.createElement('div');
		list.className = 'choices';
		for (const choice of story.currentChoices) {
			const button = document.createElement('button');
			button.textContent = choice.text;
			button.dataset.choiceId = String(choice.index);
			button.addEventListener('click', () => {
				story.ChooseChoiceIndex(choice.index);
				continueStory();
			});
			list.append(button);
		}
		main.append(list);
	}
	continueStory();
})();
`;

const page = (title, body, head = '') =>
	`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style>${head}</head>\n<body><main>${body}</main></body></html>\n`;

/**
 * Writes the peer pages for one story into outDir (replacing what was there).
 * @param {{ inkFile: string, outDir: string }} options
 * @returns {{ paths: { inkjs: string, floor: string, chapbook: string, sugarcube: string }, firstChoices: number, twine: { formats: Record<string, string>, passages: number, states: number } }}
 */
export function buildPeers({ inkFile, outDir }) {
	const source = readFileSync(inkFile, 'utf8');
	const compiler = new Compiler(source);
	const json = compiler.Compile().ToJson();
	if (!json || compiler.errors.length) throw new Error(`inkjs could not compile ${inkFile}: ${compiler.errors.join('; ')}`);
	const first = firstPassage(json);
	rmSync(outDir, { recursive: true, force: true });

	const floorDir = join(outDir, 'floor');
	mkdirSync(floorDir, { recursive: true });
	const floorBody =
		first.lines.map((line) => `<p>${escape(line)}</p>`).join('\n') +
		`\n<div class="choices">${first.choices.map((c, i) => `<button data-choice-id="${i}">${escape(c)}</button>`).join('')}</div>`;
	writeFileSync(join(floorDir, 'index.html'), page('Floor: first passage as HTML', floorBody));

	const inkDir = join(outDir, 'inkjs');
	mkdirSync(inkDir, { recursive: true });
	writeFileSync(join(inkDir, 'story.json'), json);
	writeFileSync(join(inkDir, 'ink.js'), readFileSync(require.resolve('inkjs')));
	writeFileSync(join(inkDir, 'player.js'), VANILLA_PLAYER);
	writeFileSync(join(inkDir, 'index.html'), page('Vanilla inkjs player', '', '<script src="ink.js" defer></script><script src="player.js" defer></script>'));

	const title = new Story(json).globalTags?.find((t) => /^title:/.test(t))?.replace(/^title:\s*/, '') ?? 'Story';
	const twine = buildTwinePeers({ json, title, outDir });
	return {
		paths: { inkjs: '/inkjs/', floor: '/floor/', ...twine.paths },
		firstChoices: first.choices.length,
		twine: { formats: twine.formats, passages: twine.passages, states: twine.states }
	};
}
