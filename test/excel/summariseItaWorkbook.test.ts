import { findFramework } from "../../src/domain/frameworks";
import { typedGridRow } from "../support/typedGridRow";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { scoreAssessment } from "../../src/domain/scoring";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { rangeAddress } from "../../src/layout/a1";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { planSummary } from "../../src/layout/workbookSummary";
import { createFakeExcel, type FakeExcel, type SeedValue } from "../support/fakeExcel";
import { planValues } from "../support/gridValues";
import { insert, sheetsReadByHand, sheetView, TODAY, typeScoresAndRows } from "./insertFixture";
import { SEED_2565_SCORES } from "../support/seedScores";

const HOSTILE_MEASURE = '=HYPERLINK("http://example.com","คลิก")';

function summarise(fake: FakeExcel) {
  return summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
}

/** Grid rows A to R as staff type them: a measure, a unit, a period, one status (H to J). */
function typedRows(): SeedValue[][] {
  return [
    typedGridRow("จัดทำคำสั่งมอบหมายงาน", "ต.ค. ๒๕๖๘", 2),
    typedGridRow(HOSTILE_MEASURE, "ต.ค. ๒๕๖๘", 1),
    typedGridRow("เผยแพร่ประกาศ", "ก.ค.-ก.ย. ๒๕๖๙", 0),
  ];
}

async function typedWorkbook(apiVersion = "1.17"): Promise<FakeExcel> {
  return await typedWorkbookInto(createFakeExcel({ apiVersion }));
}

async function typedWorkbookInto(fake: FakeExcel): Promise<FakeExcel> {
  await insert(fake);
  await typeScoresAndRows(fake, defaultSettings(TODAY).fiscalYear, typedRows());
  return fake;
}

describe("summariseItaWorkbook on a workbook with typed scores and rows", () => {
  test("reads in one sync and writes in one, the figures being the domain's", async () => {
    const fake = await typedWorkbook();
    const before = sheetsReadByHand(fake);
    const outcome = await summarise(fake);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.pendingOperations).toBe(0);

    const framework = findFramework(defaultSettings(TODAY).fiscalYear)!;
    expect(outcome.summary.scores?.assessment).toEqual(
      scoreAssessment(framework, SEED_2565_SCORES, defaultSettings(TODAY).thresholds),
    );
    expect(outcome.summary.progress.IIT).toEqual({ notStarted: 1, inProgress: 1, done: 1, rows: 3 });
    expect(outcome.sheet).toBe(SUMMARY_SHEET_NAME);
    expect(outcome.keptEdited).toBeNull();
    expect(outcome.missingFeatures).toEqual([]);
    expect(outcome.memo).toEqual(planSummary(before, TODAY).memo);
  });

  test("writes the planned cells, user text as text, and the active sheet is the summary", async () => {
    const fake = await typedWorkbook();
    const { plan } = planSummary(sheetsReadByHand(fake), TODAY);
    await summarise(fake);
    const expected = planValues(plan);
    const corner = rangeAddress({ top: 1, left: 1, bottom: expected.length, right: 8 });
    const written = fake.sheet(SUMMARY_SHEET_NAME).values(corner);
    expect(written.map((line) => line.slice(0, 8))).toEqual(
      expected.map((line) => Array.from({ length: 8 }, (_, index) => line[index] ?? "")),
    );
    const sheet = fake.sheet(SUMMARY_SHEET_NAME);
    const cells = expected.flatMap((line, row) =>
      Array.from({ length: 8 }, (_, column) => sheet.cell(`${String.fromCharCode(65 + column)}${row + 1}`)),
    );
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    expect(cells.filter((cell) => cell.value === HOSTILE_MEASURE)).toHaveLength(1);
    expect(fake.activeSheetName()).toBe(SUMMARY_SHEET_NAME);
  });

  test("draws the scores as columns in their bands' colours and the thresholds as lines", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    const [chart, ...others] = fake.sheet(SUMMARY_SHEET_NAME).charts();
    expect(others).toEqual([]);
    expect(chart?.series.map(({ chartType }) => chartType)).toEqual([
      "ColumnClustered",
      "Line",
      "Line",
      "Line",
    ]);
    expect(chart?.axes.value).toMatchObject({ minimum: 0, maximum: 100 });
    expect(chart?.font).toEqual({ name: "TH SarabunPSK", size: 12 });
  });

  test("starts the chart's section on a new page, and no page with a section's heading alone", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    const summary = fake.sheet(SUMMARY_SHEET_NAME);
    const [chart] = summary.charts();
    // Each page but the first starts at a numbered section's heading.
    const headings = summary.pageBreaks.rows.map((row) => String(summary.cell(`A${row + 1}`).value));
    headings.forEach((heading) => expect(heading).toMatch(/^[๐-๙0-9]+\. /));
    const chartBreak = summary.pageBreaks.rows.find((_, index) =>
      /กราฟคะแนนรายตัวชี้วัด/.test(headings[index] ?? ""),
    );
    // The heading sits on the row the page starts at, the chart right under it.
    expect(chartBreak).toBeDefined();
    expect(chart?.position).toMatch(new RegExp(`^A${(chartBreak as number) + 2}:`));
  });

  test("changes no other sheet", async () => {
    const fake = await typedWorkbook();
    const names = fake.sheetNames();
    const before = names.map((name) => sheetView(fake, name));
    await summarise(fake);
    await summarise(fake);
    expect(names.map((name) => sheetView(fake, name))).toEqual(before);
  });
});

