// Draws the extension's icon (media/icon.png, 128×128): a lifebuoy, the sign of help, on Azure blue. Our own drawing,
// written as a PNG with Node's zlib; run `node scripts/icon.mjs` to draw it again.
import { writeFileSync } from 'fs';
import { deflateSync } from 'zlib';

const SIZE = 128;
const SAMPLES = 4;
const BLUE = [0, 120, 212];
const WHITE = [255, 255, 255];
const RED = [232, 72, 60];

/** The colour and coverage of one point, in icon coordinates (0..128). */
function paint(x, y) {
  const cx = 64,
    cy = 64;
  // Background: a square with rounded corners.
  const r = 22;
  const qx = Math.max(Math.abs(x - cx) - (64 - r), 0);
  const qy = Math.max(Math.abs(y - cy) - (64 - r), 0);
  if (Math.hypot(qx, qy) > r) return null;
  const d = Math.hypot(x - cx, y - cy);
  if (d <= 44 && d >= 22) {
    // The ring: red and white quarters, turned by 45°.
    const angle = (Math.atan2(y - cy, x - cx) + Math.PI * 2 + Math.PI / 4) % (Math.PI * 2);
    return Math.floor(angle / (Math.PI / 2)) % 2 === 0 ? WHITE : RED;
  }
  return BLUE;
}

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0];
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = paint(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        covered++;
        for (let c = 0; c < 3; c++) sum[c] += colour[c];
      }
    }
    const at = (y * SIZE + x) * 4;
    for (let c = 0; c < 3; c++) pixels[at + c] = covered ? Math.round(sum[c] / covered) : 0;
    pixels[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
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
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
const rows = Buffer.concat(
  Array.from({ length: SIZE }, (_, y) =>
    Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)]),
  ),
);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync('media/icon.png', png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
