/**
 * What a cmi5 LMS hands the package when it launches it (cmi5 section 8.1): the xAPI endpoint, a
 * one-time fetch URL for the session's credential, the learner (actor), the registration and the
 * AU's activity id, as launch URL parameters; and, in the State API, the LMS.LaunchData document
 * (section 10): the context template every statement starts from, the launch mode and the mastery
 * score. Pure: read and validated here, never trusted.
 */
import * as v from 'valibot';

export interface Cmi5Launch {
	endpoint: string;
	fetchUrl: string;
	actor: Record<string, unknown>;
	registration: string;
	activityId: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface LaunchData {
	contextTemplate: Record<string, unknown>;
	launchMode: LaunchMode;
	/** 0 to 1: a passed statement's scaled score must reach it, a failed one's must not. */
	masteryScore: number | null;
	moveOn: string | null;
	returnURL: string | null;
}

const KEYS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** An http(s) URL, absolute or resolved against the page (an LMS may give a relative one). */
function httpUrl(value: string, base: string): string | null {
	try {
		const url = new URL(value, base);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The launch parameters, or why this page was not launched by a cmi5 LMS (opened on its own, or a
 * parameter is missing or malformed).
 */
export function readCmi5Launch(query: URLSearchParams, base: string): { ok: true; launch: Cmi5Launch } | { ok: false; reason: string } {
	const missing = KEYS.filter((k) => !query.get(k));
	if (missing.length === KEYS.length) return { ok: false, reason: 'this page was not launched by a cmi5 LMS' };
	if (missing.length) return { ok: false, reason: `the LMS launch is missing ${missing.join(', ')}` };
	const endpoint = httpUrl(query.get('endpoint')!, base);
	const fetchUrl = httpUrl(query.get('fetch')!, base);
	if (!endpoint || !fetchUrl) return { ok: false, reason: 'the LMS launch gives an endpoint or fetch URL that is not a web address' };
	let actor: unknown;
	try {
		actor = JSON.parse(query.get('actor')!);
	} catch {
		return { ok: false, reason: 'the LMS launch gives an actor that is not JSON' };
	}
	if (!actor || typeof actor !== 'object' || Array.isArray(actor)) return { ok: false, reason: 'the LMS launch gives an actor that is not an xAPI agent' };
	const registration = query.get('registration')!;
	if (!UUID.test(registration)) return { ok: false, reason: 'the LMS launch gives a registration that is not a UUID' };
	return {
		ok: true,
		launch: {
			endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
			fetchUrl,
			actor: actor as Record<string, unknown>,
			registration: registration.toLowerCase(),
			activityId: query.get('activityId')!
		}
	};
}

const launchDataSchema = v.object({
	contextTemplate: v.record(v.string(), v.unknown()),
	launchMode: v.picklist(['Normal', 'Browse', 'Review']),
	masteryScore: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
	moveOn: v.optional(v.string()),
	returnURL: v.optional(v.string())
});

/** The LMS.LaunchData document, or why it cannot be used. */
export function readLaunchData(raw: unknown): { ok: true; data: LaunchData } | { ok: false; reason: string } {
	const parsed = v.safeParse(launchDataSchema, raw);
	if (!parsed.success) return { ok: false, reason: `the LMS launch data is not usable (${parsed.issues[0]?.message ?? 'invalid'})` };
	const d = parsed.output;
	return {
		ok: true,
		data: { contextTemplate: d.contextTemplate, launchMode: d.launchMode, masteryScore: d.masteryScore ?? null, moveOn: d.moveOn ?? null, returnURL: d.returnURL ?? null }
	};
}
