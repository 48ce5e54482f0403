// Shared by the insert tests: a fixed day, the use case on a fake host, the plan a test expects, and a
// view of everything a user could see in a workbook, to compare before and after.
import type { CalendarDate } from "../../src/domain/thaiCalendar";
import { defaultSettings, type WorkbookSettings } from "../../src/domain/workbookSettings";
import { insertItaSheets, type InsertOptions } from "../../src/excel/insertItaSheets";
import type { SheetRole, WorkbookPlan } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import type { SheetForCheck } from "../../src/layout/workbookCheck";
import { workbookPlan } from "../../src/layout/workbookPlan";
import type { Framework } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import { rangeAddress } from "../../src/layout/a1";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import type { FakeExcel, SeedValue } from "../support/fakeExcel";
import { SEED_2565_SCORES } from "../support/seedScores";

/** 21 November 2025: fiscal year 2569 in Thailand. */
export const TODAY: CalendarDate = { year: 2025, month: 11, day: 21 };

export function insert(fake: FakeExcel, options: InsertOptions = {}) {
  return insertItaSheets(fake.context, fake.isSetSupported, TODAY, options);
}

export function expectedPlan(
  settings: Partial<WorkbookSettings> = {},
  names: Partial<Record<SheetRole, string>> = {},
): WorkbookPlan {
  return workbookPlan({ ...defaultSettings(TODAY), ...settings }, { ...DEFAULT_SHEET_NAMES, ...names });
}

/** Everything of a sheet a user could notice, over a box wider than any plan. */
export function sheetView(fake: FakeExcel, name: string, box = { rows: 40, columns: 24 }) {
  const sheet = fake.sheet(name);
  const cells = Array.from({ length: box.rows }, (_, row) =>
    Array.from({ length: box.columns }, (_, column) => sheet.cell(`${columnName(column)}${row + 1}`)),
  );
  return {
    name: sheet.name,
    position: sheet.position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    cells,
    merges: sheet.merges(),
    conditionalFormats: sheet.conditionalFormats(),
    tables: sheet.tables(),
    freezePanes: sheet.freezePanes,
    pageLayout: sheet.pageLayout,
    pageBreaks: sheet.pageBreaks,
    columnWidths: Array.from({ length: box.columns }, (_, column) => sheet.columnWidth(columnName(column))),
    rowHeights: Array.from({ length: box.rows }, (_, row) => sheet.rowHeight(row + 1)),
  };
}

export function workbookView(fake: FakeExcel) {
  return fake.sheetNames().map((name) => sheetView(fake, name));
}

function columnName(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Every sheet as an executor's read gives it, from A1 to its last value, straight from the fake's state. */
export function sheetsReadByHand(fake: FakeExcel): SheetForCheck[] {
  return fake.sheetNames().map((name) => {
    const sheet = fake.sheet(name);
    const corner = sheet.usedAddress(true)?.split(/[!:]/).at(-1) ?? "A1";
    const box = `A1:${corner}`;
    return {
      name,
      visibility: sheet.visibility,
      values: sheet.values(box),
      formulas: sheet.formulas(box),
      merges: sheet.merges(),
    };
  });
}

/**
 * Types, into a workbook our sheets were inserted into for `fiscalYear`, the seed report's ten scores and
 * `rows` into the IIT grid from its first data row, as staff would; the fake's counts then start afresh.
 */
export async function typeScoresAndRows(
  fake: FakeExcel,
  fiscalYear: number,
  rows: SeedValue[][],
): Promise<void> {
  const sheets = fake.context.workbook.worksheets;
  const scores = scoreSheetLayout(findFramework(fiscalYear) as Framework).lookup.scores.replace(/\$/g, "");
  sheets.getItem(DEFAULT_SHEET_NAMES.scores).getRange(scores).values = SEED_2565_SCORES.map((score) => [
    score,
  ]);
  const address = rangeAddress({
    top: GRID_FIRST_DATA_ROW,
    left: 1,
    bottom: GRID_FIRST_DATA_ROW + rows.length - 1,
    right: rows[0]?.length ?? 1,
  });
  sheets.getItem(DEFAULT_SHEET_NAMES["grid-IIT"]).getRange(address).values = rows;
  await fake.context.sync();
  fake.resetStats();
}
