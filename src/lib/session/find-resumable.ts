/**
 * What a case page resumes: the run a practice link asks for, the active attempt, or a practice run
 * cut short, each replayed on the story as it is now (session/resume.ts). Loaded with the story,
 * when resuming first looks: nothing here is on the way to the first screen.
 */
import type { PracticeOrigin } from '../domain/attempt';
import type { ResumeFound, ResumeQuery } from '../machines/attempt.machine';
import type { Storage } from '../db/storage';
import type { StoryHolder } from './story-holder';
import { planResume } from './resume';

/**
 * What a practice link (`?practise=<id>&from=<decision>`) leads to: the run it started, if one
 * was saved (a reload), else a new run of that finished attempt on this device.
 */
async function followPracticeLink(storage: Extract<Storage, { ok: true }>, story: StoryHolder, query: ResumeQuery, link: PracticeOrigin): Promise<ResumeFound> {
	const caseId = query.manifest.meta.id;
	const named = await storage.attempts.get(link.of);
	// A link to a practice run's report practises the recorded attempt it belongs to.
	const recorded = named?.practice ? await storage.attempts.get(named.practice.of) : named;
	if (!recorded || recorded.caseId !== caseId) return { kind: 'none', invalid: 0, problem: 'that attempt is not on this device' };
	if (recorded.status !== 'completed' || recorded.practice) return { kind: 'none', invalid: 0, problem: 'only a finished attempt can be practiced' };
	const running = (await storage.attempts.findActive(caseId, undefined, 'practice')).value;
	if (running?.practice?.of === recorded.id && running.practice.fromDecision === link.fromDecision) {
		const runner = story.fresh();
		const plan = planResume(running, query.manifest, runner);
		if (plan.kind !== 'outdated') {
			story.use(runner);
			return { kind: plan.kind, attempt: plan.attempt, choices: plan.attempt.phase === 'ended' ? [] : runner.current().choices, recorded, invalid: 0 };
		}
	}
	return { kind: 'practise', request: { source: recorded, recorded, decisionId: link.fromDecision }, invalid: 0 };
}

/**
 * Finds the attempt to go on with: the run a practice link asks for, else the active recorded one
 * (under the link's profile, if it fixed one), else a practice run cut short with the finished
 * attempt it came from. An assessment link never continues a learning attempt (that one would
 * show feedback). The story is left where the attempt stands.
 */
export async function findResumable(storage: Storage, story: StoryHolder, query: ResumeQuery): Promise<ResumeFound> {
	if (!storage.ok) return { kind: 'none', invalid: 0, ...(query.practice ? { problem: 'saved progress cannot be read in this browser' } : {}) };
	// Not awaited: the copy catches up in its own turn, off the way to the first passage.
	void storage.attempts.refreshBackup(query.manifest.meta.id);
	if (query.practice) return followPracticeLink(storage, story, query, query.practice);
	const caseId = query.manifest.meta.id;
	const profile = query.fixedProfile ?? undefined;
	const active = await storage.attempts.findActive(caseId, profile);
	let saved = active.value;
	let recorded = null;
	if (!saved) {
		const practice = (await storage.attempts.findActive(caseId, profile, 'practice')).value;
		const source = practice?.practice ? await storage.attempts.get(practice.practice.of) : undefined;
		if (practice && source?.status === 'completed') {
			saved = practice;
			recorded = source;
		}
	}
	const invalid = active.invalid;
	if (!saved || (query.newMode === 'assessment' && saved.mode !== 'assessment')) return { kind: 'none', invalid };
	const runner = story.fresh();
	const plan = planResume(saved, query.manifest, runner);
	if (plan.kind === 'outdated') return { kind: 'outdated', attempt: plan.attempt, reason: plan.reason, invalid };
	story.use(runner);
	const choices = plan.attempt.phase === 'setting' || plan.attempt.phase === 'ended' ? [] : runner.current().choices;
	return { kind: plan.kind, attempt: plan.attempt, choices, recorded, invalid };
}
