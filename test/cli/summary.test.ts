import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { Workbook as ExcelWorkbook, type Workbook } from "exceljs";
import JSZip from "jszip";
import { displayWidth } from "../../src/domain/displayWidth";
import { findFramework } from "../../src/domain/frameworks";
import type { Framework } from "../../src/domain/framework";
import { scoreAssessment } from "../../src/domain/scoring";
import { toThaiDigits } from "../../src/domain/thaiDigits";
import type { SheetPlan } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { planSummary } from "../../src/layout/workbookSummary";
import { relationshipsOf, sheetParts } from "../../src/xlsx/packageParts";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readSheetsForCheck } from "../../src/xlsx/readSheetsForCheck";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { withSummarySheet } from "../../src/xlsx/writeSummary";
import { scoreSheetValues, settings2568, measureRow, type GridRow } from "../support/gridValues";
import { runCli } from "./runCli";
import { typedWorkbook as standardTyped, typeInto } from "../support/typedWorkbook";
import {
  comparedParts,
  everyXmlPartParses,
  LISTING_PARTS,
  withExcelOnlyParts,
} from "../support/userWorkbooks";
import { SEED_2565_SCORES } from "../support/seedScores";

const SETTINGS = settings2568({ agency: "อบต.มะเฟือง" });
const TODAY = { year: 2025, month: 2, day: 10 };
const ON_TODAY = ["--today", "2025-02-10"];
const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const HYPERLINK = '=HYPERLINK("http://x")';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-summary-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const IIT_ROWS = [
  measureRow("ดำเนินการแล้ว", "จัดทำคำสั่งมอบหมายงาน", "ต.ค.-ธ.ค. ๒๕๖๗"),
  measureRow("อยู่ระหว่างดำเนินการ", "ประชุมชี้แจงบุคลากร", "ต.ค.-ธ.ค. ๒๕๖๗", "กองคลัง"),
  measureRow("ยังไม่ดำเนินการ", HYPERLINK, "ต.ค. ๒๕๖๗"),
  measureRow("ยังไม่ดำเนินการ", "เผยแพร่ประกาศ", "ก.ค.-ก.ย. ๒๕๖๘"),
];
const EIT_ROWS = [
  { ...measureRow("อยู่ระหว่างดำเนินการ", "ปรับปรุงขั้นตอนบริการ", "ตลอดปีงบประมาณ"), ตัวชี้วัด: "6. คุณภาพการดำเนินงาน" },
];

interface Typed {
  readonly scores?: readonly unknown[];
  readonly iit?: readonly GridRow[];
  readonly eit?: readonly GridRow[];
  /** Anything else, done to the workbook before it is saved. */
  readonly more?: (workbook: Workbook) => void;
}

/** The standard workbook of 2568, as `new` writes it, with what staff typed into it. */
function typedWorkbook({ scores = [], iit = [], eit = [], more }: Typed) {
  return standardTyped(SETTINGS, { scores, grids: { IIT: iit, EIT: eit }, more });
}

async function itaFile(typed: Typed = {}, name = "ITA.xlsx"): Promise<string> {
  const { workbook, tables } = typedWorkbook(typed);
  const file = path.join(folder, name);
  writeFileSync(file, await workbookBuffer(workbook, tables));
  return file;
}

const COMPLETE: Typed = { scores: SEED_2565_SCORES, iit: IIT_ROWS, eit: EIT_ROWS };

async function summaryJson(args: string[]) {
  const { code, stdout, stderr } = await runCli(["summary", ...args, ...ON_TODAY, "--json"]);
  expect([code, stderr]).toEqual([0, ""]);
  return JSON.parse(stdout);
}

function expectOneLineRefusal(result: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toContain("    at ");
}

