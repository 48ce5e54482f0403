/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these tests run wrong programs on purpose; the fake must judge them, not the linter */
import { createFakeExcel } from ".";

const notLoaded = expect.objectContaining({ code: "PropertyNotLoaded" });

describe("finding a sheet", () => {
  test("WRONG: getItem of a missing sheet queues fine, but the sync rejects with ItemNotFound", async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Settings");
    sheet.load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  test("RIGHT: getItem finds a sheet whatever the case of its name", async () => {
    const { context } = createFakeExcel({ sheets: { Settings: [] } });
    const sheet = context.workbook.worksheets.getItem("SETTINGS").load("name");
    await context.sync();
    expect(sheet.name).toBe("Settings");
  });

  test("WRONG: isNullObject read before the sync throws PropertyNotLoaded", () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItemOrNullObject("Settings");
    expect(() => sheet.isNullObject).toThrow(notLoaded);
  });

  test("WRONG: a null object is still a truthy JavaScript object; only isNullObject tells", async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItemOrNullObject("Settings").load("name");
    await context.sync();
    expect(sheet).toBeTruthy();
    expect(sheet.isNullObject).toBe(true);
    expect(sheet.name).toBeUndefined();
  });

  test("RIGHT: an existing sheet is not a null object", async () => {
    const { context } = createFakeExcel({ sheets: { Settings: [] } });
    const sheet = context.workbook.worksheets.getItemOrNullObject("Settings");
    await context.sync();
    expect(sheet.isNullObject).toBe(false);
  });

  test("writes to a null object are skipped, not errors", async () => {
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.getItemOrNullObject("Settings").getRange("A1").values = [["x"]];
    await fake.context.sync();
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.sheet("Sheet1").cell("A1").value).toBe("");
  });

  test("getActiveWorksheet and getCount, with and without hidden sheets", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [], Settings: [] } });
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem("Settings").visibility = "VeryHidden";
    const active = sheets.getActiveWorksheet().load("name");
    const all = sheets.getCount();
    const visible = sheets.getCount(true);
    await fake.context.sync();
    expect([active.name, all.value, visible.value]).toEqual(["Plan", 2, 1]);
    expect(fake.sheet("Settings").visibility).toBe("VeryHidden");
  });
});

