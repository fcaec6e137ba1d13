/** "1 attempt", "2 attempts": English plurals of the words the app counts. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
