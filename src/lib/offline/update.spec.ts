import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_MESSAGES } from './messages';
import { applyUpdate, dismissUpdate, offerUpdate, setSafeToApply, update, updateActivated } from './update.svelte';

function fakeWorker() {
	return { postMessage: vi.fn() } as unknown as ServiceWorker & { postMessage: ReturnType<typeof vi.fn> };
}

describe('the update offer', () => {
	const reload = vi.fn();
	beforeEach(() => {
		reload.mockReset();
		vi.stubGlobal('location', { reload });
		Object.assign(update, { waiting: null, activatedElsewhere: false, dismissed: false, safe: true, applying: false });
	});

	it('is offered when a new version waits, and applied only on request', () => {
		const worker = fakeWorker();
		expect(update.offered).toBe(false);
		offerUpdate(worker);
		expect(update.offered).toBe(true);
		expect(worker.postMessage).not.toHaveBeenCalled();
		applyUpdate();
		expect(worker.postMessage).toHaveBeenCalledWith({ type: OFFLINE_MESSAGES.skipWaiting });
		// The reload waits for the new version to take over.
		expect(reload).not.toHaveBeenCalled();
		updateActivated();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('is never applied while the case page is saving', () => {
		const worker = fakeWorker();
		offerUpdate(worker);
		setSafeToApply(false);
		applyUpdate();
		expect(worker.postMessage).not.toHaveBeenCalled();
		expect(update.applying).toBe(false);
		setSafeToApply(true);
		applyUpdate();
		expect(worker.postMessage).toHaveBeenCalledOnce();
	});

	it('stays offered, without reloading, when another tab applied it; then "Update now" just reloads', () => {
		offerUpdate(fakeWorker());
		updateActivated();
		expect(reload).not.toHaveBeenCalled();
		expect(update.offered).toBe(true);
		applyUpdate();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('"Later" withdraws the offer on this page', () => {
		offerUpdate(fakeWorker());
		dismissUpdate();
		expect(update.offered).toBe(false);
	});
});
