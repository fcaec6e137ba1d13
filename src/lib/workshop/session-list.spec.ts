import { describe, expect, it } from 'vitest';
import { sessionNames } from './session-list';

const profiles = [
	{ id: 'ca', label: 'Modeled on California', practiceOnly: false, setting: [], jurisdictions: [] },
	{ id: 'tx', label: 'Modeled on Texas', practiceOnly: true, setting: [], jurisdictions: [] }
];
const entry = { title: 'Jordan', profiles };

describe('sessionNames', () => {
	it('names the vignette and the profile the session was started with', () => {
		expect(sessionNames({ caseId: 'jordan', profile: 'tx' }, entry)).toEqual({ title: 'Jordan', profile: 'Modeled on Texas' });
	});
	it('names the primary profile for a session stored without one, and none for a vignette without profiles', () => {
		expect(sessionNames({ caseId: 'jordan', profile: null }, entry)).toEqual({ title: 'Jordan', profile: 'Modeled on California' });
		expect(sessionNames({ caseId: 'dana', profile: null }, { title: 'Dana', profiles: [] })).toEqual({ title: 'Dana', profile: null });
	});
	it('shows the stored ids when the vignette or its profile is no longer in the build', () => {
		expect(sessionNames({ caseId: 'jordan', profile: 'ny' }, entry)).toEqual({ title: 'Jordan', profile: 'ny' });
		expect(sessionNames({ caseId: 'gone', profile: 'ca' }, undefined)).toEqual({ title: 'gone', profile: 'ca' });
	});
});
