/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read,
   office-addins/call-sync-after-load, office-addins/no-empty-load, office-addins/no-navigational-load --
   these tests run wrong programs on purpose, and every form of load(); the fake must judge them, not the linter */
import { createFakeExcel } from ".";

const notLoaded = expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" });

function grid() {
  return createFakeExcel({
    sheets: {
      Plan: [
        ["Item", "Status"],
        ["O1", "done"],
      ],
    },
  });
}

describe("reading a property needs load and sync first", () => {
  test("WRONG: reading values with no load throws PropertyNotLoaded", () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
    expect(() => range.values).toThrow(notLoaded);
  });

  test("WRONG: reading values after load but before sync throws PropertyNotLoaded", () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
    range.load("values");
    expect(() => range.values).toThrow(notLoaded);
  });

  test("WRONG: a property other than the loaded one still throws", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
    range.load("values");
    await context.sync();
    expect(() => range.formulas).toThrow(notLoaded);
  });

  test("RIGHT: load, sync, read", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
    range.load("values, address, rowCount, columnCount");
    await context.sync();
    expect(range.values).toEqual([
      ["Item", "Status"],
      ["O1", "done"],
    ]);
    expect(range.address).toBe("Plan!A1:B2");
    expect([range.rowCount, range.columnCount]).toEqual([2, 2]);
  });

  test("the error carries Office's code, name and message", () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
    expect(() => range.text).toThrow(
      expect.objectContaining({
        code: "PropertyNotLoaded",
        message: expect.stringContaining("call the load method"),
        debugInfo: expect.objectContaining({ errorLocation: "Range.text" }),
      }),
    );
  });
});

describe("every form of load", () => {
  test("an array of names", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("B2");
    range.load(["values", "numberFormat"]);
    await context.sync();
    expect([range.values, range.numberFormat]).toEqual([[["done"]], [["General"]]]);
  });

  test("a navigation path loads the property of the child object only", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
    range.load("format/font/name");
    await context.sync();
    expect(range.format.font.name).toBe("Calibri");
    expect(() => range.format.font.bold).toThrow(notLoaded);
    expect(() => range.values).toThrow(notLoaded);
  });

  test("an object of typed load options, nested", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
    range.load({ values: true, format: { wrapText: true, font: { bold: true } } });
    await context.sync();
    expect([range.values, range.format.wrapText, range.format.font.bold]).toEqual([[["Item"]], false, false]);
  });

  test("select and expand", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
    range.load({ select: "text", expand: "format/fill" });
    await context.sync();
    expect([range.text, range.format.fill.color]).toEqual([[["Item"]], "#FFFFFF"]);
  });

  test("context.load(object, names) is the same as object.load(names)", async () => {
    const { context } = grid();
    const sheet = context.workbook.worksheets.getItem("Plan");
    context.load(sheet, "name, position");
    await context.sync();
    expect([sheet.name, sheet.position]).toEqual(["Plan", 0]);
  });

  test("load() with no names loads every scalar property but no navigation property", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A2");
    range.load();
    await context.sync();
    expect([range.values, range.formulas, range.valueTypes, range.rowIndex]).toEqual([
      [["O1"]],
      [["O1"]],
      [["String"]],
      1,
    ]);
    expect(() => range.format.font.name).toThrow(notLoaded);
  });

  test("WRONG: loading a property Excel does not have rejects the sync with InvalidArgument", async () => {
    const { context } = grid();
    context.workbook.worksheets.getItem("Plan").getRange("A1").load("valuse");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("a loaded value is a snapshot of the sync that loaded it", () => {
  test("a write after the load is not seen until loaded and synced again", async () => {
    const { context } = grid();
    const sheet = context.workbook.worksheets.getItem("Plan");
    const reader = sheet.getRange("B2");
    reader.load("values");
    await context.sync();
    sheet.getRange("B2").values = [["late"]];
    await context.sync();
    expect(reader.values).toEqual([["done"]]);
    reader.load("values");
    await context.sync();
    expect(reader.values).toEqual([["late"]]);
  });

  test("a value written on a proxy reads back from it before the sync, as Office.js keeps it there", async () => {
    const { context } = grid();
    const range = context.workbook.worksheets.getItem("Plan").getRange("B2");
    const written = [["x"]];
    range.values = written;
    expect(range.values).toBe(written);
    range.load("values");
    await context.sync();
    range.values = [["y"]];
    range.formulas = [["=1+1"]];
    range.numberFormat = [["0.00"]];
    expect([range.values, range.formulas, range.numberFormat]).toEqual([[["y"]], [["=1+1"]], [["0.00"]]]);
    expect(() => range.text).toThrow(notLoaded);
  });

  test("a load queued before a write in the same sync sees the old value; one queued after sees the new", async () => {
    const { context } = grid();
    const sheet = context.workbook.worksheets.getItem("Plan");
    const before = sheet.getRange("B2").load("values");
    sheet.getRange("B2").values = [["late"]];
    const after = sheet.getRange("B2").load("values");
    await context.sync();
    expect([before.values, after.values]).toEqual([[["done"]], [["late"]]]);
  });

  test("changing what was loaded does not change the workbook", async () => {
    const fake = grid();
    const range = fake.context.workbook.worksheets.getItem("Plan").getRange("B2");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "done,late" } };
    range.load("values");
    range.dataValidation.load("rule");
    await fake.context.sync();
    range.values[0]![0] = "changed";
    range.dataValidation.rule.list!.source = "changed";
    expect(fake.sheet("Plan").cell("B2")).toMatchObject({
      value: "done",
      dataValidation: { rule: { list: { source: "done,late" } } },
    });
  });
});

describe("collections", () => {
  test("WRONG: items before load and sync throw PropertyNotLoaded", () => {
    const { context } = grid();
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(notLoaded);
  });

  test("RIGHT: load('items/name') and load('name') both load the items' names", async () => {
    const { context } = createFakeExcel({ sheets: { One: [], Two: [] } });
    const viaItems = context.workbook.worksheets.load("items/name");
    await context.sync();
    expect(viaItems.items.map((sheet) => sheet.name)).toEqual(["One", "Two"]);
    const direct = createFakeExcel({ sheets: { One: [], Two: [] } });
    const sheets = direct.context.workbook.worksheets.load("name");
    await direct.context.sync();
    expect(sheets.items.map((sheet) => sheet.name)).toEqual(["One", "Two"]);
  });

  test("items are loaded with only the asked-for properties", async () => {
    const { context } = grid();
    const sheets = context.workbook.worksheets.load("name");
    await context.sync();
    const [first] = sheets.items;
    expect(() => first?.visibility).toThrow(notLoaded);
  });

  test("getCount gives a ClientResult whose value exists only after the sync", async () => {
    const { context } = createFakeExcel({ sheets: { One: [], Two: [], Three: [] } });
    const count = context.workbook.worksheets.getCount();
    expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
    await context.sync();
    expect(count.value).toBe(3);
  });
});
