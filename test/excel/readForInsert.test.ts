import { hostCapabilities } from "../../src/excel/capabilities";
import { readForInsert } from "../../src/excel/readForInsert";
import { WALKED_SHEETS } from "../../src/excel/sheetWalk";
import { createFakeExcel, type SeedValue } from "../support/fakeExcel";

/** The drop-downs' areas read on every sheet. */
const AREAS = ["B2:B3", "C2"];

function typedRows(count: number): SeedValue[][] {
  return Array.from({ length: count }, (_, index) => [`แถว ${index + 1}`, "✓", index]);
}

async function read(apiVersion: string, sheets: Record<string, SeedValue[][]>) {
  const fake = createFakeExcel({ apiVersion, sheets });
  const reading = await readForInsert(fake.context, hostCapabilities(fake.isSetSupported), "A1:C3", AREAS);
  return { fake, reading };
}

describe("one read sync from ExcelApi 1.5, two before", () => {
  test.each([
    ["1.17", 1],
    ["1.9", 1],
    ["1.5", 1],
    ["1.4", 2],
    ["1.1", 2],
  ])("on %s: %d read sync(s), nothing left unsent", async (apiVersion, syncs) => {
    const { fake, reading } = await read(apiVersion, { Plan: typedRows(5), Lists: [["ก", "=SUM(1,1)"]] });
    expect(fake.stats.syncs).toBe(syncs);
    expect(fake.stats.pendingOperations).toBe(0);
    expect(reading.sheets.map((sheet) => sheet.name)).toEqual(["Plan", "Lists"]);
    expect(reading.sheets[1]).toMatchObject({
      formulas: [
        ["ก", "=SUM(1,1)", ""],
        ["", "", ""],
        ["", "", ""],
      ],
    });
    expect(reading.sheets[1]?.values[0]).toEqual(["ก", 2, ""]);
  });

  test("the operations do not grow with the rows users typed", async () => {
    const few = await read("1.17", { Plan: typedRows(10) });
    const many = await read("1.17", { Plan: typedRows(1000) });
    expect(many.fake.stats.operationsPerSync).toEqual(few.fake.stats.operationsPerSync);
    expect(many.reading.sheets[0]?.values).toHaveLength(3);
  });

  test("hidden sheets are read too, with their visibility", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [], ITA_Settings: [["itaTrackerLayout", 1]] } });
    fake.context.workbook.worksheets.getItem("ITA_Settings").visibility = "VeryHidden";
    await fake.context.sync();
    fake.resetStats();
    const reading = await readForInsert(fake.context, hostCapabilities(fake.isSetSupported), "A1:B1", AREAS);
    expect(fake.stats.syncs).toBe(1);
    expect(reading.sheets[1]).toMatchObject({ visibility: "VeryHidden", values: [["itaTrackerLayout", 1]] });
  });

  test(`a workbook of more than ${WALKED_SHEETS} sheets reads the rest in a second sync`, async () => {
    const sheets = Object.fromEntries(
      Array.from({ length: WALKED_SHEETS + 2 }, (_, index) => [`S${index + 1}`, [[`cell ${index + 1}`]]]),
    );
    const { fake, reading } = await read("1.17", sheets);
    expect(fake.stats.syncs).toBe(2);
    expect(reading.sheets.map((sheet) => sheet.values[0]?.[0])).toEqual(
      Array.from({ length: WALKED_SHEETS + 2 }, (_, index) => `cell ${index + 1}`),
    );
  });
});

describe("what the write needs to know first", () => {
  test("protection, live colours, the drop-down areas with none left, and the workbook's table names", async () => {
    const fake = createFakeExcel({
      sheets: {
        Plain: [],
        Ruled: [
          ["Item", "Status"],
          ["O1", "✓"],
        ],
      },
    });
    const ruled = fake.context.workbook.worksheets.getItem("Ruled");
    ruled.getRange("B2").conditionalFormats.add("Custom").custom.rule.formula = '=B2="✓"';
    ruled.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "✓" } };
    ruled.tables.add("Ruled!A1:B2", true).name = "Measures";
    ruled.protection.protect();
    await fake.context.sync();
    const reading = await readForInsert(fake.context, hostCapabilities(fake.isSetSupported), "A1:C3", AREAS);
    expect(reading.tableNames).toEqual(["Measures"]);
    expect(
      reading.sheets.map(({ isProtected, hasConditionalFormats, unvalidated }) => [
        isProtected,
        hasConditionalFormats,
        unvalidated,
      ]),
    ).toEqual([
      [false, false, ["B2:B3", "C2"]],
      // B2 keeps its drop-down, so B2:B3 is not without one: a rule written there would overlap it.
      [true, true, ["C2"]],
    ]);
  });

  test("a host that cannot have them says nothing of rules, and no sheet is protected", async () => {
    const { reading } = await read("1.1", { Plan: [] });
    expect(reading.sheets[0]).toEqual({
      name: "Plan",
      visibility: "Visible",
      formulas: [
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
      ],
      values: [
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
      ],
      isProtected: false,
    });
  });
});
