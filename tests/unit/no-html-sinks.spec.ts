// No HTML parsing anywhere in the app: ESLint forbids the HTML sinks in src/, and none is there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { noHtmlSinks } from '../../scripts/lib/eslint-no-html-sinks.js';
import { describe, expect, it } from 'vitest';

const SINKS = /innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|DOMParser|document\.write|\{@html/;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('HTML sinks', () => {
	it('none appears in src/, not even in a comment', () => {
		const found = files('src')
			.filter((f) => /\.(ts|js|svelte)$/.test(f))
			.flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ where: `${f}:${i + 1}`, line })))
			.filter(({ line }) => SINKS.test(line))
			.map(({ where, line }) => `${where}: ${line.trim()}`);
		expect(found).toEqual([]);
	});

	it('eslint.config.js applies the rules to src/', () => {
		expect(readFileSync('eslint.config.js', 'utf8')).toMatch(/files: \['src\/\*\*\/\*\.ts', 'src\/\*\*\/\*\.js', 'src\/\*\*\/\*\.svelte'\],\s*rules: noHtmlSinks/);
	});

	it('the rules reject each sink', () => {
		const probe = [
			'const el = document.createElement("div");',
			'el.innerHTML = location.hash;',
			'el.insertAdjacentHTML("beforeend", location.hash);',
			'console.log(el.outerHTML);',
			'document.createRange().createContextualFragment(location.hash);',
			'document.write(location.hash);',
			'new DOMParser().parseFromString(location.hash, "text/html");',
			''
		].join('\n');
		const messages = new Linter({ configType: 'flat' }).verify(probe, [{ rules: noHtmlSinks }], 'probe.js');
		const flagged = messages.filter((m) => /never as HTML/.test(m.message)).map((m) => m.line);
		expect(flagged).toEqual([2, 3, 4, 5, 6, 7]);
	});
});
