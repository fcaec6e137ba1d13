import { describe, expect, it } from 'vitest';
import { isClickerKey, keyAction, type KeyLike } from './keys';

const press = (key: string, code = '', mods: Partial<KeyLike> = {}) => keyAction({ key, code, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('keyAction', () => {
	it('advances on PageDown, Right, Down, Space and Enter, and goes back on PageUp, Left and Up', () => {
		for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter']) expect(press(key)).toEqual({ kind: 'session', command: { type: 'next' } });
		for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(press(key)).toEqual({ kind: 'session', command: { type: 'back' } });
	});
	it('reads digits by their code, with Shift (one vote fewer) and Alt (the override)', () => {
		expect(press('2', 'Digit2')).toEqual({ kind: 'session', command: { type: 'digit', label: '2', modifier: 'none' } });
		expect(press('@', 'Digit2', { shiftKey: true })).toEqual({ kind: 'session', command: { type: 'digit', label: '2', modifier: 'shift' } });
		expect(press('™', 'Digit2', { altKey: true })).toEqual({ kind: 'session', command: { type: 'digit', label: '2', modifier: 'alt' } });
		expect(press('3', 'Numpad3')).toEqual({ kind: 'session', command: { type: 'digit', label: '3', modifier: 'none' } });
		// 0 names no option.
		expect(press('0', 'Digit0')).toEqual({ kind: 'session', command: { type: 'wake' } });
	});
	it('blanks with B or "." to black and W to white, toggles full screen with F or F5, help with ?, closes with Esc', () => {
		expect(press('b')).toEqual({ kind: 'session', command: { type: 'blank', color: 'black' } });
		expect(press('B', 'KeyB', { shiftKey: true })).toEqual({ kind: 'session', command: { type: 'blank', color: 'black' } });
		expect(press('.')).toEqual({ kind: 'session', command: { type: 'blank', color: 'black' } });
		expect(press('w')).toEqual({ kind: 'session', command: { type: 'blank', color: 'white' } });
		expect(press('f')).toEqual({ kind: 'fullscreen' });
		expect(press('F5')).toEqual({ kind: 'fullscreen' });
		expect(press('?', 'Slash', { shiftKey: true })).toEqual({ kind: 'help' });
		expect(press('Escape')).toEqual({ kind: 'escape' });
	});
	it('leaves the browser its own shortcuts (Ctrl, Cmd) and a lone modifier alone', () => {
		expect(press('p', 'KeyP', { ctrlKey: true })).toBeNull();
		expect(press('r', 'KeyR', { metaKey: true })).toBeNull();
		expect(press('Shift', 'ShiftLeft', { shiftKey: true })).toBeNull();
		// Any other key only wakes a blanked screen.
		expect(press('x', 'KeyX')).toEqual({ kind: 'session', command: { type: 'wake' } });
	});
	it('knows a clicker’s keys (Page Down, Page Up, blank, F5) from the keys that edit a vote box', () => {
		const key = (key: string, mods: Partial<KeyLike> = {}) => isClickerKey({ key, code: '', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
		for (const k of ['PageDown', 'PageUp', 'F5', 'b', 'B', '.']) expect(key(k), k).toBe(true);
		for (const k of ['1', '0', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'Home', 'End', '-']) expect(key(k), k).toBe(false);
		expect(key('PageDown', { ctrlKey: true })).toBe(false);
	});
});
