#!/usr/bin/env node
// Draws Confide's app icons (the mark of static/favicon.svg: a white open ring on teal) and writes
// them as PNGs into static/icons/. No dependencies: shapes are sampled 4x4 per pixel for smooth
// edges and encoded with node:zlib. Run once after changing the mark: node scripts/make-icons.js
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'icons');
const TEAL = [0x1d, 0x4e, 0x5f];
const WHITE = [0xff, 0xff, 0xff];

/**
 * The mark in the favicon's 32-unit square: an arc of radius 6 around (16, 16) from the left point
 * clockwise to the bottom point (all but the lower-left quarter), 3 units wide, round ends.
 */
function inMark(x, y) {
	const dx = x - 16;
	const dy = y - 16;
	const r = Math.hypot(dx, dy);
	const angle = Math.atan2(dy, dx); // screen coordinates: 0 right, pi/2 down, +-pi left
	const inLowerLeft = angle > Math.PI / 2 && angle < Math.PI;
	if (Math.abs(r - 6) <= 1.5 && !inLowerLeft) return true;
	return Math.hypot(x - 10, y - 16) <= 1.5 || Math.hypot(x - 16, y - 22) <= 1.5;
}

function inRoundedSquare(x, y, radius) {
	const cx = Math.min(Math.max(x, radius), 32 - radius);
	const cy = Math.min(Math.max(y, radius), 32 - radius);
	return Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * RGBA pixels of one icon. `maskable`: full-bleed background and the mark shrunk into the safe
 * zone (the centre circle of 80 % diameter that every mask shape keeps).
 */
function draw(size, maskable) {
	const pixels = Buffer.alloc(size * size * 4);
	const S = 4;
	// The mark reaches 7.5 units from the centre; in a maskable icon keep it within 30 % of the size.
	const scale = maskable ? 7.5 / 0.3 / 32 : 1;
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let bg = 0;
			let mark = 0;
			for (let sy = 0; sy < S; sy++) {
				for (let sx = 0; sx < S; sx++) {
					const x = ((px + (sx + 0.5) / S) / size) * 32;
					const y = ((py + (sy + 0.5) / S) / size) * 32;
					if (!maskable && !inRoundedSquare(x, y, 6)) continue;
					bg++;
					if (inMark(16 + (x - 16) * scale, 16 + (y - 16) * scale)) mark++;
				}
			}
			const i = (py * size + px) * 4;
			const m = bg ? mark / bg : 0;
			for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(TEAL[c] * (1 - m) + WHITE[c] * m);
			pixels[i + 3] = Math.round((bg / (S * S)) * 255);
		}
	}
	return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buffer) {
	let c = 0xffffffff;
	for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, no filtering. */
function png(size, pixels) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // colour type RGBA
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const ICONS = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'maskable-512.png', size: 512, maskable: true }
];

mkdirSync(OUT, { recursive: true });
for (const { file, size, maskable } of ICONS) {
	const data = png(size, draw(size, maskable));
	writeFileSync(join(OUT, file), data);
	console.log(`wrote static/icons/${file} (${size}x${size}, ${data.length} bytes)`);
}
