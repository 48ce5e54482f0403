import { Workbook } from "exceljs";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { findSettings } from "../../src/layout/insertPlan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { checkWorkbook } from "../../src/layout/workbookCheck";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readSheetsForCheck } from "../../src/xlsx/readSheetsForCheck";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";

const TODAY = { year: 2025, month: 2, day: 10 };
const SETTINGS = { ...defaultSettings(TODAY), agency: "อบต.มะเฟือง", fiscalYear: 2568 };

async function savedStandardWorkbook(): Promise<Workbook> {
  const { workbook, tables } = standardWorkbook(SETTINGS);
  return (await loadWorkbook(await workbookBuffer(workbook, tables))).workbook;
}

describe("readSheetsForCheck", () => {
  it("reads every sheet from A1 to its last cell with content, formulas as the values nobody has calculated", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("ติดตาม");
    sheet.getCell("C4").value = "ตัวชี้วัด";
    sheet.getCell("B2").value = { formula: "1+1" } as never;
    // Formatted but empty: not content.
    sheet.getCell("F9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    sheet.mergeCells("A1:B1");
    workbook.addWorksheet("ว่าง");
    const [read, empty] = readSheetsForCheck(workbook);
    expect(read?.values).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
      ["", "", "ตัวชี้วัด"],
    ]);
    expect(read?.formulas[1]).toEqual(["", "=1+1", ""]);
    expect(read?.merges).toEqual(["A1:B1"]);
    expect(empty).toMatchObject({ name: "ว่าง", values: [], merges: [] });
  });

  it("gives a check of a fresh workbook written by `new` nothing to report", async () => {
    const sheets = readSheetsForCheck(await savedStandardWorkbook());
    const stored = findSettings(sheets, TODAY);
    expect(stored?.settings).toEqual(SETTINGS);
    const check = checkWorkbook({ sheets, stored, today: TODAY });
    expect(check.problems).toEqual([]);
    expect(check.counts).toEqual({ errors: 0, warnings: 0, bySheet: {} });
  });

  it("gives the check what staff typed into the file, merged cells included", async () => {
    const workbook = await savedStandardWorkbook();
    const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-EIT"]);
    if (!grid) throw new Error("the standard workbook has an EIT grid");
    const row = GRID_FIRST_DATA_ROW;
    grid.getCell(`B${row}`).value = "7. ประสิทธิภาพการสื่อสาร";
    grid.getCell(`D${row}`).value = "ประชาสัมพันธ์ช่องทางติดต่อ";
    grid.getCell(`F${row}`).value = "สำนักปลัด";
    grid.getCell(`G${row}`).value = new Date(Date.UTC(2025, 2, 31));
    grid.getCell(`J${row}`).value = "√";
    grid.getCell(`O${row}`).value = "จัดทำช่องทางแล้ว";
    // A second row of the same measure, its unit merged down from the first.
    grid.mergeCells(`F${row}:F${row + 1}`);
    grid.getCell(`B${row + 1}`).value = "7. ประสิทธิภาพการสื่อสาร";
    grid.getCell(`D${row + 1}`).value = "รับฟังความคิดเห็น";
    grid.getCell(`G${row + 1}`).value = "ธ.ค. ๒๕๖๗";
    grid.getCell(`I${row + 1}`).value = "⊗";
    const sheets = readSheetsForCheck(workbook);
    const check = checkWorkbook({ sheets, stored: findSettings(sheets, TODAY), today: TODAY });
    expect(
      check.problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row} ${problem.rule}`),
    ).toEqual([
      `${DEFAULT_SHEET_NAMES["grid-EIT"]}!G${row + 1} period.overdue`,
      `${DEFAULT_SHEET_NAMES["grid-EIT"]}!L${row + 1} progress.quarterEmpty`,
    ]);
  });
});
