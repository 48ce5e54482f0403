import type { Workbook } from "exceljs";
import { completeTableColumns, type TableColumnsPart } from "./tableColumns";

/** The .xlsx bytes of a workbook, its tables' columns completed as ExcelJS cannot write them. */
export async function workbookBuffer(
  workbook: Workbook,
  tables: readonly TableColumnsPart[],
): Promise<Buffer> {
  // ExcelJS saves formulas without results: ask Excel and LibreOffice to calculate them on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const written = await workbook.xlsx.writeBuffer();
  return completeTableColumns(new Uint8Array(written), tables);
}
