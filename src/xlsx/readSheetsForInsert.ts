// The read of an insert into an .xlsx file, the same as the Office.js executor's: every sheet's name
// and visibility, and the formulas and values of the box our plans can occupy, from A1, in the shapes
// Excel's range.formulas and range.values give them.
import { ValueType, type Cell, type Workbook, type Worksheet } from "exceljs";
import { parseRange } from "../layout/a1";
import type { SheetContents } from "../layout/insertPlan";
import { cellsOf } from "./cellsOf";
import { sheetInternals } from "./excelJsInternals";
import { formulaWithEquals } from "./formula";
import { plainValue, visibilityOf } from "./readValues";

/**
 * Every sheet in tab order, with the cells of `extent` (an A1 address starting at A1, such as "A1:V40"),
 * and which of `validationAreas` have no cell with a drop-down.
 */
export function readSheetsForInsert(
  workbook: Workbook,
  extent: string,
  validationAreas: readonly string[],
): SheetContents[] {
  const box = parseRange(extent);
  if (box.top !== 1 || box.left !== 1) throw new RangeError(`the extent "${extent}" must start at A1`);
  return workbook.worksheets.map((sheet) => {
    // ExcelJS keeps a file's drop-downs cell by cell.
    const validated = sheetInternals(sheet).dataValidations.model;
    const unvalidated = validationAreas.filter((area) =>
      [...cellsOf(parseRange(area))].every(({ address }) => validated[address] === undefined),
    );
    return { ...sheetContents(sheet, box.bottom, box.right), unvalidated };
  });
}

/** A sheet's name, visibility, and the formulas and values of A1 to the given row and column. */
export function sheetContents(sheet: Worksheet, bottom: number, right: number): SheetContents {
  const cells = Array.from({ length: bottom }, (_, row) =>
    Array.from({ length: right }, (_, column) => sheet.findCell(row + 1, column + 1)),
  );
  return {
    name: sheet.name,
    visibility: visibilityOf(sheet),
    formulas: cells.map((row) => row.map(formulaOrValue)),
    values: cells.map((row) => row.map(shownValue)),
  };
}

function formulaOrValue(cell: Cell | undefined): unknown {
  if (cell?.type === ValueType.Formula) return formulaWithEquals(cell.formula);
  return shownValue(cell);
}

function shownValue(cell: Cell | undefined): unknown {
  // The cells a merge covers are empty, as Excel shows them.
  if (!cell || cell.type === ValueType.Merge) return "";
  return plainValue(cell.type === ValueType.Formula ? cell.result : cell.value) ?? "";
}
