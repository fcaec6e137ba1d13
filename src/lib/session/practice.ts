/**
 * "Try this decision again": a practice run replays a finished attempt's choices up to one
 * decision and plays on from there. It is a new record marked as practice, so the recorded
 * attempt and its result never change.
 */
import type { AttemptRecord } from '../domain/attempt';
import type { CaseManifest } from '../domain/types';
import type { StoryPort } from '../ink/runner';
import { replay } from './resume';

export type PracticePlan = { ok: true; practice: AttemptRecord } | { ok: false; reason: string };

/**
 * Positions `story` at `decisionId` as the attempt met it and returns the unsaved practice record
 * (revision 0, phase choosing). Practising a practice run practises the same recorded attempt.
 */
export function planPractice(
	source: AttemptRecord,
	decisionId: string,
	manifest: CaseManifest,
	story: StoryPort,
	ids: { newId: () => string; now: () => number }
): PracticePlan {
	const decision = manifest.decisions.find((d) => d.id === decisionId);
	if (!decision) return { ok: false, reason: `this vignette has no decision ${decisionId}` };
	const optionIds = new Set(decision.options.map((o) => o.id));
	const at = source.choiceLog.findIndex((c) => optionIds.has(c.choiceId));
	if (at === -1) return { ok: false, reason: `the attempt did not reach decision ${decisionId}` };
	const plan = replay({ ...source, phase: 'choosing', choiceLog: source.choiceLog.slice(0, at) }, manifest, story);
	if (plan.kind === 'outdated') return { ok: false, reason: `the attempt no longer fits this vignette (${plan.reason})` };
	const now = ids.now();
	return {
		ok: true,
		practice: {
			...plan.attempt,
			id: ids.newId(),
			mode: 'learning',
			practice: { of: source.practice?.of ?? source.id, fromDecision: decisionId },
			status: 'active',
			phase: 'choosing',
			startedAt: now,
			updatedAt: now,
			completedAt: null,
			revision: 0
		}
	};
}
