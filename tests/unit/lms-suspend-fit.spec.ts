/**
 * Every shipped vignette's suspend data fits SCORM 1.2's 4,096 characters: random complete
 * play-throughs (seeded) of each, under each profile, must stay under half the limit, so paths
 * the walks did not take still fit.
 */
import { describe, expect, it } from 'vitest';
import { caseEntries } from '../../src/lib/ink/story-folders';
import { compileCase } from '../../src/lib/ink/compile';
import { StoryRunner } from '../../src/lib/ink/runner';
import { encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/lib/lms/suspend-data';

/** mulberry32: a small seeded generator, so every run walks the same paths. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('suspend data of the shipped vignettes', () => {
	for (const entry of caseEntries(process.cwd(), ['stories'])) {
		it(`fits SCORM 1.2 for ${entry.split('/').at(-2)}`, () => {
			const { storyJson, manifest } = compileCase(entry);
			const next = random(14);
			let longest = 0;
			for (const profile of [null, ...manifest.meta.profiles.map((p) => p.id)])
				for (let walk = 0; walk < 8; walk++) {
					const runner = new StoryRunner(storyJson);
					let step = runner.start(profile);
					const startedAt = 1_700_000_000_000;
					const choiceLog = [];
					while (!step.ended && step.choices.length > 0) {
						const choice = step.choices[Math.floor(next() * step.choices.length)]!;
						choiceLog.push({ choiceId: choice.id, at: startedAt + 3_600_000 });
						step = runner.choose(choice.id).step;
					}
					const text = encodeSuspendData({
						attemptId: crypto.randomUUID(),
						contentHash: manifest.contentHash,
						profile,
						mode: 'assessment',
						phase: 'ended',
						startedAt,
						completedAt: startedAt + 3_600_000,
						interactionBase: 99,
						choiceLog
					});
					longest = Math.max(longest, text.length);
				}
			expect(longest).toBeLessThan(SUSPEND_DATA_LIMIT / 2);
		});
	}
});