describe("ita-tracker summary --json", () => {
  it("gives the figures the domain scores from the typed scores", async () => {
    const json = await summaryJson([await itaFile(COMPLETE)]);
    const expected = scoreAssessment(findFramework(2568) as Framework, SEED_2565_SCORES, SETTINGS.thresholds);
    expect(json).toMatchObject({
      total: 77.98,
      result: "ไม่ผ่าน",
      passed: false,
      tools: expected.tools,
      missingScores: [],
    });
    expect(json.total).toBe(expected.total);
    expect(json.result).toBe(expected.grade.label);
    expect(json.ranking).toEqual(
      expected.ranking.map(({ rank, number, name, score }) => ({ rank, number, name, score })),
    );
    expect(json.ranking[0]).toEqual({ rank: 1, number: 1, name: "การปฏิบัติหน้าที่", score: 98.21 });
    expect([json.below85, json.below90, json.below95]).toEqual([
      [8, 10],
      [3, 6, 7, 8, 10],
      [2, 3, 4, 5, 6, 7, 8, 9, 10],
    ]);
    expect(json.lowestByTool).toEqual({ IIT: 3, EIT: 8, OIT: 10 });
    // A workbook not made by next-year keeps no year to compare with.
    expect(json.comparison).toBeNull();
    expect(Object.keys(json)).toEqual([
      "total",
      "result",
      "passed",
      "tools",
      "ranking",
      "below85",
      "below90",
      "below95",
      "lowestByTool",
      "missingScores",
      "progress",
      "overdue",
      "oitReadiness",
      "comparison",
      "memo",
    ]);
    // The standard workbook's register as inserted: no item complete yet.
    expect(json.oitReadiness).toEqual({ complete: 0, total: 28 });
  });

  it("counts each tool's rows by status and lists the overdue rows as typed", async () => {
    const json = await summaryJson([await itaFile(COMPLETE)]);
    expect(json.progress).toEqual({
      IIT: { notStarted: 2, inProgress: 1, done: 1, rows: 4 },
      EIT: { notStarted: 0, inProgress: 1, done: 0, rows: 1 },
      OIT: { notStarted: 0, inProgress: 0, done: 0, rows: 0 },
    });
    expect(json.overdue).toEqual([
      {
        sheet: IIT,
        row: GRID_FIRST_DATA_ROW + 1,
        measure: "ประชุมชี้แจงบุคลากร",
        responsible: "กองคลัง",
        period: "ต.ค.-ธ.ค. ๒๕๖๗",
        status: "inProgress",
      },
      {
        sheet: IIT,
        row: GRID_FIRST_DATA_ROW + 2,
        measure: HYPERLINK,
        responsible: "สำนักปลัด",
        period: "ต.ค. ๒๕๖๗",
        status: "notStarted",
      },
    ]);
  });

  it("decides what is overdue by --today", async () => {
    const file = await itaFile(COMPLETE);
    const { stdout } = await runCli(["summary", file, "--json", "--today", "2024-12-31"]);
    expect(JSON.parse(stdout).overdue.map(({ row }: { row: number }) => row)).toEqual([
      GRID_FIRST_DATA_ROW + 2,
    ]);
  });

  it("gives the memo as one string, a paragraph a line, in Thai digits unless --arabic-digits", async () => {
    const file = await itaFile(COMPLETE);
    const thai = (await summaryJson([file])).memo as string;
    const arabic = (await summaryJson([file, "--arabic-digits"])).memo as string;
    expect(thai.split("\n")).toEqual(
      planSummary(readSheetsForCheck(typedWorkbook(COMPLETE).workbook), TODAY).memo,
    );
    expect(thai).toContain("ได้คะแนนรวมร้อยละ ๗๗.๙๘");
    expect(thai).not.toMatch(/[0-9]/);
    expect(arabic).toContain("ได้คะแนนรวมร้อยละ 77.98");
    expect(arabic).not.toMatch(/[๐-๙]/);
    // Seven paragraphs, and the OIT register's readiness before the closing line.
    expect(arabic.split("\n")).toHaveLength(8);
  });

  it("gives null figures and names the missing scores, still exiting 0 with the progress", async () => {
    const file = await itaFile({
      scores: [98.21, "", "ไม่ทราบ", ...SEED_2565_SCORES.slice(3, 9), 120],
      iit: IIT_ROWS,
    });
    const json = await summaryJson([file]);
    expect(json).toMatchObject({
      total: null,
      result: null,
      passed: null,
      tools: null,
      ranking: null,
      below85: null,
      below90: null,
      below95: null,
      lowestByTool: null,
      missingScores: [2, 3, 10],
    });
    expect(json.progress.IIT).toEqual({ notStarted: 2, inProgress: 1, done: 1, rows: 4 });
    expect(json.memo).toContain("ยังไม่ได้กรอกคะแนนของตัวชี้วัดที่ ๒ ตัวชี้วัดที่ ๓ และตัวชี้วัดที่ ๑๐");
  });
});

