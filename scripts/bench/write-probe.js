/**
 * Init script for the bench's "what a save writes" pass: counts the bytes each write puts into the
 * app's IndexedDB (per object store) and into its backup copy in Cache Storage, as UTF-8 JSON (the
 * size of what is stored, near enough: IndexedDB keeps a structured clone). The bench takes the
 * list after each click. Not run in the timed passes: serialising on every write would slow them.
 */
export function writeProbe() {
	/** @type {{ to: string, bytes: number }[]} */
	const writes = [];
	Object.defineProperty(window, '__writes', { value: writes });
	const bytesOf = (/** @type {unknown} */ value) => {
		try {
			return new TextEncoder().encode(JSON.stringify(value)).length;
		} catch {
			return 0;
		}
	};
	for (const method of /** @type {const} */ (['put', 'add'])) {
		const original = IDBObjectStore.prototype[method];
		IDBObjectStore.prototype[method] = function (value, key) {
			writes.push({ to: this.name, bytes: bytesOf(value) });
			return original.call(this, value, key);
		};
	}
	const put = Cache.prototype.put;
	Cache.prototype.put = function (request, response) {
		const entry = { to: 'backup', bytes: 0 };
		writes.push(entry);
		const copy = response.clone();
		return Promise.all([copy.arrayBuffer().then((b) => (entry.bytes = b.byteLength)), put.call(this, request, response)]).then(() => undefined);
	};
}
