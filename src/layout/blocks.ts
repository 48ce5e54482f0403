// Content blocks addressed from their top-left cell, so an address can never disagree with its array.
import { rangeAddress } from "./a1";
import type { CellValue, ContentBlock } from "./plan";

function addressOf(row: number, column: number, cells: readonly (readonly unknown[])[]): string {
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0 || cells.some((line) => line.length !== width)) {
    throw new RangeError("A block needs a rectangle of at least one cell.");
  }
  return rangeAddress({ top: row, left: column, bottom: row + cells.length - 1, right: column + width - 1 });
}

export function valuesAt(
  row: number,
  column: number,
  values: readonly (readonly CellValue[])[],
): ContentBlock {
  return { address: addressOf(row, column, values), values };
}

export function formulasAt(
  row: number,
  column: number,
  formulas: readonly (readonly string[])[],
): ContentBlock {
  return { address: addressOf(row, column, formulas), formulas };
}

/** One value per row, down a column. */
export function columnOf<T>(items: readonly T[]): T[][] {
  return items.map((item) => [item]);
}