describe("adding and naming sheets", () => {
  test("add puts the sheet last and does not activate it", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    const added = fake.context.workbook.worksheets.add("ตั้งค่า").load("name, position");
    await fake.context.sync();
    expect([added.name, added.position]).toEqual(["ตั้งค่า", 1]);
    expect(fake.sheetNames()).toEqual(["Plan", "ตั้งค่า"]);
    expect(fake.activeSheetName()).toBe("Plan");
  });

  test("WRONG: adding a name that exists in another case rejects with ItemAlreadyExists", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    fake.context.workbook.worksheets.add("PLAN");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.sheetNames()).toEqual(["Plan"]);
  });

  test("WRONG: a name over 31 characters, or with : \\ / ? * [ ], rejects with InvalidArgument", async () => {
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.add("มาตรการส่งเสริมคุณธรรมและความโปร่งใส 2568");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    fake.context.workbook.worksheets.add("Q1/2568");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("add without a name takes the next free SheetN", async () => {
    const fake = createFakeExcel({ sheets: { Sheet2: [] } });
    fake.context.workbook.worksheets.add();
    await fake.context.sync();
    expect(fake.sheetNames()).toEqual(["Sheet2", "Sheet3"]);
  });

  test("rename and move", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [], C: [] } });
    const c = fake.context.workbook.worksheets.getItem("C");
    c.name = "ปีงบ 2568";
    c.position = 0;
    await fake.context.sync();
    expect(fake.sheetNames()).toEqual(["ปีงบ 2568", "A", "B"]);
  });

  test("WRONG: renaming onto another sheet's name rejects with ItemAlreadyExists", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [] } });
    fake.context.workbook.worksheets.getItem("B").name = "a";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("addresses with sheet names", () => {
  test("a Thai name with a space is quoted in addresses and accepted quoted", async () => {
    const { context } = createFakeExcel({ sheets: { "ชื่อ ไทย": [["ก"]] } });
    const range = context.workbook.worksheets
      .getItem("ชื่อ ไทย")
      .getRange("'ชื่อ ไทย'!A1")
      .load("address, values");
    await context.sync();
    expect(range.address).toBe("'ชื่อ ไทย'!A1");
    expect(range.values).toEqual([["ก"]]);
  });

  test("WRONG: asking a sheet for a range on another sheet rejects with InvalidArgument", async () => {
    const { context } = createFakeExcel({ sheets: { Plan: [], Other: [] } });
    context.workbook.worksheets.getItem("Plan").getRange("Other!A1").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the used range", () => {
  test("on a blank sheet getUsedRange gives A1 and getUsedRangeOrNullObject a null object", async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const used = sheet.getUsedRange().load("address");
    const maybe = sheet.getUsedRangeOrNullObject();
    await context.sync();
    expect(used.address).toBe("Sheet1!A1");
    expect(maybe.isNullObject).toBe(true);
  });

  test("covers values and formats; valuesOnly ignores formats", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [[], ["", "x"]] } });
    const sheet = fake.context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("D5").format.fill.color = "#FFFF00";
    const all = sheet.getUsedRange().load("address");
    const values = sheet.getUsedRange(true).load("address");
    await fake.context.sync();
    expect([all.address, values.address]).toEqual(["Sheet1!B2:D5", "Sheet1!B2"]);
  });

  test("getBoundingRect widens it to A1; a range of another sheet is refused", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [[], ["", "", "x"]], Other: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Sheet1");
    const fromA1 = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true)).load("address, values");
    await fake.context.sync();
    expect(fromA1.address).toBe("Sheet1!A1:C2");
    expect(fromA1.values).toEqual([
      ["", "", ""],
      ["", "", "x"],
    ]);
    sheet.getRange("A1").getBoundingRect("Other!B2").load("address");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("merged areas (ExcelApi 1.13)", () => {
  test("those whose top-left cell is in the range, whole, with the sheet's name; none is a null object", async () => {
    const fake = createFakeExcel({ sheets: { "แผน 68": [] } });
    const sheet = fake.context.workbook.worksheets.getItem("แผน 68");
    sheet.getRange("B2:B4").merge();
    sheet.getRange("D1:E1").merge();
    sheet.getRange("G9:H9").merge();
    const touched = sheet.getRange("A1:D2").getMergedAreasOrNullObject().load("address, areaCount");
    const none = sheet.getRange("A10").getMergedAreasOrNullObject().load("address");
    await fake.context.sync();
    expect([touched.address, touched.areaCount]).toEqual(["'แผน 68'!B2:B4, 'แผน 68'!D1:E1", 2]);
    expect(none.isNullObject).toBe(true);
  });

  test("an area that only reaches into the range from above or the left is left out", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Plan");
    sheet.getRange("B2:B4").merge();
    sheet.getRange("A6:C6").merge();
    const below = sheet.getRange("A3:D10").getMergedAreasOrNullObject().load("address");
    await fake.context.sync();
    expect(below.address).toBe("Plan!A6:C6");
  });
});

describe("a hidden settings sheet", () => {
  test("is created hidden in one sync and read back in one sync", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    const settings = fake.context.workbook.worksheets.add("_settings");
    settings.visibility = "VeryHidden";
    settings.getRange("A1:B2").values = [
      ["fiscalYear", 2568],
      ["language", "th"],
    ];
    await fake.context.sync();
    const read = fake.context.workbook.worksheets.getItem("_settings").getUsedRange().load("values");
    await fake.context.sync();
    expect(read.values).toEqual([
      ["fiscalYear", 2568],
      ["language", "th"],
    ]);
    expect(fake.stats.syncs).toBe(2);
  });
});

