/**
 * A key (or a clicker, which is a keyboard) as what it asks of a workshop, the PowerPoint way.
 * Digits are read from `code`, so Shift+1 and Alt+1 are still "1" on every layout. Pure.
 */
import type { KeyCommand } from '../machines/workshop.machine';

/** What a key asks for: a step of the session, or something of the window it was pressed in. */
export type KeyAction = { kind: 'session'; command: KeyCommand } | { kind: 'help' } | { kind: 'fullscreen' } | { kind: 'escape' };

export interface KeyLike {
	key: string;
	code: string;
	shiftKey: boolean;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter']);
const BACK = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);
const MODIFIERS = new Set(['Shift', 'Alt', 'Control', 'Meta', 'AltGraph', 'CapsLock', 'Tab']);

/**
 * The keys a presentation clicker sends (Page Down, Page Up, blank, F5): a vote box has no use for
 * them (counts are whole numbers), so they step the session even from one. Digits, arrows, Enter
 * and the other editing keys stay with the box.
 */
export function isClickerKey(event: KeyLike): boolean {
	if (event.ctrlKey || event.metaKey || event.altKey) return false;
	return ['PageDown', 'PageUp', 'F5', 'b', 'B', '.'].includes(event.key);
}

export function keyAction(event: KeyLike): KeyAction | null {
	if (event.ctrlKey || event.metaKey) return null;
	const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
	if (digit) return { kind: 'session', command: { type: 'digit', label: digit, modifier: event.altKey ? 'alt' : event.shiftKey ? 'shift' : 'none' } };
	if (event.altKey) return null;
	if (NEXT.has(event.key)) return { kind: 'session', command: { type: 'next' } };
	if (BACK.has(event.key)) return { kind: 'session', command: { type: 'back' } };
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	if (key === 'b' || key === '.') return { kind: 'session', command: { type: 'blank', color: 'black' } };
	if (key === 'w') return { kind: 'session', command: { type: 'blank', color: 'white' } };
	if (key === 'f' || key === 'F5') return { kind: 'fullscreen' };
	if (key === '?') return { kind: 'help' };
	if (key === 'Escape') return { kind: 'escape' };
	// Any other key brings a blanked screen back (a lone modifier is not a key press of its own).
	return MODIFIERS.has(event.key) ? null : { kind: 'session', command: { type: 'wake' } };
}
