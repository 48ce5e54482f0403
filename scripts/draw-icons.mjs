// Draws the add-in's icons into assets/: a green sheet with bars rising past a gold target line
// and a tick for "measure done". Run `node scripts/draw-icons.mjs` after changing the drawing.
//
// The drawing is laid out on a 16-unit grid so that at 16 px every edge falls on a pixel
// boundary (crisp in the ribbon); larger sizes are exact multiples and stay sharp too.
// Each pixel is supersampled, which smooths the tick and the rounded corners.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const SIZES = [16, 32, 64, 80, 128];
const GRID = 16;
const SUBSAMPLES = 8;

const SHEET_GREEN = [16, 124, 65, 255];
const GRID_LINE = [255, 255, 255, 56];
const BAR_WHITE = [255, 255, 255, 255];
const TARGET_GOLD = [255, 200, 61, 255];
const TICK_WHITE = [255, 255, 255, 255];

const insideRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

function insideRoundedRect(x0, y0, x1, y1, radius) {
  return (x, y) => {
    if (!insideRect(x0, y0, x1, y1)(x, y)) return false;
    const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
    const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideStroke(points, width) {
  return (x, y) => points.slice(1).some((end, i) => distanceToSegment(x, y, points[i], end) <= width / 2);
}

/** Layers in painting order, in 16-grid units; `fromSize`/`untilSize` pick the detail each size can show. */
const LAYERS = [
  { color: SHEET_GREEN, inside: insideRoundedRect(1, 1, 15, 15, 2.5) },
  ...[6, 10].map((x) => ({ color: GRID_LINE, fromSize: 32, inside: insideRect(x - 0.25, 1, x + 0.25, 15) })),
  ...[4.5, 10.5].map((y) => ({
    color: GRID_LINE,
    fromSize: 32,
    inside: insideRect(1, y - 0.25, 15, y + 0.25),
  })),
  { color: TARGET_GOLD, inside: insideRect(2, 7, 14, 8) },
  { color: BAR_WHITE, inside: insideRect(3, 11, 5, 13) },
  { color: BAR_WHITE, inside: insideRect(7, 9, 9, 13) },
  { color: BAR_WHITE, inside: insideRect(11, 3, 13, 13) },
  // At 16 px a smooth diagonal blurs into the green, so the tick is drawn pixel by pixel there.
  ...[
    [7, 2],
    [2, 3],
    [6, 3],
    [3, 4],
    [5, 4],
    [4, 5],
  ].map(([x, y]) => ({ color: TICK_WHITE, untilSize: 16, inside: insideRect(x, y, x + 1, y + 1) })),
  {
    color: TICK_WHITE,
    fromSize: 32,
    inside: insideStroke(
      [
        [2.9, 3.6],
        [4.3, 5],
        [7.3, 2],
      ],
      1.3,
    ),
  },
];

/** Porter-Duff "over" of a colour with the given coverage onto an RGBA pixel. */
function paint(pixels, offset, [r, g, b, a], coverage) {
  const srcAlpha = (a / 255) * coverage;
  const dstAlpha = pixels[offset + 3] / 255;
  const outAlpha = srcAlpha + dstAlpha * (1 - srcAlpha);
  if (outAlpha === 0) return;
  [r, g, b].forEach((channel, i) => {
    const blended = (channel * srcAlpha + pixels[offset + i] * dstAlpha * (1 - srcAlpha)) / outAlpha;
    pixels[offset + i] = Math.round(blended);
  });
  pixels[offset + 3] = Math.round(outAlpha * 255);
}

function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  png.data.fill(0);
  const unitsPerPixel = GRID / size;
  const layers = LAYERS.filter((layer) => size >= (layer.fromSize ?? 0) && size <= (layer.untilSize ?? size));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const offset = (py * size + px) * 4;
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy++) {
          for (let sx = 0; sx < SUBSAMPLES; sx++) {
            const x = (px + (sx + 0.5) / SUBSAMPLES) * unitsPerPixel;
            const y = (py + (sy + 0.5) / SUBSAMPLES) * unitsPerPixel;
            if (layer.inside(x, y)) hits++;
          }
        }
        if (hits > 0) paint(png.data, offset, layer.color, hits / SUBSAMPLES ** 2);
      }
    }
  }
  return PNG.sync.write(png);
}

const assetsDir = fileURLToPath(new URL("../assets/", import.meta.url));
for (const size of SIZES) {
  writeFileSync(`${assetsDir}icon-${size}.png`, drawIcon(size));
}
console.log(`assets/: wrote icon-${SIZES.join(", icon-")}.png`);
