/**
 * Opens the session a presenter window was asked for: a stored one (`?session=`), which one window
 * presents at a time (its Web Lock), or a practice-only one (`?case=&profile=&reveal=`), which lives
 * in that window only. Loads the vignette's manifest and facilitator notes.
 *
 * The lock is taken before the stored session is read, so that a window taking a session over
 * (`steal`) goes on from the last step the other window stored. It takes over in place: a reload
 * would ask for the lock again while the old page may still hold it.
 *
 * The audience window follows a stored session by its id. A practice-only session is new at each
 * load of its window, so the room follows that window instead: an id kept in its address
 * (`&audience=`), which a reload keeps, so the audience window opened from it shows the new session.
 * The window holds a Web Lock on that id while it presents: a copy of the window (a duplicated
 * tab, the address pasted into another) finds it held and takes an id of its own, so two windows
 * never drive one room.
 */
import type { AttemptMode } from '../domain/attempt';
import type { FacilitatorNotes } from '../domain/facilitator-notes';
import type { CaseManifest } from '../domain/types';
import { findCase } from '../ink/catalogue';
import { PresenterLock } from './presenter-lock.svelte';
import { WorkshopSession } from './workshop-session.svelte';

export type PresenterOpening =
	| { kind: 'problem'; message: string }
	/** Another window presents this stored session: this one starts nothing that would store. */
	| { kind: 'elsewhere'; lock: PresenterLock }
	/**
	 * `audienceId`: what the audience window follows (`/workshop/audience/?session=`); `ownAudience`:
	 * the address held an audience id another window presents to, so this window has one of its own.
	 */
	| { kind: 'ready'; session: WorkshopSession; manifest: CaseManifest; notes: FacilitatorNotes; recorded: boolean; audienceId: string; ownAudience: boolean; lock: PresenterLock | null };

/** The query key of a practice-only presenter's audience id. */
export const AUDIENCE_KEY = 'audience';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audience id a practice-only presenter's address keeps, if it holds a valid one. */
export function keptAudienceId(url: URL): string | null {
	const id = url.searchParams.get(AUDIENCE_KEY);
	return id && UUID.test(id) ? id : null;
}

/** The presenter's address with its audience id, or null when it already holds it. Pure. */
export function addressWithAudience(url: URL, audienceId: string): string | null {
	if (url.searchParams.get(AUDIENCE_KEY) === audienceId) return null;
	const next = new URL(url);
	next.searchParams.set(AUDIENCE_KEY, audienceId);
	return `${next.pathname}${next.search}${next.hash}`;
}

const problem = (message: string): PresenterOpening => ({ kind: 'problem', message });

export async function openPresenter(url: URL, { steal = false } = {}): Promise<PresenterOpening> {
	const stored = url.searchParams.get('session');
	if (stored) {
		const { openStorage } = await import('../db/storage');
		const storage = await openStorage();
		if (!storage.ok) return problem(`This browser cannot read stored sessions (${storage.reason}).`);
		if (!(await storage.workshops.get(stored))) return problem('This session is not stored on this device: start a new one from the workshop page.');
		const lock = new PresenterLock(stored);
		if ((await lock.acquire(steal)) !== 'mine') return { kind: 'elsewhere', lock };
		// Read again now that this window holds it: the other window may have stored more meanwhile.
		const record = await storage.workshops.get(stored);
		const entry = record && findCase(record.caseId);
		if (!record || !entry) {
			lock.dispose();
			return problem(record ? `This session's vignette (${record.caseId}) is not in this version of Confide.` : 'This session is no longer stored on this device.');
		}
		const [{ manifest }, { notes }] = await Promise.all([entry.loadManifest(), entry.loadNotes()]);
		const session = new WorkshopSession({ entry, manifest, sessionId: record.id, profile: record.profile, reveal: record.reveal, record, store: storage.workshops });
		return { kind: 'ready', session, manifest, notes, recorded: true, audienceId: record.id, ownAudience: false, lock };
	}
	const entry = findCase(url.searchParams.get('case') ?? '');
	if (!entry) return problem('No vignette was chosen: start a session from the workshop page.');
	const [{ manifest }, { notes }] = await Promise.all([entry.loadManifest(), entry.loadNotes()]);
	const asked = url.searchParams.get('profile');
	const profile = manifest.meta.profiles.some((p) => p.id === asked) ? asked : (manifest.meta.profiles[0]?.id ?? null);
	const reveal: AttemptMode = url.searchParams.get('reveal') === 'assessment' ? 'assessment' : 'learning';
	// The session is new (its votes CSV names this run alone); the room follows the window's id.
	const kept = keptAudienceId(url);
	let audience = kept ? await presentingTo(kept) : null;
	audience ??= await presentingTo(crypto.randomUUID());
	const { audienceId, lock } = audience!;
	const session = new WorkshopSession({ entry, manifest, sessionId: crypto.randomUUID(), audienceId, profile, reveal, record: null, store: null });
	return { kind: 'ready', session, manifest, notes, recorded: false, audienceId, ownAudience: kept !== null && kept !== audienceId, lock };
}

/** The lock on a practice-only window's audience id, or null when another window holds it. */
async function presentingTo(audienceId: string): Promise<{ audienceId: string; lock: PresenterLock } | null> {
	const lock = new PresenterLock(audienceId);
	if ((await lock.acquire()) === 'mine') return { audienceId, lock };
	lock.dispose();
	return null;
}
