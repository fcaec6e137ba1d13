import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { practiceOnlyCheck } from '../content/review';
import { certificateGroups, chosenAttempts, practiceOnlyLeftOutCount, traineeName, unearnedLeftOutCount } from './certificate';
import { profileLabel } from './profile';
import { BREAK_CAP_MS, formatDate, formatDateTime, formatDuration, formatTime, timeOnTask } from '../content/time';

const MIN = 60_000;

function attempt(over: Partial<AttemptRecord>): AttemptRecord {
	return {
		id: 'a',
		caseId: 'dana',
		contentHash: 'h',
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: 2,
		mode: 'learning',
		practice: null,
		status: 'completed',
		phase: 'ended',
		startedAt: 0,
		updatedAt: 10 * MIN,
		completedAt: 10 * MIN,
		inkState: null,
		choiceLog: [],
		transcript: [],
		passageStart: 0,
		ledger: [],
		revision: 1,
		...over
	};
}

describe('timeOnTask', () => {
	it('adds the gaps from start through each choice to the end', () => {
		const a = attempt({ startedAt: 1000, completedAt: 1000 + 9 * MIN, choiceLog: [{ choiceId: 'x', at: 1000 + 2 * MIN }, { choiceId: 'y', at: 1000 + 5 * MIN }] });
		expect(timeOnTask(a)).toBe(9 * MIN);
	});

	it('counts a long break as the cap only', () => {
		const a = attempt({ startedAt: 0, choiceLog: [{ choiceId: 'x', at: 3 * MIN }, { choiceId: 'y', at: 3 * MIN + 2 * 24 * 60 * MIN }], completedAt: 3 * MIN + 2 * 24 * 60 * MIN + MIN });
		expect(timeOnTask(a)).toBe(3 * MIN + BREAK_CAP_MS + MIN);
		expect(timeOnTask(a, 30 * MIN)).toBe(3 * MIN + 30 * MIN + MIN);
	});

	it('runs to the last save of an unfinished attempt', () => {
		expect(timeOnTask(attempt({ status: 'active', completedAt: null, startedAt: 0, updatedAt: 4 * MIN }))).toBe(4 * MIN);
	});

	it("leaves out a practice run's replayed choices, which carry older times", () => {
		const practice = attempt({
			practice: { of: 'a0', fromDecision: 'V1.D1.2' },
			startedAt: 100 * MIN,
			completedAt: 106 * MIN,
			choiceLog: [{ choiceId: 'old', at: 2 * MIN }, { choiceId: 'new', at: 103 * MIN }]
		});
		expect(timeOnTask(practice)).toBe(6 * MIN);
	});

	it('is never negative, even for a clock that went backwards', () => {
		expect(timeOnTask(attempt({ startedAt: 10 * MIN, completedAt: 5 * MIN }))).toBe(0);
	});
});

describe('formatDuration', () => {
	it('states whole minutes, and hours past an hour', () => {
		expect(formatDuration(0)).toBe('less than a minute');
		expect(formatDuration(29_000)).toBe('less than a minute');
		expect(formatDuration(31_000)).toBe('1 min');
		expect(formatDuration(12 * MIN + 10_000)).toBe('12 min');
		expect(formatDuration(59 * MIN + 40_000)).toBe('1 h 00 min');
		expect(formatDuration(65 * MIN)).toBe('1 h 05 min');
		expect(formatDuration(-5)).toBe('less than a minute');
	});
});

describe('formatDateTime, formatDate and formatTime', () => {
	it('use the given locale and time zone', () => {
		const at = Date.UTC(2026, 10, 3, 14, 5);
		expect(formatDate(at, 'en-GB', 'UTC')).toBe('3 Nov 2026');
		expect(formatTime(at, 'en-GB', 'UTC')).toBe('14:05');
		expect(formatTime(at, 'en-US', 'America/New_York').replace(/\s/g, ' ')).toBe('9:05 AM');
		expect(formatDateTime(at, 'en-GB', 'UTC')).toBe('3 Nov 2026, 14:05');
		// Some ICU versions put a narrow no-break space before AM.
		expect(formatDateTime(at, 'en-US', 'America/New_York').replace(/\s/g, ' ')).toBe('Nov 3, 2026, 9:05 AM');
	});
});

