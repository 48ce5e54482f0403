import type { Workbook } from "exceljs";
import { addChartParts, type SheetChart } from "./chartPart";
import { completeTableColumns, type TableColumnsPart } from "./tableColumns";

/**
 * The .xlsx bytes of a workbook, its tables' columns completed and its charts added, as ExcelJS
 * cannot write either.
 */
export async function workbookBuffer(
  workbook: Workbook,
  tables: readonly TableColumnsPart[],
  charts: readonly SheetChart[] = [],
): Promise<Uint8Array> {
  // ExcelJS saves formulas without results: ask Excel and LibreOffice to calculate them on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const written = await workbook.xlsx.writeBuffer();
  const completed = await completeTableColumns(new Uint8Array(written), tables);
  return charts.length === 0 ? completed : addChartParts(completed, charts);
}
