import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import type { SheetSnapshot } from "../../src/xlsx/snapshot";
import { runCli } from "./runCli";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-new-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The settings sheet's key/value rows. */
function settingsOf(sheet: SheetSnapshot | undefined): Record<string, unknown> {
  const cells = sheet?.cells ?? {};
  return Object.fromEntries(
    Object.entries(cells)
      .filter(([address]) => address.startsWith("A"))
      .map(([address, cell]) => [cell.value, cells[`B${address.slice(1)}`]?.value]),
  );
}

describe("ita-tracker new", () => {
  it("writes the standard workbook and says what to do next, in one line", async () => {
    const file = path.join(folder, "ITA2568.xlsx");
    const { code, stdout, stderr } = await runCli(["new", file, "--year", "2568", "--org", "อบต.มะเฟือง"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(stdout).toContain(file);
    expect(stdout).toContain('"คะแนน"');
    expect(stdout).toContain("open it in Excel");

    const snapshot = await readWorkbookSnapshot(file);
    expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      [DEFAULT_SHEET_NAMES.scores, "Visible"],
      [DEFAULT_SHEET_NAMES["grid-IIT"], "Visible"],
      [DEFAULT_SHEET_NAMES["grid-EIT"], "Visible"],
      [DEFAULT_SHEET_NAMES["grid-OIT"], "Visible"],
      [DEFAULT_SHEET_NAMES["oit-register"], "Visible"],
      [DEFAULT_SHEET_NAMES.settings, "VeryHidden"],
    ]);
    const [scores, iit] = snapshot.sheets;
    expect(scores?.cells.A2?.value).toBe("อบต.มะเฟือง");
    expect(scores?.cells.A3?.value).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(iit?.tables[0]?.calculatedColumns.map((column) => column.header)).toEqual(["คะแนนตัวชี้วัด", "ระดับ"]);
    expect(settingsOf(snapshot.sheets[5])).toMatchObject({
      agency: "อบต.มะเฟือง",
      fiscalYear: 2568,
      thresholdPass: 85,
      thresholdStrength: 90,
      thresholdExcellence: 95,
    });
    // Nothing is left beside the file.
    expect(readdirSync(folder)).toEqual(["ITA2568.xlsx"]);
  });

  it("keeps the organisation as text, the year and the thresholds it is given", async () => {
    const file = path.join(folder, "ITA.xlsx");
    const { code } = await runCli(["new", file, "--year=๒๕๖๖", "--org", "=1+1", "--thresholds", "80,88,93"]);
    expect(code).toBe(0);
    const snapshot = await readWorkbookSnapshot(file);
    expect(snapshot.sheets[0]?.cells.A2).toMatchObject({ value: "=1+1", formula: null });
    expect(settingsOf(snapshot.sheets[5])).toMatchObject({
      agency: "=1+1",
      fiscalYear: 2566,
      thresholdPass: 80,
      thresholdStrength: 88,
      thresholdExcellence: 93,
    });
  });

  it("replaces an existing file only with --force", async () => {
    const file = path.join(folder, "ITA.xlsx");
    writeFileSync(file, "someone's work");
    const refused = await runCli(["new", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/มีไฟล์ .* อยู่แล้ว ใช้ --force .*already exists: add --force/);
    expect(readFileSync(file, "utf8")).toBe("someone's work");

    const forced = await runCli(["new", file, "--force"]);
    expect(forced.code).toBe(0);
    expect((await readWorkbookSnapshot(file)).sheets).toHaveLength(6);
  });

  it.each([
    ["no file", [], /ระบุชื่อไฟล์ .xlsx หนึ่งไฟล์/],
    ["two files", ["a.xlsx", "b.xlsx"], /give one .xlsx file name/],
    ["not .xlsx", ["ITA.xls"], /must end in .xlsx/],
    ["a year beyond those known", ["ITA.xlsx", "--year", "2571"], /ไม่มีเกณฑ์ ITA ของปีงบประมาณ 2571/],
    ["a CE year", ["ITA.xlsx", "--year", "2025"], /ให้ใช้ปี พ\.ศ\. 2568/],
    ["bad thresholds", ["ITA.xlsx", "--thresholds", "90,85,95"], /ต้องเรียงจากน้อยไปมาก/],
    ["too few thresholds", ["ITA.xlsx", "--thresholds", "85"], /needs three numbers/],
    ["an unknown option", ["ITA.xlsx", "--sheet", "x"], /unknown option --sheet/],
    [
      "a name longer than a cell holds",
      ["ITA.xlsx", "--org", "ก".repeat(32_768)],
      /longer than an Excel cell/,
    ],
    [
      "a folder that does not exist",
      [path.join("no-such-folder", "ITA.xlsx")],
      /ไม่พบโฟลเดอร์ .*does not exist/,
    ],
  ])("refuses %s in one line, exit 2, writing nothing", async (_, args, message) => {
    const relative = args.map((arg) =>
      arg.endsWith(".xlsx") || arg.endsWith(".xls") ? path.join(folder, arg) : arg,
    );
    const { code, stdout, stderr } = await runCli(["new", ...relative]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("refuses a file that Excel or LibreOffice has open", async () => {
    const file = path.join(folder, "ITA.xlsx");
    writeFileSync(file, "open in Excel");
    writeFileSync(path.join(folder, "~$ITA.xlsx"), "");
    const { code, stderr } = await runCli(["new", file, "--force"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/เปิดอยู่ใน Excel หรือ LibreOffice .*close it first/);
    expect(readFileSync(file, "utf8")).toBe("open in Excel");
  });

  it("says in one line when the file cannot be written, and leaves nothing behind", async () => {
    const file = path.join(folder, "ITA.xlsx");
    mkdirSync(file);
    const { code, stderr } = await runCli(["new", file, "--force"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/เขียนไฟล์ .* ไม่ได้ .*cannot write/);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readdirSync(folder)).toEqual(["ITA.xlsx"]);
  });

  it("is listed in the help", async () => {
    const { stdout } = await runCli(["--help"]);
    expect(stdout).toContain("ita-tracker new <ไฟล์.xlsx>");
  });

  it("runs as the installed command", () => {
    const file = path.join(folder, "ITA.xlsx");
    const bin = path.join(__dirname, "..", "..", "bin", "ita-tracker.cjs");
    const result = spawnSync(process.execPath, [bin, "new", file, "--year", "2568"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});
