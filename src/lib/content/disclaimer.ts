/** The persistent disclaimer of CONTENT.md 1.8: the site's footer, and a workshop's last screen. */
export const DISCLAIMER =
	'Educational simulation, not legal advice; laws vary by state and change. Check your state law, board, employer policy, and an attorney or risk line.';