describe("ita-tracker summary: the Thai report", () => {
  it("shows the figures, the ranking with bands, the readings, progress, overdue rows, then the memo", async () => {
    const { code, stdout } = await runCli(["summary", await itaFile(COMPLETE), ...ON_TODAY]);
    expect(code).toBe(0);
    const sections = stdout.trimEnd().split("\n\n");
    expect(sections.map((section) => section.split("\n")[0])).toEqual([
      expect.stringMatching(/^สรุปผล ITA: .*ITA\.xlsx$/),
      "ผลการประเมินภาพรวม",
      "คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย",
      "จุดแข็งและสิ่งที่ต้องพัฒนา",
      "ความก้าวหน้าของมาตรการ",
      "มาตรการที่เลยกำหนดระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ ๒ รายการ",
      "ทะเบียน OIT: ครบถ้วน ๐ จาก ๒๘ รายการ",
      "ข้อความสำหรับบันทึกข้อความ",
    ]);
    const [heading, result, ranking, reading, progress, overdue, , memo] = sections.map((section) =>
      section.split("\n"),
    ) as string[][];
    expect(heading).toEqual([
      expect.any(String),
      "อบต.มะเฟือง",
      "ปีงบประมาณ พ.ศ. ๒๕๖๘ จัดทำเมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘",
    ]);
    expect(result?.[1]).toMatch(/^ {2}คะแนนรวม +๗๗\.๙๘$/);
    expect(result?.[2]).toMatch(/^ {2}ผลการประเมิน +ไม่ผ่าน +\(ยังไม่ผ่านเกณฑ์ ๘๕\)$/);
    expect(result?.[3]).toMatch(/^ {2}IIT +๙๓\.๓๘ /);
    expect(ranking?.[2]).toMatch(/^ +๑ {2}๑\. การปฏิบัติหน้าที่ +IIT +๙๘\.๒๑ {2}ดีเยี่ยม$/);
    expect(ranking?.at(-1)).toMatch(/^ +๑๐ {2}๑๐\. การป้องกันการทุจริต +OIT +๓๑\.๒๕ {2}ไม่ผ่านเกณฑ์$/);
    // Aligned as a terminal shows Thai: every score ends in the same column.
    const scoreEnds = ranking?.slice(1).map((line) => displayWidth(line.replace(/ {2}\S+$/, "")));
    expect(new Set(scoreEnds).size).toBe(1);
    expect(reading).toContain("  จุดแข็ง (๙๐ ขึ้นไป): ๕ ตัวชี้วัด");
    expect(reading).toContain("  ไม่ผ่านเกณฑ์ (ต่ำกว่า ๘๕): ๒ ตัวชี้วัด");
    expect(reading).toContain("    ๑๐. การป้องกันการทุจริต (๓๑.๒๕)");
    expect(reading?.slice(-3)).toEqual([
      "    IIT  ๓. การใช้อำนาจ (๘๙.๐๐)",
      "    EIT  ๘. การปรับปรุงการทำงาน (๘๒.๑๘)",
      "    OIT  ๑๐. การป้องกันการทุจริต (๓๑.๒๕)",
    ]);
    expect(progress?.[2]).toMatch(/^ {2}IIT +๒ +๑ +๑ +๔ +๒๕\.๐๐$/);
    expect(overdue?.[2]).toBe(
      `  “${IIT}” แถว ${toThaiDigits(String(GRID_FIRST_DATA_ROW + 2))}: ` +
        `${HYPERLINK} (ผู้รับผิดชอบ สำนักปลัด, ระยะเวลา ต.ค. ๒๕๖๗, ยังไม่ดำเนินการ)`,
    );
    expect(memo?.slice(1)).toEqual(
      (await summaryJson([await itaFile(COMPLETE, "again.xlsx")])).memo.split("\n"),
    );
  });

  it("writes Arabic digits with --arabic-digits", async () => {
    const { stdout } = await runCli(["summary", await itaFile(COMPLETE), ...ON_TODAY, "--arabic-digits"]);
    expect(stdout).toMatch(/^ {2}คะแนนรวม +77\.98$/m);
    expect(stdout).toContain("ปีงบประมาณ พ.ศ. 2568 จัดทำเมื่อวันที่ 10 กุมภาพันธ์ 2568");
    // Only the periods staff typed keep their Thai digits.
    expect(stdout.replace(/๒๕๖[๗๘]/g, "")).not.toMatch(/[๐-๙]/);
  });

  it("says which scores are missing and what to do, and still reports the progress", async () => {
    const { code, stdout } = await runCli(["summary", await itaFile({ iit: IIT_ROWS }), ...ON_TODAY]);
    expect(code).toBe(0);
    expect(stdout).toContain("ยังสรุปคะแนนไม่ได้: ตัวชี้วัดที่ ๑, ๒, ๓, ๔, ๕, ๖, ๗, ๘, ๙, ๑๐ ยังไม่มีคะแนน");
    expect(stdout).toContain('ให้พิมพ์คะแนนให้ครบในคอลัมน์ "คะแนน"');
    expect(stdout).not.toContain("คะแนนรายตัวชี้วัด");
    expect(stdout).toMatch(/^ {2}IIT +๒ +๑ +๑ +๔ +๒๕\.๐๐$/m);
  });

  it("keeps each typed measure on its own line, whatever breaks or control characters it holds", async () => {
    const file = await itaFile({ iit: [measureRow("ยังไม่ดำเนินการ", "แผน\nปี\t๖๘ESC", "ต.ค. ๒๕๖๗")] });
    // Excel stores a control character as _xHHHH_: an escape here would reach the terminal.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    zip.file("xl/sharedStrings.xml", strings.replace("๖๘ESC", "๖๘_x001B_[31m"));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const { stdout } = await runCli(["summary", file, ...ON_TODAY]);
    expect(stdout).toContain(": แผน ปี ๖๘ [31m (ผู้รับผิดชอบ");
    expect(stdout).not.toContain("\u001b");
  });
});

