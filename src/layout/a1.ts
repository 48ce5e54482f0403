// A1 addresses of the cells a plan names. Rows and columns are 1-based, as Excel shows them.

export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) {
    throw new RangeError(`No column ${column} on a sheet.`);
  }
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column.`);
  return [...letters.toUpperCase()].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

/** "B3", or "$B$3" when the reference must not move as a formula is filled or copied. */
export function cellAddress(row: number, column: number, absolute = false): string {
  const mark = absolute ? "$" : "";
  return `${mark}${columnLetter(column)}${mark}${row}`;
}

/** "A1:C3"; a single cell is written "A1". */
export function rangeAddress(box: CellBox, absolute = false): string {
  const start = cellAddress(box.top, box.left, absolute);
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${cellAddress(box.bottom, box.right, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Reads "A1", "$B$2" or "A1:C3" (no sheet name, no whole rows or columns). */
export function parseRange(address: string): CellBox {
  const corners = address.split(":");
  if (corners.length > 2) throw new RangeError(`"${address}" is not a range.`);
  const [first, second] = corners.map((corner) => parseCell(corner, address)) as [
    { row: number; column: number },
    { row: number; column: number } | undefined,
  ];
  const last = second ?? first;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column),
  };
}

function parseCell(text: string, address: string): { row: number; column: number } {
  const match = CELL.exec(text);
  const row = Number(match?.[2]);
  if (!match || row < 1 || row > MAX_ROWS) throw new RangeError(`"${address}" is not a range.`);
  return { row, column: columnNumber(match[1] as string) };
}

/** The smallest box holding every box given. */
export function boundingBox(boxes: readonly CellBox[]): CellBox | undefined {
  if (boxes.length === 0) return undefined;
  return {
    top: Math.min(...boxes.map((box) => box.top)),
    left: Math.min(...boxes.map((box) => box.left)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
    right: Math.max(...boxes.map((box) => box.right)),
  };
}
