import { describe, expect, it } from 'vitest';
import { compileCase } from './compile';
import { openingOf } from './opening';
import { openingPassage } from '../opening/opening-types';
import { StoryRunner } from './runner';
import { startPlay } from '../domain/advance';

describe('openingOf: the first passage a new attempt shows, worked out at build time', () => {
	it('is what the story shows when it starts, under every profile, kept once when they agree', () => {
		const { manifest, storyJson } = compileCase('stories/jordan/main.ink');
		const opening = openingOf(storyJson, manifest);
		expect(opening).not.toBeNull();
		expect(Object.keys(opening!.byProfile)).toEqual(manifest.meta.profiles.map((p) => p.id));
		for (const { id } of manifest.meta.profiles) {
			const play = startPlay(new StoryRunner(storyJson).start(id), 0);
			expect(openingPassage(opening, id)).toEqual({ transcript: play.transcript, choices: play.choices });
		}
		expect(manifest.meta.profiles.length).toBeGreaterThan(1);
		expect(opening!.passages.length).toBeLessThanOrEqual(manifest.meta.profiles.length);
	});

	it('keys a vignette without profiles by the empty profile', () => {
		const { manifest, storyJson } = compileCase('tests/fixtures/stories/tiny/main.ink');
		const opening = openingOf(storyJson, manifest);
		expect(manifest.meta.profiles).toEqual([]);
		expect(openingPassage(opening, null)?.choices.map((c) => c.id)).toEqual(['V99.D99.1.b', 'V99.D99.1.a', 'V99.D99.1.c']);
	});

	it('is null for a story that cannot start, so the page opens as the app decides', () => {
		const { manifest } = compileCase('tests/fixtures/stories/tiny/main.ink');
		expect(openingOf('{"not":"a story"}', manifest)).toBeNull();
	});
});