/** The file's sheets but the summary, as a snapshot: what --write must leave as it was. */
async function othersThan(summaryNames: readonly string[], source: Uint8Array | string) {
  const snapshot = await readWorkbookSnapshot(source);
  return snapshot.sheets.filter((sheet) => !summaryNames.includes(sheet.name));
}

async function sheetNames(file: string): Promise<string[]> {
  return (await readWorkbookSnapshot(file)).sheets.map((sheet) => sheet.name);
}

/** The chart parts the sheet's drawing points to. */
async function chartsOfSheet(file: string | Buffer, sheetName: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? readFileSync(file) : file);
  const sheet = (await sheetParts(zip)).get(sheetName) as string;
  const drawings = (await relationshipsOf(zip, sheet)).filter(({ kind }) => kind === "drawing");
  const charts = await Promise.all(drawings.map(({ target }) => relationshipsOf(zip, target)));
  return charts
    .flat()
    .filter(({ kind, target }) => kind === "chart" && zip.file(target) !== null)
    .map(({ target }) => target);
}

async function partOf(file: string | Buffer, part: string | undefined): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? readFileSync(file) : file);
  return part === undefined ? undefined : zip.file(part)?.async("string");
}

/** A text box as Excel anchors it in a drawing. */
const TEXT_BOX =
  "<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row>" +
  "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff>" +
  '<xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink="">' +
  '<xdr:nvSpPr><xdr:cNvPr id="9" name="TextBox 8"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>' +
  '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/>' +
  "<a:p><a:r><a:t>หมายเหตุ</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>";

