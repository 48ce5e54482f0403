// Hostile input meets the command line on .xlsx files. Every command on a readable workbook exits 0 or
// 1 with nothing on stderr: those that only read leave the file's bytes as they were, and `summary
// --write` changes no sheet but its own; `check` and `summary` find exactly what the task pane's check
// and summary find on the same cells; and each case does what docs/hostile-input.md says. A new command
// is one more entry in COMMANDS.
import { existsSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { Workbook } from "exceljs";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { STATUS_HEADERS } from "../../src/domain/gridColumns";
import { formatIsoDate } from "../../src/domain/thaiCalendar";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { TODAY } from "../excel/insertFixture";
import { columnOf, excelWith, fileWith, hostileCase, IIT, SCORES, SHARED_CASES } from "./hostileContent";

const ON_TODAY = ["--today", formatIsoDate(TODAY)];

interface Command {
  readonly name: string;
  readonly argv: (file: string) => string[];
  /** The sheet the command may add or replace; every other sheet, and a read-only command's file, stays. */
  readonly writes?: string;
}

/** The read-only commands first, so that each reads the file as it was made. */
const COMMANDS: readonly Command[] = [
  { name: "check", argv: (file) => ["check", file, "--json", ...ON_TODAY] },
  { name: "summary --json", argv: (file) => ["summary", file, "--json", ...ON_TODAY] },
  {
    name: "summary --write",
    argv: (file) => ["summary", file, "--write", "--json", ...ON_TODAY],
    writes: SUMMARY_SHEET_NAME,
  },
];

interface FoundProblem {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly rule: string;
}

let folder: string;
beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "ita-hostile-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
function saved(bytes: Uint8Array): string {
  const file = path.join(folder, `hostile-${(files += 1)}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

async function checkFile(file: string): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(COMMANDS[0]?.argv(file) ?? []);
  expect({ code: code === 0 || code === 1, stderr }).toEqual({ code: true, stderr: "" });
  return lines((JSON.parse(stdout) as { problems: FoundProblem[] }).problems);
}

function lines(problems: readonly FoundProblem[]): string[] {
  return problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row} ${problem.rule}`);
}

/** Cases only a file meets: what ExcelJS hides, protects or names, and grids too long for the fake. */
const FILE_CASES: readonly { title: string; file: () => Promise<Uint8Array> }[] = [
  ...SHARED_CASES.map(({ title, content }) => ({ title, file: () => fileWith(content) })),
  { title: "hidden columns", file: () => fileWith(hostileCase("moved columns").content, hideStatusColumns) },
  { title: "protected sheets", file: () => fileWith(hostileCase("Thai digits").content, protectGrid) },
  { title: "a 50,000-row grid", file: () => longGridFile(50_000) },
];

/** Hides the status columns of the grid whose columns were moved. */
function hideStatusColumns(workbook: Workbook): void {
  const grid = workbook.getWorksheet(IIT);
  if (!grid) throw new Error("the standard workbook has no IIT grid");
  const headerRow = Object.entries(hostileCase("moved columns").content.grid ?? {}).filter(([address]) =>
    /^[A-Z]5$/.test(address),
  );
  for (const [address, header] of headerRow) {
    if ((STATUS_HEADERS as readonly unknown[]).includes(header)) {
      grid.getColumn(address.slice(0, 1)).hidden = true;
    }
  }
}

async function protectGrid(workbook: Workbook): Promise<void> {
  await workbook.getWorksheet(IIT)?.protect("รหัสผ่าน", {});
  await workbook.getWorksheet(SCORES)?.protect("", {});
}

/** Measures without a status in `rows` rows, in the three columns a measure needs. */
function longGridFile(rows: number): Promise<Uint8Array> {
  return fileWith({}, (workbook) => {
    const grid = workbook.getWorksheet(IIT);
    if (!grid) throw new Error("the standard workbook has no IIT grid");
    for (let index = 0; index < rows; index++) {
      const row = grid.getRow(GRID_FIRST_DATA_ROW + index);
      row.getCell(columnOf("มาตรการ/กิจกรรม")).value = `มาตรการ ${index + 1}`;
      row.getCell(columnOf("ผู้รับผิดชอบ")).value = "สำนักปลัด";
      row.getCell(columnOf("ระยะเวลาดำเนินการ")).value = "ธ.ค. 2568 - มี.ค. 2569";
    }
  });
}

/** The file's sheets but `written`, as a snapshot: what a writing command must leave as it was. */
async function sheetsBut(written: string | undefined, source: Uint8Array | string) {
  return (await readWorkbookSnapshot(source)).sheets.filter((sheet) => sheet.name !== written);
}

describe.each(FILE_CASES)("$title, in a file", ({ file: make }) => {
  test("every command exits 0 or 1 with nothing on stderr; none changes a sheet but the one it writes", async () => {
    const file = saved(await make());
    const bytes = readFileSync(file);
    for (const command of COMMANDS) {
      const { code, stderr } = await runCli(command.argv(file));
      expect({ command: command.name, code: [0, 1].includes(code), stderr }).toEqual({
        command: command.name,
        code: true,
        stderr: "",
      });
      if (command.writes === undefined) expect(readFileSync(file).equals(bytes)).toBe(true);
      else expect(await sheetsBut(command.writes, file)).toEqual(await sheetsBut(undefined, bytes));
    }
  }, 120_000);
});

/** Every cell of every sheet that holds something, by sheet and address: what insert must never change. */
async function filledCells(source: Uint8Array | string) {
  return (await readWorkbookSnapshot(source)).sheets.flatMap(({ name, cells }) =>
    Object.entries(cells)
      .filter(([, cell]) => cell.formula !== null || (cell.value !== null && cell.value !== ""))
      .map(([address, cell]) => ({
        name,
        address,
        value: cell.value,
        formula: cell.formula,
        font: cell.font,
        fill: cell.fill,
      })),
  );
}

describe.each(FILE_CASES)("$title, in a file, taking insert", ({ file: make }) => {
  test("insert keeps every cell that held something, or refuses in one line leaving the file as it was", async () => {
    const file = saved(await make());
    const bytes = readFileSync(file);
    // A year whose rules are published, so that nothing on stderr depends on today's date.
    const { code, stdout, stderr } = await runCli(["insert", file, "--year", "2568"]);
    if (code === 2) {
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(/ไม่ได้เขียน .*\| .*was not written/);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      return;
    }
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).not.toBe("");
    const after = await filledCells(file);
    const kept = new Set(after.map((cell) => JSON.stringify(cell)));
    expect((await filledCells(bytes)).filter((cell) => !kept.has(JSON.stringify(cell)))).toEqual([]);
  }, 120_000);
});

