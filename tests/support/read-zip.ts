/** Reads a zip (stored or deflated entries) from its central directory, checking every CRC. */
import { crc32, inflateRawSync } from 'node:zlib';

export function readZip(zip: Buffer): Map<string, Buffer> {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a zip: no end of central directory');
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
		const method = zip.readUInt16LE(at + 10);
		const crc = zip.readUInt32LE(at + 16);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const extra = zip.readUInt16LE(at + 30);
		const comment = zip.readUInt16LE(at + 32);
		const local = zip.readUInt32LE(at + 42);
		const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const body = zip.subarray(start, start + size);
		const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : undefined;
		if (!data) throw new Error(`${name}: compression method ${method}`);
		if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
		files.set(name, data);
		at += 46 + nameLength + extra + comment;
	}
	return files;
}
