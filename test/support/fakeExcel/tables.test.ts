/* eslint-disable office-addins/call-sync-before-read --
   these tests run wrong programs on purpose; the fake must judge them, not the linter */
import { createFakeExcel } from ".";

const header = ["ข้อ", "มาตรการ", "สถานะ"];

function gridWorkbook(apiVersion?: string) {
  const fake = createFakeExcel({
    ...(apiVersion === undefined ? {} : { apiVersion }),
    sheets: { Other: [], Grid: [[], header, ["O1", "เผยแพร่ข้อมูล", "✓"]] },
  });
  return { fake, sheet: fake.context.workbook.worksheets.getItem("Grid") };
}

describe("adding a table", () => {
  test("RIGHT: over a sheet-qualified address with headers: the first row names the columns", async () => {
    const { fake, sheet } = gridWorkbook();
    const table = sheet.tables.add("Grid!A2:C3", true);
    table.name = "ITA_OIT";
    table.style = "TableStyleLight1";
    await fake.context.sync();
    expect(fake.sheet("Grid").tables()).toEqual([
      {
        name: "ITA_OIT",
        address: "A2:C3",
        bodyAddress: "A3:C3",
        headers: header,
        style: "TableStyleLight1",
        showBandedRows: true,
        showFilterButton: true,
      },
    ]);
  });

  test("WRONG: an address without a sheet name means the active sheet, whichever collection adds it", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("A2:C3", true);
    await fake.context.sync();
    expect(fake.activeSheetName()).toBe("Other");
    expect(fake.sheet("Grid").tables()).toEqual([]);
    expect(fake.sheet("Other").tables()).toHaveLength(1);
  });

  test("a new table is Table1, Table2, … with Excel's default style", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("Grid!A2:C3", true);
    sheet.tables.add("Grid!E2:E3", true);
    await fake.context.sync();
    expect(
      fake
        .sheet("Grid")
        .tables()
        .map((table) => [table.name, table.style]),
    ).toEqual([
      ["Table1", "TableStyleMedium2"],
      ["Table2", "TableStyleMedium2"],
    ]);
  });

  test("empty headers become ColumnN, repeated ones get a number, and a header-only range gets a body row", async () => {
    const fake = createFakeExcel({ sheets: { Grid: [["สถานะ", "", "สถานะ", 2568]] } });
    fake.context.workbook.worksheets.getItem("Grid").tables.add("Grid!A1:D1", true);
    await fake.context.sync();
    expect(fake.sheet("Grid").tables()[0]).toMatchObject({
      address: "A1:D2",
      bodyAddress: "A2:D2",
      headers: ["สถานะ", "Column2", "สถานะ2", "2568"],
    });
  });

  test("WRONG: a table over another table, or over merged cells, rejects with MergedRangeConflict", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("Grid!A2:C3", true);
    await fake.context.sync();
    sheet.tables.add("Grid!C3:D4", true);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "MergedRangeConflict" });
    sheet.getRange("A6:B6").merge();
    sheet.tables.add("Grid!A6:B8", true);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "MergedRangeConflict" });
    expect(fake.sheet("Grid").tables()).toHaveLength(1);
  });

  test("WRONG: on a protected sheet, adding a table rejects with AccessDenied", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.protection.protect();
    sheet.tables.add("Grid!A2:C3", true);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("WRONG: a Range argument needs ExcelApi 1.3, which the host checks at the sync; an address works on every host", async () => {
    const { fake, sheet } = gridWorkbook("1.2");
    sheet.tables.add(sheet.getRange("A2:C3"), true);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    fake.context.workbook.worksheets.getItem("Grid").tables.add("Grid!A2:C3", true);
    await fake.context.sync();
    expect(fake.sheet("Grid").tables()).toHaveLength(1);
  });

  test("a sheet added in the same sync can take a table in that sync", async () => {
    const fake = createFakeExcel();
    const added = fake.context.workbook.worksheets.add("คะแนน ITA");
    added.getRange("A1:B1").values = [["ตัวชี้วัด", "คะแนน"]];
    added.tables.add("'คะแนน ITA'!A1:B3", true).name = "ITA_Scores";
    await fake.context.sync();
    expect(fake.sheet("คะแนน ITA").tables()[0]).toMatchObject({ name: "ITA_Scores", address: "A1:B3" });
  });
});

