/**
 * The two windows of a workshop talk over a BroadcastChannel (same origin, no network): the
 * presenter sends what the room sees; the audience window says hello when it opens (and is
 * sent the current frame) and passes on the keys pressed in it (a clicker may be aimed at
 * either window). A presenter whose session is not stored (a practice-only profile) says when its
 * window closes or reloads, since its session ends with it: the room's slide is then gone, not
 * merely unchanged. Every message received is checked before it is used.
 */
import { parseAudienceFrame } from '../db/workshop-schema';
import type { KeyCommand } from '../machines/workshop.machine';
import type { AudienceFrame } from './types';

export const CHANNEL_NAME = 'confide-workshop';

export type WorkshopMessage =
	| { type: 'frame'; frame: AudienceFrame }
	| { type: 'hello'; sessionId: string }
	| { type: 'gone'; sessionId: string }
	| { type: 'key'; sessionId: string; command: KeyCommand };

const COMMANDS = new Set(['next', 'back', 'blank', 'digit', 'wake']);

export function readMessage(data: unknown): WorkshopMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'frame') {
		const frame = parseAudienceFrame(m.frame);
		return frame ? { type: 'frame', frame: frame as AudienceFrame } : null;
	}
	if (typeof m.sessionId !== 'string') return null;
	if (m.type === 'hello' || m.type === 'gone') return { type: m.type, sessionId: m.sessionId };
	const command = m.command as KeyCommand | undefined;
	if (m.type === 'key' && command && COMMANDS.has(command.type)) return { type: 'key', sessionId: m.sessionId, command };
	return null;
}

/** Opens the channel; `receive` gets each valid message. Returns send and close. */
export function openChannel(receive: (message: WorkshopMessage) => void) {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL_NAME);
	channel.onmessage = (event: MessageEvent) => {
		const message = readMessage(event.data);
		if (message) receive(message);
	};
	return { send: (message: WorkshopMessage) => channel.postMessage(message), close: () => channel.close() };
}
