// The xss fixture vignette compiles, and the build keeps every payload as the exact text an
// author wrote: nothing escaped, unescaped, stripped or turned into markup on the way.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileCase } from '../../src/lib/ink/compile';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

const compiled = compileCase('tests/fixtures/stories/xss/main.ink', { root: process.cwd() });

/** Every string in the compiled manifest (what the catalogue and the case page read). */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('the xss fixture', () => {
	const { meta, decisions } = compiled.manifest;
	const firstPassage = new Story(compiled.storyJson).ContinueMaximally().split('\n');
	const manifestText = strings(compiled.manifest);

	it.each(XSS_PAYLOADS)('keeps "$name" literally in the story text and in the manifest', ({ text }) => {
		expect(firstPassage.some((line) => line.includes(text))).toBe(true);
		expect(manifestText.some((s) => s.includes(text))).toBe(true);
	});

	it('puts payloads in every text slot', () => {
		const has = (s: string | undefined) => XSS_PAYLOADS.some((p) => s?.includes(p.text));
		const slots: Record<string, string | undefined> = {
			title: meta.title,
			summary: meta.summary,
			intake: meta.intake,
			'content note': meta.contentNotes[0],
			'content note 2': meta.contentNotes[1],
			'setting row value': meta.setting[0]?.value,
			'setting row label': meta.setting[1]?.label,
			jurisdictions: meta.jurisdictions[0],
			objective: meta.objectives[0],
			'profile label': meta.profiles[0]?.label,
			'profile label 2': meta.profiles[1]?.label
		};
		decisions.forEach((d, i) => {
			slots[`decision ${i + 1} title`] = d.title;
			d.options.forEach((o) => {
				slots[`${o.id} text`] = o.text;
				slots[`${o.id} rationale`] = o.base.rationale;
				slots[`${o.id} cite`] = o.base.cite;
			});
		});
		expect(Object.entries(slots).filter(([, s]) => !has(s)).map(([name]) => name)).toEqual([]);
	});
});
