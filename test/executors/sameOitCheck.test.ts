import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { RuleId } from "../../src/domain/checkRules";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { columnNumber } from "../../src/layout/a1";
import { REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { insert, TODAY } from "../excel/insertFixture";
import { createFakeExcel } from "../support/fakeExcel";

// One OIT register holding a mistake for every register rule, checked and summarised twice: in Excel
// (the task pane, on the fake host) and as an .xlsx file (`ita-tracker check` and `summary`). Both must
// find the same problems at the same cells and count the same items complete. TODAY falls in fiscal
// year 2569, whose list has 26 items.

const REGISTER = DEFAULT_SHEET_NAMES["oit-register"];
const FIRST_ROW = REGISTER_HEADER_ROW + 1;
const PAGE = "https://www.example.go.th/ita/structure";

/** Columns E to J of an item's row: unit, URLs, evidence period, status, date published, note. */
interface Typed {
  readonly code: string;
  readonly rule: RuleId;
  readonly cells: readonly [string, string, string, string, string, string];
}

const TYPED: readonly Typed[] = [
  { code: "O1", rule: "oit.completeWithoutEvidence", cells: ["สำนักปลัด", "", "", "ครบถ้วน", "", ""] },
  { code: "O3", rule: "oit.badUrl", cells: ["สำนักปลัด", "www.example.go.th/contact", "", "ไม่ครบ", "", ""] },
  { code: "O4", rule: "oit.notHttps", cells: ["", "http://www.example.go.th/news", "", "ครบถ้วน", "", ""] },
  { code: "O8", rule: "oit.sharedUrl", cells: ["กองช่าง", PAGE, "", "ครบถ้วน", "", ""] },
  { code: "O9", rule: "oit.sharedUrl", cells: ["กองช่าง", `${PAGE}/`, "", "", "", ""] },
  { code: "O10", rule: "oit.status", cells: ["", "https://www.example.go.th/e-service", "", "เสร็จ", "", ""] },
  {
    code: "O12",
    rule: "oit.wrongPeriod",
    cells: ["งานพัสดุ", "https://www.example.go.th/procurement", "ปีงบประมาณ 2569", "ครบถ้วน", "", "=ส่งแล้ว"],
  },
];

const rowOf = (code: string) => FIRST_ROW + Number(code.slice(1)) - 1;
const line = (p: {
  sheet: string | null;
  column: string | null;
  row: number | null;
  severity: string;
  rule: string;
}) => `${p.sheet}!${p.column}${p.row} ${p.severity} ${p.rule}`;

async function inExcel(): Promise<{ problems: string[]; readiness: unknown }> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  await insert(fake, { agency: "เทศบาลตำบลคลองพน" });
  const sheet = fake.context.workbook.worksheets.getItem(REGISTER);
  for (const { code, cells } of TYPED)
    sheet.getRange(`E${rowOf(code)}:J${rowOf(code)}`).values = [[...cells]];
  await fake.context.sync();
  const { problems } = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
  const { summary } = await summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
  return { problems: problems.map(line).sort(), readiness: summary.oitReadiness };
}

async function asFile(folder: string): Promise<{ problems: string[]; readiness: unknown }> {
  const { workbook, tables } = standardWorkbook({ ...defaultSettings(TODAY), agency: "เทศบาลตำบลคลองพน" });
  const sheet = workbook.getWorksheet(REGISTER);
  for (const { code, cells } of TYPED) {
    cells.forEach((value, index) => {
      if (value !== "") sheet!.getCell(rowOf(code), columnNumber("E") + index).value = value;
    });
  }
  const file = path.join(folder, "register.xlsx");
  writeFileSync(file, await workbookBuffer(workbook, tables));
  const today = ["--today", "2025-11-21"];
  const check = JSON.parse((await runCli(["check", file, "--json", ...today])).stdout) as {
    problems: { sheet: string; row: number; column: string; severity: string; rule: string }[];
  };
  const summary = JSON.parse((await runCli(["summary", file, "--json", ...today])).stdout) as {
    oitReadiness: unknown;
  };
  return { problems: check.problems.map(line).sort(), readiness: summary.oitReadiness };
}

describe("the OIT register's check in Excel and on an .xlsx file", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "ita-oit-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("finds every register rule at the same cells, and counts the same items complete, on both", async () => {
    const [excel, file] = await Promise.all([inExcel(), asFile(folder)]);
    expect(excel).toEqual(file);
    for (const { code, rule } of TYPED) {
      expect(
        excel.problems.some(
          (found) => found.includes(`!`) && found.endsWith(` ${rule}`) && found.includes(`${rowOf(code)} `),
        ),
      ).toBe(true);
    }
    // The items nobody has touched yet are not started, which is no problem.
    expect(excel.problems.filter((found) => found.includes(`!F${rowOf("O2")} `))).toEqual([]);
    expect(excel.readiness).toEqual({ complete: 4, total: 26 });
  });
});
