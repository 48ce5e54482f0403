import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "./runCli";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-check-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const ROW = GRID_FIRST_DATA_ROW;
const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const TODAY = ["--today", "2025-02-10"];

/** The standard workbook of 2568 with cells of the IIT grid typed in, saved to `name` in the test folder. */
async function workbookFile(
  cells: Readonly<Record<string, unknown>> = {},
  name = "ITA.xlsx",
): Promise<string> {
  const settings = { ...defaultSettings({ year: 2025, month: 2, day: 10 }), fiscalYear: 2568 };
  const { workbook, tables } = standardWorkbook(settings);
  const grid = workbook.getWorksheet(IIT);
  for (const [address, value] of Object.entries(cells)) {
    if (grid) grid.getCell(address).value = value as never;
  }
  const file = path.join(folder, name);
  writeFileSync(file, await workbookBuffer(workbook, tables));
  return file;
}

/** A zip archive holding one empty file: a .docx renamed .xlsx looks like this to a reader. */
function zipOf(name: string): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length, 16);
  return Buffer.concat([local, nameBytes, central, nameBytes, end]);
}

/** A row in progress, right in every way, whose period `period` ends on 31 Jan 2025. */
const IN_PROGRESS = {
  [`B${ROW}`]: "1. การปฏิบัติหน้าที่",
  [`D${ROW}`]: "จัดทำคำสั่งมอบหมายงาน",
  [`F${ROW}`]: "สำนักปลัด",
  [`G${ROW}`]: "ม.ค. ๒๕๖๘",
  [`I${ROW}`]: "✓",
  [`L${ROW}`]: "ประชุมแล้ว",
};
/** Two errors and a warning: no status on one row, a mark nobody can read and no period on the next. */
const MISTAKES = {
  ...IN_PROGRESS,
  [`I${ROW}`]: "",
  [`B${ROW + 1}`]: "2. การใช้งบประมาณ",
  [`D${ROW + 1}`]: "เผยแพร่แผนการใช้จ่ายงบประมาณ",
  [`F${ROW + 1}`]: "กองคลัง",
  [`J${ROW + 1}`]: "เสร็จ",
};

