import fc from "fast-check";
import { columnIndex, columnLetters, parseAddress, qualifiedAddress, quoteSheetName } from "./address";
import { CLIPPED_COLUMNS, CLIPPED_ROWS, createFakeExcel } from ".";

describe("parseAddress", () => {
  test.each([
    ["A1", null, { top: 0, left: 0, bottom: 0, right: 0 }],
    ["$B$2:D9", null, { top: 1, left: 1, bottom: 8, right: 3 }],
    ["D9:B2", null, { top: 1, left: 1, bottom: 8, right: 3 }],
    ["Sheet1!A1:B2", "Sheet1", { top: 0, left: 0, bottom: 1, right: 1 }],
    ["'It''s'!C3", "It's", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["'ชื่อ ไทย'!A1", "ชื่อ ไทย", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["ตั้งค่า!xfd1048576", "ตั้งค่า", { top: 1048575, left: 16383, bottom: 1048575, right: 16383 }],
    ["A:C", null, { top: 0, left: 0, bottom: 1048575, right: 2 }],
    ["$2:$5", null, { top: 1, left: 0, bottom: 4, right: 16383 }],
  ])("%s", (address, sheetName, box) => {
    expect(parseAddress(address)).toEqual({ sheetName, box });
  });

  test.each(["", "A", "1", "A0", "XFE1", "A1048577", "A1:B2:C3", "A1:B", "'Plan!A1", "R1C1"])(
    "WRONG: %p is rejected with InvalidArgument",
    (address) => {
      expect(() => parseAddress(address)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    },
  );
});

describe("column letters", () => {
  test("A, Z, AA and XFD", () => {
    expect([0, 25, 26, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "XFD"]);
  });

  test("letters and indices round-trip over the whole sheet", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (index) => columnIndex(columnLetters(index)) === index),
    );
  });
});

describe("sheet names in addresses", () => {
  test.each([
    ["Plan", "Plan"],
    ["ตั้งค่า", "ตั้งค่า"],
    ["ชื่อ ไทย", "'ชื่อ ไทย'"],
    ["Q1-2568", "'Q1-2568'"],
    ["2568", "'2568'"],
    ["AB12", "'AB12'"],
    ["It's", "'It''s'"],
  ])("%s is written %s", (name, written) => {
    expect(quoteSheetName(name)).toBe(written);
  });

  test("a printed address parses back to the same sheet and box", () => {
    const address = qualifiedAddress("ปี 2568's", { top: 4, left: 1, bottom: 9, right: 3 });
    expect(address).toBe("'ปี 2568''s'!B5:D10");
    expect(parseAddress(address)).toEqual({
      sheetName: "ปี 2568's",
      box: { top: 4, left: 1, bottom: 9, right: 3 },
    });
  });
});

describe("whole columns and rows are clipped", () => {
  test(`to ${CLIPPED_ROWS} rows and ${CLIPPED_COLUMNS} columns on a small sheet`, async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const columns = sheet.getRange("A:C").load("address, rowCount");
    const rows = sheet.getRange("2:5").load("address, columnCount");
    await context.sync();
    expect([columns.address, columns.rowCount]).toEqual(["Sheet1!A1:C1000", 1000]);
    expect([rows.address, rows.columnCount]).toEqual(["Sheet1!A2:CV5", 100]);
  });

  test("to the used range when it reaches further, so no data is missed", async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B1500").values = [["far"]];
    await fake.context.sync();
    const column = sheet.getRange("B:B").getLastRow().load("address, values");
    await fake.context.sync();
    expect([column.address, column.values]).toEqual(["Sheet1!B1500", [["far"]]]);
  });
});
