// The summary sheet written into a user's workbook as ExcelJS loaded it: the sheet is added, or takes the
// place of the summary it replaces, and nothing else is touched.
import type { Workbook } from "exceljs";
import type { SheetPlan } from "../layout/plan";
import type { SummaryTarget } from "../layout/workbookSummary";
import { allContent, applyWorkbookPlan, chartsOf } from "./applyWorkbookPlan";
import { withCarriedCharts } from "./carriedCharts";
import type { TableColumnsPart } from "./tableColumns";
import { workbookBuffer } from "./workbookBuffer";

/** ExcelJS orders the tabs by this number, which its typings leave out. */
type OrderedSheet = { orderNo: number };

/** A user's workbook as loadWorkbook read it, with the bytes it was read from. */
export interface ReadWorkbook {
  readonly bytes: Uint8Array;
  readonly workbook: Workbook;
  readonly tables: readonly TableColumnsPart[];
}

/**
 * The .xlsx bytes of the workbook with the summary sheet `plan` at `target`, its chart included, and the
 * charts of the other sheets carried over from the file as it was read.
 */
export async function withSummarySheet(
  { bytes, workbook, tables }: ReadWorkbook,
  plan: SheetPlan,
  target: SummaryTarget,
): Promise<Buffer> {
  const replaced = target.replaces === null ? undefined : workbook.getWorksheet(target.replaces.name);
  if (replaced) workbook.removeWorksheet(replaced.id);
  // A new sheet goes last; one that replaces another takes its tab.
  const sheet = workbook.addWorksheet(plan.name);
  if (replaced) (sheet as unknown as OrderedSheet).orderNo = (replaced as unknown as OrderedSheet).orderNo;
  const summary = { sheets: [plan] };
  const summaryTables = applyWorkbookPlan(workbook, summary, allContent(summary));
  const written = await workbookBuffer(workbook, [...tables, ...summaryTables], chartsOf(summary));
  return withCarriedCharts(bytes, written, target.replaces === null ? [] : [target.replaces.name]);
}
