// Draws the Rhetoric Lens icon (a magnifying lens over three coloured text
// lines, one per finding kind) at every size the manifest needs, as PNG.
// Run once with `node scripts/make-icons.mjs`; the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function draw(size) {
  const px = new Float32Array(size * size * 4);
  const S = 4; // supersampling for smooth edges
  const lines = [
    [0.16, 0.3, 0.62, [0x2b, 0x6c, 0xb0]], // claim: blue
    [0.16, 0.46, 0.5, [0xc2, 0x7c, 0x0e]], // figure: amber
    [0.16, 0.62, 0.56, [0xb0, 0x3a, 0x5b]], // framing: rose
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          let c = null;
          const dx = u - 0.44;
          const dy = v - 0.44;
          const r = Math.hypot(dx, dy);
          const handle = u > 0.62 && v > 0.62 && Math.abs(u - v) < 0.075 && u < 0.93;
          if ((r > 0.3 && r < 0.38) || handle) c = [0x22, 0x2b, 0x36, 255];
          else if (r <= 0.3) {
            c = [255, 255, 255, 255];
            for (const [x0, y0, w, col] of lines) {
              if (u >= x0 && u <= x0 + w && v >= y0 && v <= y0 + 0.09) c = [...col, 255];
            }
          }
          if (c) for (let i = 0; i < 4; i++) acc[i] += c[i] * (i === 3 ? 1 : c[3] / 255);
        }
      }
      const n = S * S;
      const a = acc[3] / n;
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) px[o + i] = a > 0 ? acc[i] / n / (a / 255) : 0;
      px[o + 3] = a;
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let i = 0; i < size * 4; i++)
      raw[y * (size * 4 + 1) + 1 + i] = Math.round(Math.min(255, px[y * size * 4 + i]));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('icons written to public/icon/');
