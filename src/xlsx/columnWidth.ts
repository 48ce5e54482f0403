// Excel's column-width box counts widths of the default font's widest digit; the file stores that
// count plus 5 pixels of padding. Files made here keep ExcelJS's default font, Calibri 11, whose
// widest digit is 7 pixels, so a plan's 8.43 is stored as 9.140625, as Excel itself stores it.
const DIGIT_PIXELS = 7;
const PADDING_PIXELS = 5;

export function storedColumnWidth(characters: number): number {
  return Math.trunc(((characters * DIGIT_PIXELS + PADDING_PIXELS) / DIGIT_PIXELS) * 256) / 256;
}

export function shownColumnWidth(stored: number): number {
  return Math.round(((stored * DIGIT_PIXELS - PADDING_PIXELS) / DIGIT_PIXELS) * 100) / 100;
}
