// Values grids for check tests, as an executor would read them: the standard workbook's sheets from its
// plan (formulas read as "", as in a file nobody has calculated), and rows filled by header name.
import type { ToolId } from "../../src/domain/framework";
import { STATUS_HEADERS } from "../../src/domain/gridColumns";
import { findScoreTable } from "../../src/domain/scoreCheck";
import { SheetCells, type Cells } from "../../src/domain/sheetCells";
import { defaultSettings, type WorkbookSettings } from "../../src/domain/workbookSettings";
import { contentValues } from "../../src/layout/blocks";
import type { SheetPlan, SheetRole } from "../../src/layout/plan";
import { resolveSheetNames } from "../../src/layout/sheetNames";
import { GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { workbookPlan } from "../../src/layout/workbookPlan";

export const FY2568_TODAY = { year: 2025, month: 2, day: 10 };

export function settings2568(overrides: Partial<WorkbookSettings> = {}): WorkbookSettings {
  return { ...defaultSettings(FY2568_TODAY), fiscalYear: 2568, ...overrides };
}

/** The values a sheet plan writes, from A1; formula cells are "". */
export function planValues(plan: SheetPlan): unknown[][] {
  return contentValues(plan.content);
}

export function standardPlans(settings = settings2568()): Record<SheetRole, SheetPlan> {
  const plan = workbookPlan(settings, resolveSheetNames([], {}).names);
  return Object.fromEntries(plan.sheets.map((sheet) => [sheet.role, sheet])) as Record<SheetRole, SheetPlan>;
}

/** A row of a grid given by header: { ตัวชี้วัด: "…", ดำเนินการแล้ว: "✓" }. */
export type GridRow = Readonly<Record<string, unknown>>;

/** A standard grid of `tool` with `rows` written from its first data row; null leaves a blank row. */
export function gridValues(
  tool: ToolId,
  rows: readonly (GridRow | null)[],
  settings = settings2568(),
): Cells {
  const values = planValues(standardPlans(settings)[`grid-${tool}`]);
  const headers = values[GRID_HEADER_ROW - 1] as string[];
  rows.forEach((row, index) => {
    const line = headers.map(() => "" as unknown);
    for (const [header, value] of Object.entries(row ?? {})) {
      const column = headers.indexOf(header);
      if (column < 0) throw new Error(`the grid has no column headed ${header}`);
      line[column] = value;
    }
    values[GRID_HEADER_ROW + index] = line;
  });
  return values;
}

/** The standard score sheet with `scores` typed into its score column, in indicator order. */
export function scoreSheetValues(scores: readonly unknown[], settings = settings2568()): Cells {
  const values = planValues(standardPlans(settings).scores);
  const table = findScoreTable(new SheetCells(values));
  if (!table) throw new Error("the score sheet has no score header");
  scores.forEach((score, index) => {
    (values[table.headerRow + index] as unknown[])[table.scoreColumn - 1] = score;
  });
  return values;
}

/** A measure row of indicator 1 with one status marked, and a summary when it is done. */
export function measureRow(
  status: (typeof STATUS_HEADERS)[number],
  measure: string,
  period: string,
  responsible = "สำนักปลัด",
): GridRow {
  return {
    ตัวชี้วัด: "1. การปฏิบัติหน้าที่",
    "มาตรการ/กิจกรรม": measure,
    ผู้รับผิดชอบ: responsible,
    ระยะเวลาดำเนินการ: period,
    [status]: "✓",
    ...(status === STATUS_HEADERS[2] && { สรุปผลการดำเนินการ: "เสร็จแล้ว" }),
  };
}
