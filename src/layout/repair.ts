// Inserting the form into a workbook that already has some of it: only cells that are empty, or already
// hold exactly what the plan would write, are written, so nothing a user typed is ever overwritten.
import { boundingBox, parseRange, rangeAddress, type CellBox } from "./a1";
import { contentValues, formulaAt, formulaGrid, formulasAt, valuesAt } from "./blocks";
import { rowRelativeFormula } from "./formulaText";
import type { CellValue, ContentBlock, FormatBlock, SheetPlan } from "./plan";

/** What an executor read from a sheet, both arrays starting at A1 (cells beyond them are empty). */
export interface ExistingCells {
  /** Formula cells as "=…", as Excel's range.formulas gives them; other cells as their values. */
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly origin: "A1";
}

/** The base font as a format block over everything the plan uses, before the blocks that override it. */
export function formatBlocks(plan: SheetPlan): FormatBlock[] {
  return [{ address: planExtent(plan), format: { font: plan.baseFont } }, ...plan.formats];
}

/** The smallest range holding everything the plan writes, formats, merges, validates or colours. */
export function planExtent(sheet: SheetPlan): string {
  const addresses = [
    ...sheet.content.map((block) => block.address),
    ...sheet.formats.map((block) => block.address),
    ...sheet.merges,
    ...sheet.validations.map((validation) => validation.address),
    ...sheet.conditionalFormats.map((rule) => rule.address),
    ...(sheet.table ? [sheet.table.address] : []),
  ];
  const box = boundingBox(addresses.map(parseRange)) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  return rangeAddress(box);
}

function isBlank(cell: unknown): boolean {
  return cell === undefined || cell === null || cell === "";
}

function isFormula(cell: unknown): boolean {
  return typeof cell === "string" && cell.startsWith("=");
}

/**
 * A table (a grid, the OIT register) whose header row holds, in some column, a header other than ours
 * there: its columns were moved, deleted or renamed. Our cells and rules go by column, so on such a
 * sheet they would land under the wrong headers; it is left as the user arranged it (the check finds
 * each column by its header).
 */
export function columnsRearranged(sheet: SheetPlan, existing: ExistingCells): boolean {
  if (!sheet.table) return false;
  const headerRow = parseRange(sheet.table.address).top;
  const planned = contentValues(sheet.content)[headerRow - 1] ?? [];
  const found = existing.values[headerRow - 1] ?? [];
  return planned.some((header, index) => !isBlank(found[index]) && found[index] !== header);
}

/**
 * The content of `sheet` that may be written: all of it for a new sheet (`existing` null) and for the
 * settings sheet, which is very hidden and holds nothing but ours (its registry must follow the sheets
 * as they are now); otherwise each block whole where every cell may be written, or else its writable
 * cells as runs along each row.
 */
export function repairWrites(sheet: SheetPlan, existing: ExistingCells | null): ContentBlock[] {
  if (existing === null || sheet.role === "settings") return [...sheet.content];
  const held = columnsHeldByUser(sheet, existing);
  return sheet.content.flatMap((block) => writableRuns(block, existing, held));
}

/**
 * The table's columns into which no formula may be written, by column number: a formula written into
 * a table column makes Excel fill it down the whole column (a calculated column, on by default), over
 * whatever anyone typed there. A column is free only while every cell of the table's body in it, down
 * to the last row read, is empty or holds the planned formula, row for row.
 */
function columnsHeldByUser(sheet: SheetPlan, existing: ExistingCells): Set<number> {
  const held = new Set<number>();
  if (!sheet.table) return held;
  const table = parseRange(sheet.table.address);
  const lastRow = Math.max(table.bottom, existing.formulas.length, existing.values.length);
  for (const block of sheet.content) {
    const box = parseRange(block.address);
    const firstRow = formulaGrid(block)?.[0];
    if (!firstRow || box.top <= table.top || box.left < table.left || box.right > table.right) continue;
    firstRow.forEach((planned, index) => {
      const column = box.left + index;
      const same = rowRelativeFormula(planned, box.top);
      for (let row = table.top + 1; row <= lastRow; row += 1) {
        const formula = existing.formulas[row - 1]?.[column - 1];
        const value = existing.values[row - 1]?.[column - 1];
        if (isBlank(formula) && isBlank(value)) continue;
        if (!isFormula(formula) || rowRelativeFormula(formula as string, row) !== same) {
          held.add(column);
          return;
        }
      }
    });
  }
  return held;
}

