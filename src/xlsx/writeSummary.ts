// The sheets the add-in writes whole (a summary, a parent office's sheets) put into a user's .xlsx:
// the sheets are made in a workbook of their own, and each is placed into the user's package, added or
// taking the place of the sheet of ours it replaces. Nothing else in the file is read or written again.
import { Workbook } from "exceljs";
import { parseRange, rangeAddress } from "../layout/a1";
import { plannedCell, valuesAt } from "../layout/blocks";
import type { OwnSheetTarget } from "../layout/ownSheetTarget";
import type { SheetPlan } from "../layout/plan";
import { applyWorkbookFrame, chartsOf } from "./applyWorkbookPlan";
import { withSheetsPlaced } from "./packageWrite";
import { withPlannedCells } from "./streamedCells";
import { workbookBuffer } from "./workbookBuffer";

export interface OwnSheet {
  readonly plan: SheetPlan;
  readonly replaces: OwnSheetTarget["replaces"];
}

/**
 * The sheet without its cells, which are streamed in once ExcelJS has written the rest: a table keeps its
 * header and one row, and is given its whole range back in the written file.
 */
function frameOf(plan: SheetPlan): SheetPlan {
  if (plan.table === undefined) return { ...plan, content: [] };
  const box = parseRange(plan.table.address);
  const header = Array.from({ length: box.right - box.left + 1 }, (_, index) => box.left + index);
  return {
    ...plan,
    content: [
      valuesAt(box.top, box.left, [
        header.map((column) => plannedCell(plan.content, box.top, column).value ?? null),
      ]),
    ],
    table: { ...plan.table, address: rangeAddress({ ...box, bottom: box.top + 1 }) },
  };
}

/**
 * The sheets as an .xlsx of their own, charts included: a new workbook, or what is placed into one. ExcelJS
 * writes everything but the cells, which are streamed in as XML: a parent office's sheets hold a row per
 * unit, and ExcelJS keeps an object per cell.
 */
export async function ownSheetsWorkbook(sheets: readonly OwnSheet[]): Promise<Uint8Array> {
  const plans = sheets.map(({ plan: sheet }) => sheet);
  const frames = { sheets: plans.map(frameOf) };
  const workbook = new Workbook();
  const ranges = new Map(plans.flatMap(({ table }) => (table ? [[table.name, table.address] as const] : [])));
  const tables = applyWorkbookFrame(workbook, frames).map((table) => ({
    ...table,
    ref: ranges.get(table.table),
  }));
  return withPlannedCells(await workbookBuffer(workbook, tables, chartsOf(frames)), plans);
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
