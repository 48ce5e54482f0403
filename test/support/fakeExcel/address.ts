/**
 * A1-style addresses: parsing "B2:D9", "$A$1", "Sheet1!A1:B2", "'ชื่อ ไทย'!A1", whole columns "A:C" and
 * whole rows "2:5", and printing boxes back the way Excel prints them.
 */
import { FakeOfficeError } from "./errors";

/** A rectangle of cells, zero-based and inclusive, as Range.rowIndex/columnIndex count. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * Whole columns, whole rows and the whole sheet are clipped to this many rows / columns (or to the used
 * range, if it reaches further), so a format written to "A:C" touches thousands of cells, not millions.
 */
export const CLIPPED_ROWS = 1_000;
export const CLIPPED_COLUMNS = 100;

export interface ParsedAddress {
  readonly sheetName: string | null;
  readonly box: Box;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const columnPattern = /^\$?([A-Za-z]{1,3})$/;
const rowPattern = /^\$?(\d{1,7})$/;

export function parseAddress(address: string): ParsedAddress {
  const { sheetName, reference } = splitSheetName(address.trim());
  const [first = "", second, extra] = reference.split(":");
  if (extra !== undefined) throw invalidAddress(address);
  const box =
    second === undefined
      ? cornersOf(first, first, cellPattern, parseCell)
      : (cornersOf(first, second, cellPattern, parseCell) ??
        cornersOf(first, second, columnPattern, (match) => wholeColumn(match, address)) ??
        cornersOf(first, second, rowPattern, (match) => wholeRow(match, address)));
  if (box === null) throw invalidAddress(address);
  return { sheetName, box };

  function parseCell(match: RegExpMatchArray): Box {
    const column = columnIndex(match[1] ?? "");
    const row = Number(match[2]) - 1;
    if (column >= SHEET_COLUMNS || row < 0 || row >= SHEET_ROWS) throw invalidAddress(address);
    return { top: row, left: column, bottom: row, right: column };
  }
}

function cornersOf(
  first: string,
  second: string,
  pattern: RegExp,
  toBox: (match: RegExpMatchArray) => Box,
): Box | null {
  const a = first.match(pattern);
  const b = second.match(pattern);
  if (a === null || b === null) return null;
  return boundingBox(toBox(a), toBox(b));
}

function wholeColumn(match: RegExpMatchArray, address: string): Box {
  const column = columnIndex(match[1] ?? "");
  if (column >= SHEET_COLUMNS) throw invalidAddress(address);
  return { top: 0, left: column, bottom: SHEET_ROWS - 1, right: column };
}

function wholeRow(match: RegExpMatchArray, address: string): Box {
  const row = Number(match[1]) - 1;
  if (row < 0 || row >= SHEET_ROWS) throw invalidAddress(address);
  return { top: row, left: 0, bottom: row, right: SHEET_COLUMNS - 1 };
}

function splitSheetName(address: string): { sheetName: string | null; reference: string } {
  if (address.startsWith("'")) {
    // A quoted name doubles its own apostrophes: 'It''s'!A1.
    let name = "";
    let at = 1;
    while (at < address.length && !(address[at] === "'" && address[at + 1] !== "'")) {
      name += address[at];
      at += address[at] === "'" ? 2 : 1;
    }
    if (address[at + 1] !== "!") throw invalidAddress(address);
    return { sheetName: name, reference: address.slice(at + 2) };
  }
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, reference: address };
  return { sheetName: address.slice(0, bang), reference: address.slice(bang + 1) };
}

function invalidAddress(address: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `'${address}' is not an A1 address the fake understands`);
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function boxAddress(box: Box): string {
  const first = `${columnLetters(box.left)}${box.top + 1}`;
  const last = `${columnLetters(box.right)}${box.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}

export function absoluteBoxAddress(box: Box): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const first = corner(box.top, box.left);
  const last = corner(box.bottom, box.right);
  return first === last ? first : `${first}:${last}`;
}

// Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell reference.
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, box: Box): string {
  return `${quoteSheetName(sheetName)}!${boxAddress(box)}`;
}

export function boundingBox(a: Box, b: Box): Box {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Box, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}

export function isInsideSheet(box: Box): boolean {
  return box.top >= 0 && box.left >= 0 && box.bottom < SHEET_ROWS && box.right < SHEET_COLUMNS;
}

/** Shrinks whole columns / rows to CLIPPED_ROWS / CLIPPED_COLUMNS, or to the used range when it is larger. */
export function clipWholeLines(box: Box, usedBox: () => Box | null): Box {
  const spansAllRows = box.top === 0 && box.bottom === SHEET_ROWS - 1;
  const spansAllColumns = box.left === 0 && box.right === SHEET_COLUMNS - 1;
  // Finding the used range walks every cell: only whole rows and columns need it.
  const used = spansAllRows || spansAllColumns ? usedBox() : null;
  return {
    ...box,
    bottom: spansAllRows ? Math.max(CLIPPED_ROWS - 1, used?.bottom ?? 0) : box.bottom,
    right: spansAllColumns ? Math.max(CLIPPED_COLUMNS - 1, used?.right ?? 0) : box.right,
  };
}

export function boxRows(box: Box): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: Box): number {
  return box.right - box.left + 1;
}
