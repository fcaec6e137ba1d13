/**
 * Warms what the first choice and the first feedback would otherwise pay for once. While the
 * trainee reads, each view a step shows is built out of sight, updated the way a click updates
 * it, laid out, and taken down again, one view per idle task. The first build of a view parses
 * its templates and runs its code for the first time; its first layout loads the fonts its text
 * styles use. Afterwards the click that first shows the view pays for neither.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { idleTask, type Schedule } from '../session/idle-task';

/** A view to warm: a component, the props it first renders with, and what a click then changes. */
export interface WarmView<Props extends Record<string, unknown> = Record<string, unknown>> {
	component: Component<Props>;
	props: Props;
	next?: Partial<Props>;
}

/**
 * Warms `views` one per idle task, inside `parent` (so their text is laid out at the page's own
 * width and styles). Returns a cancel function.
 */
export function warmUpViews(parent: HTMLElement, views: readonly WarmView[], context: Map<unknown, unknown>, schedule: Schedule = idleTask): () => void {
	let cancel = () => {};
	const at = (i: number) => {
		const view = views[i];
		if (!view) return;
		cancel = schedule(() => {
			warmOne(parent, view, context);
			at(i + 1);
		});
	};
	at(0);
	return () => cancel();
}

function warmOne(parent: HTMLElement, view: WarmView, context: Map<unknown, unknown>) {
	if (!parent.isConnected) return;
	const box = document.createElement('div');
	box.className = 'warm-up';
	box.setAttribute('aria-hidden', 'true');
	box.inert = true;
	parent.append(box);
	try {
		const props = $state({ ...view.props });
		const instance = mount(view.component, { target: box, props, context });
		flushSync();
		// Laid out now, inside this task: the fonts and shapes its text needs are then loaded.
		void box.getBoundingClientRect();
		if (view.next) {
			Object.assign(props, view.next);
			flushSync();
			void box.getBoundingClientRect();
		}
		void unmount(instance);
	} finally {
		box.remove();
	}
}
