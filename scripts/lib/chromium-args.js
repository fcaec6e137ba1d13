// Chromium flags that work as root in a container with no network (see shared/STACK.md,
// "Browser tests"). One list for the browser tests and the bench.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
