import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { TablePlan } from "../layout/plan";
import { cellAddress, parseRange } from "../layout/a1";
import { sharedFormulaAnchor, tablesOf } from "./excelJsInternals";
import { formulaBody } from "./formula";
import type { TableColumnsPart } from "./tableColumns";

/** The plain style with stripes off, as the Office.js executor sets: the plan's fills and borders are the look. */
const TABLE_STYLE = "TableStyleLight1";

/**
 * Makes the plan's table over cells already written. ExcelJS writes a table's header and rows
 * itself, so it is handed exactly what the cells hold; a calculated column whose cells are all
 * still empty gets its formula in every row, as one shared formula anchored on the first row, so
 * that relative references move down the rows as they do in Excel. An existing table of the same
 * name is kept as it is.
 */
export function addPlanTable(sheet: Worksheet, table: TablePlan): TableColumnsPart {
  const box = parseRange(table.address);
  if (box.bottom === box.top) throw new Error(`table ${table.name} needs a data row below its header`);
  const columns = Array.from({ length: box.right - box.left + 1 }, (_, index) => box.left + index);
  const headers = columns.map((column) => headerText(sheet, box.top, column, table.name));
  const formulaOf = new Map(table.calculatedColumns.map(({ header, formula }) => [header, formula]));
  const missing = [...formulaOf.keys()].find((header) => !headers.includes(header));
  if (missing !== undefined) throw new Error(`table ${table.name} has no column "${missing}"`);

  if (!tablesOf(sheet).some((existing) => existing.name === table.name)) {
    columns.forEach((column, index) => {
      const formula = formulaOf.get(headers[index] as string);
      if (formula !== undefined) fillEmptyColumn(sheet, column, box.top + 1, box.bottom, formula);
    });
    sheet.addTable({
      name: table.name,
      ref: cellAddress(box.top, box.left),
      headerRow: true,
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: rowsOf(sheet, box.top + 1, box.bottom, columns),
      style: { theme: TABLE_STYLE, showRowStripes: false },
    });
  }
  return {
    table: table.name,
    columns: headers.map((name) => ({ name, formula: formulaOf.get(name) })),
  };
}

function headerText(sheet: Worksheet, row: number, column: number, table: string): string {
  const value = sheet.getCell(row, column).value;
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number") return String(value);
  throw new Error(`table ${table} needs header text in ${cellAddress(row, column)}`);
}

function fillEmptyColumn(sheet: Worksheet, column: number, first: number, last: number, formula: string) {
  const cells = Array.from({ length: last - first + 1 }, (_, index) => sheet.getCell(first + index, column));
  if (cells.some((cell) => cell.value !== null)) return;
  const anchor = cellAddress(first, column);
  cells.forEach((cell, index) => {
    cell.value =
      index === 0
        ? sharedFormulaAnchor(formulaBody(formula), `${anchor}:${cellAddress(last, column)}`)
        : { sharedFormula: anchor };
  });
}

function rowsOf(
  sheet: Worksheet,
  first: number,
  last: number,
  columns: readonly number[],
): ExcelCellValue[][] {
  return Array.from({ length: last - first + 1 }, (_, index) =>
    columns.map((column) => sheet.getCell(first + index, column).value),
  );
}
