/**
 * A component loaded after the first screen (its own chunk), with a way to try again when the
 * load fails (offline, or a chunk gone after an update). Used for the debrief and its path map.
 */
export class LazyComponent<C> {
	component = $state.raw<C | null>(null);
	failed = $state(false);

	constructor(private readonly importer: () => Promise<{ default: C }>) {}

	load = () => {
		this.failed = false;
		this.importer()
			.then((m) => (this.component = m.default))
			.catch(() => (this.failed = true));
	};
}