describe.each(SHARED_CASES)("$title", ({ content }) => {
  test("check finds in the file what the task pane's check finds in Excel", async () => {
    const inFile = await checkFile(saved(await fileWith(content)));
    const fake = await excelWith(content);
    const inExcel = lines((await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY)).problems);
    expect(inFile).toEqual(inExcel);
  });

  test("summary counts and lists in the file what the task pane's summary does in Excel", async () => {
    const { stdout } = await runCli(["summary", saved(await fileWith(content)), "--json", ...ON_TODAY]);
    const inFile = JSON.parse(stdout) as { missingScores: unknown; progress: unknown; overdue: unknown };
    const fake = await excelWith(content);
    const { summary } = await summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
    const { missingScores, progress, overdue } = summary;
    expect(inFile).toMatchObject({
      missingScores,
      progress,
      overdue: overdue.map(({ sheet, row, measure, responsible, period, status }) => ({
        sheet,
        row,
        measure,
        responsible,
        period,
        status,
      })),
    });
  });
});

test("hidden columns: check reads them as any other", async () => {
  const { content } = hostileCase("moved columns");
  const shown = await checkFile(saved(await fileWith(content)));
  const bytes = await fileWith(content, hideStatusColumns);
  const grid = (await loadWorkbook(bytes)).workbook.getWorksheet(IIT);
  expect(["D", "E", "F", "G"].map((letter) => grid?.getColumn(letter).hidden)).toEqual([
    true,
    true,
    true,
    false,
  ]);
  const hidden = await checkFile(saved(bytes));
  expect(hidden).toEqual(shown);
  expect(hidden.length).toBeGreaterThan(0);
});

test("protected sheets: check reads them as any other", async () => {
  const found = await checkFile(saved(await fileWith(hostileCase("Thai digits").content, protectGrid)));
  expect(found).toEqual([`${SCORES}!C6 score.thaiDigits`, `${SCORES}!C7 score.thaiDigits`]);
});

test("a sheet named like ours that is not ours: without our settings sheet, each is read by its headers", async () => {
  const workbook = new Workbook();
  workbook.addWorksheet(IIT).addRows([["บันทึกของฉัน"], ["ยังไม่ดำเนินการ", "ดำเนินการแล้ว"], ["✓", "✓"]]);
  workbook.addWorksheet(SCORES).addRows([
    ["ตัวชี้วัด", "คะแนน"],
    ["การปฏิบัติหน้าที่", "๙๐"],
  ]);
  workbook.addWorksheet("ITA_Settings").addRows([["agency", "ของฉัน"]]);
  const file = saved(new Uint8Array(await workbook.xlsx.writeBuffer()));
  expect(await checkFile(file)).toEqual([`${IIT}!A3 status.many`, `${SCORES}!B2 score.thaiDigits`]);
});

