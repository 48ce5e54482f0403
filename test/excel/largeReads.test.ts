// Reads too large for one answer: Excel on the web refuses a response over 5 MB, and every host answers
// null for more than 5 million cells (docs/hostile-input.md, "A 50,000-row grid").
import { TODAY, trackingRows } from "../../bench/checkRows";
import { findFramework } from "../../src/domain/frameworks";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { hostCapabilities } from "../../src/excel/capabilities";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { insertItaSheets } from "../../src/excel/insertItaSheets";
import { readForCheck } from "../../src/excel/readForCheck";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { rangeAddress } from "../../src/layout/a1";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { settingsExtent } from "../../src/layout/settingsSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import type { SheetForCheck } from "../../src/layout/workbookCheck";
import { failureMessage } from "../../src/taskpane/failures";
import { EN } from "../../src/taskpane/i18n/en";
import { TH } from "../../src/taskpane/i18n/th";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../support/fakeExcel";
import { SEED_2565_SCORES } from "../support/seedScores";

const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const LARGE_GRID_ROWS = 50_000;
/** Beside the grid's table: merged areas every so many rows, so that some straddle the read's chunks. */
const MERGE_EVERY = 997;

/** The standard workbook, its scores typed and `rows` rows typed into its IIT grid, counters at zero. */
async function workbookWithRows(options: FakeExcelOptions, rows: number): Promise<FakeExcel> {
  const fake = createFakeExcel(options);
  await insertItaSheets(fake.context, fake.isSetSupported, TODAY);
  const worksheets = fake.context.workbook.worksheets;
  const framework = findFramework(defaultSettings(TODAY).fiscalYear);
  if (!framework) throw new Error("no ITA framework for the test's day");
  const scores = scoreSheetLayout(framework).lookup.scores.replace(/\$/g, "");
  worksheets.getItem(DEFAULT_SHEET_NAMES.scores).getRange(scores).values = SEED_2565_SCORES.map((score) => [
    score,
  ]);
  const headers = fake.sheet(IIT).tables()[0]?.headers ?? [];
  const grid = worksheets.getItem(IIT);
  const bottom = GRID_FIRST_DATA_ROW + rows - 1;
  grid.getRange(rangeAddress({ top: GRID_FIRST_DATA_ROW, left: 1, bottom, right: headers.length })).values =
    trackingRows(rows, headers);
  const notes = headers.length + 2;
  for (let top = GRID_FIRST_DATA_ROW; top + 3 <= bottom; top += MERGE_EVERY) {
    const note = grid.getRange(rangeAddress({ top, left: notes, bottom: top + 3, right: notes + 1 }));
    note.merge();
    note.getCell(0, 0).values = [[`หมายเหตุ แถว ${top}`]];
  }
  await fake.context.sync();
  fake.resetStats();
  return fake;
}

function read(fake: FakeExcel) {
  return readForCheck(fake.context, hostCapabilities(fake.isSetSupported), settingsExtent(TODAY));
}

/** Merged areas in a stable order: a read in chunks finds them chunk by chunk. */
function sortedMerges(sheets: SheetForCheck[]) {
  return sheets.map((sheet) => ({ ...sheet, merges: [...(sheet.merges ?? [])].sort() }));
}

describe("a 50,000-row tracking grid", () => {
  let onDesktop: FakeExcel;
  let onWeb: FakeExcel;

  beforeAll(async () => {
    onDesktop = await workbookWithRows({}, LARGE_GRID_ROWS);
    onWeb = await workbookWithRows({ platform: "web" }, LARGE_GRID_ROWS);
  }, 120_000);

  beforeEach(() => {
    onDesktop.resetStats();
    onWeb.resetStats();
  });

  test("is read on Excel on the web, in chunks, as the desktop reads it in one sync", async () => {
    const whole = await read(onDesktop);
    expect(onDesktop.stats.syncs).toBe(1);
    expect(whole.find((sheet) => sheet.name === IIT)?.values).toHaveLength(
      GRID_FIRST_DATA_ROW + LARGE_GRID_ROWS - 1,
    );

    const chunked = await read(onWeb);
    expect(sortedMerges(chunked)).toEqual(sortedMerges(whole));
    // The whole read refused, the sizes, then chunks of rows.
    expect(onWeb.stats.syncs).toBeGreaterThan(3);
    expect(onWeb.stats.pendingOperations).toBe(0);
  }, 120_000);

  test("checks and summarises on Excel on the web as on the desktop", async () => {
    await expect(checkItaWorkbook(onWeb.context, onWeb.isSetSupported, TODAY)).resolves.toEqual(
      await checkItaWorkbook(onDesktop.context, onDesktop.isSetSupported, TODAY),
    );
    const summary = await summariseItaWorkbook(onWeb.context, onWeb.isSetSupported, TODAY);
    expect(summary).toEqual(await summariseItaWorkbook(onDesktop.context, onDesktop.isSetSupported, TODAY));
    expect(summary.summary.progress.IIT?.rows).toBe(LARGE_GRID_ROWS);
  }, 120_000);
});

describe("the standard workbook on Excel on the web", () => {
  test("is still checked in one sync and summarised in two", async () => {
    const fake = await workbookWithRows({ platform: "web" }, 10);
    await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
    expect(fake.stats.syncs).toBe(1);
    fake.resetStats();
    await summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
    expect(fake.stats.syncs).toBe(2);
  });
});

describe("a sheet of more than 5 million cells from A1", () => {
  async function strayValue(options: FakeExcelOptions): Promise<FakeExcel> {
    const fake = createFakeExcel({ ...options, sheets: { Plan: [["มาตรการ"]], "งบ 68": [["ก"]] } });
    // One value left far down: the used range reaches E1048576, 5,242,880 cells.
    fake.context.workbook.worksheets.getItem("งบ 68").getRange("E1048576").values = [["ค้าง"]];
    await fake.context.sync();
    fake.resetStats();
    return fake;
  }

  test.each<FakeExcelOptions>([{}, { platform: "web" }, { apiVersion: "1.9" }])(
    "is too large to check, named, never a crash on null (%o)",
    async (options) => {
      const fake = await strayValue(options);
      await expect(checkItaWorkbook(fake.context, fake.isSetSupported, TODAY)).rejects.toMatchObject({
        code: "SheetTooLarge",
        sheets: ["งบ 68"],
      });
      expect(fake.stats.pendingOperations).toBe(0);
    },
  );

  test("the pane says which sheet, and what to do, in Thai and English", async () => {
    const fake = await strayValue({});
    const error: unknown = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY).catch(
      (failure: unknown) => failure,
    );
    const message = failureMessage((text) => text.check.failed, error);
    expect(message(TH).lines).toEqual([TH.failures.sheetTooLarge("“งบ 68”")]);
    expect(message(EN).lines).toEqual([EN.failures.sheetTooLarge("“งบ 68”")]);
    expect(EN.failures.sheetTooLarge("“งบ 68”")).toContain("“งบ 68”");
  });
});

describe("a failure a read without merged areas would meet again", () => {
  test("a cell being edited is the caller's at once, not read twice", async () => {
    const fake = await workbookWithRows({}, 10);
    const code = "InvalidOperationInCellEditMode";
    const sync = jest
      .spyOn(fake.context, "sync")
      .mockRejectedValueOnce(Object.assign(new Error(code), { code }));
    await expect(read(fake)).rejects.toMatchObject({ code });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
