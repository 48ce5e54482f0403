// The summary sheet written into a user's workbook as ExcelJS loaded it: the sheet is added, or takes the
// place of the summary it replaces, and nothing else is touched.
import type { Workbook } from "exceljs";
import type { SheetPlan } from "../layout/plan";
import type { SummaryTarget } from "../layout/workbookSummary";
import { allContent, applyWorkbookPlan, chartsOf } from "./applyWorkbookPlan";
import type { TableColumnsPart } from "./tableColumns";
import { workbookBuffer } from "./workbookBuffer";

/** ExcelJS orders the tabs by this number, which its typings leave out. */
type OrderedSheet = { orderNo: number };

/**
 * The .xlsx bytes of `workbook` with the summary sheet `plan` at `target`, its chart included.
 * `tables` are the workbook's tables as loadWorkbook read them.
 */
export async function withSummarySheet(
  workbook: Workbook,
  tables: readonly TableColumnsPart[],
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
  return workbookBuffer(workbook, [...tables, ...summaryTables], chartsOf(summary));
}
