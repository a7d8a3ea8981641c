/** Hands a file made in the page to the browser's download, without a server. */
export function saveFile(content: Blob | Uint8Array | string, name: string, type = 'text/csv;charset=utf-8'): void {
	const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