test("a 50,000-row grid: check reads every row", async () => {
  const { code, stdout } = await runCli(COMMANDS[0]?.argv(saved(await longGridFile(50_000))) ?? []);
  expect(code).toBe(1);
  // Every row: no status marked (an error), no indicator named (a warning).
  expect(
    (JSON.parse(stdout) as { counts: { bySheet: Record<string, unknown> } }).counts.bySheet[IIT],
  ).toEqual({
    errors: 50_000,
    warnings: 50_000,
  });
}, 120_000);

describe("a summary sheet someone typed in, in a file", () => {
  test.each([
    ["under its text", "A45"],
    ["beside its marker", "H5"],
    ["right of it", "J3"],
  ])("typed %s: summary --write keeps it as it is and adds the new summary beside it", async (_, address) => {
    const file = saved(await fileWith(hostileCase("Thai digits").content));
    await runCli(COMMANDS[2]?.argv(file) ?? []);
    const { workbook, tables } = await loadWorkbook(file);
    const summary = workbook.getWorksheet(SUMMARY_SHEET_NAME);
    if (!summary) throw new Error("summary --write wrote no summary sheet");
    summary.getCell(address).value = "เสนอผู้บริหารแล้ว";
    writeFileSync(file, await workbookBuffer(workbook, tables));
    const typed = await readWorkbookSnapshot(file);
    const { code, stdout } = await runCli(COMMANDS[2]?.argv(file) ?? []);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).written).toEqual({
      sheet: `${SUMMARY_SHEET_NAME} (2)`,
      replaced: false,
      keptEdited: SUMMARY_SHEET_NAME,
    });
    const after = await readWorkbookSnapshot(file);
    expect(after.sheets.find(({ name }) => name === SUMMARY_SHEET_NAME)).toEqual(
      typed.sheets.find(({ name }) => name === SUMMARY_SHEET_NAME),
    );
  });
});

test("a workbook without ITA sheets: summary and memo exit 2 in one line saying how to make them, the file left as it was; check finds no grid", async () => {
  const workbook = new Workbook();
  workbook.addWorksheet("งบประมาณ").addRows([
    ["รายการ", "จำนวนเงิน"],
    ["ค่าวัสดุ", 1200],
  ]);
  const file = saved(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const bytes = readFileSync(file);
  for (const argv of [...COMMANDS.slice(1).map((command) => command.argv(file)), ["memo", file]]) {
    const { code, stdout, stderr } = await runCli(argv);
    expect({ argv: argv.slice(0, 1), code, stdout }).toEqual({ argv: argv.slice(0, 1), code: 2, stdout: "" });
    expect(stderr).toMatch(/ita-tracker new .* \| .* has no ITA score sheet or tracking grid yet/);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  }
  expect(readFileSync(file).equals(bytes)).toBe(true);
  expect(await checkFile(file)).toEqual(["null!nullnull grid.none"]);
});

describe("what `ita-tracker new` does with hostile options and files", () => {
  test.each([
    ["emoji and stacked Thai marks", "อบต.ก่่่ 👨‍👩‍👧 👍🏽"],
    ["text starting with + - @", "@+-หน่วยงาน"],
  ])("an agency of %s is written as text, as given", async (_, agency) => {
    const file = path.join(folder, `new-${(files += 1)}.xlsx`);
    const { code, stderr } = await runCli(["new", file, "--year", "2568", "--org", agency]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const [scores] = (await readWorkbookSnapshot(file)).sheets;
    expect(scores?.cells.A2).toMatchObject({ value: agency, formula: null });
  });

  test("an agency of 100,000 characters, more than a cell holds: refused in one line, no file made", async () => {
    const file = path.join(folder, `new-${(files += 1)}.xlsx`);
    const { code, stderr } = await runCli(["new", file, "--org", "ก".repeat(100_000)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/longer than an Excel cell holds \(32767 characters\)/);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
  });

  test.each([
    ["random bytes", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef])],
    ["a text file", Buffer.from("ตัวชี้วัด,คะแนน\n")],
  ])("%s at the file's name: refused in one line, the file left as it was", async (_, bytes) => {
    const file = path.join(folder, `taken-${(files += 1)}.xlsx`);
    writeFileSync(file, bytes);
    const { code, stderr } = await runCli(["new", file]);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
