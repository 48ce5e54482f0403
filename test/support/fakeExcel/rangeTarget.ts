/** A block of cells on one sheet, which ranges and their formats, validation and borders stand for. */
import {
  boxColumns,
  boxRows,
  clipWholeLines,
  isInsideSheet,
  parseAddress,
  qualifiedAddress,
  type Box,
} from "./address";
import { FakeOfficeError } from "./errors";
import type { CellState } from "./state/cell";
import type { SheetState } from "./state/sheet";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly box: Box;
}

/** Worksheet.getRange(address): the address may name this sheet, but no other. */
export function rangeAtAddress(sheet: SheetState, address: string): RangeTarget {
  const parsed = parseAddress(address);
  if (parsed.sheetName !== null && parsed.sheetName.toUpperCase() !== sheet.name.toUpperCase()) {
    throw new FakeOfficeError("InvalidArgument", `'${address}' is not on the sheet '${sheet.name}'`);
  }
  return rangeWithBox(sheet, parsed.box);
}

/** The same sheet, another box; InvalidArgument when the box leaves the grid or is empty. */
export function rangeWithBox(sheet: SheetState, box: Box): RangeTarget {
  if (!isInsideSheet(box) || box.bottom < box.top || box.right < box.left) {
    throw new FakeOfficeError("InvalidArgument", `the range would leave the sheet '${sheet.name}'`);
  }
  return { sheet, box: clipWholeLines(box, () => sheet.usedBox(false)) };
}

export function rangeAddress(target: RangeTarget): string {
  return qualifiedAddress(target.sheet.name, target.box);
}

export function cellGrid<T>(
  { sheet, box }: RangeTarget,
  read: (cell: Readonly<CellState>, row: number, column: number) => T,
): T[][] {
  return Array.from({ length: boxRows(box) }, (_, r) =>
    Array.from({ length: boxColumns(box) }, (_, c) => {
      const row = box.top + r;
      const column = box.left + c;
      return read(sheet.cell(row, column), row, column);
    }),
  );
}

/** One property of every cell of the range, row by row. */
export function* eachCell<T>(
  { sheet, box }: RangeTarget,
  read: (cell: Readonly<CellState>) => T,
): Generator<T> {
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) yield read(sheet.cell(row, column));
  }
}

export function editCells({ sheet, box }: RangeTarget, edit: (cell: CellState) => void): void {
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) sheet.editCell(row, column, edit);
  }
}

/**
 * Writes a 2-D property (values, formulas, numberFormat) the way Excel does: an array must have the
 * range's exact shape, a single value fills every cell, and a null item leaves its cell alone.
 */
export function writeGrid(
  target: RangeTarget,
  input: unknown,
  property: string,
  writeItem: (item: unknown, row: number, column: number) => void,
): void {
  const { box } = target;
  const rows = boxRows(box);
  const columns = boxColumns(box);
  if (Array.isArray(input)) {
    const fits =
      input.length === rows && input.every((line) => Array.isArray(line) && line.length === columns);
    if (!fits) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `${property} for ${rangeAddress(target)} must be ${rows} x ${columns}, not ${shapeOf(input)}`,
      );
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const item: unknown = Array.isArray(input) ? (input[r] as unknown[])[c] : input;
      writeItem(item, box.top + r, box.left + c);
    }
  }
}

function shapeOf(input: unknown[]): string {
  const widths = new Set(input.map((line) => (Array.isArray(line) ? line.length : "not an array")));
  return `${input.length} x ${[...widths].join("/")}`;
}

/** Excel's answer for a property of many cells: their common value, or null when they differ. */
export function agreed<T>(values: Iterable<T>): T | null {
  let first: { value: T; key: string } | undefined;
  for (const value of values) {
    const key = JSON.stringify(value);
    if (first === undefined) first = { value, key };
    else if (key !== first.key) return null;
  }
  return first === undefined ? null : first.value;
}

export function indices(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}
