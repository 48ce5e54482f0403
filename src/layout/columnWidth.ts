// Plans give column widths as Excel's column-width box shows them: counts of the widest digit of the
// workbook's default font. Office.js sets RangeFormat.columnWidth in points. With the default font of a
// new workbook (Calibri 11 or Aptos Narrow 11, a 7-pixel digit) Excel draws a width of w characters as
// w × 7 pixels plus 5 pixels of padding, rounded to whole pixels, and a pixel is 0.75 points at 96 dpi:
// 8.43 characters → 64 pixels → 48 points, the width of a new sheet's columns. docs/real-excel-checklist.md
// asks whether Excel shows these widths back.
const DIGIT_PIXELS = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  return Math.round(characters * DIGIT_PIXELS + PADDING_PIXELS) * POINTS_PER_PIXEL;
}
