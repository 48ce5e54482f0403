import { problemMessage } from "../../src/domain/checkMessages";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { convertScores } from "../../src/excel/convertScores";
import { selectCell } from "../../src/excel/selectCell";
import { rangeAddress } from "../../src/layout/a1";
import { scoreConversions } from "../../src/layout/scoreConversions";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { checkSheets } from "../../src/layout/workbookCheck";
import { createFakeExcel, type FakeExcel, type SeedValue } from "../support/fakeExcel";
import { insert, sheetsReadByHand, sheetView, TODAY } from "./insertFixture";

const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const SCORES = DEFAULT_SHEET_NAMES.scores;
const FIRST_ROW = { row: GRID_FIRST_DATA_ROW, column: 1 };

function check(fake: FakeExcel) {
  return checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
}

async function insertedWorkbook(apiVersion = "1.17"): Promise<FakeExcel> {
  const fake = createFakeExcel({ apiVersion });
  await insert(fake);
  fake.resetStats();
  return fake;
}

/** Rows a user typed, A to R (the score and band columns are the table's formulas): no status marked. */
function measureRows(count: number): SeedValue[][] {
  return Array.from({ length: count }, (_, index) => [
    index + 1,
    "",
    "",
    `มาตรการ ${index + 1}`,
    "",
    "สำนักปลัด",
    "ต.ค.-ธ.ค.",
    ...Array<SeedValue>(11).fill(""),
  ]);
}

/** Types `rows` with their top-left cell at `row`, `column` (1-based), in one write. */
async function typeRows(
  fake: FakeExcel,
  sheet: string,
  at: { row: number; column: number },
  rows: SeedValue[][],
) {
  const address = rangeAddress({
    top: at.row,
    left: at.column,
    bottom: at.row + rows.length - 1,
    right: at.column + (rows[0]?.length ?? 1) - 1,
  });
  fake.context.workbook.worksheets.getItem(sheet).getRange(address).values = rows;
  await fake.context.sync();
  fake.resetStats();
}

/** What the pure checker finds on the same cells, read straight from the fake's state. */
function pureCheck(fake: FakeExcel) {
  return checkSheets(sheetsReadByHand(fake), TODAY);
}

