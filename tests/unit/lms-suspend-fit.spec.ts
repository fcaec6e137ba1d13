/**
 * A catalogue package's suspend data fits SCORM 1.2's 4,096 characters with every shipped vignette
 * in it: the longest of random complete play-throughs (seeded) of each, under each profile, all
 * kept at once (none dropped to make room), must stay under half the limit, so paths the walks did
 * not take still fit.
 */
import { describe, expect, it } from 'vitest';
import { caseEntries } from '../../src/lib/ink/story-folders';
import { compileCase } from '../../src/lib/ink/compile';
import { StoryRunner } from '../../src/lib/ink/runner';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT, type SuspendedCourse } from '../../src/lib/lms/suspend-data';

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
	it('fits SCORM 1.2 with the whole catalogue in one package', () => {
		const course: SuspendedCourse = { attempts: {}, standings: {} };
		const startedAt = 1_700_000_000_000;
		for (const entry of caseEntries(process.cwd(), ['stories'])) {
			const { storyJson, manifest } = compileCase(entry);
			const next = random(14);
			for (const profile of [null, ...manifest.meta.profiles.map((p) => p.id)])
				for (let walk = 0; walk < 8; walk++) {
					const runner = new StoryRunner(storyJson);
					let step = runner.start(profile);
					const choiceLog = [];
					while (!step.ended && step.choices.length > 0) {
						const choice = step.choices[Math.floor(next() * step.choices.length)]!;
						choiceLog.push({ choiceId: choice.id, at: startedAt + 3_600_000 });
						step = runner.choose(choice.id).step;
					}
					// In progress (never dropped to make room), at its last feedback: the longest walk is kept.
					const walked = { attemptId: crypto.randomUUID(), contentHash: manifest.contentHash, profile, mode: 'assessment' as const, phase: 'feedback' as const, startedAt, completedAt: null, reported: 99, choiceLog };
					const kept = course.attempts[manifest.meta.id];
					if (!kept || JSON.stringify(walked).length > JSON.stringify(kept).length) course.attempts[manifest.meta.id] = walked;
					course.standings[manifest.meta.id] = { raw: 99, max: 99, critical: true, completion: 'completed' };
				}
		}
		expect(Object.keys(course.attempts)).toHaveLength(caseEntries(process.cwd(), ['stories']).length);
		const text = encodeSuspendData(course);
		expect(decodeSuspendData(text)?.attempts).toEqual(course.attempts);
		expect(text.length).toBeLessThan(SUSPEND_DATA_LIMIT / 2);
	});
});
