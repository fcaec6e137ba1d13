/**
 * The update offer: a new version of Confide is installed and waiting. It is applied only when
 * the user presses "Update now", and only while it is safe to reload: the case page reports
 * (setSafeToApply) that no choice is being saved, so an update never lands mid-step.
 */
import { OFFLINE_MESSAGES } from './messages';

class UpdateState {
	/** The installed, waiting worker of the new version. */
	waiting = $state.raw<ServiceWorker | null>(null);
	/** Another tab applied the update; this tab still runs the previous version until it reloads. */
	activatedElsewhere = $state(false);
	/** "Later": no offer again on this page. */
	dismissed = $state(false);
	/** False while the case page is saving a step. */
	safe = $state(true);
	/** "Update now" was pressed; the page reloads when the new version takes over. */
	applying = $state(false);

	get offered() {
		return (this.waiting !== null || this.activatedElsewhere) && !this.dismissed;
	}
}

export const update = new UpdateState();

/** Called by the case page: whether reloading now would lose nothing (no save pending). */
export function setSafeToApply(safe: boolean) {
	update.safe = safe;
}

export function offerUpdate(worker: ServiceWorker) {
	update.waiting = worker;
}

/** The new version took over (this tab's controller changed after it had one). */
export function updateActivated() {
	if (update.applying) {
		location.reload();
		return;
	}
	update.waiting = null;
	update.activatedElsewhere = true;
}

export function applyUpdate() {
	if (!update.safe || update.applying) return;
	update.applying = true;
	// Reload follows on `controllerchange` (updateActivated); when another tab already applied
	// it, there is nothing to wait for.
	if (update.waiting) update.waiting.postMessage({ type: OFFLINE_MESSAGES.skipWaiting });
	else location.reload();
}

export function dismissUpdate() {
	update.dismissed = true;
}
