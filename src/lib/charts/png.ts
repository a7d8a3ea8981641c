/**
 * A chart file (SVG) drawn to a PNG at print resolution, with its resolution written into the file
 * (a pHYs chunk), so Word and LibreOffice place it at its real size instead of guessing 96 dpi.
 */

/** A4's width (210 mm) at 300 dpi. */
export const A4_300DPI_WIDTH = 2480;

export async function svgToPng(svg: string, scale: number, dpi: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(img.naturalWidth * scale);
		canvas.height = Math.round(img.naturalHeight * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png')
		);
		return new Blob([withDpi(new Uint8Array(await blob.arrayBuffer()), dpi) as BlobPart], { type: 'image/png' });
	} finally {
		URL.revokeObjectURL(url);
	}
}
/** Inserts a pHYs chunk (pixels per metre) right after IHDR. */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
	const ppm = Math.round(dpi / 0.0254);
	const data = new Uint8Array(9);
	const view = new DataView(data.buffer);
	view.setUint32(0, ppm);
	view.setUint32(4, ppm);
	data[8] = 1; // unit: metre
	const chunk = new Uint8Array(12 + data.length);
	const cv = new DataView(chunk.buffer);
	cv.setUint32(0, data.length);
	chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
	chunk.set(data, 8);
	cv.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
	const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, length, type, IHDR data, CRC
	const out = new Uint8Array(png.length + chunk.length);
	out.set(png.subarray(0, ihdrEnd));
	out.set(chunk, ihdrEnd);
	out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
	return out;
}

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let c = 0xffffffff;
	for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