describe("ita-tracker summary --write", () => {
  it("adds the summary sheet last, with its chart, and changes nothing else in the file", async () => {
    const file = await itaFile(COMPLETE);
    const before = readFileSync(file);
    const { code, stdout, stderr } = await runCli(["summary", file, ...ON_TODAY, "--write"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      `เพิ่มแผ่นงาน “${SUMMARY_SHEET_NAME}” ใน ${file} แล้ว | added the sheet “${SUMMARY_SHEET_NAME}” to ${file}`,
    );
    expect(await sheetNames(file)).toEqual([...Object.values(DEFAULT_SHEET_NAMES), SUMMARY_SHEET_NAME]);
    expect(await othersThan([SUMMARY_SHEET_NAME], file)).toEqual(await othersThan([], before));
    expect(await chartsOfSheet(file, SUMMARY_SHEET_NAME)).toEqual(["xl/charts/chart1.xml"]);
    const summary = (await readWorkbookSnapshot(file)).sheets.at(-1);
    expect(summary?.print).toMatchObject({
      orientation: "Portrait",
      paper: "A4",
      fitToOnePageWide: false,
      scale: 100,
    });
    expect(readdirSync(folder)).toEqual(["ITA.xlsx"]);
  });

  it("writes a measure typed as =HYPERLINK(…) as text, and no formula at all", async () => {
    const file = await itaFile(COMPLETE);
    await runCli(["summary", file, ...ON_TODAY, "--write"]);
    const summary = (await readWorkbookSnapshot(file)).sheets.find(({ name }) => name === SUMMARY_SHEET_NAME);
    const cells = Object.values(summary?.cells ?? {});
    expect(cells.find((cell) => cell.value === HYPERLINK)).toMatchObject({ formula: null });
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = (await sheetParts(zip)).get(SUMMARY_SHEET_NAME) as string;
    expect(await zip.file(part)?.async("string")).not.toContain("<f>");
  });

  it("replaces its own summary where it stands on the second run, never adding a (2)", async () => {
    const file = await itaFile(COMPLETE);
    await runCli(["summary", file, ...ON_TODAY, "--write"]);
    // A sheet of the user's after the summary: the summary must keep its tab.
    const { workbook, tables } = await loadWorkbook(file);
    workbook.addWorksheet("บันทึกของฉัน").getCell("A1").value = "ประชุม ๑๕ ก.พ.";
    writeFileSync(file, await workbookBuffer(workbook, tables));
    const before = readFileSync(file);

    const second = await runCli(["summary", file, "--today", "2025-03-10", "--write", "--json"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).written).toEqual({
      sheet: SUMMARY_SHEET_NAME,
      replaced: true,
      keptEdited: null,
    });
    expect(await sheetNames(file)).toEqual([
      ...Object.values(DEFAULT_SHEET_NAMES),
      SUMMARY_SHEET_NAME,
      "บันทึกของฉัน",
    ]);
    expect(await othersThan([SUMMARY_SHEET_NAME], file)).toEqual(
      await othersThan([SUMMARY_SHEET_NAME], before),
    );
    const summary = (await readWorkbookSnapshot(file)).sheets.find(({ name }) => name === SUMMARY_SHEET_NAME);
    expect(Object.values(summary?.cells ?? {}).map((cell) => cell.value)).toContain(
      "จัดทำเมื่อวันที่ ๑๐ มีนาคม ๒๕๖๘",
    );
    expect(await chartsOfSheet(file, SUMMARY_SHEET_NAME)).toHaveLength(1);

    const text = await runCli(["summary", file, ...ON_TODAY, "--write"]);
    expect(text.stdout.trimEnd().split("\n").at(-1)).toBe(
      `เขียนแผ่นงาน “${SUMMARY_SHEET_NAME}” ใน ${file} ใหม่แทนฉบับเดิม | replaced the sheet “${SUMMARY_SHEET_NAME}” in ${file}`,
    );
  });

  it("keeps a summary someone typed in, and writes the new one beside it", async () => {
    // Written before the scores were in (so without a chart), then typed in.
    const file = await itaFile({ iit: IIT_ROWS });
    await runCli(["summary", file, ...ON_TODAY, "--write"]);
    const { workbook, tables } = await loadWorkbook(file);
    typeInto(workbook, SETTINGS, "scores", scoreSheetValues(SEED_2565_SCORES, SETTINGS));
    const summarySheet = workbook.getWorksheet(SUMMARY_SHEET_NAME);
    if (summarySheet) summarySheet.getCell("A40").value = "ผู้บริหารรับทราบแล้ว";
    writeFileSync(file, await workbookBuffer(workbook, tables));
    const edited = await othersThan([`${SUMMARY_SHEET_NAME} (2)`], readFileSync(file));

    const { code, stdout } = await runCli(["summary", file, ...ON_TODAY, "--write"]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n").slice(-2)).toEqual([
      `เพิ่มแผ่นงาน “${SUMMARY_SHEET_NAME} (2)” ใน ${file} แล้ว | added the sheet “${SUMMARY_SHEET_NAME} (2)” to ${file}`,
      `แผ่นงาน “${SUMMARY_SHEET_NAME}” มีผู้แก้ไขไว้ จึงไม่เขียนทับ สรุปครั้งนี้อยู่ในแผ่นงาน “${SUMMARY_SHEET_NAME} (2)” | ` +
        `“${SUMMARY_SHEET_NAME}” has been edited, so it was kept: this summary is in “${SUMMARY_SHEET_NAME} (2)”`,
    ]);
    expect((await sheetNames(file)).slice(-2)).toEqual([SUMMARY_SHEET_NAME, `${SUMMARY_SHEET_NAME} (2)`]);
    expect(await othersThan([`${SUMMARY_SHEET_NAME} (2)`], file)).toEqual(edited);
    expect(await chartsOfSheet(file, `${SUMMARY_SHEET_NAME} (2)`)).toHaveLength(1);
  });

  it("never touches a sheet of the user's named สรุปผล ITA", async () => {
    const file = await itaFile({
      ...COMPLETE,
      more: (workbook) => {
        const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME);
        sheet.getCell("A1").value = "สรุปของฉัน";
        sheet.getCell("B2").value = { formula: "1+1" } as never;
      },
    });
    const before = readFileSync(file);
    const { code, stdout } = await runCli(["summary", file, ...ON_TODAY, "--write", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).written).toEqual({
      sheet: `${SUMMARY_SHEET_NAME} (2)`,
      replaced: false,
      keptEdited: null,
    });
    expect(await othersThan([`${SUMMARY_SHEET_NAME} (2)`], file)).toEqual(await othersThan([], before));
  });

  /** The file with a chart of the user's on the score sheet, drawn from the summary's own chart. */
  async function withUserChart(): Promise<string> {
    const file = await itaFile(COMPLETE);
    const { workbook, tables } = await loadWorkbook(file);
    const chart = planSummary(readSheetsForCheck(workbook), TODAY).plan.chart;
    const userChart = { sheetName: DEFAULT_SHEET_NAMES.scores, chart: { ...chart!, placement: "H2:N12" } };
    writeFileSync(file, await workbookBuffer(workbook, tables, [userChart]));
    return file;
  }

  it("keeps a chart of the user's on its sheet as it was, and every other cell", async () => {
    const file = await withUserChart();
    const before = readFileSync(file);
    const [userChart] = await chartsOfSheet(before, DEFAULT_SHEET_NAMES.scores);
    expect(userChart).toBeDefined();

    const { code, stderr } = await runCli(["summary", file, ...ON_TODAY, "--write"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(await othersThan([SUMMARY_SHEET_NAME], file)).toEqual(await othersThan([], before));
    const [kept, ...more] = await chartsOfSheet(file, DEFAULT_SHEET_NAMES.scores);
    expect(more).toEqual([]);
    expect(await partOf(file, kept)).toBe(await partOf(before, userChart));
    expect(await chartsOfSheet(file, SUMMARY_SHEET_NAME)).toHaveLength(1);
  });

  it("keeps an edited summary's own chart, and gives the new summary a chart of its own", async () => {
    const file = await itaFile(COMPLETE);
    const read = { bytes: readFileSync(file), ...(await loadWorkbook(file)) };
    const { plan, target } = planSummary(readSheetsForCheck(read.workbook), TODAY);
    const [title, ...rest] = plan.content;
    // The stored fingerprint no longer matches: the sheet reads as typed in.
    const edited: SheetPlan = { ...plan, content: [{ ...title!, values: [["สรุปของผู้บริหาร"]] }, ...rest] };
    writeFileSync(file, await withSummarySheet(read.bytes, edited, target));
    const before = readFileSync(file);
    const [editedChart] = await chartsOfSheet(before, SUMMARY_SHEET_NAME);
    expect(editedChart).toBeDefined();

    const { code, stdout } = await runCli(["summary", file, ...ON_TODAY, "--write", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).written).toMatchObject({ sheet: `${SUMMARY_SHEET_NAME} (2)`, replaced: false });
    expect(await othersThan([`${SUMMARY_SHEET_NAME} (2)`], file)).toEqual(await othersThan([], before));
    const [kept, ...more] = await chartsOfSheet(file, SUMMARY_SHEET_NAME);
    expect(more).toEqual([]);
    expect(await partOf(file, kept)).toBe(await partOf(before, editedChart));
    const [own] = await chartsOfSheet(file, `${SUMMARY_SHEET_NAME} (2)`);
    expect(own).not.toBe(kept);
    expect(await partOf(file, own)).toContain(`'${SUMMARY_SHEET_NAME} (2)'!$`);
  });

  it("writes beside a text box sharing a chart's drawing, leaving both exactly as they were", async () => {
    const file = await withUserChart();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const drawing = "xl/drawings/drawing1.xml";
    const xml = (await zip.file(drawing)?.async("string")) as string;
    zip.file(drawing, xml.replace("</xdr:wsDr>", `${TEXT_BOX}</xdr:wsDr>`));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const before = readFileSync(file);
    const [userChart] = await chartsOfSheet(before, DEFAULT_SHEET_NAMES.scores);

    const written = await runCli(["summary", file, ...ON_TODAY, "--write"]);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
    expect(await partOf(file, drawing)).toBe(await partOf(before, drawing));
    expect(await partOf(file, drawing)).toContain("TextBox 8");
    expect(await chartsOfSheet(file, DEFAULT_SHEET_NAMES.scores)).toEqual([userChart]);
    expect(await partOf(file, userChart)).toBe(await partOf(before, userChart));
    expect(await chartsOfSheet(file, SUMMARY_SHEET_NAME)).toHaveLength(1);
  });

  it("into a file Excel saved, adds the summary with no other part changed, then replaces it whole", async () => {
    const file = await itaFile(COMPLETE);
    writeFileSync(file, await withExcelOnlyParts(readFileSync(file)));
    const before = readFileSync(file);
    expect((await runCli(["summary", file, ...ON_TODAY, "--write"])).code).toBe(0);
    const once = readFileSync(file);
    const first = await comparedParts(before, once);
    expect(first.removed).toEqual([]);
    expect(first.changed.filter((part) => !LISTING_PARTS.includes(part))).toEqual([]);
    expect(first.added.some((part) => part.startsWith("xl/charts/"))).toBe(true);

    expect((await runCli(["summary", file, ...ON_TODAY, "--write"])).code).toBe(0);
    const twice = readFileSync(file);
    await everyXmlPartParses(twice);
    // The old summary's parts go with it; the new one's take their names, and nothing else changes.
    const second = await comparedParts(once, twice);
    expect([second.removed, second.added]).toEqual([[], []]);
    expect(
      second.changed.filter((part) => !LISTING_PARTS.includes(part) && !first.added.includes(part)),
    ).toEqual([]);
    const zip = await JSZip.loadAsync(twice);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map(([, part]) => part as string);
    expect(overrides.filter((part) => zip.file(part) === null)).toEqual([]);
    expect(new Set(overrides).size).toBe(overrides.length);
    const names = await sheetNames(file);
    expect(names.filter((name) => name === SUMMARY_SHEET_NAME)).toHaveLength(1);
    expect(names.at(-1)).toBe(SUMMARY_SHEET_NAME);
  });

  it("refuses a file that Excel or LibreOffice has open", async () => {
    const file = await itaFile(COMPLETE);
    writeFileSync(path.join(folder, ".~lock.ITA.xlsx#"), "");
    const before = readFileSync(file);
    expectOneLineRefusal(
      await runCli(["summary", file, ...ON_TODAY, "--write"]),
      /เปิดอยู่ใน Excel หรือ LibreOffice .*close it first/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("ita-tracker memo", () => {
  it("prints the memo to the executive, a part a line, with the summary's result in it", async () => {
    const file = await itaFile(COMPLETE);
    const { code, stdout, stderr } = await runCli(["memo", file, ...ON_TODAY]);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("บันทึกข้อความ");
    expect(lines.slice(1, 6)).toEqual([
      "ส่วนราชการ อบต.มะเฟือง",
      expect.stringMatching(/^ที่ \.+$/),
      "วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘",
      expect.stringMatching(/^เรื่อง รายงานผลการประเมินคุณธรรม.* ประจำปีงบประมาณ พ\.ศ\. ๒๕๖๘$/),
      expect.stringMatching(/^เรียน \.+$/),
    ]);
    const [overall] = (await summaryJson([file])).memo.split("\n");
    expect(lines).toContain(overall);
    const parts = ["๑. เรื่องเดิม", "๒. ข้อเท็จจริง", "๓. ข้อวิเคราะห์", "๔. ข้อเสนอแนะ", "๕. ข้อพิจารณา"];
    const at = parts.map((part) => lines.indexOf(part));
    expect(at.every((index, order) => index > 0 && (order === 0 || index > (at[order - 1] as number)))).toBe(
      true,
    );
    // The ranked table: a header, then the ten indicators, highest first, their cells apart by tabs.
    const header = lines.indexOf("ลำดับ\tตัวชี้วัด\tคะแนน\tระดับ");
    const ranked = lines.slice(header + 1, header + 11).map((line) => line.split("\t"));
    expect(ranked.map(([rank]) => rank)).toEqual(["๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙", "๑๐"]);
    const arabic = (text = "") =>
      Number(text.replace(/[๐-๙]/g, (digit) => String("๐๑๒๓๔๕๖๗๘๙".indexOf(digit))));
    const scores = ranked.map(([, , score]) => arabic(score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // The measures typed into the grids, in the table of measures.
    expect(lines.some((line) => line.startsWith("๑\tจัดทำคำสั่งมอบหมายงาน\t"))).toBe(true);
    expect(lines.slice(-4)).toEqual([
      "จึงเรียนมาเพื่อโปรดพิจารณา",
      "",
      expect.stringMatching(/^\(\.+\)$/),
      // The position's title goes on the dots, with no word before it.
      expect.stringMatching(/^\.+$/),
    ]);
    expect(stdout).not.toMatch(/[0-9]/);
  });

  it("writes the memo as a Word document with --docx, and never over an existing file without --force", async () => {
    const file = await itaFile(COMPLETE);
    const docx = path.join(folder, "บันทึก.docx");
    const written = await runCli(["memo", file, ...ON_TODAY, "--docx", docx]);
    expect([written.code, written.stderr]).toEqual([0, ""]);
    expect(written.stdout).toMatch(/เขียนบันทึกข้อความลงใน .*บันทึก\.docx แล้ว/);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(body).toContain("บันทึกข้อความ");
    expect(body).toContain("อบต.มะเฟือง");
    const before = readFileSync(docx);
    const again = await runCli(["memo", file, ...ON_TODAY, "--docx", docx]);
    expectOneLineRefusal(again, /มีไฟล์ .* อยู่แล้ว .*--force/);
    expect(readFileSync(docx).equals(before)).toBe(true);
    expect((await runCli(["memo", file, ...ON_TODAY, "--docx", docx, "--force"])).code).toBe(0);
    expectOneLineRefusal(
      await runCli(["memo", file, ...ON_TODAY, "--docx", path.join(folder, "memo.txt")]),
      /ต้องลงท้ายด้วย \.docx/,
    );
  });

  it("writes Arabic digits with --arabic-digits", async () => {
    const { stdout } = await runCli(["memo", await itaFile(COMPLETE), ...ON_TODAY, "--arabic-digits"]);
    expect(stdout).toContain("ได้คะแนนรวมร้อยละ 77.98");
    expect(stdout.replace(/๒๕๖[๗๘]/g, "")).not.toMatch(/[๐-๙]/);
  });

  it("says in the memo which scores are missing, exiting 0", async () => {
    const { code, stdout } = await runCli([
      "memo",
      await itaFile({ scores: SEED_2565_SCORES.slice(0, 9) }),
      ...ON_TODAY,
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\n")).toContainEqual(expect.stringMatching(/เนื่องจากยังไม่ได้กรอกคะแนนของตัวชี้วัดที่ ๑๐$/));
  });

  it("keeps a paragraph on one line whatever the agency's name holds", async () => {
    const file = await itaFile({
      ...COMPLETE,
      more: (workbook) => {
        const settings = workbook.getWorksheet(DEFAULT_SHEET_NAMES.settings);
        settings?.eachRow((line) => {
          if (line.getCell(1).value === "agency") line.getCell(2).value = "อบต.\nมะเฟือง";
        });
      },
    });
    const { stdout } = await runCli(["memo", file, ...ON_TODAY]);
    expect(stdout.split("\n")).toContain("ส่วนราชการ อบต. มะเฟือง");
    expect(stdout.split("\n").some((line) => line.includes("ของอบต. มะเฟือง ได้คะแนนรวม"))).toBe(true);
    const plain = await runCli(["memo", await itaFile(COMPLETE, "plain.xlsx"), ...ON_TODAY]);
    expect(stdout.trimEnd().split("\n")).toHaveLength(plain.stdout.trimEnd().split("\n").length);
  });
});

describe("ita-tracker summary: wrong input", () => {
  it.each<[string, (file: string) => void, RegExp]>([
    ["a missing file", () => undefined, /ไม่พบไฟล์ \| cannot read .*: no such file/],
    [
      "random bytes",
      (file) => writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef])),
      /ไฟล์ไม่ใช่ \.xlsx หรือเสียหาย/,
    ],
    ["a text file renamed .xlsx", (file) => writeFileSync(file, "ตัวชี้วัด,คะแนน\n"), /not an \.xlsx workbook/],
  ])("exits 2 on %s, with one line in Thai and English, writing nothing", async (_, make, message) => {
    const file = path.join(folder, "ITA.xlsx");
    make(file);
    for (const command of [["summary", "--write"], ["summary", "--json"], ["memo"]]) {
      const [name, ...flags] = command as [string, ...string[]];
      const result = await runCli([name, file, ...flags]);
      expectOneLineRefusal(result, message);
      expect(result.stderr).toMatch(new RegExp(`^ita-tracker ${name}: อ่านไฟล์ ".*" ไม่ได้ .* \\| cannot read`));
    }
    expect(readdirSync(folder).filter((name) => name !== "ITA.xlsx")).toEqual([]);
  });

  it.each([
    ["no file", ["summary"], /ระบุไฟล์ .xlsx หนึ่งไฟล์ เช่น ita-tracker summary/],
    ["two files", ["memo", "a.xlsx", "b.xlsx"], /give one .xlsx file, e.g. ita-tracker memo/],
    ["a date that is not ISO", ["summary", "a.xlsx", "--today", "31/3/2568"], /--today must be a date/],
    ["an option of another command", ["summary", "a.xlsx", "--lang", "en"], /unknown option --lang/],
    ["--write for the memo", ["memo", "a.xlsx", "--write"], /unknown option --write/],
  ])("exits 2 on %s", async (_, args, message) => {
    expectOneLineRefusal(await runCli(args), message);
  });

  it("exits 2 on a workbook without any ITA sheet, saying how to make them, and writes nothing", async () => {
    const file = path.join(folder, "Other.xlsx");
    const workbook = new ExcelWorkbook();
    workbook.addWorksheet("งบประมาณ").getCell("A1").value = "รายการ";
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = readFileSync(file);
    for (const command of [["summary", "--write"], ["memo"]]) {
      const [name, ...flags] = command as [string, ...string[]];
      expectOneLineRefusal(
        await runCli([name, file, ...flags]),
        /ita-tracker new .* \| .* has no ITA score sheet/,
      );
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("lists both commands in the help", async () => {
    const { stdout } = await runCli(["--help"]);
    expect(stdout).toContain("ita-tracker summary <ไฟล์.xlsx> [--json] [--write]");
    expect(stdout).toContain("ita-tracker memo <ไฟล์.xlsx>");
  });

  it("runs as the installed command", async () => {
    const bin = path.join(__dirname, "..", "..", "bin", "ita-tracker.cjs");
    const result = spawnSync(
      process.execPath,
      [bin, "summary", await itaFile(COMPLETE), "--json", ...ON_TODAY],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).total).toBe(77.98);
  });
});
