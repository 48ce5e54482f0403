// A workbook made for 2570, whose rules NACC has not published yet, on a fake host: it is titled and
// stored as 2570 and scored, checked and summarised by 2569's rules, and the summary says so.
import { findFramework, rulesInForce } from "../../src/domain/frameworks";
import { scoreAssessment } from "../../src/domain/scoring";
import type { CalendarDate } from "../../src/domain/thaiCalendar";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { insertItaSheets } from "../../src/excel/insertItaSheets";
import { readWorkbookSettings } from "../../src/excel/readSettings";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { rangeAddress } from "../../src/layout/a1";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { typedGridRow } from "../support/typedGridRow";
import { SEED_2565_SCORES } from "../support/seedScores";

/** 2 December 2026: fiscal year 2570. */
const DECEMBER_2026: CalendarDate = { year: 2026, month: 12, day: 2 };
const PROVISIONAL =
  "สำนักงาน ป.ป.ช. ยังไม่ประกาศเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. ๒๕๗๐ การสรุปผลนี้จึงใช้เกณฑ์ของปีงบประมาณ พ.ศ. ๒๕๖๙ ไปก่อน";

async function typed2570Workbook(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  // No year chosen: on 2 December 2026 the pane's default is the current fiscal year, 2570.
  const inserted = await insertItaSheets(fake.context, fake.isSetSupported, DECEMBER_2026, {
    agency: "อบต.มะเฟือง",
  });
  expect(inserted.fiscalYear).toBe(2570);
  const sheets = fake.context.workbook.worksheets;
  const scores = scoreSheetLayout(rulesInForce(2570)!.framework).lookup.scores.replace(/\$/g, "");
  sheets.getItem(DEFAULT_SHEET_NAMES.scores).getRange(scores).values = SEED_2565_SCORES.map((score) => [
    score,
  ]);
  // A period without a year is read in the workbook's fiscal year.
  const rows = [
    typedGridRow("จัดทำคำสั่งมอบหมายงาน", "ต.ค. ๒๕๖๙", 2, "เสร็จแล้ว"),
    typedGridRow("เผยแพร่ประกาศ", "ก.ค.-ก.ย.", 0),
  ];
  const address = rangeAddress({
    top: GRID_FIRST_DATA_ROW,
    left: 1,
    bottom: GRID_FIRST_DATA_ROW + rows.length - 1,
    right: rows[0]!.length,
  });
  sheets.getItem(DEFAULT_SHEET_NAMES["grid-IIT"]).getRange(address).values = rows;
  await fake.context.sync();
  return fake;
}

describe("a workbook for 2570, whose rules are not published yet", () => {
  test("stores 2570 and titles every sheet ปีงบประมาณ พ.ศ. ๒๕๗๐", async () => {
    const fake = await typed2570Workbook();
    const reading = await readWorkbookSettings(fake.context, fake.isSetSupported, DECEMBER_2026);
    expect(reading?.settings.fiscalYear).toBe(2570);
    expect(reading?.problems).toEqual([]);
    // A grid's titles start after its number and indicator, which its second printed page repeats.
    for (const [role, cell] of [
      ["scores", "A3"],
      ["grid-IIT", "C3"],
      ["grid-EIT", "C3"],
      ["grid-OIT", "C3"],
    ] as const) {
      expect(fake.sheet(DEFAULT_SHEET_NAMES[role]).cell(cell).value).toBe("ปีงบประมาณ พ.ศ. ๒๕๗๐");
    }
  });

  test("is checked by 2569's indicators and 2570's calendar", async () => {
    const fake = await typed2570Workbook();
    const check = await checkItaWorkbook(fake.context, fake.isSetSupported, DECEMBER_2026);
    expect(check.counts.errors).toBe(0);
    // ก.ค.-ก.ย. is the fourth quarter of fiscal 2570, still to come; of 2569, it would be overdue.
    expect(check.problems).toEqual([]);
  });

  test("is summarised by 2569's rules under 2570's name, and the summary and memo say so", async () => {
    const fake = await typed2570Workbook();
    const outcome = await summariseItaWorkbook(fake.context, fake.isSetSupported, DECEMBER_2026);
    const by2569 = scoreAssessment(
      findFramework(2569)!,
      SEED_2565_SCORES,
      outcome.summary.settings.thresholds,
    );
    expect(outcome.summary.scores?.assessment).toEqual({ ...by2569, fiscalYear: 2570 });
    expect(outcome.summary.progress.IIT).toEqual({ notStarted: 1, inProgress: 0, done: 1, rows: 2 });

    expect(outcome.memo[0]).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๗๐");
    expect(outcome.memo.filter((paragraph) => paragraph.includes(PROVISIONAL))).toEqual([
      `ทั้งนี้ ${PROVISIONAL}`,
    ]);
    const sheet = fake.sheet(SUMMARY_SHEET_NAME);
    expect(sheet.values("A3:A5")).toEqual([
      ["ปีงบประมาณ พ.ศ. ๒๕๗๐"],
      [expect.stringContaining("จัดทำเมื่อ")],
      [PROVISIONAL],
    ]);
  });
});
