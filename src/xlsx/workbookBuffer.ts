import type { Workbook } from "exceljs";
import { addChartParts, type SheetChart } from "./chartPart";
import { withColumnBreaks } from "./pageBreaks";
import { completeTableColumns, type TableColumnsPart } from "./tableColumns";
import { compactValidations } from "./validation";

/**
 * The .xlsx bytes of a workbook, its tables' columns completed and its charts and column page breaks
 * added, as ExcelJS cannot write them.
 */
export async function workbookBuffer(
  workbook: Workbook,
  tables: readonly TableColumnsPart[],
  charts: readonly SheetChart[] = [],
): Promise<Uint8Array> {
  // ExcelJS saves formulas without results: ask Excel and LibreOffice to calculate them on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  workbook.worksheets.forEach(compactValidations);
  const written = await workbook.xlsx.writeBuffer();
  const completed = await withColumnBreaks(
    await completeTableColumns(new Uint8Array(written), tables),
    workbook,
  );
  return charts.length === 0 ? completed : addChartParts(completed, charts);
}
