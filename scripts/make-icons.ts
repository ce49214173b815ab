/**
 * Draws the app icons (PNG, no image library): the Dokhae blue with a white ㄷ, the first letter
 * of 독해, inside the maskable safe zone. Usage: npx tsx scripts/make-icons.ts (writes public/icons).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** ㄷ: a top bar, a left bar and a bottom bar, within the central 60% (maskable safe zone). */
function isLetter(x: number, y: number, size: number): boolean {
  const u = (v: number) => v / size;
  const [left, right, top, bottom, stroke] = [0.3, 0.7, 0.3, 0.7, 0.09];
  const inBox = u(x) >= left && u(x) <= right && u(y) >= top && u(y) <= bottom;
  if (!inBox) return false;
  return u(y) <= top + stroke || u(y) >= bottom - stroke || u(x) <= left + stroke;
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const [r, g, b] = isLetter(x, y, size) ? WHITE : BLUE;
      row.set([r!, g!, b!], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
writeFileSync('public/icons/apple-touch-icon.png', png(180));
console.log('public/icons: icon-192.png, icon-512.png, apple-touch-icon.png');
