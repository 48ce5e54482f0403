// The read of a check from an .xlsx file, the same as the Office.js side's: every sheet's values from
// A1 to its last cell with content, and its merged areas; formulas too, for the settings sheet's registry.
import type { Workbook, Worksheet } from "exceljs";
import type { SheetForCheck } from "../layout/workbookCheck";
import { sheetContents } from "./readSheetsForInsert";

/** The last row and column holding anything; cells that are only formatted do not count. */
function usedExtent(sheet: Worksheet): { bottom: number; right: number } {
  let bottom = 0;
  let right = 0;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((_, column) => {
      bottom = rowNumber;
      right = Math.max(right, column);
    });
  });
  return { bottom, right };
}

/** Every sheet in tab order. */
export function readSheetsForCheck(workbook: Workbook): SheetForCheck[] {
  return workbook.worksheets.map((sheet) => {
    const { bottom, right } = usedExtent(sheet);
    return { ...sheetContents(sheet, bottom, right), merges: [...sheet.model.merges] };
  });
}