describe("protection", () => {
  test("WRONG: writing to a protected sheet rejects with AccessDenied", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [["kept"]] } });
    const sheet = fake.context.workbook.worksheets.getItem("Plan");
    sheet.protection.protect();
    await fake.context.sync();
    sheet.getRange("A1").values = [["overwritten"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.getRange("A1").format.fill.color = "#FF0000";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheet("Plan").cell("A1")).toMatchObject({ value: "kept", fill: { color: "#FFFFFF" } });
  });

  test("RIGHT: read protection.protected, unprotect, write", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Plan");
    sheet.protection.protect({ allowFormatCells: false }, "secret");
    await fake.context.sync();
    const protection = sheet.protection.load("protected");
    await fake.context.sync();
    expect(protection.protected).toBe(true);
    sheet.protection.unprotect("secret");
    sheet.getRange("A1").values = [["written"]];
    await fake.context.sync();
    expect(fake.sheet("Plan")).toMatchObject({ isProtected: false });
    expect(fake.sheet("Plan").cell("A1").value).toBe("written");
  });

  test("protecting twice fails, and a wrong password does not unprotect", async () => {
    const fake = createFakeExcel();
    const protection = fake.context.workbook.worksheets.getItem("Sheet1").protection;
    protection.protect(undefined, "secret");
    protection.protect();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    protection.unprotect("guess");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet("Sheet1").isProtected).toBe(true);
  });

  test("selecting a cell on a protected sheet is allowed", async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem("Sheet1");
    sheet.protection.protect();
    sheet.getRange("C3").select();
    await fake.context.sync();
    expect(fake.sheet("Sheet1").selection).toBe("C3");
  });
});

describe("selection and the active sheet", () => {
  test("select activates the sheet and moves the selection there", async () => {
    const fake = createFakeExcel({ sheets: { Summary: [], Plan: [] } });
    fake.context.workbook.worksheets.getItem("Plan").getRange("B4:C5").select();
    await fake.context.sync();
    const selected = fake.context.workbook.getSelectedRange().load("address");
    const active = fake.context.workbook.getActiveCell().load("address");
    await fake.context.sync();
    expect([selected.address, active.address]).toEqual(["Plan!B4:C5", "Plan!B4"]);
    expect(fake.activeSheetName()).toBe("Plan");
  });

  test("activate changes the active sheet; each sheet keeps its own selection", async () => {
    const fake = createFakeExcel({ sheets: { Summary: [], Plan: [] } });
    fake.context.workbook.worksheets.getItem("Plan").activate();
    const selected = fake.context.workbook.getSelectedRange().load("address");
    await fake.context.sync();
    expect(selected.address).toBe("Plan!A1");
  });
});

describe("freeze panes", () => {
  test("freezeRows, freezeAt and unfreeze", async () => {
    const fake = createFakeExcel();
    const panes = fake.context.workbook.worksheets.getItem("Sheet1").freezePanes;
    panes.freezeRows(3);
    await fake.context.sync();
    expect(fake.sheet("Sheet1").freezePanes).toEqual({ rows: 3, columns: 0 });
    panes.freezeAt("A1:B4");
    const location = panes.getLocationOrNullObject().load("address");
    await fake.context.sync();
    expect(fake.sheet("Sheet1").freezePanes).toEqual({ rows: 4, columns: 2 });
    expect(location.address).toBe("Sheet1!A1:B4");
    panes.unfreeze();
    const none = panes.getLocationOrNullObject();
    await fake.context.sync();
    expect(none.isNullObject).toBe(true);
  });
});

describe("page layout", () => {
  test("stores print settings and print titles as Excel reports them", async () => {
    const fake = createFakeExcel();
    const layout = fake.context.workbook.worksheets.getItem("Sheet1").pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.centerHorizontally = true;
    layout.setPrintTitleRows("$1:$3");
    layout.setPrintTitleColumns("A:B");
    layout.setPrintArea("A1:H40");
    layout.setPrintMargins("Inches", { left: 0.5, top: 1 });
    await fake.context.sync();
    expect(fake.sheet("Sheet1").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$1:$3",
      printTitleColumns: "$A:$B",
      printArea: "$A$1:$H$40",
      leftMargin: 36,
      topMargin: 72,
    });
    const read = layout.load("orientation, zoom");
    await fake.context.sync();
    expect([read.orientation, read.zoom]).toEqual([
      "Landscape",
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
    ]);
  });
});

