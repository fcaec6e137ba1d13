/** Whether the offline copy is saved, and whether the device is online, for the site's header and footer. */

/** unknown: not checked yet (or no service worker in this build); unsupported: the browser has none. */
export type CopyStatus = 'unknown' | 'unsupported' | 'saving' | 'ready' | 'failed';

class OfflineState {
	copy = $state<CopyStatus>('unknown');
	/** Set when the copy was seen being saved on this page, so its completion is announced. */
	sawSaving = $state(false);
	online = $state(true);
}

export const offline = new OfflineState();

export function setCopyStatus(status: CopyStatus) {
	if (status === 'saving') offline.sawSaving = true;
	offline.copy = status;
}

export const COPY_TEXT: Record<CopyStatus, string> = {
	unknown: '',
	unsupported: '',
	saving: 'Saving an offline copy…',
	ready: 'Ready to use offline',
	failed: 'Could not save an offline copy yet; Confide tries again on your next visit.'
};

/** Follows navigator.onLine. Returns a function that stops listening. */
export function watchOnline(onOnline?: () => void): () => void {
	offline.online = navigator.onLine;
	const on = () => {
		offline.online = true;
		onOnline?.();
	};
	const off = () => (offline.online = false);
	addEventListener('online', on);
	addEventListener('offline', off);
	return () => {
		removeEventListener('online', on);
		removeEventListener('offline', off);
	};
}
