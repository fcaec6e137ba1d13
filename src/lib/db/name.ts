/** Kept apart from database.ts so checking for saved progress does not load Dexie. */
export const DB_NAME = 'confide';
