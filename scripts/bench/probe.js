// Runs in the page (added with context.addInitScript before any page script). Everything it
// records is in performance.now() time, from the navigation start, and lives in window.__bench.
//
// - ready: when `main[data-ready]` first appears (MutationObserver callback: the microtask right
//   after the DOM change), with the resource timing entries finished by then.
// - clicks: for every click on a [data-action] or [data-choice-id] control, its event.timeStamp
//   (t0), the first DOM mutation after it, the frame after that mutation (rAF, then a message
//   task: the frame has been produced by then, the usual "next paint" approximation), and when
//   main's data-save-state next went from 'pending' to 'saved' (or 'failed').
// - events: Event Timing entries (durationThreshold 16, the minimum the API allows).
// - longTasks: main-thread tasks of 50 ms or more (Long Tasks API): [startTime, duration].
export function probe() {
	if (window.__bench) return;
	const bench = {
		ready: null,
		readyResources: null,
		fcp: null,
		clicks: [],
		events: [],
		longTasks: [],
		errors: []
	};
	window.__bench = bench;
	const now = () => performance.now();
	const channel = new MessageChannel();
	const afterFrameQueue = [];
	channel.port1.onmessage = () => afterFrameQueue.shift()?.();
	const afterNextFrame = (fn) =>
		requestAnimationFrame((rafTime) => {
			const raf = now();
			afterFrameQueue.push(() => fn(raf, rafTime));
			channel.port2.postMessage(0);
		});

	addEventListener('error', (e) => bench.errors.push(String(e.message)));
	addEventListener('unhandledrejection', (e) => bench.errors.push(String(e.reason?.message ?? e.reason)));

	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				bench.events.push({
					name: e.name,
					startTime: e.startTime,
					duration: e.duration,
					processingStart: e.processingStart,
					processingEnd: e.processingEnd,
					interactionId: e.interactionId ?? 0
				});
		}).observe({ type: 'event', buffered: true, durationThreshold: 16 });
	} catch {
		bench.eventTimingUnsupported = true;
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// not essential
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
		}).observe({ type: 'paint', buffered: true });
	} catch {
		// not essential
	}

	// Tells the bench (an exposed function) that something it waits for happened; no polling.
	const signal = (kind, value) => {
		if (typeof window.__benchSignal === 'function') window.__benchSignal(kind, value).catch(() => {});
	};
	const maybeDone = (click) => {
		// A page that saves nothing (a peer page) is done at the frame.
		const saves = document.querySelector('main[data-save-state]') !== null;
		if (click.signalled || click.frame === null || (saves && click.saved === null && click.failed === null)) return;
		click.signalled = true;
		signal('click', bench.clicks.indexOf(click));
	};

	let pendingPointerDown = null;
	let watchNextMutation = () => {};
	addEventListener(
		'pointerdown',
		(event) => {
			pendingPointerDown = event.timeStamp;
		},
		true
	);
	addEventListener(
		'click',
		(event) => {
			const target = event.target instanceof Element ? event.target.closest('[data-action], [data-choice-id]') : null;
			if (!target) return;
			const main = document.querySelector('main');
			bench.clicks.push({
				target: target.getAttribute('data-action') ?? `choice:${target.getAttribute('data-choice-id')}`,
				screen: main?.getAttribute('data-screen') ?? null,
				pointerDown: pendingPointerDown,
				t0: event.timeStamp,
				handlerStart: now(),
				mutation: null,
				raf: null,
				frame: null,
				sawPending: false,
				saved: null,
				failed: null,
				signalled: false
			});
			pendingPointerDown = null;
			watchNextMutation();
		},
		true
	);

	const readyCheck = () => {
		if (bench.ready !== null) return;
		const main = document.querySelector('main[data-ready]');
		if (!main) return;
		bench.ready = now();
		bench.readyResources = performance.getEntriesByType('resource').map((e) => ({
			name: e.name,
			startTime: e.startTime,
			responseEnd: e.responseEnd,
			transferSize: e.transferSize,
			encodedBodySize: e.encodedBodySize,
			decodedBodySize: e.decodedBodySize
		}));
		const nav = performance.getEntriesByType('navigation')[0];
		bench.navigation = nav
			? { name: nav.name, responseEnd: nav.responseEnd, transferSize: nav.transferSize, encodedBodySize: nav.encodedBodySize, domContentLoaded: nav.domContentLoadedEventEnd }
			: null;
		signal('ready');
	};

	// Three narrow observers, so that the probe adds as little work as possible to what it measures.
	// 1. Until data-ready: any node or data-ready change in the document.
	const loadObserver = new MutationObserver(() => {
		readyCheck();
		if (bench.ready !== null) loadObserver.disconnect();
	});
	loadObserver.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
	document.addEventListener('DOMContentLoaded', readyCheck);

	// 2. From a click to the first DOM change it causes (connected only in between).
	const clickObserver = new MutationObserver(() => {
		const t = now();
		clickObserver.disconnect();
		const click = bench.clicks[bench.clicks.length - 1];
		if (!click || click.mutation !== null) return;
		click.mutation = t;
		afterNextFrame((raf) => {
			click.raf = raf;
			click.frame = now();
			maybeDone(click);
		});
	});
	watchNextMutation = () => clickObserver.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

	// 3. main's data-save-state, in order (a record's new value is the next record's oldValue).
	const saveObserver = new MutationObserver((records) => {
		const t = now();
		const click = bench.clicks[bench.clicks.length - 1];
		if (!click) return;
		const saves = records.filter((r) => r.target instanceof Element && r.target.matches('main'));
		for (let i = 0; i < saves.length; i++) {
			if (click.saved !== null || click.failed !== null) break;
			const next = saves[i + 1];
			const value = next ? next.oldValue : saves[i].target.getAttribute('data-save-state');
			if (value === 'pending') click.sawPending = true;
			else if (value === 'saved' && click.sawPending) click.saved = t;
			else if (value === 'failed') click.failed = t;
		}
		maybeDone(click);
	});
	saveObserver.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-save-state'], attributeOldValue: true });
}