describe("walking the sheets in tab order", () => {
  test("RIGHT: getFirst and getNextOrNullObject reach every sheet, hidden ones too, in one sync", async () => {
    const fake = createFakeExcel({ sheets: { A: [["a"]], B: [["b"]], C: [["c"]] } });
    fake.context.workbook.worksheets.getItem("B").visibility = "VeryHidden";
    await fake.context.sync();
    fake.resetStats();
    const walked = [fake.context.workbook.worksheets.getFirst()];
    for (let step = 0; step < 3; step++) walked.push(walked[walked.length - 1]!.getNextOrNullObject());
    const firstCells = walked.map((sheet) => sheet.getRange("A1").load("values"));
    await fake.context.sync();
    expect(fake.stats.syncs).toBe(1);
    expect(walked.map((sheet) => sheet.isNullObject)).toEqual([false, false, false, true]);
    expect(firstCells.slice(0, 3).map((range) => range.values)).toEqual([[["a"]], [["b"]], [["c"]]]);
    expect(firstCells[3]?.values).toBeUndefined();
  });

  test("visibleOnly skips hidden sheets", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [], C: [] } });
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem("A").visibility = "Hidden";
    sheets.getItem("B").visibility = "VeryHidden";
    const first = sheets.getFirst(true).load("name");
    const next = sheets.getFirst().getNextOrNullObject(true).load("name");
    await fake.context.sync();
    expect([first.name, next.name]).toEqual(["C", "C"]);
  });

  test("WRONG: getNext after the last sheet rejects the sync with ItemNotFound", async () => {
    const fake = createFakeExcel({ sheets: { A: [] } });
    fake.context.workbook.worksheets.getFirst().getNext().load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("deleting sheets", () => {
  test("RIGHT: references to a deleted sheet's cells from other sheets become #REF!, even once a sheet of its name is back", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [], "สรุปผล ITA": [["๘๕"]], Notes: [] } });
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem("Plan").getRange("A1:B1").formulas = [
      ["='สรุปผล ITA'!A1", "=Notes!B2+'สรุปผล ITA'!$A$1:B3"],
    ];
    await fake.context.sync();
    sheets.getItem("สรุปผล ITA").delete();
    sheets.add("สรุปผล ITA");
    await fake.context.sync();
    expect(fake.sheet("Plan").formulas("A1:B1")).toEqual([["=#REF!", "=Notes!B2+#REF!"]]);
    expect(fake.sheet("Plan").cell("A1").value).toBe("#REF!");
  });

  test("RIGHT: delete removes the sheet and its tables; a sheet of the same name can be added in the same sync", async () => {
    const fake = createFakeExcel({
      sheets: {
        Plan: [
          ["ข้อ", "สถานะ"],
          ["O1", "✓"],
        ],
        Summary: [],
      },
    });
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem("Summary").tables.add("Summary!A1:B2", true);
    await fake.context.sync();
    sheets.getItem("Summary").delete();
    const again = sheets.add("Summary");
    again.getRange("A1").values = [["ใหม่"]];
    const tables = fake.context.workbook.tables.getCount();
    await fake.context.sync();
    expect(fake.sheetNames()).toEqual(["Plan", "Summary"]);
    expect(fake.sheet("Summary").cell("A1").value).toBe("ใหม่");
    expect(tables.value).toBe(0);
  });

  test("WRONG: a range of a deleted sheet, made before the delete, rejects its next sync with ItemNotFound", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [], Summary: [["x"]] } });
    const summary = fake.context.workbook.worksheets.getItem("Summary");
    const cell = summary.getRange("A1");
    summary.delete();
    await fake.context.sync();
    cell.load("values");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    summary.name = "Renamed";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    summary.getRange("B2").format.fill.color = "#FF0000";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("WRONG: deleting the last visible sheet, or a very hidden one, rejects with InvalidOperation", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [], Settings: [] } });
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem("Settings").visibility = "VeryHidden";
    await fake.context.sync();
    sheets.getItem("Plan").delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    sheets.getItem("Settings").delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheetNames()).toEqual(["Plan", "Settings"]);
  });

  test("RIGHT: a very hidden sheet is made visible first, then deleted", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [], Settings: [] } });
    const settings = fake.context.workbook.worksheets.getItem("Settings");
    settings.visibility = "VeryHidden";
    await fake.context.sync();
    settings.visibility = "Hidden";
    settings.delete();
    await fake.context.sync();
    expect(fake.sheetNames()).toEqual(["Plan"]);
  });

  test("deleting the active sheet activates the next visible one", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [], C: [] } });
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem("B").activate();
    sheets.getItem("C").visibility = "Hidden";
    sheets.getItem("B").delete();
    const active = sheets.getActiveWorksheet().load("name, position");
    await fake.context.sync();
    expect([active.name, active.position]).toEqual(["A", 0]);
  });
});
