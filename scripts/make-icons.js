// Draws the add-in's ribbon and manifest icons as PNGs (run once: node scripts/make-icons.js); the PNGs are committed in assets/.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

// Shapes in unit coordinates (0..1): signed distance, negative inside.
const roundedSquare = (x, y) => {
  const r = 0.18;
  const qx = Math.abs(x - 0.5) - (0.46 - r);
  const qy = Math.abs(y - 0.5) - (0.46 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
const tick = (x, y) => Math.min(segment(x, y, 0.26, 0.52, 0.43, 0.7), segment(x, y, 0.43, 0.7, 0.75, 0.32)) - 0.07;
const lines = (x, y) => Math.min(segment(x, y, 0.28, 0.32, 0.72, 0.32), segment(x, y, 0.28, 0.5, 0.72, 0.5), segment(x, y, 0.28, 0.68, 0.56, 0.68)) - 0.055;
const both = (x, y) => Math.min(segment(x, y, 0.26, 0.3, 0.74, 0.3) - 0.05, segment(x, y, 0.26, 0.46, 0.5, 0.46) - 0.05, Math.min(segment(x, y, 0.42, 0.64, 0.54, 0.76), segment(x, y, 0.54, 0.76, 0.78, 0.48)) - 0.06);

function draw(size, color, glyph) {
  const out = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0, fg = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
          if (roundedSquare(u, v) < 0) {
            bg++;
            if (glyph(u, v) < 0) fg++;
          }
        }
      }
      const a = bg / (ss * ss), f = bg ? fg / bg : 0;
      const i = (y * size + x) * 4;
      out[i] = Math.round(color[0] * (1 - f) + 255 * f);
      out[i + 1] = Math.round(color[1] * (1 - f) + 255 * f);
      out[i + 2] = Math.round(color[2] * (1 - f) + 255 * f);
      out[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, out);
}

const dir = path.resolve(__dirname, "../assets");
const icons = { icon: [[15, 108, 189], both], check: [[16, 124, 16], tick], report: [[202, 80, 16], lines] };
for (const [name, [color, glyph]] of Object.entries(icons)) {
  for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(dir, `${name}-${size}.png`), draw(size, color, glyph));
}
