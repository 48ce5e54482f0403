// Content blocks addressed from their top-left cell, so an address can never disagree with its array.
import { withinCell } from "../domain/cellText";
import { parseRange, rangeAddress, type CellBox } from "./a1";
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

/** Stands for the row's number in a block's `rowFormulas`. */
export const ROW_MARK = "{row}";

/** A formula of `rowFormulas` for the row numbered `row`. Split and join give one flat string. */
export function formulaForRow(formula: string, row: number): string {
  return formula.split(ROW_MARK).join(String(row));
}

/** Formulas that each row of `rows` rows from `row` holds, `formulas` written once with ROW_MARK. */
export function rowFormulasAt(
  row: number,
  column: number,
  rows: number,
  formulas: readonly string[],
): ContentBlock {
  const address = addressOf(row, column, [formulas]);
  const { top, left, right } = parseRange(address);
  return { address: rangeAddress({ top, left, bottom: top + rows - 1, right }), rowFormulas: formulas };
}

/** The formula a block puts in a cell of `box`, its range; undefined where it puts none. */
export function formulaAt(
  block: Pick<ContentBlock, "formulas" | "rowFormulas">,
  box: CellBox,
  row: number,
  column: number,
): string | undefined {
  if (block.rowFormulas) {
    const formula = block.rowFormulas[column - box.left];
    return formula === undefined ? undefined : formulaForRow(formula, row);
  }
  return block.formulas?.[row - box.top]?.[column - box.left];
}

/** A block's formulas row by row, as Excel's range.formulas takes them; undefined for a block of values. */
export function formulaGrid(block: ContentBlock): string[][] | undefined {
  const { rowFormulas } = block;
  if (rowFormulas === undefined) return block.formulas?.map((row) => [...row]);
  const box = parseRange(block.address);
  return Array.from({ length: box.bottom - box.top + 1 }, (_, index) =>
    rowFormulas.map((formula) => formulaForRow(formula, box.top + index)),
  );
}

/** What a sheet's content puts in a cell (1-based row and column): a formula, a value, or nothing. */
export function plannedCell(
  content: readonly ContentBlock[],
  row: number,
  column: number,
): { formula?: string; value?: CellValue } {
  for (const block of content) {
    const box = parseRange(block.address);
    if (row < box.top || row > box.bottom || column < box.left || column > box.right) continue;
    const formula = formulaAt(block, box, row, column);
    return formula !== undefined
      ? { formula }
      : { value: block.values?.[row - box.top]?.[column - box.left] };
  }
  return {};
}

/** Throws unless the block's values and formulas fill its range exactly: a plan's own mistake. */
export function checkBlockShape(block: ContentBlock, box: CellBox = parseRange(block.address)): void {
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  for (const grid of [block.values, block.formulas]) {
    if (grid && (grid.length !== rows || grid.some((row) => row.length !== columns))) {
      throw new Error(`content for ${block.address} is not ${rows} rows of ${columns} cells`);
    }
  }
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
