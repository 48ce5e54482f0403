import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readSheetsForCheck } from "../../src/xlsx/readSheetsForCheck";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { insert, TODAY } from "../excel/insertFixture";
import { createFakeExcel } from "../support/fakeExcel";

// One workbook with typed scores and rows, summarised twice: in Excel (the task pane's "สรุปผล" on the
// fake host) and as an .xlsx file (`ita-tracker summary --json --write`). Both must give the same
// figures, the same memo and the same summary sheet. TODAY is 21 Nov 2025, fiscal year 2569.

const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const OIT = DEFAULT_SHEET_NAMES["grid-OIT"];
const SCORES = DEFAULT_SHEET_NAMES.scores;
const AGENCY = "เทศบาลตำบลคลองพน";
/** Typed in Thai digits and as numbers, as staff type them. */
const TYPED_SCORES: (string | number)[] = [
  "๙๘.๒๑",
  94.45,
  89,
  94.35,
  90.88,
  87.35,
  87.24,
  82.18,
  90.2,
  31.25,
];

/** Columns A to R of a grid: indicator, measure, unit, period, the three statuses, a summary. */
function row(measure: string, period: string, status: 0 | 1 | 2, indicator = "1. การปฏิบัติหน้าที่"): string[] {
  const statuses = ["", "", ""];
  statuses[status] = "✓";
  return [
    "",
    indicator,
    "",
    measure,
    "",
    "กองคลัง",
    period,
    ...statuses,
    "",
    "",
    "",
    "",
    "สรุปแล้ว",
    "",
    "",
    "",
  ];
}

const TYPED: Record<string, string[][]> = {
  [IIT]: [
    row("จัดทำคู่มือการปฏิบัติงาน", "ต.ค. 2568", 2),
    row('=HYPERLINK("http://x","คลิก")', "ต.ค. 2568", 1),
    row("+66 เผยแพร่ช่องทางร้องเรียน", "ก.ค.-ก.ย. 2569", 0),
  ],
  [OIT]: [row("ปรับปรุงเว็บไซต์", "ต.ค. 2568", 0, "10. การป้องกันการทุจริต")],
};

const firstRow = 6;
const lastColumn = "R";

async function summarisedInExcel() {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  await insert(fake, { agency: AGENCY });
  const sheets = fake.context.workbook.worksheets;
  for (const [sheet, rows] of Object.entries(TYPED)) {
    // A leading apostrophe is how Excel keeps typed text that starts with = or + as text.
    const typed = rows.map((cells) => cells.map((cell) => (/^[=+]/.test(cell) ? `'${cell}` : cell)));
    sheets.getItem(sheet).getRange(`A${firstRow}:${lastColumn}${firstRow + rows.length - 1}`).values = typed;
  }
  sheets.getItem(SCORES).getRange("C6:C15").values = TYPED_SCORES.map((score) => [score]);
  await fake.context.sync();
  const outcome = await summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
  return {
    outcome,
    cells: fake
      .sheet(SUMMARY_SHEET_NAME)
      .values(`A1:H${fake.sheet(SUMMARY_SHEET_NAME).usedAddress()?.split(/\D+/).at(-1)}`),
  };
}

async function summarisedAsFile(folder: string) {
  const { workbook, tables } = standardWorkbook({ ...defaultSettings(TODAY), agency: AGENCY });
  for (const [sheet, rows] of Object.entries(TYPED)) {
    rows.forEach((cells, index) =>
      cells.forEach((value, column) => {
        if (value !== "") workbook.getWorksheet(sheet)!.getCell(firstRow + index, column + 1).value = value;
      }),
    );
  }
  TYPED_SCORES.forEach(
    (score, index) => (workbook.getWorksheet(SCORES)!.getCell(`C${6 + index}`).value = score),
  );
  const file = path.join(folder, "typed.xlsx");
  writeFileSync(file, await workbookBuffer(workbook, tables));
  const { stdout, code } = await runCli(["summary", file, "--json", "--write", "--today", "2025-11-21"]);
  expect(code).toBe(0);
  const written = readSheetsForCheck((await loadWorkbook(file)).workbook).find(
    (sheet) => sheet.name === SUMMARY_SHEET_NAME,
  );
  return { json: JSON.parse(stdout) as Record<string, unknown>, cells: written?.values ?? [] };
}

describe("the same summary in Excel and from the command line", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "same-summary-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("figures, progress, overdue rows, memo and the sheet's cells", async () => {
    const excel = await summarisedInExcel();
    const file = await summarisedAsFile(folder);
    const { summary, memo } = excel.outcome;
    const assessment = summary.scores!.assessment;
    const numbers = (list: readonly { number: number }[]) => list.map(({ number }) => number);

    expect(file.json).toMatchObject({
      total: assessment.total,
      result: assessment.grade.label,
      passed: assessment.passed,
      tools: assessment.tools,
      ranking: assessment.ranking.map(({ rank, number, name, score }) => ({ rank, number, name, score })),
      below85: numbers(summary.scores!.belowPass),
      below95: numbers(summary.scores!.belowExcellence),
      lowestByTool: { IIT: 3, EIT: 8, OIT: 10 },
      progress: summary.progress,
      overdue: summary.overdue.map(({ sheet, row, measure, responsible, period, status }) => ({
        sheet,
        row,
        measure,
        responsible,
        period,
        status,
      })),
      memo: memo.join("\n"),
    });
    expect(summary.overdue.map(({ measure }) => measure)).toEqual([
      '=HYPERLINK("http://x","คลิก")',
      "ปรับปรุงเว็บไซต์",
    ]);
    const trimmed = (cells: readonly (readonly unknown[])[]) =>
      cells.map((line) => Array.from({ length: 8 }, (_, index) => line[index] ?? ""));
    expect(trimmed(file.cells)).toEqual(trimmed(excel.cells));
  });
});
