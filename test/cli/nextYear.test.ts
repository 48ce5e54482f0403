import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Workbook, Worksheet } from "exceljs";
import { TOOL_IDS } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import type { Framework } from "../../src/domain/framework";
import { headerKey } from "../../src/domain/gridColumns";
import { PREVIOUS_SCORE_HEADER, SCORE_HEADER } from "../../src/domain/scoreCheck";
import { compareYears } from "../../src/domain/yearComparison";
import { findSettings } from "../../src/layout/insertPlan";
import { REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import { catalogueFor } from "../../src/domain/oitCatalogue";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { checkSheets } from "../../src/layout/workbookCheck";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readSheetsForCheck } from "../../src/xlsx/readSheetsForCheck";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { measureRow, settings2568 } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";
import { convertWithLibreOffice, describeWithLibreOffice } from "../xlsx/libreOffice";
import { runCli } from "./runCli";
import { typedWorkbook } from "../support/typedWorkbook";

const SETTINGS = settings2568({
  agency: "อบต.มะเฟือง",
  thresholds: { pass: 80, strength: 88, excellence: 94 },
});
const ON_OCTOBER = ["--today", "2025-10-15"];
const HYPERLINK = '=HYPERLINK("http://x")';

const IIT_ROWS = [
  measureRow("ดำเนินการแล้ว", "จัดทำคำสั่งมอบหมายงาน", "ต.ค.-ธ.ค. ๒๕๖๗"),
  {
    ...measureRow("อยู่ระหว่างดำเนินการ", "ประชุมชี้แจงบุคลากร", "ต.ค.-ธ.ค. ๒๕๖๗", "กองคลัง"),
    "ไตรมาส ๑": "ประชุมแล้ว ๑ ครั้ง",
    ผลลัพธ์: "บุคลากรเข้าใจ ๘๐%",
    หมายเหตุ: "ต้องทำต่อ",
  },
  measureRow("ยังไม่ดำเนินการ", HYPERLINK, "ก.ค.-ก.ย."),
];
/** Two statuses marked: only staff can say whether it is done. */
const EIT_ROWS = [
  { ...measureRow("อยู่ระหว่างดำเนินการ", "ปรับปรุงขั้นตอนบริการ", "ตลอดปีงบประมาณ"), ดำเนินการแล้ว: "✓" },
];
const REGISTER_TYPED = [
  { unit: "สำนักปลัด", urls: "https://abt.go.th/structure\nhttps://abt.go.th/structure-2", status: "ครบถ้วน" },
  { unit: "กองคลัง", urls: "https://abt.go.th/executives", status: "ไม่ครบ" },
];
/** An item staff typed below the list: no key, so no year's list can place it. */
const REGISTER_ADDED = { code: "O29", requirement: "นโยบายของผู้บริหาร", unit: "กองช่าง" };

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-next-year-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function typeRegister(workbook: Workbook): void {
  const sheet = workbook.getWorksheet(DEFAULT_SHEET_NAMES["oit-register"]) as Worksheet;
  const headers = (sheet.getRow(REGISTER_HEADER_ROW).values as unknown[]).map(headerKey);
  const column = (header: string) => headers.indexOf(headerKey(header));
  REGISTER_TYPED.forEach((typed, index) => {
    const row = REGISTER_HEADER_ROW + 1 + index;
    sheet.getCell(row, column("ผู้รับผิดชอบ")).value = typed.unit;
    sheet.getCell(row, column("URL หลักฐาน (บรรทัดละหนึ่งลิงก์)")).value = typed.urls;
    sheet.getCell(row, column("สถานะ")).value = typed.status;
  });
  const below = REGISTER_HEADER_ROW + 1 + catalogueFor(2568).items.length;
  sheet.getCell(below, column("ข้อ")).value = REGISTER_ADDED.code;
  sheet.getCell(below, column("ข้อมูลที่ต้องเผยแพร่")).value = REGISTER_ADDED.requirement;
  sheet.getCell(below, column("ผู้รับผิดชอบ")).value = REGISTER_ADDED.unit;
}

