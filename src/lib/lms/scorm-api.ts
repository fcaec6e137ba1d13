/**
 * Finds the LMS's SCORM API object and gives it one shape for both versions. The search is the
 * standards' own: walk up the parent frames (at most 500 steps), then the opener's frames;
 * `API` for SCORM 1.2, `API_1484_11` for 2004. A frame of another origin is skipped, not fatal.
 */
import type { ScormVersion } from './scorm-model';

/** The calls the LMS offers, as SCORM 1.2 names them. */
interface Api12 {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string | number;
}

/** ... and as SCORM 2004 names them. */
interface Api2004 {
	Initialize(arg: ''): string;
	Terminate(arg: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(arg: ''): string;
	GetLastError(): string | number;
}

/** One shape for both: each call answers true when the LMS said "true". */
export interface ScormApi {
	readonly version: ScormVersion;
	initialize(): boolean;
	terminate(): boolean;
	get(element: string): string;
	set(element: string, value: string): boolean;
	commit(): boolean;
	lastError(): number;
}

const MAX_STEPS = 500;
const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** The API object on `win` or one of its parents, if a frame of our own reach has it. */
function searchUp(win: Window, name: string): unknown {
	let current: Window = win;
	for (let steps = 0; steps <= MAX_STEPS; steps++) {
		try {
			const api = (current as unknown as Record<string, unknown>)[name];
			if (api && typeof api === 'object') return api;
		} catch {
			// A frame of another origin: its properties cannot be read; look further up.
		}
		if (!current.parent || current.parent === current) return undefined;
		current = current.parent;
	}
	return undefined;
}

/** The SCORM API of the given version, found from `win` per the standard's search. */
export function findApi(win: Window, version: ScormVersion): ScormApi | undefined {
	const name = API_NAME[version];
	let found = searchUp(win, name);
	if (!found) {
		let opener: Window | null;
		try {
			opener = win.opener as Window | null;
		} catch {
			opener = null;
		}
		if (opener) found = searchUp(opener, name);
	}
	if (!found) return undefined;
	return version === '1.2' ? wrap12(found as Api12) : wrap2004(found as Api2004);
}

const isTrue = (answer: unknown) => String(answer) === 'true';

function wrap12(api: Api12): ScormApi {
	return {
		version: '1.2',
		initialize: () => isTrue(api.LMSInitialize('')),
		terminate: () => isTrue(api.LMSFinish('')),
		get: (element) => String(api.LMSGetValue(element) ?? ''),
		set: (element, value) => isTrue(api.LMSSetValue(element, value)),
		commit: () => isTrue(api.LMSCommit('')),
		lastError: () => Number(api.LMSGetLastError())
	};
}

function wrap2004(api: Api2004): ScormApi {
	return {
		version: '2004',
		initialize: () => isTrue(api.Initialize('')),
		terminate: () => isTrue(api.Terminate('')),
		get: (element) => String(api.GetValue(element) ?? ''),
		set: (element, value) => isTrue(api.SetValue(element, value)),
		commit: () => isTrue(api.Commit('')),
		lastError: () => Number(api.GetLastError())
	};
}
