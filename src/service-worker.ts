/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Confide's service worker: keeps a complete copy of one version of the app (every page, every
// vignette, every script) so it works offline after one visit. It never takes over by itself: a
// new version waits until the page asks for it (SKIP_WAITING), so an update cannot land in the
// middle of a vignette. Same-origin GET requests only; everything else goes to the network untouched.
import { base, build, files, prerendered, version } from '$service-worker';
import { CACHE_PREFIX, cacheName, cachesToDelete, notFoundFile, precacheKey, precacheList } from '$lib/offline/cache-plan';
import { OFFLINE_MESSAGES, type StatusReply } from '$lib/offline/messages';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
/** Written into a cache when its version becomes the active one (see cachesToDelete). */
const ACTIVATED = new URL('__confide-activated', sw.registration.scope).href;

const ASSETS = precacheList(base, build, files, prerendered);
const PRECACHED = new Set(ASSETS);
const NOT_FOUND = notFoundFile(base);

sw.addEventListener('install', (event) => {
	// `cache: 'reload'` skips the HTTP cache, so the copy is this version's files, not stale ones.
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })));
			await keepNotFoundPage(cache);
		})
	);
});

/**
 * Keeps the page not found for offline use, if the host serves it: outside the install's list,
 * since a host may answer it with status 404 (a failed request there fails the whole install).
 */
async function keepNotFoundPage(cache: Cache): Promise<void> {
	try {
		const response = await fetch(new Request(NOT_FOUND, { cache: 'reload' }));
		if ((response.ok || response.status === 404) && response.headers.get('content-type')?.startsWith('text/html')) await cache.put(NOT_FOUND, response);
	} catch {
		// offline, or no such page on this host: unknown addresses offline get the browser's error
	}
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.put(ACTIVATED, new Response(String(Date.now())));
			// Keep the version that was active before: a tab still running it may need its files.
			const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
			const activatedAt: Record<string, number> = {};
			for (const name of names) {
				const marker = await (await caches.open(name)).match(ACTIVATED);
				if (marker) activatedAt[name] = Number(await marker.text()) || 0;
			}
			await Promise.all(cachesToDelete(names, CACHE, activatedAt).map((name) => caches.delete(name)));
			// The first version takes over the pages already open, so they work offline at once.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string } | null;
	if (data?.type === OFFLINE_MESSAGES.skipWaiting) {
		void sw.skipWaiting();
	} else if (data?.type === OFFLINE_MESSAGES.status) {
		const port = event.ports[0];
		event.waitUntil(
			complete().then((ready) => {
				const reply: StatusReply = { type: OFFLINE_MESSAGES.status, version, ready };
				port?.postMessage(reply);
			})
		);
	}
});

/**
 * Whether every file of this version is in its cache. A browser may evict caches under storage
 * pressure: what is missing is fetched again, when the network allows.
 */
async function complete(): Promise<boolean> {
	const cache = await caches.open(CACHE);
	const stored = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	if (!stored.has(NOT_FOUND)) await keepNotFoundPage(cache);
	const missing = ASSETS.filter((path) => !stored.has(path));
	if (missing.length === 0) return true;
	try {
		await cache.addAll(missing.map((url) => new Request(url, { cache: 'reload' })));
		return true;
	} catch {
		return false;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const key = precacheKey(url.pathname, PRECACHED, request.mode === 'navigate');
	if (key?.redirect) return Response.redirect(new URL(key.redirect + url.search, url).href, 301);
	if (key) {
		// This version's copy first; the query (e.g. ?profile=tx) is for the page's script, not the file.
		const cached = await (await caches.open(CACHE)).match(key.path);
		if (cached) return cached;
	}
	// Any Confide cache next: a tab still running the previous version asks for its own files.
	const older = await caches.match(request, { ignoreSearch: true });
	if (older) return older;
	if (request.mode !== 'navigate') return fetch(request);
	try {
		return await fetch(request);
	} catch (error) {
		// Offline, at an address the copy does not have (every page of this version is in it): the
		// site's page not found, as the host would answer it.
		const notFound = await (await caches.open(CACHE)).match(NOT_FOUND);
		if (!notFound) throw error;
		return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
	}
}
