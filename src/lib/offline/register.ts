/**
 * Starts offline support from the root layout: registers the service worker (production builds
 * only, at the base path so a sub-path deployment works), reports whether the offline copy is
 * complete, follows online/offline, and offers a waiting new version without ever applying it.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { isStatusReply, OFFLINE_MESSAGES } from './messages';
import { setCopyStatus, watchOnline } from './status.svelte';
import { serviceWorkerUrl } from './trusted-url';
import { offerUpdate, updateActivated } from './update.svelte';

/** Returns a function that stops the listeners (the registration itself stays). */
export function startOffline(): () => void {
	let registration: ServiceWorkerRegistration | undefined;
	const stopWatching = watchOnline(() => void registration?.update().catch(() => undefined));
	// Inside an LMS package the LMS serves every file; a service worker there would outlive the course.
	if (dev || __CONFIDE_LMS__ !== 'none') return stopWatching;
	if (!('serviceWorker' in navigator)) {
		setCopyStatus('unsupported');
		return stopWatching;
	}
	let stopped = false;
	const container = navigator.serviceWorker;
	let hadController = container.controller !== null;
	const onControllerChange = () => {
		// The first version claiming this page is not an update.
		if (hadController) updateActivated();
		hadController = true;
	};
	container.addEventListener('controllerchange', onControllerChange);

	// Precaching fetches the whole app: start it only once the page is interactive (main[data-ready],
	// every page's testing contract), on a case page once its story has loaded, and the browser is
	// idle, so it never competes with the first screen or the first passage.
	void whenInteractive().then(async () => {
		if (stopped) return;
		const root = resolve('/');
		try {
			registration = await container.register(serviceWorkerUrl(`${root}service-worker.js`), { scope: root });
		} catch {
			setCopyStatus('failed');
			return;
		}
		watchUpdates(registration);
		await reportCopy(registration);
	});

	return () => {
		stopped = true;
		stopWatching();
		container.removeEventListener('controllerchange', onControllerChange);
	};
}

/** After load and main[data-ready] (on a case page: data-story-ready; at most 10 s after load), then an idle moment. */
function whenInteractive(): Promise<void> {
	const loaded =
		document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((done) => addEventListener('load', () => done(), { once: true }));
	const ready = () =>
		new Promise<void>((done) => {
			const isReady = () => document.querySelector('main[data-ready]:not([data-screen]), main[data-ready][data-story-ready]') !== null;
			if (isReady()) return done();
			const observer = new MutationObserver(() => {
				if (!isReady()) return;
				observer.disconnect();
				clearTimeout(timer);
				done();
			});
			const timer = setTimeout(() => {
				observer.disconnect();
				done();
			}, 10_000);
			observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-story-ready'], childList: true });
		});
	const idle = () =>
		new Promise<void>((done) => {
			if ('requestIdleCallback' in window) requestIdleCallback(() => done(), { timeout: 2000 });
			else setTimeout(done, 200);
		});
	return loaded.then(ready).then(idle);
}

/** Offers a new version once it is installed and waiting behind the one in control. */
function watchUpdates(registration: ServiceWorkerRegistration) {
	const offerIfWaiting = () => {
		if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
	};
	offerIfWaiting();
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed') offerIfWaiting();
		});
	});
}

/** Saving until the active version says its copy is complete; failed if installing it failed. */
async function reportCopy(registration: ServiceWorkerRegistration) {
	if (!registration.active) {
		setCopyStatus('saving');
		const installing = registration.installing ?? registration.waiting;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'redundant' && !registration.active) setCopyStatus('failed');
		});
	}
	const ready = await navigator.serviceWorker.ready;
	const worker = ready.active;
	if (!worker) return;
	const complete = await askComplete(worker);
	setCopyStatus(complete ? 'ready' : 'failed');
}

/** Asks the worker whether its copy is complete (it refills what the browser evicted, if it can). */
function askComplete(worker: ServiceWorker): Promise<boolean> {
	return new Promise((done) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => done(isStatusReply(event.data) && event.data.ready);
		worker.postMessage({ type: OFFLINE_MESSAGES.status }, [channel.port2]);
	});
}
