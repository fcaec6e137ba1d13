import { describe, expect, it } from 'vitest';
import { lmsStandardOf } from './lms-standard';

describe('lmsStandardOf', () => {
	it("reads the standard the package's manifest put in the launch", () => {
		for (const standard of ['scorm12', 'scorm2004', 'cmi5'] as const) expect(lmsStandardOf(new URLSearchParams(`lms=${standard}&profile=tx`))).toBe(standard);
	});

	it('without it, knows a cmi5 launch by its parameters, and leaves SCORM to finding the API', () => {
		expect(lmsStandardOf(new URLSearchParams('endpoint=https%3A%2F%2Flms%2Fxapi%2F&fetch=https%3A%2F%2Flms%2Ff'))).toBe('cmi5');
		expect(lmsStandardOf(new URLSearchParams('lms=aicc'))).toBeNull();
		expect(lmsStandardOf(new URLSearchParams(''))).toBeNull();
	});
});
