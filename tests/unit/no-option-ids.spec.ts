/**
 * Option ids and their letters are never shown (CONTENT.md 0.3, 0.4 item 5): the feedback, the
 * debrief, the path map, the answer key and the class summary, rendered on the server from the
 * real vignettes with every option chosen, show display labels (1, 2, 3... in the order offered)
 * and keep ids in data attributes only.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DebriefView from '../../src/lib/components/DebriefView.svelte';
import FeedbackPanel from '../../src/lib/components/FeedbackPanel.svelte';
import VignetteReport from '../../src/lib/components/instructor/VignetteReport.svelte';
import { optionLabel } from '../../src/lib/domain/option-labels';
import { buildDebrief, ledgerEntry, reviewDecision } from '../../src/lib/domain/scoring';
import type { CaseManifest } from '../../src/lib/domain/types';
import { compileCase } from '../../src/lib/ink/compile';
import { summariseClass } from '../../src/lib/instructor/class-summary';
import { attempt, demoCheck, exportOf } from './support/instructor-demo';
import AnswerKeyPage from '../../src/routes/instructor/key/[id]/+page.svelte';

const dana = compileCase('stories/dana/main.ink').manifest;
const jordan = compileCase('stories/jordan/main.ink').manifest;

const OPTION_ID = /V\d+\.D\d+\.\d+\.[a-z]/;
/** A lone letter where an option is named: "chose b,", "best was a,", "Option c:", "a 3 (75%)". */
const LETTER_LABEL = /\b(?:chose|was|is|[Oo]ption) [a-z]\b[,:)]|\b[a-z] \d+ \(\d+%\)/;

const decode = (s: string) =>
	s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** What a person reads: text content, plus the attributes a screen reader or a tooltip shows. */
function readable(html: string): string {
	const attributes = [...html.matchAll(/\s(?:aria-label|aria-description|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]!);
	const text = html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<(?:[^>"]|"[^"]*")*>/g, ' ')
		.replace(/\s+/g, ' ');
	return decode([text, ...attributes].join(' \n ')).trim();
}

function expectNoIds(html: string, what: string) {
	const text = readable(html);
	expect(text, `${what}: an option id`).not.toMatch(OPTION_ID);
	expect(text, `${what}: an option named by a letter`).not.toMatch(LETTER_LABEL);
	// Path map nodes: the label is a number, then the verdict word.
	for (const [, label] of html.matchAll(/<text class="option-label[^"]*"[^>]*>([^]*?)<\/text>/g))
		expect(readable(label!), `${what}: a path map node label`).toMatch(/^\d+ (?:best|acceptable|error|critical)$/);
}

/** Ledgers that between them choose every option of the vignette. */
function runs(manifest: CaseManifest, profile?: string) {
	const widest = Math.max(...manifest.decisions.map((d) => d.options.length));
	return Array.from({ length: widest }, (_, k) => manifest.decisions.map((d) => ledgerEntry(d.options[k % d.options.length]!, profile)));
}

describe('nothing a person reads shows an option id or its letter', () => {
	for (const [manifest, profile] of [
		[dana, null],
		[jordan, 'ca'],
		[jordan, 'tx']
	] as const) {
		it(`${manifest.meta.id}${profile ? ` (${profile})` : ''}: feedback after every option`, () => {
			for (const decision of manifest.decisions)
				for (const option of decision.options) {
					const review = reviewDecision(ledgerEntry(option, profile ?? undefined), decision, profile ?? undefined);
					const { body } = render(FeedbackPanel, { props: { review, disabled: false, oncontinue: () => {} } });
					expectNoIds(body, `feedback on ${option.id}`);
					if (review.best) expect(readable(body)).toContain(`The best response: option ${optionLabel(decision, review.best.optionId)}`);
				}
		});

		it(`${manifest.meta.id}${profile ? ` (${profile})` : ''}: the debrief and its path map, for every option`, () => {
			for (const ledger of runs(manifest, profile ?? undefined)) {
				const debrief = buildDebrief(ledger, manifest.decisions, profile ?? undefined);
				const { body } = render(DebriefView, { props: { debrief, manifest, profile, mode: 'learning' } });
				expectNoIds(body, `debrief of ${ledger.map((e) => e.optionId).join(' ')}`);
				const text = readable(body);
				for (const [i, entry] of ledger.entries()) {
					const decision = manifest.decisions[i]!;
					expect(text).toContain(`You chose option ${optionLabel(decision, entry.optionId)}: ${entry.optionText}`);
					// Ids are kept for tests and tools, in data attributes.
					expect(body).toContain(`data-chosen="${entry.optionId}"`);
				}
			}
		});
	}

	it('labels an option the current content no longer has in words', () => {
		const ledger = runs(dana)[0]!;
		ledger[1] = { ...ledger[1]!, optionId: 'V1.D1.2.z', optionText: 'A retired option' };
		const { body } = render(DebriefView, { props: { debrief: buildDebrief(ledger, dana.decisions), manifest: dana, profile: null, mode: 'learning' } });
		expectNoIds(body, 'debrief with a retired option');
		expect(readable(body)).toContain('You chose an option no longer in this vignette: A retired option');
	});

	it('the answer key lists options in the order offered, labelled 1, 2, 3', () => {
		for (const manifest of [dana, jordan]) {
			const { body } = render(AnswerKeyPage, { props: { data: { manifest } } as never });
			expectNoIds(body, `answer key of ${manifest.meta.id}`);
			const headings = [...body.matchAll(/<h3 id="o-([^"]+)"[^>]*>([^]*?)<\/h3>/g)].map((m) => [m[1]!, readable(m[2]!)]);
			expect(headings).toEqual(manifest.decisions.flatMap((d) => d.options.map((o, i) => [o.id, `Option ${i + 1}: ${o.text}`])));
		}
	});

	it('the class summary names options by label, with a retired one in words', () => {
		const manifestAttempt = (ledger: ReturnType<typeof runs>[number]) =>
			attempt([], { caseId: dana.meta.id, contentHash: dana.contentHash, storyVersion: dana.meta.version, ledger });
		const ledgers = runs(dana);
		ledgers[0]![0] = { ...ledgers[0]![0]!, optionId: 'V1.D1.1.z', optionText: 'A retired option', verdict: 'error', kind: 'over' };
		const files = ledgers.map((ledger, i) => exportOf(`t${i}.json`, `T${i}`, [manifestAttempt(ledger)]));
		const [vignette] = summariseClass(files, [dana], demoCheck(dana)).vignettes;
		const { body } = render(VignetteReport, { props: { vignette: vignette!, manifest: dana } });
		expectNoIds(body, 'class summary');
		const text = readable(body);
		expect(text).toContain('An option no longer in this vignette (');
		expect(text).toMatch(/D1: \d → D2: \d → D3: \d → D4: \d/);
		expect(body).toContain('data-option="V1.D1.1.z"');
	});
});
