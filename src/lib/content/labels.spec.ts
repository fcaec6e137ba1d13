import { describe, expect, it } from 'vitest';
import { choiceKeyHint } from './labels';

describe('choiceKeyHint', () => {
	it('names the keys as a reader would say them, never "1 to 2", and up to 9', () => {
		expect(choiceKeyHint(1)).toBe('Press 1 to choose, or select the option.');
		expect(choiceKeyHint(2)).toBe('Press 1 or 2 to choose, or select an option.');
		expect(choiceKeyHint(4)).toBe('Press 1 to 4 to choose, or select an option.');
		expect(choiceKeyHint(12)).toBe('Press 1 to 9 to choose, or select an option.');
	});
});
