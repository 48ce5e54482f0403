// How much room text takes in a cell, measured with the document font's own metrics, so that every row
// a plan writes can carry the height its text needs: a file does not store Excel's autofit, and neither
// Excel nor LibreOffice autofits the rows of a generated file when it opens it.
import { SARABUN_BOLD, SARABUN_REGULAR } from "./fontMetrics";

/** Vertical metrics and advance widths of one face, in font units; see scripts/font-metrics.mjs. */
export interface FaceMetrics {
  readonly unitsPerEm: number;
  /** OS/2 usWinAscent and usWinDescent: the line Windows, and so Excel, lays out for the face. */
  readonly win: { readonly ascent: number; readonly descent: number };
  /** Runs of consecutive code points from `first`, each with its advance width. */
  readonly advances: readonly (readonly [first: number, widths: readonly number[]])[];
}

export interface TextStyle {
  readonly font: string;
  readonly size: number;
  readonly bold: boolean;
}

/** The TH Sarabun family shares Sarabun's metrics (TH SarabunIT๙ differs only in how digits are drawn). */
const SARABUN_FAMILY = /^TH Sarabun/i;

/**
 * Fonts we hold no metrics for (Angsana, Cordia, Browallia, Leelawadee UI, Tahoma...) are measured with
 * Sarabun's widths made wider by this much: Sarabun is among the narrowest Thai faces at a given size,
 * and Tahoma's Thai letters, the widest we offer, run about a fifth wider. Their lines are shorter than
 * Sarabun's, whose height is kept.
 */
const UNKNOWN_FONT_WIDENING = 1.25;

/** Excel measures and wraps text on a 96-dpi screen, each glyph a whole number of pixels wide. */
const PIXELS_PER_POINT = 96 / 72;

/** Room Excel leaves between a cell's text and its left and right edges, together (points). */
export const CELL_SIDE_PADDING = 6;

/** Room above and below a cell's lines, together (points): Excel's two pixels, and one of rounding. */
const CELL_LINE_PADDING = 3;

/** Characters we hold no width for (signs from other fonts, emoji) are taken as a full em. */
const UNKNOWN_CHARACTER_EMS = 1;

function advanceTable(face: FaceMetrics): ReadonlyMap<number, number> {
  const table = new Map<number, number>();
  for (const [first, widths] of face.advances)
    widths.forEach((width, index) => table.set(first + index, width));
  return table;
}

const FACES = {
  regular: { face: SARABUN_REGULAR, advances: advanceTable(SARABUN_REGULAR) },
  bold: { face: SARABUN_BOLD, advances: advanceTable(SARABUN_BOLD) },
};

function faceOf(style: TextStyle) {
  return style.bold ? FACES.bold : FACES.regular;
}

/** The width of `text` on one line, in points, as Excel measures it on screen. */
export function textWidth(text: string, style: TextStyle): number {
  const { face, advances } = faceOf(style);
  const pixelsPerUnit = (style.size * PIXELS_PER_POINT) / face.unitsPerEm;
  const widening = SARABUN_FAMILY.test(style.font) ? 1 : UNKNOWN_FONT_WIDENING;
  let pixels = 0;
  // By index rather than by character: a sheet of thousands of rows measures millions of characters.
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index) as number;
    if (codePoint > 0xffff) index++;
    const advance =
      advances.get(codePoint) ??
      (/\p{M}/u.test(String.fromCodePoint(codePoint)) ? 0 : face.unitsPerEm * UNKNOWN_CHARACTER_EMS);
    pixels += Math.round(advance * pixelsPerUnit * widening);
  }
  return pixels / PIXELS_PER_POINT;
}

/** The distance from one line to the next, in points. */
export function lineHeight(style: TextStyle): number {
  const { face } = faceOf(style);
  return ((face.win.ascent + face.win.descent) / face.unitsPerEm) * style.size;
}

const WORDS = new Intl.Segmenter("th", { granularity: "word" });
const GRAPHEMES = new Intl.Segmenter("th", { granularity: "grapheme" });

/** Pieces between which a line may break: Thai words as the dictionary finds them, and the spaces. */
function breakPieces(paragraph: string): string[] {
  return Array.from(WORDS.segment(paragraph), ({ segment }) => segment);
}

/** The width of the widest piece of `text` that cannot be broken: a word, or a run without spaces. */
export function widestWord(text: string, style: TextStyle): number {
  return Math.max(
    0,
    ...text
      .split("\n")
      .flatMap(breakPieces)
      .map((piece) => textWidth(piece.trim(), style)),
  );
}

/** The width of `text`'s longest line, unwrapped. */
export function widestLine(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split("\n").map((line) => textWidth(line, style)));
}

/**
 * How many lines `text` takes when wrapped into `width` points, as Excel and LibreOffice wrap Thai:
 * at word boundaries and spaces, at every "\n", and inside a word only where the word alone is longer
 * than a line. Spaces at the end of a line take no room.
 */
export function wrappedLineCount(text: string, style: TextStyle, width: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = "";
    lines += 1;
    // Most cells' text fits on its line: no need to find where it could break.
    if (textWidth(paragraph.trimEnd(), style) <= width) continue;
    for (const piece of breakPieces(paragraph)) {
      if (textWidth((line + piece).trimEnd(), style) <= width) {
        line += piece;
        continue;
      }
      if (line.trim() !== "") lines += 1;
      line = "";
      if (piece.trim() === "") continue;
      // A word longer than a line breaks between its letters.
      for (const { segment } of GRAPHEMES.segment(piece)) {
        if (line !== "" && textWidth(line + segment, style) > width) {
          lines += 1;
          line = "";
        }
        line += segment;
      }
    }
  }
  return lines;
}

/** Excel's tallest row: a file with a taller one is repaired. Text beyond it stays in the cell, unseen. */
export const MAX_ROW_HEIGHT = 409;

/** The height of a row whose cell holds `lines` lines in `style`, in points, on Excel's pixel grid. */
export function rowHeightOfLines(lines: number, style: TextStyle): number {
  const points = lines * lineHeight(style) + CELL_LINE_PADDING;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(points * PIXELS_PER_POINT) / PIXELS_PER_POINT);
}
