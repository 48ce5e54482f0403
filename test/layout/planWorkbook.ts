// Loads sheet plans into the test spreadsheet, so their formulas can be computed as Excel would.
import type { SheetPlan } from "../../src/layout/plan";
import { parseRange, cellAddress } from "../../src/layout/a1";
import { FormulaWorkbook } from "../support/formulaEvaluator";

export function workbookOf(sheets: readonly SheetPlan[]): FormulaWorkbook {
  const workbook = new FormulaWorkbook();
  for (const sheet of sheets) {
    for (const block of sheet.content) {
      const box = parseRange(block.address);
      for (let row = box.top; row <= box.bottom; row += 1) {
        for (let column = box.left; column <= box.right; column += 1) {
          const [r, c] = [row - box.top, column - box.left];
          const formula = block.formulas?.[r]?.[c];
          workbook.set(
            sheet.name,
            cellAddress(row, column),
            formula !== undefined ? { formula } : (block.values?.[r]?.[c] ?? null),
          );
        }
      }
    }
  }
  return workbook;
}