describe('certificateGroups', () => {
	const none = () => false;
	const all = () => true;
	const attempts = [
		attempt({ id: 'd-old', caseId: 'dana', completedAt: 1 * MIN }),
		attempt({ id: 'd-new', caseId: 'dana', completedAt: 5 * MIN }),
		attempt({ id: 'd-practice', caseId: 'dana', completedAt: 9 * MIN, practice: { of: 'd-new', fromDecision: 'V1.D1.3' } }),
		attempt({ id: 'd-active', caseId: 'dana', status: 'active', completedAt: null, updatedAt: 10 * MIN }),
		attempt({ id: 'd-abandoned', caseId: 'dana', status: 'abandoned', completedAt: null }),
		attempt({ id: 'j-tx', caseId: 'jordan', profile: 'tx', completedAt: 3 * MIN }),
		attempt({ id: 'j-ca', caseId: 'jordan', profile: 'ca', completedAt: 2 * MIN }),
		attempt({ id: 'x', caseId: 'gone', completedAt: 2 * MIN }),
		attempt({ id: 't', caseId: 'tiny', completedAt: 2 * MIN })
	];

	it('lists completed recorded attempts only, by vignette order then profile, newest first', () => {
		const groups = certificateGroups(attempts, ['dana', 'jordan', 'tiny'], none, all);
		expect(groups.map((g) => [g.caseId, g.profile, g.attempts.map((a) => a.id)])).toEqual([
			['dana', null, ['d-new', 'd-old']],
			['jordan', 'ca', ['j-ca']],
			['jordan', 'tx', ['j-tx']],
			['tiny', null, ['t']],
			['gone', null, ['x']]
		]);
	});

	it("leaves out attempts under a profile that is now practice only (stored before it was), and counts them", () => {
		const txPracticeOnly = practiceOnlyCheck([
			{
				id: 'jordan',
				profiles: [
					{ id: 'ca', label: 'CA', practiceOnly: false, setting: [], jurisdictions: [] },
					{ id: 'tx', label: 'TX', practiceOnly: true, setting: [], jurisdictions: [] }
				]
			}
		]);
		const groups = certificateGroups(attempts, ['dana', 'jordan', 'tiny'], txPracticeOnly, all);
		expect(groups.map((g) => JSON.parse(g.key))).toEqual([['dana', null], ['jordan', 'ca'], ['tiny', null], ['gone', null]]);
		expect(practiceOnlyLeftOutCount(attempts, txPracticeOnly)).toBe(1);
		// Unfinished or practice runs under it are not "left out": they were never listed.
		expect(practiceOnlyLeftOutCount([attempt({ caseId: 'jordan', profile: 'tx', status: 'active', completedAt: null })], txPracticeOnly)).toBe(0);
	});

	it('never lists an attempt whose scores its choices do not earn (or of content this build lacks), and counts it', () => {
		const earned = (a: AttemptRecord) => a.caseId !== 'gone' && a.id !== 'd-new';
		const groups = certificateGroups(attempts, ['dana', 'jordan', 'tiny'], none, earned);
		expect(groups.map((g) => [g.caseId, g.attempts.map((a) => a.id)])).toEqual([
			['dana', ['d-old']],
			['jordan', ['j-ca']],
			['jordan', ['j-tx']],
			['tiny', ['t']]
		]);
		expect(unearnedLeftOutCount(attempts, none, earned)).toBe(2);
	});

	it('has nothing to list when nothing is completed', () => {
		expect(certificateGroups([attempts[2]!, attempts[3]!, attempts[4]!], ['dana'], none, all)).toEqual([]);
	});

	it('takes the latest attempt of each group unless another one of that group is chosen', () => {
		const groups = certificateGroups(attempts, ['dana', 'jordan', 'tiny'], none, all);
		expect(chosenAttempts(groups).map((a) => a.id)).toEqual(['d-new', 'j-ca', 'j-tx', 't', 'x']);
		const dana = groups[0]!.key;
		const jordanCa = groups[1]!.key;
		expect(chosenAttempts(groups, { [dana]: 'd-old' }).map((a) => a.id)).toEqual(['d-old', 'j-ca', 'j-tx', 't', 'x']);
		// An id from another group (or a practice run) is not taken.
		expect(chosenAttempts(groups, { [dana]: 'd-practice', [jordanCa]: 'j-tx' }).map((a) => a.id)).toEqual(['d-new', 'j-ca', 'j-tx', 't', 'x']);
	});
});

describe('traineeName', () => {
	it('trims, and gives null for nothing', () => {
		expect(traineeName('  Sam K. ')).toBe('Sam K.');
		expect(traineeName('   ')).toBeNull();
		expect(traineeName(null)).toBeNull();
	});
});

describe('profileLabel', () => {
	const profiles = [
		{ id: 'ca', label: 'Modelled on California' },
		{ id: 'tx', label: 'Modelled on Texas' }
	];
	it('names the profile, the primary one for null, and nothing for a vignette without profiles', () => {
		expect(profileLabel(profiles, 'tx')).toBe('Modelled on Texas');
		expect(profileLabel(profiles, null)).toBe('Modelled on California');
		expect(profileLabel([], null)).toBeNull();
		expect(profileLabel(profiles, 'ny')).toBe("profile 'ny' (no longer in this vignette)");
	});
});
