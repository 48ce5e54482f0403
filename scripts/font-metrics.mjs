// Writes src/layout/fontMetrics.ts: the advance widths of the characters our sheets hold, and the line
// spacing, of the document font in its regular and bold faces, read from the TrueType files' cmap,
// hmtx, OS/2, name and head tables.
//
// Run `node scripts/font-metrics.mjs THSarabunNew.ttf "THSarabunNew Bold.ttf"` after changing the
// character set. The files are TH Sarabun New 1.35 (SIPA, 2011; GPL 2 or later with the font exception,
// as its name table says), free to download from SIPA and f0nt.com and embedded by many public PDF
// generators. Its advance widths are TH SarabunPSK's, glyph for glyph (compared over ASCII and the Thai
// block), and its line is TH SarabunPSK's within 1 %. Not TLWG's Laksaman: that is the same design drawn
// 1/0.66 times larger in its em, to match TLWG's other faces, so its widths are half as wide again.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const [regularFile, boldFile] = process.argv.slice(2);
if (!regularFile || !boldFile) {
  console.error('usage: node scripts/font-metrics.mjs THSarabunNew.ttf "THSarabunNew Bold.ttf"');
  process.exit(2);
}

/** Printable ASCII, Latin-1 punctuation, the Thai block, and the dashes, quotes and signs we write. */
const CODE_POINTS = [
  ...range(0x20, 0x7e),
  ...[0xa0, 0xb7],
  ...range(0x0e01, 0x0e3a),
  ...range(0x0e3f, 0x0e5b),
  ...[0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026],
  // The status marks people type: ✓ √ ○ ⊗.
  ...[0x2713, 0x221a, 0x25cb, 0x2297],
];

function range(first, last) {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function tables(font) {
  const count = font.readUInt16BE(4);
  const found = {};
  for (let index = 0; index < count; index += 1) {
    const at = 12 + index * 16;
    found[font.toString("latin1", at, at + 4)] = font.readUInt32BE(at + 8);
  }
  return found;
}

/** Code point → glyph, from the Unicode BMP subtable (format 4). */
function glyphIndex(font, cmap) {
  const count = font.readUInt16BE(cmap + 2);
  let subtable;
  for (let index = 0; index < count; index += 1) {
    const at = cmap + 4 + index * 8;
    const [platform, encoding] = [font.readUInt16BE(at), font.readUInt16BE(at + 2)];
    const offset = cmap + font.readUInt32BE(at + 4);
    const unicode = platform === 0 || (platform === 3 && encoding === 1);
    if (unicode && font.readUInt16BE(offset) === 4) {
      subtable = offset;
    }
  }
  if (subtable === undefined) throw new Error("no format 4 Unicode cmap");
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    for (let segment = 0; segment < segments; segment += 1) {
      if (font.readUInt16BE(ends + segment * 2) < codePoint) continue;
      const start = font.readUInt16BE(starts + segment * 2);
      if (start > codePoint) return 0;
      const delta = font.readInt16BE(deltas + segment * 2);
      const rangeAt = rangeOffsets + segment * 2;
      const rangeOffset = font.readUInt16BE(rangeAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The face's family from its name table (Windows, Unicode), to refuse a file of another design. */
function familyName(font, name) {
  const count = font.readUInt16BE(name + 2);
  const strings = name + font.readUInt16BE(name + 4);
  for (let index = 0; index < count; index += 1) {
    const at = name + 6 + index * 12;
    const [platform, id] = [font.readUInt16BE(at), font.readUInt16BE(at + 6)];
    if (platform !== 3 || id !== 1) continue;
    const start = strings + font.readUInt16BE(at + 10);
    return font
      .subarray(start, start + font.readUInt16BE(at + 8))
      .swap16()
      .toString("utf16le");
  }
  return "";
}

function metrics(file) {
  const font = readFileSync(file);
  const at = tables(font);
  const family = familyName(Buffer.from(font), at.name);
  if (!/^TH ?Sarabun/i.test(family))
    throw new Error(`${file} is ${family}, not TH Sarabun New or TH SarabunPSK`);
  const unitsPerEm = font.readUInt16BE(at.head + 18);
  const longMetrics = font.readUInt16BE(at.hhea + 34);
  const advance = (glyph) => font.readUInt16BE(at.hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const glyphOf = glyphIndex(font, at.cmap);
  const os2 = at["OS/2"];
  const widths = {};
  for (const codePoint of CODE_POINTS) {
    const glyph = glyphOf(codePoint);
    // Thai marks above and below (Mn) are drawn over their consonant: they take no room on the line.
    const mark = /\p{Mn}/u.test(String.fromCodePoint(codePoint));
    if (glyph !== 0) widths[codePoint] = mark ? 0 : advance(glyph);
  }
  return {
    unitsPerEm,
    win: { ascent: font.readUInt16BE(os2 + 74), descent: font.readUInt16BE(os2 + 76) },
    widths,
  };
}

/** Runs of consecutive code points, so that the module stays short and readable. */
function runs(widths) {
  const codePoints = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  const found = [];
  for (const codePoint of codePoints) {
    const last = found[found.length - 1];
    if (last && last.first + last.widths.length === codePoint) last.widths.push(widths[codePoint]);
    else found.push({ first: codePoint, widths: [widths[codePoint]] });
  }
  return found;
}

function faceSource(face) {
  const lines = runs(face.widths).map(
    ({ first, widths }) => `      [0x${first.toString(16).padStart(4, "0")}, [${widths.join(", ")}]],`,
  );
  return [
    "  {",
    `    unitsPerEm: ${face.unitsPerEm},`,
    `    win: { ascent: ${face.win.ascent}, descent: ${face.win.descent} },`,
    "    advances: [",
    ...lines,
    "    ],",
    "  }",
  ].join("\n");
}

const [regular, bold] = [regularFile, boldFile].map(metrics);
const source = `// Generated by scripts/font-metrics.mjs from TH Sarabun New (TH SarabunPSK's metrics): do not edit by hand.
// Advance widths in font units, as runs of consecutive code points; Thai marks above and below have none.
import type { FaceMetrics } from "./textMetrics";

export const SARABUN_REGULAR: FaceMetrics =
${faceSource(regular)};

export const SARABUN_BOLD: FaceMetrics =
${faceSource(bold)};
`;
const target = fileURLToPath(new URL("../src/layout/fontMetrics.ts", import.meta.url));
writeFileSync(target, await format(source, { ...(await resolveConfig(target)), filepath: target }));
