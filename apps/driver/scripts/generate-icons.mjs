// Renders the driver app's PNG icons (the HomeChef house mark, white on the driver blue)
// with no dependencies. Run once after changing the mark: node scripts/generate-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1d, 0x4e, 0xd8];
const WHITE = [0xff, 0xff, 0xff];
const STROKE = 1.8; // in the 24-unit grid of the SVG mark

// The LogoMark strokes from packages/ui/src/icons.tsx, in its 24×24 grid.
const segments = [
  [3, 11.5, 12, 4],
  [12, 4, 21, 11.5],
  [5.5, 10, 5.5, 19.5],
  [5.5, 19.5, 18.5, 19.5],
  [18.5, 19.5, 18.5, 10],
  [9.5, 19.5, 9.5, 15],
  [14.5, 15, 14.5, 19.5],
];
const arc = { cx: 12, cy: 15, r: 2.5 }; // the door's top half

function distToSegment(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function distToArc(px, py) {
  if (py <= arc.cy) return Math.abs(Math.hypot(px - arc.cx, py - arc.cy) - arc.r);
  return Math.min(
    Math.hypot(px - arc.cx + arc.r, py - arc.cy),
    Math.hypot(px - arc.cx - arc.r, py - arc.cy),
  );
}

function inMark(x, y) {
  const d = Math.min(distToArc(x, y), ...segments.map((s) => distToSegment(x, y, s)));
  return d <= STROKE / 2;
}

function inRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels; `markScale` is the share of the icon the 24-unit grid spans. */
function render(size, { markScale, cornerRadius }) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  const unit = (size * markScale) / 24;
  const offset = (size - size * markScale) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const fx = x + (sx + 0.5) / samples;
          const fy = y + (sy + 0.5) / samples;
          if (!inRoundedSquare(fx, fy, size, cornerRadius)) continue;
          bg++;
          if (inMark((fx - offset) / unit, (fy - offset) / unit)) mark++;
        }
      }
      const n = samples * samples;
      const m = bg ? mark / bg : 0;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BLUE[c] * (1 - m) + WHITE[c] * m);
      pixels[i + 3] = Math.round((bg / n) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
const icons = [
  // "any": rounded tile, mark at 60%.
  ['icon-192.png', 192, { markScale: 0.6, cornerRadius: 192 * 0.22 }],
  ['icon-512.png', 512, { markScale: 0.6, cornerRadius: 512 * 0.22 }],
  // "maskable": full bleed, mark inside the 80% safe circle.
  ['maskable-512.png', 512, { markScale: 0.5, cornerRadius: 0 }],
  // iOS rounds the corners itself.
  ['apple-touch-icon.png', 180, { markScale: 0.6, cornerRadius: 0 }],
];
for (const [name, size, opts] of icons) {
  writeFileSync(new URL(name, out), encodePng(size, render(size, opts)));
  console.log(`wrote public/icons/${name}`);
}
