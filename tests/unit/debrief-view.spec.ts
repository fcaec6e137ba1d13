/**
 * The debrief and the path map rendered on the server (svelte/server), for the props the case page
 * does not use yet: practice buttons, a practice debrief, assessment mode, a profile, frequencies.
 * The browser spec tests/e2e/debrief.spec.ts covers the debrief as the case page shows it.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DebriefView from '../../src/lib/components/DebriefView.svelte';
import PathMap from '../../src/lib/components/PathMap.svelte';
import { buildDebrief, ledgerEntry } from '../../src/lib/domain/scoring';
import type { CaseManifest } from '../../src/lib/domain/types';
import { compileCase } from '../../src/lib/ink/compile';

const dana = compileCase('stories/dana/main.ink').manifest;
const jordan = compileCase('stories/jordan/main.ink').manifest;

function debriefOf(manifest: CaseManifest, picks: string[], profile: string | null = null) {
	const options = manifest.decisions.flatMap((d) => d.options);
	const ledger = picks.map((id) => ledgerEntry(options.find((o) => o.id === id)!, profile ?? undefined));
	return buildDebrief(ledger, manifest.decisions, profile ?? undefined);
}

/** Text without tags, entities decoded as far as these views produce them. */
const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<(?:[^>"]|"[^"]*")*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
const all = (html: string, attr: string) => [...html.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);
/** Ids of the option nodes carrying a flag attribute. */
const flagged = (html: string, flag: string) =>
	[...html.matchAll(/<g [^>]*data-option-id="([^"]+)"[^>]*>/g)].filter((m) => new RegExp(`\\s${flag}(=""|\\s|>)`).test(m[0])).map((m) => m[1]!);

const PICKS = ['V1.D1.1.b', 'V1.D1.2.a', 'V1.D1.3.c', 'V1.D1.5.c'];

describe('DebriefView', () => {
	it('offers "Try decision N again" on every decision when onpractice is given, described by its title', () => {
		const { body } = render(DebriefView, {
			props: { debrief: debriefOf(dana, PICKS), manifest: dana, profile: null, mode: 'learning', onpractice: () => {}, onrestart: () => {} }
		});
		expect(all(body, 'data-practice-decision')).toEqual(['V1.D1.1', 'V1.D1.2', 'V1.D1.3', 'V1.D1.5']);
		const buttons = [...body.matchAll(/<button[^>]*data-practice-decision="[^"]+"[^>]*>([^<]*)<\/button>/g)];
		expect(buttons.map((b) => b[1]!.trim())).toEqual(['Try decision 1 again', 'Try decision 2 again', 'Try decision 3 again', 'Try decision 4 again']);
		for (const [i, b] of buttons.entries()) {
			const described = /aria-describedby="([^"]+)"/.exec(b[0])![1]!;
			const heading = new RegExp(`<h4[^>]*id="${described}"[^>]*>([^]*?)</h4>`).exec(body);
			expect(text(heading![1]!)).toBe(`Decision ${i + 1}: ${dana.decisions[i]!.title}`);
		}
		expect(body).toContain('data-action="restart"');
		expect(text(body)).toContain('Learning (feedback after each decision)');
	});

	it('has no practice or restart buttons in a print or report view', () => {
		const { body } = render(DebriefView, { props: { debrief: debriefOf(dana, PICKS), manifest: dana, profile: null, mode: 'assessment' } });
		expect(all(body, 'data-practice-decision')).toEqual([]);
		expect(body).not.toContain('<button');
		expect(text(body)).toContain('Mode: Assessment (feedback at the end)');
		expect(body).toContain('data-path-map');
	});

	it('a practice debrief says where it started and that the recorded result does not change', () => {
		const fromD3 = PICKS.slice(2);
		const { body } = render(DebriefView, {
			props: { debrief: debriefOf(dana, fromD3), manifest: dana, profile: null, mode: 'learning', practiceFrom: 'V1.D1.3' }
		});
		const page = text(body);
		expect(page).toContain('Practice debrief: from decision 3');
		expect(page).toMatch(/Practice never changes the recorded result/);
		expect(all(body, 'data-path-step')).toEqual(['V1.D1.3', 'V1.D1.5']);
		expect(flagged(body, 'data-on-path')).toEqual(fromD3);
		expect(flagged(body, 'data-best')).toEqual(['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']);
		expect(page).toContain(`Not on this path: D1, ${dana.decisions[0]!.title}; D2, ${dana.decisions[1]!.title}.`);
		// Without practiceFrom, the plain heading and no note.
		const plain = text(render(DebriefView, { props: { debrief: debriefOf(dana, PICKS), manifest: dana, profile: null, mode: 'learning' } }).body);
		expect(plain).not.toContain('Practice');
	});

	it('names the jurisdiction profile it was scored under and uses its verdicts', () => {
		const picks = ['V2.D2.1.a', 'V2.D2.2.b', 'V2.D2.3.a', 'V2.D2.4.a'];
		const { body } = render(DebriefView, { props: { debrief: debriefOf(jordan, picks, 'tx'), manifest: jordan, profile: 'tx', mode: 'learning' } });
		const tx = jordan.meta.profiles.find((p) => p.id === 'tx')!;
		expect(text(body)).toContain(`Scored under: ${tx.label}`);
		// Under tx, D2.3.a is an over-disclosure and D2.3.e is best.
		expect(flagged(body, 'data-best')).toContain('V2.D2.3.e');
		expect(text(body)).toContain('Error: unwarranted breach (over-disclosure)');
	});
});

describe('PathMap for an instructor', () => {
	it('shows counts and shares per option and draws common paths thicker', () => {
		const frequencies = { 'V1.D1.1.a': 6, 'V1.D1.1.b': 3, 'V1.D1.1.c': 1 };
		const { body } = render(PathMap, { props: { manifest: dana, profile: null, frequencies, total: 10 } });
		const page = text(body);
		// Nodes and steps name options by their place in the order offered, never by id letter.
		const label = (id: string) => dana.decisions[0]!.options.findIndex((o) => o.id === id) + 1;
		expect(page).toContain(`${label('V1.D1.1.a')} best 6 · 60%`);
		expect(page).toContain(`${label('V1.D1.1.b')} critical 3 · 30%`);
		const counts = Object.entries(frequencies)
			.map(([id, n]) => [label(id), `option ${label(id)} by ${n} (${n * 10}%)`] as const)
			.sort(([a], [b]) => a - b);
		expect(page).toContain(`chosen: ${counts.map(([, t]) => t).join(', ')}`);
		expect(page).toContain('thicker lines, more common paths');
		const width = (id: string) => Number(new RegExp(`d="[^"]*" stroke-width="([\\d.]+)" data-edge="${id}"`).exec(body)?.[1]);
		expect(width('V1.D1.1.a->V1.D1.2')).toBeGreaterThan(width('V1.D1.1.b->V1.D1.2'));
		expect(width('V1.D1.1.b->V1.D1.2')).toBeGreaterThan(width('V1.D1.1.c->V1.D1.2'));
		// No trainee path: no dashed route, no legend entry for it, every decision described.
		expect(body).not.toContain('data-trainee-edge');
		expect(page).not.toContain('Your path');
		expect(all(body, 'data-path-step')).toEqual(['V1.D1.1', 'V1.D1.2', 'V1.D1.3', 'V1.D1.5']);
	});
});
