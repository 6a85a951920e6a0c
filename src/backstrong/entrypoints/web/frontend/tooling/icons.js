// The app icons as PNG (192 and 512 px), drawn at build time from the same shapes as
// icons/icon.svg: a rounded green square, a white spine curve and a head. Written with
// node:zlib only (a PNG is a zlib stream of filtered rows in CRC-checked chunks), so the build
// needs no image library and no binary file is committed.
import { deflateSync } from "node:zlib";

const BACKGROUND = [0x0f, 0x5f, 0x4c];
const INK = [0xff, 0xff, 0xff];
const CORNER = 96; // rx of the square, in the SVG's 512 units
const STROKE = 22; // half the stroke width
const HEAD = { x: 256, y: 100, r: 34 };
// The spine: two cubic curves, as in the SVG path "M256 150c-30 45-30 90 0 135s30 90 0 135".
const CURVES = [
  [[256, 150], [226, 195], [226, 240], [256, 285]],
  [[256, 285], [286, 330], [286, 375], [256, 420]],
];

function bezierPoints(steps = 48) {
  const points = [];
  for (const [p0, p1, p2, p3] of CURVES) {
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const u = 1 - t;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
      points.push([0, 1].map((k) => w[0] * p0[k] + w[1] * p1[k] + w[2] * p2[k] + w[3] * p3[k]));
    }
  }
  return points;
}

const SPINE = bezierPoints();

function nearSpine(x, y) {
  for (const [px, py] of SPINE) if ((x - px) ** 2 + (y - py) ** 2 <= STROKE * STROKE) return true;
  return false;
}

function insideSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 512 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 512 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER * CORNER;
}

/** Colour and coverage (0..1) of one point, in the SVG's 512-unit space. */
function sample(x, y) {
  if (!insideSquare(x, y)) return null;
  const head = (x - HEAD.x) ** 2 + (y - HEAD.y) ** 2 <= HEAD.r * HEAD.r;
  return head || nearSpine(x, y) ? INK : BACKGROUND;
}

/** RGBA pixels of the icon at `size` px, 4 samples per pixel for smooth edges. */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 512 / size;
  const offsets = [0.25, 0.75];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0, 0];
      for (const dy of offsets) {
        for (const dx of offsets) {
          const colour = sample((col + dx) * scale, (row + dy) * scale);
          if (!colour) continue;
          for (let k = 0; k < 3; k++) sum[k] += colour[k];
          sum[3] += 1;
        }
      }
      const at = (row * size + col) * 4;
      const n = sum[3];
      for (let k = 0; k < 3; k++) pixels[at + k] = n ? Math.round(sum[k] / n) : 0;
      pixels[at + 3] = Math.round((n / 4) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `size`×`size` pixels. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    rows[row * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const iconPng = (size) => encodePng(size, drawIcon(size));
