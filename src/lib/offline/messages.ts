/** Messages between the pages and the service worker (src/service-worker.ts). */
export const OFFLINE_MESSAGES = {
	/** Page -> worker, with a MessagePort: is this version's offline copy complete? */
	status: 'CONFIDE_OFFLINE_STATUS',
	/** Page -> waiting worker: the user agreed to update; take over now. */
	skipWaiting: 'SKIP_WAITING'
} as const;

export interface StatusReply {
	type: typeof OFFLINE_MESSAGES.status;
	version: string;
	/** Every file of this version is cached. */
	ready: boolean;
}

export const isStatusReply = (data: unknown): data is StatusReply =>
	typeof data === 'object' && data !== null && (data as StatusReply).type === OFFLINE_MESSAGES.status && typeof (data as StatusReply).ready === 'boolean';