/** The 2568 workbook as staff leave it in September: scores, measures and the register typed in. */
async function workbook2568(): Promise<string> {
  const { workbook, tables } = typedWorkbook(SETTINGS, {
    scores: SEED_2565_SCORES,
    grids: { IIT: IIT_ROWS, EIT: EIT_ROWS },
    more: typeRegister,
  });
  const file = path.join(folder, "ITA2568.xlsx");
  writeFileSync(file, await workbookBuffer(workbook, tables));
  return file;
}

async function readBack(file: string) {
  const sheets = readSheetsForCheck((await loadWorkbook(readFileSync(file))).workbook);
  return { sheets, reading: checkSheets(sheets, { year: 2025, month: 10, day: 15 }) };
}

/** A grid's data rows by header, as the new file holds them. */
function gridRows(values: readonly (readonly unknown[])[]): Record<string, unknown>[] {
  const headers = (values[GRID_HEADER_ROW - 1] ?? []) as unknown[];
  return values
    .slice(GRID_HEADER_ROW)
    .filter((row) => row.some((cell, column) => cell !== "" && cell !== null && column < 18))
    .map((row) => Object.fromEntries(headers.map((header, column) => [String(header), row[column] ?? ""])));
}

describe("ita-tracker next-year", () => {
  it("makes the next year's workbook with nothing of last year's lost, and leaves last year's file as it was", async () => {
    const from = await workbook2568();
    const before = readFileSync(from);
    const to = path.join(folder, "ITA2569.xlsx");
    const { code, stdout, stderr } = await runCli(["next-year", from, to, ...ON_OCTOBER]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(readFileSync(from).equals(before)).toBe(true);
    expect(stdout).toContain("ปีงบประมาณ 2569 ต่อจากปี 2568");
    expect(stdout).toMatch(/มาตรการที่ยังไม่แล้วเสร็จยกมา 3 รายการ \(IIT 2 EIT 1 OIT 0\)/);
    expect(stdout).toContain("ที่ดำเนินการแล้ว 1 รายการอยู่ในไฟล์ปีเดิม");
    expect(stdout).toContain("URL 3 ลิงก์");

    const { sheets, reading } = await readBack(to);
    const stored = findSettings(sheets, { year: 2025, month: 10, day: 15 });
    expect(stored?.settings).toEqual({ ...SETTINGS, fiscalYear: 2569, previousYear: 2568 });

    const iit = gridRows(
      sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES["grid-IIT"])?.values ?? [],
    );
    expect(iit.map((row) => row["มาตรการ/กิจกรรม"])).toEqual(["ประชุมชี้แจงบุคลากร", HYPERLINK]);
    const [meeting, link] = iit as [Record<string, unknown>, Record<string, unknown>];
    // In progress stays in progress; its December period ended, so a new one is to be set.
    expect(meeting).toMatchObject({ ลำดับ: 1, อยู่ระหว่างดำเนินการ: "✓", ยังไม่ดำเนินการ: "", ระยะเวลาดำเนินการ: "" });
    expect(meeting["ไตรมาส ๑"]).toBe("");
    expect(meeting["ผลลัพธ์"]).toBe("");
    // หมายเหตุ says where the measure comes from; its record of last year is on a sheet of its own.
    expect(meeting["หมายเหตุ"]).toBe(
      'ยกมาจากปีงบประมาณ ๒๕๖๘ (อยู่ระหว่างดำเนินการ) ดูผลปีก่อนในแผ่นงาน "ยกมาจากปี 2568"',
    );
    const record = sheets.find((sheet) => sheet.name === "ยกมาจากปี 2568")?.values ?? [];
    const meetingRecord = record.filter((row) => row[0] === "IIT" && row[1] === "๑");
    expect(meetingRecord.map((row) => [row[2], row[3], row[4]])).toEqual([
      ["ประชุมชี้แจงบุคลากร", "สถานะปีงบประมาณ ๒๕๖๘", "อยู่ระหว่างดำเนินการ"],
      ["", "ระยะเวลาเดิม", "ต.ค.-ธ.ค. ๒๕๖๗"],
      ["", "ไตรมาส ๑", "ประชุมแล้ว ๑ ครั้ง"],
      ["", "ผลลัพธ์", "บุคลากรเข้าใจ ๘๐%"],
      ["", "หมายเหตุ", "ต้องทำต่อ"],
    ]);
    // A period without a year is the same months of the new year; text like a formula stays text.
    expect(link).toMatchObject({ ลำดับ: 2, ยังไม่ดำเนินการ: "✓", ระยะเวลาดำเนินการ: "ก.ค.-ก.ย." });
    const eit = gridRows(
      sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES["grid-EIT"])?.values ?? [],
    );
    expect(eit).toHaveLength(1);
    expect(eit[0]).toMatchObject({ ยังไม่ดำเนินการ: "", อยู่ระหว่างดำเนินการ: "", ดำเนินการแล้ว: "" });
    expect(String(eit[0]?.["หมายเหตุ"])).toContain("(สถานะไม่ชัดเจน)");

    const urls = (reading.oitRegister ?? []).flatMap((entry) => entry.urls);
    expect(urls).toEqual(REGISTER_TYPED.flatMap((typed) => typed.urls.split("\n")));
    // Kept by its item's key, wherever 2569 numbers it; its evidence must now be 2569's.
    const register = reading.oitRegister ?? [];
    expect(register.find((entry) => entry.unit === "สำนักปลัด")).toMatchObject({
      key: "structure-and-powers",
      status: "pending",
    });
    expect(register.find((entry) => entry.unit === "กองคลัง")).toMatchObject({
      code: "O2",
      key: "executives",
    });
    // The item staff added has no key: it goes at the foot for staff to place.
    expect(register[register.length - 1]).toMatchObject({ unit: REGISTER_ADDED.unit, status: null });
    expect(register[register.length - 1]?.note).toContain("ตรวจดูว่าตรงกับข้อใดของรายการปีนี้");

    const scores = sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES.scores)?.values ?? [];
    const headerRow = scores.findIndex((row) => row.includes(SCORE_HEADER));
    const previousColumn = (scores[headerRow] ?? []).findIndex(
      (cell) => cell === `${PREVIOUS_SCORE_HEADER} ๒๕๖๘`,
    );
    expect(previousColumn).toBeGreaterThan(0);
    expect(scores.slice(headerRow + 1, headerRow + 11).map((row) => row[previousColumn])).toEqual(
      SEED_2565_SCORES,
    );
  });

  it("carries every tool's measures and says how many", async () => {
    const from = await workbook2568();
    const to = path.join(folder, "next.xlsx");
    await runCli(["next-year", from, to, ...ON_OCTOBER]);
    const { reading } = await readBack(to);
    const counts = Object.fromEntries(
      TOOL_IDS.map((tool) => [
        tool,
        reading.grids.filter((grid) => grid.tool === tool).flatMap((grid) => grid.rows).length,
      ]),
    );
    expect(counts).toEqual({ IIT: 2, EIT: 1, OIT: 0 });
  });

  it.each([
    [["next-year"], /ita-tracker next-year ITA2568.xlsx ITA2569.xlsx/],
    [["next-year", "same.xlsx", "./same.xlsx"], /ไฟล์ปีใหม่ต้องเป็นไฟล์ใหม่/],
    [["next-year", "a.xlsx", "b.txt"], /ต้องลงท้ายด้วย .xlsx/],
  ])("refuses %j in one line", async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("will not replace a file there without --force", async () => {
    const from = await workbook2568();
    const to = path.join(folder, "ITA2569.xlsx");
    writeFileSync(to, "mine");
    const refused = await runCli(["next-year", from, to, ...ON_OCTOBER]);
    expect(refused.code).toBe(2);
    expect(readFileSync(to, "utf8")).toBe("mine");
    expect((await runCli(["next-year", from, to, "--force", ...ON_OCTOBER])).code).toBe(0);
  });

  it("refuses a workbook of someone else's, whose year it cannot know", async () => {
    const { workbook, tables } = standardWorkbook(SETTINGS);
    workbook.removeWorksheet((workbook.getWorksheet(DEFAULT_SHEET_NAMES.settings) as Worksheet).id);
    const from = path.join(folder, "theirs.xlsx");
    writeFileSync(from, await workbookBuffer(workbook, tables));
    const { code, stderr } = await runCli(["next-year", from, path.join(folder, "out.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/ไม่ได้สร้างด้วย ITA Tracker .*ita-tracker insert/);
  });

  it("refuses to go past the last year whose rules it knows", async () => {
    const { workbook, tables } = standardWorkbook({ ...SETTINGS, fiscalYear: 2570 });
    const from = path.join(folder, "ITA2570.xlsx");
    writeFileSync(from, await workbookBuffer(workbook, tables));
    const { code, stderr } = await runCli(["next-year", from, path.join(folder, "ITA2571.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/ยังไม่มีเกณฑ์ของปีงบประมาณ 2571/);
  });
});

/** The 2569 workbook made from 2568's, once the 2569 results come in and staff type them. */
async function nextYearWithScores(scores: readonly number[]): Promise<{ to: string; headerRow: number }> {
  const from = await workbook2568();
  const to = path.join(folder, "ITA2569.xlsx");
  expect((await runCli(["next-year", from, to, ...ON_OCTOBER])).code).toBe(0);
  const { workbook } = await loadWorkbook(readFileSync(to));
  const sheet = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores) as Worksheet;
  const values =
    readSheetsForCheck(workbook).find((each) => each.name === DEFAULT_SHEET_NAMES.scores)?.values ?? [];
  const headerRow = values.findIndex((row) => row.includes(SCORE_HEADER));
  const scoreColumn = (values[headerRow] ?? []).indexOf(SCORE_HEADER);
  scores.forEach((score, index) => (sheet.getCell(headerRow + 2 + index, scoreColumn + 1).value = score));
  writeFileSync(to, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { to, headerRow };
}

describe("the next year's summary and memo", () => {
  it("compare the years once the new scores are typed", async () => {
    const scores2569 = SEED_2565_SCORES.map((score) => Math.min(100, score + 1.5));
    const { to } = await nextYearWithScores(scores2569);

    const summary = await runCli(["summary", to, "--json", "--today", "2026-01-05"]);
    expect(summary.code).toBe(0);
    const json = JSON.parse(summary.stdout);
    const expected = compareYears(
      { framework: findFramework(2569) as Framework, cells: scores2569 },
      { year: 2568, framework: findFramework(2568) as Framework, cells: SEED_2565_SCORES },
    );
    expect(json.comparison).toEqual({
      previousYear: 2568,
      total: expected.total,
      tools: expected.tools,
      indicators: expected.indicators.map(({ number, previous, current, change }) => ({
        number,
        previous,
        current,
        change,
      })),
    });
    expect(json.memo).toContain("เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๘ คะแนนรวมเพิ่มขึ้น");

    const memo = await runCli(["memo", to, "--today", "2026-01-05"]);
    expect(memo.stdout).toMatch(/ลำดับ\tตัวชี้วัด\tคะแนน\tปี ๒๕๖๘\tเพิ่ม\/ลด\tระดับ/);
  });
});

describeWithLibreOffice("the next year's score sheet in LibreOffice", () => {
  it("computes each indicator's, tool's and the total's change as the domain does", async () => {
    const scores2569 = SEED_2565_SCORES.map((score, index) => Math.min(100, score + (index % 3) - 1 + 0.37));
    const { to, headerRow } = await nextYearWithScores(scores2569);
    const saved = path.join(folder, "saved");
    await convertWithLibreOffice([to], "xlsx", saved);

    const computed =
      readSheetsForCheck((await loadWorkbook(readFileSync(path.join(saved, "ITA2569.xlsx")))).workbook).find(
        (each) => each.name === DEFAULT_SHEET_NAMES.scores,
      )?.values ?? [];
    const changeColumn = (computed[headerRow] ?? []).indexOf("เพิ่ม/ลด");
    const expected = compareYears(
      { framework: findFramework(2569) as Framework, cells: scores2569 },
      { year: 2568, framework: findFramework(2568) as Framework, cells: SEED_2565_SCORES },
    );
    expect(computed.slice(headerRow + 1, headerRow + 11).map((row) => row[changeColumn])).toEqual(
      expected.indicators.map((indicator) => indicator.change),
    );
    const summaryHeader = computed.findIndex((row, index) => index > headerRow && row.includes("เพิ่ม/ลด"));
    expect(computed.slice(summaryHeader + 1, summaryHeader + 5).map((row) => row[changeColumn])).toEqual([
      ...TOOL_IDS.map((tool) => expected.tools[tool].change),
      expected.total.change,
    ]);
    expect(expected.total.change).not.toBeNull();
  }, 240_000);
});
