import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { RuleId } from "../../src/domain/checkRules";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { insert, TODAY } from "../excel/insertFixture";
import { createFakeExcel } from "../support/fakeExcel";

// One workbook holding a mistake for every row-level rule, checked twice: in Excel (the task pane's
// check on the fake host) and as an .xlsx file (`ita-tracker check`). Both must find the same problems
// at the same cells. TODAY is 21 Nov 2025, in the first quarter of fiscal year 2569.

const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const SCORES = DEFAULT_SHEET_NAMES.scores;
const FIRST_ROW = 6;
const FUTURE = "ธ.ค. 2568 - มี.ค. 2569";

/** Columns A to R of the grid, by header: the score and band columns after them are formulas. */
function row(cells: {
  indicator?: string;
  measure?: string;
  responsible?: string;
  period?: string;
  status?: [string, string, string];
  quarter1?: string;
  summary?: string;
}): (string | number)[] {
  const {
    indicator = "1. การปฏิบัติหน้าที่",
    measure = "จัดทำคู่มือการปฏิบัติงาน",
    responsible = "สำนักปลัด",
    period = FUTURE,
    status = ["✓", "", ""],
    quarter1 = "",
    summary = "",
  } = cells;
  return [
    "",
    indicator,
    "",
    measure,
    "",
    responsible,
    period,
    ...status,
    quarter1,
    "",
    "",
    "",
    summary,
    "",
    "",
    "",
  ];
}

const ROWS: { rule: RuleId; cells: (string | number)[] }[] = [
  { rule: "status.none", cells: row({ status: ["", "", ""] }) },
  { rule: "status.many", cells: row({ status: ["✓", "✓", ""] }) },
  { rule: "status.unknownMark", cells: row({ status: ["done", "", ""] }) },
  { rule: "required.measure", cells: row({ measure: "" }) },
  { rule: "required.responsible", cells: row({ responsible: "" }) },
  { rule: "required.summaryWhenDone", cells: row({ status: ["", "", "✓"], period: "ต.ค. 2568" }) },
  { rule: "indicator.wrongTool", cells: row({ indicator: "6. คุณภาพการดำเนินงาน" }) },
  { rule: "indicator.unknown", cells: row({ indicator: "งานสารบรรณ" }) },
  { rule: "required.indicator", cells: row({ indicator: "" }) },
  { rule: "required.period", cells: row({ period: "" }) },
  { rule: "period.unreadable", cells: row({ period: "เร็ว ๆ นี้" }) },
  {
    rule: "period.overdue",
    cells: row({ status: ["", "✓", ""], period: "ต.ค. 2568", quarter1: "ประชุมแล้ว" }),
  },
  { rule: "period.notStarted", cells: row({ period: "พ.ย. 2568 - ก.ย. 2569" }) },
  { rule: "progress.quarterEmpty", cells: row({ status: ["", "✓", ""], period: "ต.ค. 2568 - ก.ย. 2569" }) },
];

/** Score cells C6:C9 as typed: Thai digits, a number stored as text, a word, a score over 100. */
const SCORES_TYPED: { rule: RuleId; typedInExcel: string; inFile: string | number }[] = [
  { rule: "score.thaiDigits", typedInExcel: "๙๔.๗๐", inFile: "๙๔.๗๐" },
  // An apostrophe is how a number is typed as text in Excel; in a file the cell simply holds text.
  { rule: "score.numberAsText", typedInExcel: "'95", inFile: "95" },
  { rule: "score.notNumber", typedInExcel: "เก้าสิบ", inFile: "เก้าสิบ" },
  { rule: "score.outOfRange", typedInExcel: "120", inFile: 120 },
];

const lastRow = FIRST_ROW + ROWS.length - 1;

async function checkedInExcel(): Promise<string[]> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  await insert(fake, { agency: "เทศบาลตำบลคลองพน" });
  const sheets = fake.context.workbook.worksheets;
  sheets.getItem(IIT).getRange(`A${FIRST_ROW}:R${lastRow}`).values = ROWS.map((typed) => typed.cells);
  sheets.getItem(SCORES).getRange("C6:C9").values = SCORES_TYPED.map((score) => [score.typedInExcel]);
  await fake.context.sync();
  const { problems } = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
  return problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.severity} ${p.rule}`).sort();
}

async function checkedAsFile(folder: string): Promise<string[]> {
  const settings = { ...defaultSettings(TODAY), agency: "เทศบาลตำบลคลองพน" };
  const { workbook, tables } = standardWorkbook(settings);
  const grid = workbook.getWorksheet(IIT);
  ROWS.forEach((typed, index) =>
    typed.cells.forEach((value, column) => {
      if (value !== "") grid!.getCell(FIRST_ROW + index, column + 1).value = value;
    }),
  );
  SCORES_TYPED.forEach(
    (score, index) => (workbook.getWorksheet(SCORES)!.getCell(`C${6 + index}`).value = score.inFile),
  );
  const file = path.join(folder, "mistakes.xlsx");
  writeFileSync(file, await workbookBuffer(workbook, tables));
  const { stdout } = await runCli(["check", file, "--json", "--today", "2025-11-21"]);
  const json = JSON.parse(stdout) as {
    problems: { sheet: string; row: number; column: string; severity: string; rule: string }[];
  };
  return json.problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.severity} ${p.rule}`).sort();
}

describe("the check in Excel and on an .xlsx file", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "ita-check-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("finds every row and score rule, at the same cells, on both", async () => {
    const [inExcel, asFile] = await Promise.all([checkedInExcel(), checkedAsFile(folder)]);
    expect(inExcel).toEqual(asFile);
    ROWS.forEach(({ rule }, index) => {
      expect(
        inExcel.some(
          (line) =>
            line.startsWith(`${IIT}!`) && line.endsWith(` ${rule}`) && line.includes(`${FIRST_ROW + index} `),
        ),
      ).toBe(true);
    });
    SCORES_TYPED.forEach(({ rule }, index) => {
      expect(inExcel).toContainEqual(
        expect.stringMatching(new RegExp(`^${SCORES}!C${6 + index} \\w+ ${rule.replace(".", "\\.")}$`)),
      );
    });
  });
});
