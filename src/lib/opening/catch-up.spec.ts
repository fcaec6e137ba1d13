import { describe, expect, it } from 'vitest';
import { catchUp, type MachineView, type OpeningShell } from './catch-up';
import type { Opening } from './opening-types';

const passage = {
	transcript: [{ kind: 'text' as const, text: 'Dana sits down.' }],
	choices: [
		{ id: 'a', text: 'Ask', scored: false },
		{ id: 'b', text: 'Wait', scored: false }
	]
};
const OPENING: Opening = { passages: [passage], byProfile: { ca: 0, tx: 0 } };

const machine = (over: Partial<MachineView> = {}): MachineView => ({
	screen: 'content-note',
	busy: false,
	ownership: 'mine',
	storyReady: false,
	loadFailed: false,
	revision: 0,
	outdated: false,
	profile: 'ca',
	transcript: [],
	choices: [],
	passageStart: 0,
	...over
});
const shell = (over: Partial<OpeningShell> = {}): OpeningShell => ({ mode: 'shell', stage: 'content-note', choice: null, ...over });
const atFirstPassage = (over: Partial<MachineView> = {}) => machine({ screen: 'choosing', storyReady: true, transcript: passage.transcript, choices: passage.choices, ...over });

describe('catchUp: the machine follows what was done on the prerendered opening', () => {
	it('waits while the machine is still opening, and while nothing was done', () => {
		expect(catchUp(machine({ screen: 'loading' }), shell({ stage: 'choosing' }), OPENING)).toEqual({ kind: 'wait' });
		expect(catchUp(machine(), shell(), OPENING)).toEqual({ kind: 'wait' });
		expect(catchUp(machine({ screen: 'setting' }), shell({ stage: 'setting' }), OPENING)).toEqual({ kind: 'wait' });
	});

	it('sends Begin, then Start once the story is ready, then the kept choice, and hands over with it', () => {
		const done = shell({ stage: 'choosing', choice: 'b' });
		expect(catchUp(machine(), done, OPENING)).toEqual({ kind: 'send', event: { type: 'begin' }, live: false });
		expect(catchUp(machine({ screen: 'setting' }), done, OPENING)).toEqual({ kind: 'wait' });
		expect(catchUp(machine({ screen: 'setting', storyReady: true }), done, OPENING)).toEqual({ kind: 'send', event: { type: 'setting.continue' }, live: false });
		expect(catchUp(machine({ screen: 'setting', storyReady: true, busy: true }), done, OPENING)).toEqual({ kind: 'wait' });
		expect(catchUp(atFirstPassage(), done, OPENING)).toEqual({ kind: 'send', event: { type: 'choice.select', choiceId: 'b' }, live: true });
	});

	it('keeps the opening and its kept choice while the story cannot load, and carries on once a retry has loaded it', () => {
		const done = shell({ stage: 'choosing', choice: 'b' });
		expect(catchUp(machine({ screen: 'error', loadFailed: true }), done, OPENING)).toEqual({ kind: 'wait' });
		expect(catchUp(machine({ screen: 'error', loadFailed: true }), shell(), OPENING)).toEqual({ kind: 'wait' });
		expect(catchUp(machine({ screen: 'setting', storyReady: true }), done, OPENING)).toEqual({ kind: 'send', event: { type: 'setting.continue' }, live: false });
		// A page waiting for the app shows the machine's own error screen.
		expect(catchUp(machine({ screen: 'error', loadFailed: true }), shell({ mode: 'wait' }), OPENING)).toEqual({ kind: 'live' });
	});

	it('hands over at the first passage when no choice is kept, or when the passage is not the prerendered one', () => {
		expect(catchUp(atFirstPassage(), shell({ stage: 'choosing' }), OPENING)).toEqual({ kind: 'live' });
		const other = atFirstPassage({ choices: [{ id: 'c', text: 'Other', scored: false }] });
		expect(catchUp(other, shell({ stage: 'choosing', choice: 'b' }), OPENING), 'a kept choice not on offer is dropped').toEqual({ kind: 'live' });
		expect(catchUp(atFirstPassage({ profile: 'ny' }), shell({ stage: 'choosing', choice: 'b' }), OPENING), 'a profile without an opening').toEqual({ kind: 'live' });
		expect(catchUp(machine({ screen: 'setting', storyReady: true, profile: 'ny' }), shell({ stage: 'choosing' }), OPENING)).toEqual({ kind: 'live' });
	});

	it('hands over at once to anything but a new attempt in this tab', () => {
		const done = shell({ stage: 'choosing', choice: 'a' });
		expect(catchUp(machine({ screen: 'choosing', revision: 3 }), done, OPENING), 'resumed').toEqual({ kind: 'live' });
		expect(catchUp(machine({ outdated: true }), done, OPENING), 'an outdated attempt to explain').toEqual({ kind: 'live' });
		expect(catchUp(machine({ screen: 'error' }), done, OPENING)).toEqual({ kind: 'live' });
		expect(catchUp(machine({ screen: 'debrief' }), done, OPENING)).toEqual({ kind: 'live' });
		expect(catchUp(machine({ ownership: 'elsewhere', busy: true }), done, OPENING), 'another tab has the case').toEqual({ kind: 'live' });
		expect(catchUp(machine({ ownership: 'pending', busy: true }), done, OPENING), 'the lock has not answered yet').toEqual({ kind: 'wait' });
		expect(catchUp(machine(), shell({ mode: 'wait' }), OPENING), 'the page waited for the app').toEqual({ kind: 'live' });
	});
});
