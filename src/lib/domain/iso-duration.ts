/** An ISO 8601 duration of milliseconds, to the hundredth of a second (`PT1H2M3.45S`): SCORM 2004's and xAPI's form. */
export function isoDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 10)) / 100;
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = Math.round((total % 60) * 100) / 100;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}
