import { consolidateWorkbook, type UnitFilesRead } from "../../src/excel/consolidateWorkbook";
import { CONSOLIDATION_SHEET } from "../../src/layout/consolidationSheet";
import { UNIT_REGISTRY_SHEET } from "../../src/layout/unitRegistrySheet";
import { FILE_UNITS_SHEET, TYPED_UNITS_SHEET } from "../../src/layout/unitTables";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { fileUnit, indicatorScores, measures } from "../support/unitResults";

const TODAY = { year: 2025, month: 10, day: 20 };

const READ: UnitFilesRead = {
  units: [
    fileUnit("อบต.หนึ่ง", "1.xlsx", { indicators: indicatorScores(96), measures: measures(2, 1, 0) }),
    fileUnit("อบต.สอง", "2.xlsx", { indicators: indicatorScores(84) }),
  ],
  unread: [{ file: "3.xls", reason: "oldFormat" }],
};

function consolidate(fake: FakeExcel, read: UnitFilesRead = READ) {
  return consolidateWorkbook(fake.context, fake.isSetSupported, TODAY, read);
}

const tableNames = (fake: FakeExcel, sheet: string) =>
  fake
    .sheet(sheet)
    .tables()
    .map(({ name }) => name);

async function type(fake: FakeExcel, sheet: string, address: string, values: unknown[][]): Promise<void> {
  fake.context.workbook.worksheets.getItem(sheet).getRange(address).values = values as never;
  await fake.context.sync();
}

describe("consolidateWorkbook", () => {
  it("reads once, lists tables once, writes once: the parent's four sheets, the summary active", async () => {
    const fake = createFakeExcel();
    const outcome = await consolidate(fake);
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.pendingOperations).toBe(0);
    expect(outcome.sheets).toEqual([
      UNIT_REGISTRY_SHEET,
      TYPED_UNITS_SHEET,
      FILE_UNITS_SHEET,
      CONSOLIDATION_SHEET,
    ]);
    expect(fake.sheetNames()).toEqual(["Sheet1", ...outcome.sheets]);
    expect(fake.activeSheetName()).toBe(CONSOLIDATION_SHEET);
    expect(fake.sheet(FILE_UNITS_SHEET).values("A6:A7")).toEqual([["อบต.หนึ่ง"], ["อบต.สอง"]]);
    expect(tableNames(fake, FILE_UNITS_SHEET)).toEqual(["ITA_Unit_Files"]);
    expect(outcome.plan.consolidation.units.map(({ unit, rank }) => [rank, unit.name])).toEqual([
      [1, "อบต.หนึ่ง"],
      [2, "อบต.สอง"],
    ]);
    expect(outcome.unread).toEqual(READ.unread);
    expect(outcome.missingFeatures).toEqual([]);
  });

  it("writes its own sheets again in place and keeps what the parent typed in its own", async () => {
    const fake = createFakeExcel();
    await consolidate(fake);
    await type(fake, TYPED_UNITS_SHEET, "A6:E6", [["เทศบาลสาม", "", "เทศบาล", "", 2568]]);
    await type(fake, UNIT_REGISTRY_SHEET, "A6:A7", [["อบต.หนึ่ง"], ["อบต.สี่"]]);
    const again = await consolidate(fake);
    expect(again.sheets).toEqual([FILE_UNITS_SHEET, CONSOLIDATION_SHEET]);
    expect(fake.sheetNames()).toEqual([
      "Sheet1",
      UNIT_REGISTRY_SHEET,
      TYPED_UNITS_SHEET,
      FILE_UNITS_SHEET,
      CONSOLIDATION_SHEET,
    ]);
    expect(fake.sheet(TYPED_UNITS_SHEET).values("A6:C6")).toEqual([["เทศบาลสาม", "", "เทศบาล"]]);
    expect(tableNames(fake, FILE_UNITS_SHEET)).toEqual(["ITA_Unit_Files"]);
    expect(again.plan.consolidation.notSent.map(({ name }) => name)).toEqual(["อบต.สี่"]);
    expect(again.plan.keptEdited).toEqual([]);
  });

  it("gathers a table pasted from ITAS as the parent's own: indicator rows, tool-and-total rows, text named", async () => {
    const fake = createFakeExcel();
    await consolidate(fake, { units: [], unread: [] });
    // Name, code, type, group, year, indicators 1-10, IIT, EIT, OIT, total, level: as ITAS and area offices list them.
    const scores = (score: number) => Array.from({ length: 10 }, () => score);
    await type(fake, TYPED_UNITS_SHEET, "A6:T8", [
      ["โรงเรียนหนึ่ง", "1001", "โรงเรียน", "เขต 1", 2568, ...scores(92), "", "", "", "", ""],
      [
        "โรงเรียนสอง",
        "1002",
        "โรงเรียน",
        "เขต 1",
        2568,
        ...Array<string>(10).fill(""),
        90.1,
        88.2,
        79.5,
        85.03,
        "ผ่าน",
      ],
      ["โรงเรียนสาม", "1003", "โรงเรียน", "เขต 2", 2568, "๘๙.๕๐", ...scores(90).slice(1), "", "", "", "", ""],
    ]);
    const outcome = await consolidate(fake, { units: [], unread: [] });
    const { consolidation, findings } = outcome.plan;
    const byName = new Map(consolidation.units.map((unit) => [unit.unit.name, unit]));
    expect(byName.get("โรงเรียนหนึ่ง")).toMatchObject({ total: 92, rank: 1 });
    // 30/30/40 of its tools, 85.29: the total typed, 85.03, does not match, and is named, not used.
    expect(byName.get("โรงเรียนสอง")).toMatchObject({ total: 85.29, rank: 2 });
    expect(byName.get("โรงเรียนสอง")?.grade?.label).toBe("ผ่าน");
    expect(findings).toContainEqual(expect.objectContaining({ kind: "totalMismatch", name: "โรงเรียนสอง" }));
    // A score typed in Thai digits is text to Excel: named with its cell, and its tool left unscored.
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: "notANumber", name: "โรงเรียนสาม", cell: `'${TYPED_UNITS_SHEET}'!F8` }),
    );
    expect(byName.get("โรงเรียนสาม")).toMatchObject({ total: null, rank: null });
    expect(consolidation.byGroup.map(({ key, units }) => [key, units])).toEqual([["เขต 1", 2]]);
  });

  it("leaves a summary someone typed in as it is, and writes the new one beside it", async () => {
    const fake = createFakeExcel();
    await consolidate(fake);
    await type(fake, CONSOLIDATION_SHEET, "B300", [["แก้ไขแล้ว"]]);
    const again = await consolidate(fake);
    expect(again.plan.keptEdited).toEqual([CONSOLIDATION_SHEET]);
    expect(again.sheets).toContain(`${CONSOLIDATION_SHEET} (2)`);
    expect(fake.sheet(CONSOLIDATION_SHEET).values("B300")).toEqual([["แก้ไขแล้ว"]]);
  });
});
