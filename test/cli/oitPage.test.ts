import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Worksheet } from "exceljs";
import { catalogueFor } from "../../src/domain/oitCatalogue";
import { REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { bodyCells, elements, links, parsed } from "../support/htmlPage";
import { settings2568 } from "../support/gridValues";
import { runCli } from "./runCli";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-oit-page-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const REGISTER = DEFAULT_SHEET_NAMES["oit-register"];
const FIRST_ITEM_ROW = REGISTER_HEADER_ROW + 1;
const ITEMS_2568 = catalogueFor(2568).items;
// Built from parts, so that the source holds no script URL for the linter to flag.
const SCRIPT_URL = ["java", "script:alert(1)"].join("");
/** Signs HTML reads as markup; the register keeps them (whole tags it drops, as pasted from reports). */
const MARKUP_SIGNS = `จัดซื้อ < 5,000 บาท & "ด่วน" 'พิเศษ'`;

/** The register's column under a header, found as a user reading the sheet would. */
function columnOf(sheet: Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(REGISTER_HEADER_ROW).eachCell((cell, column) => {
    if (String(cell.value).startsWith(header)) found = column;
  });
  if (found === 0) throw new Error(`No register column headed "${header}"`);
  return found;
}

/**
 * The standard workbook of 2568 with the first items' evidence typed in: two links for the first, a
 * script URL for the second, signs of markup in the third's requirement. Without `register`, its register
 * sheet is removed, as in a workbook made before there was one.
 */
async function workbookFile({ register = true } = {}): Promise<string> {
  const { workbook, tables } = standardWorkbook(settings2568({ agency: "อบต.มะเฟือง <สาขา>" }));
  const sheet = workbook.getWorksheet(REGISTER);
  if (!sheet) throw new Error("The standard workbook has no OIT register");
  if (register) {
    const urls = columnOf(sheet, "URL");
    sheet.getCell(FIRST_ITEM_ROW, urls).value =
      "https://www.mafueang.go.th/oit/o1\nhttps://www.mafueang.go.th/?p=1&o=1";
    sheet.getCell(FIRST_ITEM_ROW + 1, urls).value = SCRIPT_URL;
    sheet.getCell(FIRST_ITEM_ROW + 2, columnOf(sheet, "ข้อมูลที่ต้องเผยแพร่")).value = MARKUP_SIGNS;
  } else {
    workbook.removeWorksheet(sheet.id);
  }
  const file = path.join(folder, "ITA2568.xlsx");
  writeFileSync(file, await workbookBuffer(workbook, tables));
  return file;
}

describe("ita-tracker oit-page", () => {
  it("prints the page of the register's items and their links", async () => {
    const { code, stdout, stderr } = await runCli(["oit-page", await workbookFile()]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    const page = parsed(stdout);
    expect(elements(page, "title")[0]?.textContent).toBe(
      "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ – อบต.มะเฟือง <สาขา>",
    );
    const rows = bodyCells(stdout);
    expect(rows.map((cells) => cells[0])).toEqual(
      ITEMS_2568.map((item) => item.code.replace(/\d/g, (digit) => "๐๑๒๓๔๕๖๗๘๙"[Number(digit)]!)),
    );
    expect(links(stdout).map((link) => link.href)).toEqual([
      "https://www.mafueang.go.th/oit/o1",
      "https://www.mafueang.go.th/?p=1&o=1",
    ]);
    expect(rows[1]?.[2]).toBe(SCRIPT_URL);
    expect(rows[2]?.[1]).toBe(MARKUP_SIGNS);
    expect(stdout).not.toMatch(/< 5|"ด่วน"/);
    expect(elements(page, "script")).toHaveLength(0);
    // Items nobody has published yet say so.
    expect(rows[3]?.[2]).toBe("อยู่ระหว่างจัดทำ");
  });

  it("writes Arabic digits with --arabic-digits", async () => {
    const { code, stdout } = await runCli(["oit-page", await workbookFile(), "--arabic-digits"]);
    expect(code).toBe(0);
    expect(elements(parsed(stdout), "h1")[0]?.textContent).toBe(
      "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
    );
    expect(bodyCells(stdout)[0]?.[0]).toBe(ITEMS_2568[0]?.code);
  });

  it("prints the table alone with --fragment, for a website's editor", async () => {
    const { code, stdout } = await runCli(["oit-page", await workbookFile(), "--fragment"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("<table>")).toBe(true);
    expect(stdout.trimEnd().endsWith("</table>")).toBe(true);
    expect(bodyCells(stdout)).toHaveLength(ITEMS_2568.length);
  });

  it("writes the page to --out, and replaces a file there only with --force", async () => {
    const workbook = await workbookFile();
    const out = path.join(folder, "oit-ita-2568.html");
    const printed = (await runCli(["oit-page", workbook])).stdout;

    const written = await runCli(["oit-page", workbook, "--out", out]);
    expect(written.code).toBe(0);
    expect(written.stdout.trimEnd().split("\n")).toEqual([expect.stringContaining(`wrote ${out}`)]);
    expect(readFileSync(out, "utf8")).toBe(printed);

    writeFileSync(out, "หน้าเดิม");
    const refused = await runCli(["oit-page", workbook, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining("--force")]);
    expect(readFileSync(out, "utf8")).toBe("หน้าเดิม");

    const forced = await runCli(["oit-page", workbook, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(printed);
  });

  it("says in one line, in Thai and English, that a workbook without a register needs the ITA sheets first", async () => {
    const out = path.join(folder, "page.html");
    const { code, stdout, stderr } = await runCli([
      "oit-page",
      await workbookFile({ register: false }),
      "--out",
      out,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("ให้แทรกแบบฟอร์ม ITA ก่อน");
    expect(stderr).toMatch(/ \| .*has no OIT register/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a file that is not a workbook, and a missing file argument, in one line", async () => {
    const text = path.join(folder, "notes.xlsx");
    writeFileSync(text, "ไม่ใช่สมุดงาน");
    for (const argv of [["oit-page", text], ["oit-page"]]) {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("is listed in the help", async () => {
    const { stdout } = await runCli(["--help"]);
    expect(stdout).toContain("ita-tracker oit-page <ไฟล์.xlsx> [--out");
  });
});
