// A small zip writer (deflate, or store where deflate does not help) over Node's own zlib:
// enough for LMS packages, with no dependency. Names are UTF-8 (flag bit 11), paths use `/`.
import { crc32, deflateRawSync } from 'node:zlib';

/** DOS date and time of a fixed moment, so the same files give the same zip. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/**
 * @param {{ name: string, data: Uint8Array }[]} files
 * @returns {Buffer}
 */
export function zipFiles(files) {
	/** @type {Buffer[]} */
	const chunks = [];
	/** @type {Buffer[]} */
	const central = [];
	let offset = 0;
	const names = new Set();
	for (const file of files) {
		if (names.has(file.name)) throw new Error(`zip: '${file.name}' twice`);
		if (file.name.startsWith('/') || file.name.includes('\\') || file.name.split('/').includes('..')) throw new Error(`zip: '${file.name}' is not a relative path`);
		names.add(file.name);
		const name = Buffer.from(file.name, 'utf8');
		const data = Buffer.from(file.data);
		const deflated = deflateRawSync(data, { level: 9 });
		const stored = deflated.length >= data.length;
		const body = stored ? data : deflated;
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0
		local.writeUInt16LE(0x0800, 6); // UTF-8 names
		local.writeUInt16LE(stored ? 0 : 8, 8);
		local.writeUInt16LE(DOS_TIME, 10);
		local.writeUInt16LE(DOS_DATE, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4); // made by: 2.0
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(0x0800, 8);
		entry.writeUInt16LE(stored ? 0 : 8, 10);
		entry.writeUInt16LE(DOS_TIME, 12);
		entry.writeUInt16LE(DOS_DATE, 14);
		entry.writeUInt32LE(crc, 16);
		entry.writeUInt32LE(body.length, 20);
		entry.writeUInt32LE(data.length, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		chunks.push(local, name, body);
		central.push(entry, name);
		offset += local.length + name.length + body.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	if (files.length > 0xffff || offset > 0xffffffff) throw new Error('zip: too large for a zip without zip64');
	return Buffer.concat([...chunks, directory, end]);
}