describe("names and styles", () => {
  test("WRONG: a name another table has, in any case, rejects with ItemAlreadyExists", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("Grid!A2:C3", true).name = "ITA_OIT";
    await fake.context.sync();
    fake.context.workbook.worksheets.getItem("Other").tables.add("Other!A1:B2", true).name = "ita_oit";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test.each(["ITA OIT", "1ITA", "A1", ""])(
    "WRONG: the name %j rejects with InvalidArgument",
    async (name) => {
      const { fake, sheet } = gridWorkbook();
      sheet.tables.add("Grid!A2:C3", true).name = name;
      await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    },
  );

  test("WRONG: a style Excel does not have rejects with InvalidArgument", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("Grid!A2:C3", true).style = "TableStyleLight99";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("WRONG: reading a table's name before load and sync throws PropertyNotLoaded", async () => {
    const { fake, sheet } = gridWorkbook();
    const table = sheet.tables.add("Grid!A2:C3", true);
    expect(() => table.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    table.load("name, style, showHeaders");
    await fake.context.sync();
    expect([table.name, table.style, table.showHeaders]).toEqual(["Table1", "TableStyleMedium2", true]);
  });

  test("banding and filter buttons need ExcelApi 1.3", async () => {
    const { fake, sheet } = gridWorkbook("1.3");
    const table = sheet.tables.add("Grid!A2:C3", true);
    table.showBandedRows = false;
    table.showFilterButton = false;
    await fake.context.sync();
    expect(fake.sheet("Grid").tables()[0]).toMatchObject({ showBandedRows: false, showFilterButton: false });
  });
});

describe("finding tables and their columns", () => {
  async function withTable() {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("Grid!A2:C4", true).name = "ITA_OIT";
    await fake.context.sync();
    return { fake, sheet };
  }

  test("the ranges of the header row, the body and one column", async () => {
    const { fake, sheet } = await withTable();
    const table = sheet.tables.getItem("ita_oit");
    const ranges = [
      table.getRange(),
      table.getHeaderRowRange(),
      table.getDataBodyRange(),
      table.columns.getItem("สถานะ").getDataBodyRange(),
      table.columns.getItemAt(1).getHeaderRowRange(),
    ].map((range) => range.load("address"));
    await fake.context.sync();
    expect(ranges.map((range) => range.address)).toEqual([
      "Grid!A2:C4",
      "Grid!A2:C2",
      "Grid!A3:C4",
      "Grid!C3:C4",
      "Grid!B2",
    ]);
  });

  test("a formula written to a column's whole body reaches every row of it", async () => {
    const { fake, sheet } = await withTable();
    const body = sheet.tables.getItem("ITA_OIT").columns.getItem("มาตรการ").getDataBodyRange();
    body.formulas = [['=IF([@สถานะ]="✓","done","")'], ['=IF([@สถานะ]="✓","done","")']];
    await fake.context.sync();
    expect(fake.sheet("Grid").formulas("B3:B4")).toEqual([
      ['=IF([@สถานะ]="✓","done","")'],
      ['=IF([@สถานะ]="✓","done","")'],
    ]);
  });

  test("items, count and column names load like other collections", async () => {
    const { fake, sheet } = await withTable();
    const tables = sheet.tables.load("items/name");
    const columns = sheet.tables.getItem("ITA_OIT").columns.load("items/name, count");
    await fake.context.sync();
    expect(tables.items.map((table) => table.name)).toEqual(["ITA_OIT"]);
    expect([columns.count, columns.items.map((column) => column.name)]).toEqual([3, header]);
  });

  test("writing a header cell renames its column", async () => {
    const { fake, sheet } = await withTable();
    sheet.getRange("B2").values = [["มาตรการ/การดำเนินการ"]];
    await fake.context.sync();
    expect(fake.sheet("Grid").tables()[0]?.headers).toEqual(["ข้อ", "มาตรการ/การดำเนินการ", "สถานะ"]);
  });

  test("WRONG: a missing table or column rejects the sync with ItemNotFound", async () => {
    const { fake, sheet } = await withTable();
    sheet.tables.getItem("ITA_OIT").columns.getItem("คะแนน").getDataBodyRange().load("address");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    sheet.tables.getItem("ITA_EIT").load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("getItemOrNullObject finds a table only on its own sheet", async () => {
    const { fake, sheet } = await withTable();
    const here = sheet.tables.getItemOrNullObject("ITA_OIT");
    const elsewhere = fake.context.workbook.worksheets.getItem("Other").tables.getItemOrNullObject("ITA_OIT");
    await fake.context.sync();
    expect([here.isNullObject, elsewhere.isNullObject]).toEqual([false, true]);
  });
});

describe("the workbook's tables", () => {
  test("Workbook.tables lists the tables of every sheet and finds them by name", async () => {
    const { fake, sheet } = gridWorkbook();
    sheet.tables.add("Grid!A2:C3", true).name = "ITA_OIT";
    fake.context.workbook.tables.add("Other!A1:B2", true);
    await fake.context.sync();
    const all = fake.context.workbook.tables.load("items/name");
    const found = fake.context.workbook.tables.getItem("ita_oit").load("name");
    await fake.context.sync();
    expect(all.items.map((table) => table.name)).toEqual(["ITA_OIT", "Table2"]);
    expect(found.name).toBe("ITA_OIT");
  });
});
