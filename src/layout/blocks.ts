// Content blocks addressed from their top-left cell, so an address can never disagree with its array.
import { withinCell } from "../domain/cellText";
import { parseRange, rangeAddress } from "./a1";
import type { CellValue, ContentBlock } from "./plan";

function addressOf(row: number, column: number, cells: readonly (readonly unknown[])[]): string {
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0 || cells.some((line) => line.length !== width)) {
    throw new RangeError("A block needs a rectangle of at least one cell.");
  }
  return rangeAddress({ top: row, left: column, bottom: row + cells.length - 1, right: column + width - 1 });
}

/** Text is bounded to what a cell holds (withinCell): every value a plan writes goes through here. */
export function valuesAt(
  row: number,
  column: number,
  values: readonly (readonly CellValue[])[],
): ContentBlock {
  const bounded = values.map((line) =>
    line.map((value) => (typeof value === "string" ? withinCell(value) : value)),
  );
  return { address: addressOf(row, column, values), values: bounded };
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

/**
 * The values content blocks write, from A1, as a read of the cells gives them back before any
 * calculation: formula cells, cells a block leaves as they are, and gaps between blocks are "".
 */
export function contentValues(content: readonly ContentBlock[]): CellValue[][] {
  const values: CellValue[][] = [];
  for (const block of content) {
    const box = parseRange(block.address);
    for (let row = box.top; row <= box.bottom; row++) {
      const line = (values[row - 1] ??= []);
      for (let column = box.left; column <= box.right; column++) {
        line[column - 1] = block.values?.[row - box.top]?.[column - box.left] ?? "";
      }
    }
  }
  return Array.from(values, (line) => Array.from(line ?? [], (cell) => cell ?? ""));
}
