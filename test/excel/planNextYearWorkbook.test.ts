import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { planNextYearWorkbook } from "../../src/excel/planNextYearWorkbook";
import { planNextYear } from "../../src/layout/nextYear";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { fakeWorkbookSnapshot } from "../support/fakeSnapshot";
import { SEED_2565_SCORES } from "../support/seedScores";
import { typedGridRow } from "../support/typedGridRow";
import { insert, sheetsReadByHand, TODAY, typeScoresAndRows, workbookView } from "./insertFixture";

const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];

function planNext(fake: FakeExcel) {
  return planNextYearWorkbook(fake.context, fake.isSetSupported, TODAY);
}

/** A 2568 workbook as staff leave it at the year's end: the ten scores typed, one measure not done, one done. */
async function typed2568(apiVersion = "1.17"): Promise<FakeExcel> {
  const fake = createFakeExcel({ apiVersion });
  await insert(fake, { fiscalYear: 2568 });
  await typeScoresAndRows(fake, 2568, [
    typedGridRow("ประชุมชี้แจงบุคลากร", "ต.ค.-ธ.ค. ๒๕๖๗", 0),
    typedGridRow("จัดทำคำสั่งมอบหมายงาน", "ต.ค.-ธ.ค. ๒๕๖๗", 2),
  ]);
  return fake;
}

describe("planNextYearWorkbook on the fake host", () => {
  test("plans 2569 from a typed 2568 workbook: scores kept, the measure not done carried", async () => {
    const fake = await typed2568();
    const { settings, report } = await planNext(fake);
    expect(settings.fiscalYear).toBe(2569);
    expect(settings.previousYear).toBe(2568);
    expect(report).toMatchObject({ fromYear: 2568, toYear: 2569, done: 1, gridsLeft: [] });
    expect(report.carried).toEqual({ IIT: 1, EIT: 0, OIT: 0 });
    expect(report.previousScores).toBe(SEED_2565_SCORES.length);
  });

  test("the plan is the pure planner's on the same cells", async () => {
    const fake = await typed2568();
    const expected = planNextYear(sheetsReadByHand(fake), TODAY);
    expect(await planNext(fake)).toEqual(expected);
  });

  test.each(["1.4", "1.17"])(
    "on ExcelApi %s it reads in the syncs and operations of a check",
    async (apiVersion) => {
      const checked = await typed2568(apiVersion);
      await checkItaWorkbook(checked.context, checked.isSetSupported, TODAY);
      const planned = await typed2568(apiVersion);
      await planNext(planned);
      expect(planned.stats.syncs).toBe(checked.stats.syncs);
      expect(planned.stats.operationsPerSync).toEqual(checked.stats.operationsPerSync);
      expect(planned.stats.pendingOperations).toBe(0);
    },
  );

  test("a modern host is read in one sync", async () => {
    const fake = await typed2568("1.17");
    await planNext(fake);
    expect(fake.stats.syncs).toBe(1);
  });

  test("writes nothing: every sheet is as it was, the same sheet still active", async () => {
    const fake = await typed2568();
    const names = fake.sheetNames();
    const active = fake.activeSheetName();
    const snapshot = fakeWorkbookSnapshot(fake);
    const view = workbookView(fake);
    await planNext(fake);
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.activeSheetName()).toBe(active);
    expect(fakeWorkbookSnapshot(fake)).toEqual(snapshot);
    expect(workbookView(fake)).toEqual(view);
    // The typed cells themselves, so that an empty snapshot on both sides cannot pass.
    expect(fake.sheet(IIT).cell(`D${GRID_FIRST_DATA_ROW}`).value).toBe("ประชุมชี้แจงบุคลากร");
  });

  test("a workbook without our sheets is refused as having no ITA sheets, and is not written", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [["งบประมาณ", 2568]] } });
    const before = fakeWorkbookSnapshot(fake);
    await expect(planNext(fake)).rejects.toMatchObject({ code: "NoItaSheets" });
    expect(fakeWorkbookSnapshot(fake)).toEqual(before);
    expect(fake.stats.pendingOperations).toBe(0);
  });
});