describe("ita-tracker check", () => {
  it("exits 0 on a fresh workbook from `new`, and says it is ready", async () => {
    const file = await workbookFile();
    const { code, stdout, stderr } = await runCli(["check", file, ...TODAY]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain("ข้อผิดพลาด 0 รายการ คำเตือน 0 รายการ");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("ไม่พบข้อผิดพลาดหรือคำเตือน ตารางพร้อมรายงานผล");
  });

  it("exits 1 on errors, and prints the problems as JSON: sheet, row, column, severity, rule, message", async () => {
    const { code, stdout } = await runCli(["check", await workbookFile(MISTAKES), ...TODAY, "--json"]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toEqual({
      problems: [
        {
          sheet: IIT,
          row: ROW,
          column: "H",
          severity: "error",
          rule: "status.none",
          message: `แถว ${ROW}: ยังไม่ได้เลือกสถานะ ให้ทำเครื่องหมาย ✓ ในช่องสถานะช่องเดียว`,
        },
        expect.objectContaining({ row: ROW + 1, column: "G", severity: "warning", rule: "required.period" }),
        expect.objectContaining({ row: ROW + 1, column: "J", severity: "error", rule: "status.unknownMark" }),
      ],
      counts: { errors: 2, warnings: 1, bySheet: { [IIT]: { errors: 2, warnings: 1 } } },
    });
    expect(json.problems[2].message).toContain("“เสร็จ”");
  });

  it("exits 0 with warnings only, and --today decides what is overdue", async () => {
    const file = await workbookFile(IN_PROGRESS);
    const before = await runCli(["check", file, "--today", "2025-01-31", "--json"]);
    expect([before.code, JSON.parse(before.stdout).problems]).toEqual([0, []]);
    const after = await runCli(["check", file, "--today", "2025-02-01", "--json"]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).problems).toEqual([
      expect.objectContaining({ rule: "period.overdue", severity: "warning", column: "G", row: ROW }),
    ]);
  });

  it("lists the problems in Thai by sheet, errors first, with counts and what to do next", async () => {
    const { stdout } = await runCli(["check", await workbookFile(MISTAKES), ...TODAY]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ตรวจ .*ITA\.xlsx: ข้อผิดพลาด 2 รายการ คำเตือน 1 รายการ$/);
    expect(lines.slice(2, 6)).toEqual([
      `แผ่นงาน “${IIT}” (ข้อผิดพลาด 2, คำเตือน 1)`,
      expect.stringMatching(new RegExp(`^  ข้อผิดพลาด  เซลล์ H${ROW}: ยังไม่ได้เลือกสถานะ`)),
      expect.stringMatching(new RegExp(`^  ข้อผิดพลาด  เซลล์ J${ROW + 1}: ช่องสถานะมี “เสร็จ”`)),
      expect.stringMatching(new RegExp(`^  คำเตือน  เซลล์ G${ROW + 1}: ยังไม่ได้ระบุระยะเวลาดำเนินการ`)),
    ]);
    expect(lines.at(-1)).toBe("แก้ข้อผิดพลาด 2 รายการข้างบน แล้วตรวจอีกครั้ง");
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await runCli(["check", await workbookFile(MISTAKES), ...TODAY, "--lang", "en"]);
    expect(stdout).toContain(`Sheet “${IIT}” (error 2, warning 1)`);
    expect(stdout).toContain(`error  cell H${ROW}: No status is marked`);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Fix the 2 error(s) listed above, then check again.");
    const json = await runCli(["check", await workbookFile(MISTAKES), ...TODAY, "--lang=en", "--json"]);
    expect(JSON.parse(json.stdout).problems[0].message).toBe(
      `Row ${ROW}: No status is marked: put ✓ in exactly one status column.`,
    );
  });

  it.each<[string, (file: string) => void, RegExp]>([
    ["a missing file", () => undefined, /ไม่พบไฟล์ \| cannot read .*: no such file/],
    [
      "random bytes",
      (file) => writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef])),
      /ไม่ใช่ \.xlsx/,
    ],
    ["a text file renamed .xlsx", (file) => writeFileSync(file, "ตัวชี้วัด,คะแนน\n"), /not an \.xlsx workbook/],
    ["an empty file", (file) => writeFileSync(file, ""), /ไฟล์ไม่ใช่ \.xlsx หรือเสียหาย/],
    [
      "a zip that holds no workbook",
      (file) => writeFileSync(file, zipOf("word/document.xml")),
      /not an \.xlsx workbook/,
    ],
    ["a folder", (file) => mkdirSync(file), /ชื่อนี้เป็นโฟลเดอร์ \| .*that name is a folder/],
  ])("exits 2 on %s, with one line on stderr in Thai and English", async (_, make, message) => {
    const file = path.join(folder, "ITA.xlsx");
    make(file);
    const { code, stdout, stderr } = await runCli(["check", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^ita-tracker check: อ่านไฟล์ ".*" ไม่ได้ .* \| cannot read/);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it.each([
    ["no file", [], /ระบุไฟล์ .xlsx หนึ่งไฟล์/],
    ["two files", ["a.xlsx", "b.xlsx"], /give one .xlsx file/],
    ["a date that is not ISO", ["a.xlsx", "--today", "31/3/2568"], /--today must be a date YYYY-MM-DD/],
    ["a day that does not exist", ["a.xlsx", "--today", "2025-02-30"], /ต้องเป็น YYYY-MM-DD/],
    ["another language", ["a.xlsx", "--lang", "fr"], /--lang must be th or en/],
  ])("exits 2 on %s", async (_, args, message) => {
    const { code, stderr } = await runCli(["check", ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("is listed in the help", async () => {
    expect((await runCli(["--help"])).stdout).toContain("ita-tracker check <ไฟล์.xlsx> [--json]");
  });

  it("runs as the installed command, with its exit code", async () => {
    const file = await workbookFile(MISTAKES);
    const bin = path.join(__dirname, "..", "..", "bin", "ita-tracker.cjs");
    const result = spawnSync(process.execPath, [bin, "check", file, "--json", ...TODAY], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).counts.errors).toBe(2);
  });
});
