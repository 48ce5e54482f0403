// The standard workbook as `new` writes it, with what staff typed into it: scores, measures in the grids,
// the OIT register's statuses. Each cell that differs from the plan's is typed, as a person types it.
import type { Workbook, Worksheet } from "exceljs";
import { TOOL_IDS, type ToolId } from "../../src/domain/framework";
import type { Cells } from "../../src/domain/sheetCells";
import type { WorkbookSettings } from "../../src/domain/workbookSettings";
import { REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import type { SheetRole } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { gridValues, planValues, scoreSheetValues, standardPlans, type GridRow } from "./gridValues";

/** Types into a sheet of the standard workbook the cells `typed` holds beyond the sheet's plan. */
export function typeInto(
  workbook: Workbook,
  settings: WorkbookSettings,
  role: SheetRole,
  typed: Cells,
): void {
  const sheet = workbook.getWorksheet(DEFAULT_SHEET_NAMES[role]);
  if (!sheet) throw new Error(`the standard workbook has no ${role} sheet`);
  const plain = planValues(standardPlans(settings)[role]);
  typed.forEach((line, row) =>
    line.forEach((value, column) => {
      if (value !== (plain[row]?.[column] ?? "")) sheet.getCell(row + 1, column + 1).value = value as never;
    }),
  );
}

export interface Typed {
  readonly scores?: readonly unknown[];
  readonly grids?: Partial<Record<ToolId, readonly GridRow[]>>;
  /** Typed into the register's status column from its first item down: ครบถ้วน, ไม่ครบ … */
  readonly registerStatuses?: readonly string[];
  /** Anything else, done to the workbook before it is saved. */
  readonly more?: (workbook: Workbook) => void;
}

export function typedWorkbook(settings: WorkbookSettings, typed: Typed = {}) {
  const made = standardWorkbook(settings);
  const { workbook } = made;
  if (typed.scores) typeInto(workbook, settings, "scores", scoreSheetValues(typed.scores, settings));
  for (const tool of TOOL_IDS) {
    const rows = typed.grids?.[tool];
    if (rows) typeInto(workbook, settings, `grid-${tool}`, gridValues(tool, rows, settings));
  }
  if (typed.registerStatuses) {
    const register = workbook.getWorksheet(DEFAULT_SHEET_NAMES["oit-register"]);
    const headers = planValues(standardPlans(settings)["oit-register"])[REGISTER_HEADER_ROW - 1] ?? [];
    const statusColumn = headers.indexOf("สถานะ") + 1;
    if (!register || statusColumn === 0)
      throw new Error("the standard workbook has a register with statuses");
    typed.registerStatuses.forEach((status, index) => {
      register.getCell(REGISTER_HEADER_ROW + 1 + index, statusColumn).value = status;
    });
  }
  typed.more?.(workbook);
  return made;
}

export async function typedWorkbookBytes(settings: WorkbookSettings, typed: Typed = {}): Promise<Uint8Array> {
  const { workbook, tables } = typedWorkbook(settings, typed);
  return workbookBuffer(workbook, tables);
}

/** Types `values` into `row` from column A, one cell at a time: the row's other cells stay as they are. */
export function typeRow(sheet: Worksheet, row: number, values: readonly unknown[]): void {
  values.forEach((value, index) => {
    if (value !== null) sheet.getCell(row, index + 1).value = value as never;
  });
}