describe("summariseItaWorkbook again", () => {
  test("replaces its own untouched sheet where it stands: the read, the old sheet's charts, the write", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    const position = fake.sheet(SUMMARY_SHEET_NAME).position;
    fake.resetStats();
    const outcome = await summarise(fake);
    expect(fake.stats.syncs).toBe(3);
    expect(outcome.sheet).toBe(SUMMARY_SHEET_NAME);
    expect(fake.sheetNames().filter((name) => name.startsWith(SUMMARY_SHEET_NAME))).toEqual([
      SUMMARY_SHEET_NAME,
    ]);
    expect(fake.sheet(SUMMARY_SHEET_NAME).position).toBe(position);
    expect(fake.sheet(SUMMARY_SHEET_NAME).charts()).toHaveLength(1);
  });

  test("keeps every reference to it from other sheets: the sheet is emptied and written again, not deleted", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    const worksheets = fake.context.workbook.worksheets;
    worksheets.add("รายงานผู้บริหาร").getRange("A1").formulas = [[`='${SUMMARY_SHEET_NAME}'!A1`]];
    await fake.context.sync();
    await summarise(fake);
    expect(fake.sheet("รายงานผู้บริหาร").cell("A1").formula).toBe(`='${SUMMARY_SHEET_NAME}'!A1`);
  });

  test("leaves nothing of the old summary behind: cells, formats, merges and charts are the new plan's", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    // Every row overdue now: the old summary lists them, the new one, a day later, lists none.
    const later = await summariseItaWorkbook(fake.context, fake.isSetSupported, {
      ...TODAY,
      year: TODAY.year + 2,
    });
    expect(later.summary.overdue.length).toBeGreaterThan(0);
    const afterOverdue = sheetView(fake, later.sheet);
    await summarise(fake);
    const fresh = createFakeExcel();
    await summarise(await typedWorkbookInto(fresh));
    // Rows the old summary had made taller keep their height: Excel's clear leaves row heights.
    const withoutRowHeights = (view: ReturnType<typeof sheetView>) => ({ ...view, rowHeights: null });
    expect(withoutRowHeights(sheetView(fake, SUMMARY_SHEET_NAME))).toEqual(
      withoutRowHeights(sheetView(fresh, SUMMARY_SHEET_NAME)),
    );
    expect(sheetView(fake, SUMMARY_SHEET_NAME).cells).not.toEqual(afterOverdue.cells);
    // Excel numbers charts on, so the new chart is not "Chart 1" again.
    const unnamed = (charts: ReturnType<FakeExcel["sheet"]>["charts"]) =>
      charts().map((chart) => ({ ...chart, name: null }));
    expect(unnamed(() => fake.sheet(SUMMARY_SHEET_NAME).charts())).toEqual(
      unnamed(() => fresh.sheet(SUMMARY_SHEET_NAME).charts()),
    );
    expect(fake.sheet(SUMMARY_SHEET_NAME).charts()).toHaveLength(1);
  });

  test("replaces it even when it is the only sheet left visible", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    for (const name of fake.sheetNames()) {
      if (name !== SUMMARY_SHEET_NAME && fake.sheet(name).visibility === "Visible") {
        fake.context.workbook.worksheets.getItem(name).visibility = "Hidden";
      }
    }
    await fake.context.sync();
    const names = fake.sheetNames();
    const outcome = await summarise(fake);
    expect(outcome.sheet).toBe(SUMMARY_SHEET_NAME);
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.sheet(SUMMARY_SHEET_NAME).visibility).toBe("Visible");
  });

  test("keeps a summary someone typed in, and writes the new one beside it", async () => {
    const fake = await typedWorkbook();
    await summarise(fake);
    fake.context.workbook.worksheets.getItem(SUMMARY_SHEET_NAME).getRange("A120").values = [
      ["เสนอผู้บริหารแล้ว"],
    ];
    await fake.context.sync();
    const outcome = await summarise(fake);
    expect(outcome.keptEdited).toBe(SUMMARY_SHEET_NAME);
    expect(outcome.sheet).toBe(`${SUMMARY_SHEET_NAME} (2)`);
    expect(fake.sheet(SUMMARY_SHEET_NAME).cell("A120").value).toBe("เสนอผู้บริหารแล้ว");
  });

  test("never touches a sheet of someone else's that has our name", async () => {
    const fake = await typedWorkbook();
    fake.context.workbook.worksheets.add(SUMMARY_SHEET_NAME).getRange("A1").values = [["สรุปของฉัน"]];
    await fake.context.sync();
    const outcome = await summarise(fake);
    expect(outcome.sheet).toBe(`${SUMMARY_SHEET_NAME} (2)`);
    expect(fake.sheet(SUMMARY_SHEET_NAME).values("A1:B2")).toEqual([
      ["สรุปของฉัน", ""],
      ["", ""],
    ]);
  });
});

describe("summariseItaWorkbook on older Excel", () => {
  test.each(["1.1", "1.4", "1.7", "1.9"])(
    "ExcelApi %s: the sheet and the chart, and what was left out",
    async (apiVersion) => {
      const fake = await typedWorkbook(apiVersion);
      const outcome = await summarise(fake);
      expect(fake.sheetNames()).toContain(SUMMARY_SHEET_NAME);
      const [chart] = fake.sheet(SUMMARY_SHEET_NAME).charts();
      const lines = Number(apiVersion.split(".")[1]) >= 7;
      expect(chart?.series).toHaveLength(lines ? 4 : 1);
      expect(outcome.missingFeatures.includes("chartLines")).toBe(!lines);
      expect(outcome.missingFeatures.includes("printSetup")).toBe(Number(apiVersion.split(".")[1]) < 9);
    },
  );
});
