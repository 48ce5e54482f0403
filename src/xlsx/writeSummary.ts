// The summary sheet written into a user's .xlsx: ExcelJS makes the sheet in a workbook of its own, and
// the sheet is placed into the user's package, added or taking the place of the summary it replaces.
// Nothing else in the file is read or written again.
import { Workbook } from "exceljs";
import type { SheetPlan } from "../layout/plan";
import type { OwnSheetTarget } from "../layout/ownSheetTarget";
import { allContent, applyWorkbookPlan, chartsOf } from "./applyWorkbookPlan";
import { withSheetsPlaced } from "./packageWrite";
import { workbookBuffer } from "./workbookBuffer";

/** The .xlsx bytes of `bytes` with the summary sheet `plan`, its chart included, at `target`. */
export async function withSummarySheet(
  bytes: Uint8Array,
  plan: SheetPlan,
  target: OwnSheetTarget,
): Promise<Buffer> {
  const summary = { sheets: [plan] };
  const workbook = new Workbook();
  const tables = applyWorkbookPlan(workbook, summary, allContent(summary));
  const written = await workbookBuffer(workbook, tables, chartsOf(summary));
  return withSheetsPlaced(bytes, written, [{ name: plan.name, replaces: target.replaces?.name ?? null }]);
}
