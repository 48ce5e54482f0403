// The sheets the add-in writes whole (a summary, a parent office's sheets) put into a user's .xlsx:
// ExcelJS makes the sheets in a workbook of their own, and each is placed into the user's package, added
// or taking the place of the sheet of ours it replaces. Nothing else in the file is read or written again.
import { Workbook } from "exceljs";
import type { OwnSheetTarget } from "../layout/ownSheetTarget";
import type { SheetPlan } from "../layout/plan";
import { allContent, applyWorkbookPlan, chartsOf } from "./applyWorkbookPlan";
import { withSheetsPlaced } from "./packageWrite";
import { workbookBuffer } from "./workbookBuffer";

export interface OwnSheet {
  readonly plan: SheetPlan;
  readonly replaces: OwnSheetTarget["replaces"];
}

/** The sheets as an .xlsx of their own, charts included: a new workbook, or what is placed into one. */
export async function ownSheetsWorkbook(sheets: readonly OwnSheet[]): Promise<Uint8Array> {
  const plan = { sheets: sheets.map(({ plan: sheet }) => sheet) };
  const workbook = new Workbook();
  const tables = applyWorkbookPlan(workbook, plan, allContent(plan));
  return workbookBuffer(workbook, tables, chartsOf(plan));
}

/** The .xlsx bytes of `bytes` with `sheets` in it, each added or in place of the one it replaces. */
export async function withOwnSheets(bytes: Uint8Array, sheets: readonly OwnSheet[]): Promise<Buffer> {
  return withSheetsPlaced(
    bytes,
    await ownSheetsWorkbook(sheets),
    sheets.map(({ plan, replaces }) => ({ name: plan.name, replaces: replaces?.name ?? null })),
  );
}

/** The .xlsx bytes of `bytes` with the summary sheet `plan`, its chart included, at `target`. */
export async function withSummarySheet(
  bytes: Uint8Array,
  plan: SheetPlan,
  target: OwnSheetTarget,
): Promise<Buffer> {
  return withOwnSheets(bytes, [{ plan, replaces: target.replaces }]);
}
