import { Workbook } from "exceljs";
import { boundingBox, parseRange, rangeAddress } from "../../src/layout/a1";
import { planExtent, repairWrites } from "../../src/layout/repair";
import { readSettingsSheet } from "../../src/layout/settingsSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { defaultSettings } from "../../src/domain/workbookSettings";
import type { ContentBlock } from "../../src/layout/plan";
import { cellsOf } from "../../src/xlsx/cellsOf";
import { sheetInternals } from "../../src/xlsx/excelJsInternals";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import type { SheetContents } from "../../src/layout/insertPlan";
import { readSheetsForInsert } from "../../src/xlsx/readSheetsForInsert";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { PLAN, planFile } from "./handMadePlan";

const TODAY = { year: 2025, month: 3, day: 1 };

async function reopened(file: Uint8Array): Promise<Workbook> {
  return (await loadWorkbook(file)).workbook;
}

describe("readSheetsForInsert", () => {
  it("reads every sheet's extent from A1 as range.formulas and range.values give it", async () => {
    const [grid, settings] = readSheetsForInsert(await reopened(await planFile(PLAN)), "A1:D6", []);
    expect(grid).toMatchObject({ name: "ติดตาม IIT", visibility: "Visible" });
    expect(settings).toMatchObject({ name: "ITA_Settings", visibility: "VeryHidden" });
    expect(grid?.formulas).toHaveLength(6);
    expect(grid?.formulas.every((row) => row.length === 4)).toBe(true);
    // Text stays text in both arrays; merged-over and empty cells are "".
    expect(grid?.formulas[1]).toEqual(["=1+1", "+66", "@x", "-x"]);
    expect(grid?.values[0]).toEqual(["ชื่อหน่วยงาน", "", "", ""]);
    expect(grid?.values[2]).toEqual(["", "", "", ""]);
    // A formula gives its text; its value is "" until a spreadsheet has calculated it.
    expect(grid?.formulas[4]?.[3]).toBe('=IF(B5="","",B5*2)');
    expect(grid?.values[4]?.[3]).toBe("");
    expect(settings?.formulas[1]).toEqual(['="sheet"', "='ติดตาม IIT'!$A$1", "", ""]);
  });

  it("names the drop-down areas where no cell has one left, and not those where some cell does", async () => {
    const file = await reopened(await planFile(PLAN));
    const grid = file.getWorksheet("ติดตาม IIT");
    const areas = PLAN.sheets[0]?.validations.map(({ address }) => address) ?? [];
    expect(areas.length).toBeGreaterThan(1);
    const [first, second] = areas as [string, string];
    // Every drop-down of the first area deleted, one cell of the second.
    if (!grid) throw new Error("no grid");
    const { model } = sheetInternals(grid).dataValidations;
    for (const { address } of cellsOf(parseRange(first))) delete model[address];
    delete model[[...cellsOf(parseRange(second))][0]?.address ?? ""];
    expect(readSheetsForInsert(file, "A1:D6", areas)[0]?.unvalidated).toEqual([first]);
  });

  it("refuses an extent that does not start at A1", async () => {
    expect(() => readSheetsForInsert(new Workbook(), "B2:C3", [])).toThrow("must start at A1");
  });

  it("gives the repair and the settings reader what they need", async () => {
    const settings = { ...defaultSettings(TODAY), agency: "เทศบาลตำบลมะเฟือง", fiscalYear: 2567 };
    const { workbook, plan, tables } = standardWorkbook(settings);
    const file = await reopened(await workbookBuffer(workbook, tables));
    const scores = file.getWorksheet(DEFAULT_SHEET_NAMES.scores);
    const typed = scores?.getCell("A2");
    if (typed) typed.value = "ชื่อที่ผู้ใช้พิมพ์เอง";

    const box = boundingBox(plan.sheets.map((sheet) => parseRange(planExtent(sheet))));
    const extent = rangeAddress({ top: 1, left: 1, bottom: box?.bottom ?? 1, right: box?.right ?? 1 });
    const areas = plan.sheets.flatMap((sheet) => sheet.validations.map(({ address }) => address));
    const read = readSheetsForInsert(file, extent, areas);
    expect(read.map((sheet) => sheet.name)).toEqual(plan.sheets.map((sheet) => sheet.name));

    const settingsSheet = read.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES.settings);
    const reading = readSettingsSheet(settingsSheet?.formulas ?? [], settingsSheet?.values ?? [], TODAY);
    expect(reading.isOurs).toBe(true);
    expect(reading.settings).toEqual(settings);
    expect(reading.registry).toEqual(
      Object.fromEntries(plan.sheets.map((sheet) => [sheet.role, sheet.name])),
    );

    // Every sheet has its own drop-downs; the areas of other sheets' are listed as without.
    plan.sheets.forEach((sheet, index) => {
      const own = sheet.validations.map(({ address }) => address);
      expect(read[index]?.unvalidated?.filter((area) => own.includes(area))).toEqual([]);
    });

    // Everything the plan would write is there already, so the repair may write it all again, except
    // where the user typed something else.
    const cells = (blocks: readonly ContentBlock[]) =>
      blocks.flatMap((block) => [...cellsOf(parseRange(block.address))].map((cell) => cell.address));
    plan.sheets.forEach((sheet) => {
      const existing = read.find((candidate) => candidate.name === sheet.name) as SheetContents;
      const writes = repairWrites(sheet, { ...existing, origin: "A1" });
      const typedOver = sheet.role === "scores" ? ["A2"] : [];
      expect(cells(writes).sort()).toEqual(
        cells(sheet.content)
          .filter((cell) => !typedOver.includes(cell))
          .sort(),
      );
    });
  });
});