/** Cells as read, formula or else value, for comparing with what a plan writes. */
function cellAt(existing: ExistingCells, row: number, column: number): { formula: unknown; value: unknown } {
  return { formula: existing.formulas[row - 1]?.[column - 1], value: existing.values[row - 1]?.[column - 1] };
}

/**
 * The rows of an itemRows block that still stand for their item: the item's cell empty or naming it,
 * and no other row from the block's top down naming it.
 */
function itemRowsInPlace(
  block: ContentBlock,
  box: CellBox,
  existing: ExistingCells,
): (row: number) => boolean {
  if (!block.itemRows) return () => true;
  const rowsOfItem = new Map<unknown, number[]>();
  const lastRow = Math.max(existing.values.length, box.bottom);
  for (let row = box.top; row <= lastRow; row++) {
    const { value } = cellAt(existing, row, box.left);
    if (isBlank(value)) continue;
    rowsOfItem.set(value, [...(rowsOfItem.get(value) ?? []), row]);
  }
  return (row) => {
    const item = block.values?.[row - box.top]?.[0];
    const { value } = cellAt(existing, row, box.left);
    const elsewhere = (rowsOfItem.get(item) ?? []).some((other) => other !== row);
    return (isBlank(value) || value === item) && !elsewhere;
  };
}

/** For an ownRow block, whether its row holds nothing but what the block itself would write. */
function rowsOwned(block: ContentBlock, box: CellBox, existing: ExistingCells): (row: number) => boolean {
  if (!block.ownRow) return () => true;
  return (row) =>
    (existing.values[row - 1] ?? []).every((value, index) => {
      const column = index + 1;
      const inBlock = column >= box.left && column <= box.right;
      return isBlank(value) || (inBlock && value === plannedAt(block, box, row, column).value);
    });
}

function writableRuns(
  block: ContentBlock,
  existing: ExistingCells,
  held: ReadonlySet<number>,
): ContentBlock[] {
  const box = parseRange(block.address);
  const inPlace = itemRowsInPlace(block, box, existing);
  const owned = rowsOwned(block, box, existing);
  const writable = (row: number, column: number): boolean => {
    if (!inPlace(row) || !owned(row)) return false;
    if ((block.formulas || block.rowFormulas) && held.has(column)) return false;
    const { formula, value } = cellAt(existing, row, column);
    if (isBlank(formula) && isBlank(value)) return true;
    // A value matches only a constant: a formula that happens to give the same value is someone's work.
    const holds = (planned: { formula?: string; value?: CellValue }) =>
      planned.formula !== undefined
        ? formula === planned.formula
        : !isFormula(formula) && value === planned.value;
    return (
      holds(plannedAt(block, box, row, column)) ||
      (block.formerly !== undefined && holds(plannedAt(block.formerly, box, row, column)))
    );
  };

  const rows = Array.from({ length: box.bottom - box.top + 1 }, (_, index) => box.top + index);
  const columns = Array.from({ length: box.right - box.left + 1 }, (_, index) => box.left + index);
  if (rows.every((row) => columns.every((column) => writable(row, column)))) return [block];

  return rows.flatMap((row) => {
    const runs: { left: number; right: number }[] = [];
    for (const column of columns) {
      if (!writable(row, column)) continue;
      const last = runs[runs.length - 1];
      if (last && last.right === column - 1) last.right = column;
      else runs.push({ left: column, right: column });
    }
    return runs.map((run) => slice(block, box, row, run));
  });
}

function plannedAt(
  block: Pick<ContentBlock, "values" | "formulas" | "rowFormulas">,
  box: CellBox,
  row: number,
  column: number,
): { formula?: string; value?: CellValue } {
  if (block.formulas || block.rowFormulas) return { formula: formulaAt(block, box, row, column) };
  return { value: block.values?.[row - box.top]?.[column - box.left] ?? null };
}

function slice(
  block: ContentBlock,
  box: CellBox,
  row: number,
  run: { left: number; right: number },
): ContentBlock {
  const [from, to] = [run.left - box.left, run.right - box.left + 1];
  const formulas = formulaGrid(block);
  if (formulas) return formulasAt(row, run.left, [(formulas[row - box.top] ?? []).slice(from, to)]);
  return valuesAt(row, run.left, [(block.values?.[row - box.top] ?? []).slice(from, to)]);
}
