/**
 * Saves text as a file through the browser's download, from a temporary Blob URL, without leaving
 * the page: nothing leaves the device.
 */
export function downloadFile(name: string, parts: BlobPart[], type: string) {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers read the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadJson(name: string, data: unknown) {
	downloadFile(name, [JSON.stringify(data, null, '\t')], 'application/json');
}

