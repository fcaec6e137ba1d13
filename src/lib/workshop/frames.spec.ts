import { describe, expect, it } from 'vitest';
import { compileCase } from '../ink/compile';
import { ledgerEntry } from '../domain/scoring';
import type { CaseManifest } from '../domain/types';
import type { AttemptMirror } from './attempt-mirror';
import { pagesAt, slideAt, type FrameInput } from './frames';
import { START_POSITION, type Round } from './types';

/** A session at its summary, each decision played with option `pick` (by the facilitator). */
function atSummary(manifest: CaseManifest, profile: string | null, pick = 0): FrameInput {
	const played = manifest.decisions.map((d) => d.options[Math.min(pick, d.options.length - 1)]!);
	const ledger = played.map((o) => ledgerEntry(o, profile ?? undefined));
	const rounds: Round[] = manifest.decisions.map((d, i) => ({
		decisionId: d.id,
		options: d.options.map((o) => ({ id: o.id, text: o.text })),
		votes: d.options.map(() => 0),
		openedAt: 0,
		closedAt: 1,
		played: { optionId: played[i]!.id, by: 'override' },
		shown: []
	}));
	const attempt = { ledger } as unknown as AttemptMirror;
	return { manifest, profile, attempt, rounds, position: { ...START_POSITION, stage: 'summary' }, blank: null };
}

/** The summary's pages as the room sees them: each page's steps, then its blocks. */
function summary(input: FrameInput) {
	return Array.from({ length: pagesAt(input) }, (_, page) => {
		const slide = slideAt(input, { ...input.position, page });
		if (slide.kind !== 'summary') throw new Error(slide.kind);
		return slide;
	});
}

describe('the room’s path on the projector', () => {
	it('fills a page before breaking, and never ends one with a heading (Jordan, played to the end)', () => {
		const { manifest } = compileCase('stories/jordan/main.ink');
		const pages = summary(atSummary(manifest, null));
		// Decision 4 and the start of "In other jurisdictions" share a page; its text goes on from there.
		const withHeading = pages.find((p) => p.blocks.some((b) => b.text === 'In other jurisdictions'))!;
		expect(withHeading.blocks.at(-1)!.kind).toBe('text');
		expect(withHeading.steps.length + withHeading.blocks.length).toBeGreaterThan(2);
		expect(pages).toHaveLength(3);
	});

	it('never ends a page with a heading, and keeps every step and line in order, for every vignette and profile', () => {
		for (const id of ['dana', 'eleanor', 'jordan', 'maya', 'theo']) {
			const { manifest } = compileCase(`stories/${id}/main.ink`);
			for (const profile of [null, ...manifest.meta.profiles.map((p) => p.id)]) {
				for (const pick of [0, 1, 2]) {
					const pages = summary(atSummary(manifest, profile, pick));
					for (const [i, page] of pages.slice(0, -1).entries()) expect(page.blocks.at(-1)?.kind, `${id} ${profile} page ${i + 1}`).not.toBe('heading');
					expect(pages.flatMap((p) => p.steps.map((s) => s.number))).toEqual(manifest.decisions.map((_, i) => i + 1));
					const blocks = pages.flatMap((p) => p.blocks);
					expect(blocks.filter((b) => b.kind !== 'text').map((b) => b.text)).toContain('In other jurisdictions');
				}
			}
		}
	});
});