describe("the read of a check", () => {
  test("a fresh template checks clean, in one read sync and no write", async () => {
    const fake = await insertedWorkbook();
    const result = await check(fake);
    expect(result.problems).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.pendingOperations).toBe(0);
  });

  test("the same syncs and operations for 10, 1,000 and 10,000 typed rows", async () => {
    const stats = [];
    for (const count of [10, 1000, 10000]) {
      const fake = await insertedWorkbook();
      await typeRows(fake, IIT, FIRST_ROW, measureRows(count));
      const result = await check(fake);
      expect(result.counts.bySheet[IIT]?.errors).toBe(count);
      stats.push(fake.stats.operationsPerSync);
    }
    expect(stats[0]).toHaveLength(1);
    expect(stats[1]).toEqual(stats[0]);
    expect(stats[2]).toEqual(stats[0]);
  });

  test("the problems are the pure checker's on the same cells", async () => {
    const fake = await insertedWorkbook();
    await typeRows(fake, IIT, FIRST_ROW, [
      [1, "", "", "ประชาสัมพันธ์ช่องทางร้องเรียน", "", "", "มี.ค.", "✓", "✓", "", "", "", "", ""],
      [2, "", "", "", "", "สำนักปลัด", "เมื่อไรก็ได้", "", "", "x", "", "", "", ""],
    ]);
    const result = await check(fake);
    expect(result).toEqual({ ...pureCheck(fake), mergesUnknown: false });
    expect(result.problems.map((problem) => problemMessage(problem, "th"))).toContain(
      "แถว 6: ยังไม่ได้ระบุผู้รับผิดชอบ ให้พิมพ์ชื่อกองหรือผู้รับผิดชอบ เช่น สำนักปลัด",
    );
  });

  test("a sheet whose used range starts far from A1, and an empty sheet, are read from A1", async () => {
    const fake = createFakeExcel({ sheets: { Empty: [], Far: [] } });
    fake.context.workbook.worksheets.getItem("Far").getRange("D5").values = [["ข้อความ"]];
    await fake.context.sync();
    fake.resetStats();
    const result = await check(fake);
    expect(result.problems.map((problem) => problem.rule)).toEqual(["grid.none"]);
    expect(result).toEqual({ ...pureCheck(fake), mergesUnknown: false });
  });

  test("a grid the user deleted, or emptied, is reported, not a crash", async () => {
    const fake = await insertedWorkbook();
    // The fake cannot delete a sheet, and its formulas do not follow a rename: the settings sheet's
    // reference then names a sheet that is gone, as after a deletion.
    fake.context.workbook.worksheets.getItem(IIT).name = "ชีตเก่า";
    const EIT = DEFAULT_SHEET_NAMES["grid-EIT"];
    fake.context.workbook.worksheets.getItem(EIT).getRange("A1:T40").values = Array.from({ length: 40 }, () =>
      Array<SeedValue>(20).fill(""),
    );
    await fake.context.sync();
    const result = await check(fake);
    expect(result.problems.map(({ rule, sheet, params }) => [rule, sheet, params])).toEqual([
      ["grid.deleted", null, { tool: "IIT" }],
      ["grid.headersMissing", EIT, { tool: "EIT" }],
    ]);
  });

  test("merged areas reach the checker where the host has them (ExcelApi 1.13)", async () => {
    const fake = await insertedWorkbook();
    const result = await check(fake);
    expect(result).toEqual({ ...pureCheck(fake), mergesUnknown: false });
    expect(fake.sheet(IIT).merges().length).toBeGreaterThan(0);
  });

  test.each([
    ["1.1", 2],
    ["1.4", 2],
    ["1.7", 1],
    ["1.9", 1],
    ["1.13", 1],
    ["1.17", 1],
  ])("on ExcelApi %s a check runs in %d read sync(s)", async (apiVersion, syncs) => {
    const fake = await insertedWorkbook(apiVersion);
    await typeRows(fake, IIT, FIRST_ROW, measureRows(3));
    const result = await check(fake);
    expect(fake.stats.syncs).toBe(syncs);
    // Before 1.13 Excel cannot say which cells are merged, and the pane says so.
    expect(result.mergesUnknown).toBe(Number(apiVersion.split(".")[1]) < 13);
    expect(result.counts.errors).toBe(3);
    expect(result.problems.every((problem) => problem.sheet === IIT)).toBe(true);
  });
});

describe("converting scores typed as text", () => {
  test("writes the checked numbers into the reported cells only, in one sync, and the check is then clean", async () => {
    const fake = await insertedWorkbook();
    // The first indicators' scores: Thai digits, a number stored as text, and a proper number.
    await typeRows(fake, SCORES, { row: 8, column: 3 }, [["๙๔.๗๐"], ["'88.5"], [75]]);
    const found = await check(fake);
    expect(found.problems.map(({ rule, column, row }) => [rule, `${column}${row}`])).toEqual([
      ["score.thaiDigits", "C8"],
      ["score.numberAsText", "C9"],
    ]);
    const before = sheetView(fake, SCORES);
    fake.resetStats();

    expect(await convertScores(fake.context, scoreConversions(found.problems))).toBe(2);

    expect(fake.stats.syncs).toBe(1);
    const after = sheetView(fake, SCORES);
    expect(after.cells[7]?.[2]).toMatchObject({ value: 94.7, numberFormat: "0.00" });
    expect(after.cells[8]?.[2]).toMatchObject({ value: 88.5, numberFormat: "0.00" });
    const others = (view: typeof before) => ({
      ...view,
      cells: view.cells.map((row, index) =>
        index === 7 || index === 8 ? row.filter((_, c) => c !== 2) : row,
      ),
    });
    expect(others(after)).toEqual(others(before));
    expect((await check(fake)).problems).toEqual([]);
  });

  test("nothing to convert sends nothing", async () => {
    const fake = await insertedWorkbook();
    expect(await convertScores(fake.context, [])).toBe(0);
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("selecting a problem's cell", () => {
  test("activates its sheet and selects the cell in one sync", async () => {
    const fake = await insertedWorkbook();
    await selectCell(fake.context, IIT, "F8");
    expect(fake.stats.syncs).toBe(1);
    expect(fake.activeSheetName()).toBe(IIT);
    expect(fake.sheet(IIT).selection).toBe("F8");
  });

  test("a sheet gone since the check rejects with ItemNotFound", async () => {
    const fake = await insertedWorkbook();
    await expect(selectCell(fake.context, "ไม่มีแผ่นนี้", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
