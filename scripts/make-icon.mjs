// Draws media/icon.png (128×128): two give/get arcs meeting over a balance beam. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 128,
  H = 128,
  S = 4; // 4×4 supersampling
const bg = [31, 58, 95],
  gold = [242, 178, 51],
  teal = [64, 196, 180],
  white = [245, 247, 250];
const pixels = new Float64Array(W * H * 4);

function shade(x, y) {
  const cx = x - 64,
    cy = y - 64;
  const r = Math.hypot(cx, cy);
  if (
    Math.max(Math.abs(cx), Math.abs(cy)) > 62 ||
    (Math.abs(cx) > 46 && Math.abs(cy) > 46 && Math.hypot(Math.abs(cx) - 46, Math.abs(cy) - 46) > 16)
  )
    return null;
  // beam and pillar
  if (Math.abs(cy + 6) < 4 && Math.abs(cx) < 42) return white;
  if (Math.abs(cx) < 4 && cy > -6 && cy < 38) return white;
  if (Math.abs(cy - 38) < 4 && Math.abs(cx) < 20) return white;
  // pans: gold on the left, teal on the right
  const left = Math.hypot(cx + 34, cy - 8),
    right = Math.hypot(cx - 34, cy - 8);
  if (left < 15 && cy > 4) return gold;
  if (right < 15 && cy > 4) return teal;
  // give/get arrows as arcs above
  if (Math.abs(r - 40) < 4 && cy < -14 && cx < -4) return gold;
  if (Math.abs(r - 40) < 4 && cy < -14 && cx > 4) return teal;
  return bg;
}

for (let y = 0; y < H; y++)
  for (let x = 0; x < W; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const c = shade(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
        if (!c) continue;
        acc[0] += c[0];
        acc[1] += c[1];
        acc[2] += c[2];
        acc[3] += 255;
      }
    const n = S * S,
      i = (y * W + x) * 4,
      a = acc[3] / n;
    pixels[i] = a ? acc[0] / (acc[3] / 255) : 0;
    pixels[i + 1] = a ? acc[1] / (acc[3] / 255) : 0;
    pixels[i + 2] = a ? acc[2] / (acc[3] / 255) : 0;
    pixels[i + 3] = a;
  }

const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) {
  raw[y * (W * 4 + 1)] = 0;
  for (let x = 0; x < W * 4; x++) raw[y * (W * 4 + 1) + 1 + x] = Math.round(pixels[y * W * 4 + x]);
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8;
ihdr[9] = 6;
ihdr[10] = 0;
ihdr[11] = 0;
ihdr[12] = 0;
writeFileSync(
  new URL('../media/icon.png', import.meta.url),
  Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
