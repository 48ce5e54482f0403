import { hostCapabilities } from "../../src/excel/capabilities";
import { readForCheck } from "../../src/excel/readForCheck";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { FakeRange } from "../support/fakeExcel/range";

async function mergedWorkbook(apiVersion: string): Promise<FakeExcel> {
  const fake = createFakeExcel({
    apiVersion,
    sheets: { Plan: [["หัว"], [], ["มาตรการ", "สำนักปลัด"]], "แผน, ปี 68": [["ก"], ["ข"]], Blank: [] },
  });
  if (fake.isSetSupported("ExcelApi", "1.2")) {
    fake.context.workbook.worksheets.getItem("Plan").getRange("B3:B5").merge();
    fake.context.workbook.worksheets.getItem("Plan").getRange("A1:C1").merge();
    fake.context.workbook.worksheets.getItem("แผน, ปี 68").getRange("A2:A3").merge();
    await fake.context.sync();
  }
  fake.resetStats();
  return fake;
}

function read(fake: FakeExcel) {
  return readForCheck(fake.context, hostCapabilities(fake.isSetSupported), "A1:B3");
}

describe("the read of a check", () => {
  afterEach(() => jest.restoreAllMocks());

  test("values from A1 to the used range's end, the settings box's formulas, merged areas that touch them", async () => {
    const fake = await mergedWorkbook("1.13");
    const sheets = await read(fake);
    expect(fake.stats.operationsPerSync).toHaveLength(1);
    expect(sheets.map(({ name, values, merges }) => ({ name, rows: values.length, merges }))).toEqual([
      { name: "Plan", rows: 3, merges: ["Plan!B3:B5", "Plan!A1:C1"] },
      { name: "แผน, ปี 68", rows: 2, merges: ["'แผน, ปี 68'!A2:A3"] },
      { name: "Blank", rows: 1, merges: [] },
    ]);
    expect(sheets[2]).toMatchObject({
      values: [[""]],
      formulas: [
        ["", ""],
        ["", ""],
        ["", ""],
      ],
    });
  });

  test.each(["1.1", "1.4", "1.9"])(
    "on ExcelApi %s there are no merged areas to read, and no error",
    async (version) => {
      const fake = await mergedWorkbook(version);
      const sheets = await read(fake);
      expect(sheets.map((sheet) => sheet.merges)).toEqual([undefined, undefined, undefined]);
      expect(sheets[0]?.values[2]).toEqual(["มาตรการ", "สำนักปลัด"]);
    },
  );

  test("ExcelApi 1.1 counts formatted cells as used: the values grow, never shrink", async () => {
    const fake = await mergedWorkbook("1.1");
    fake.context.workbook.worksheets.getItem("Blank").getRange("C4").format.font.bold = true;
    await fake.context.sync();
    const sheets = await read(fake);
    expect(sheets[2]?.values).toHaveLength(4);
  });

  test("when Excel refuses the merged areas, the sheets are read again without them", async () => {
    const fake = await mergedWorkbook("1.17");
    // Excel fails a request for more than 512 merged areas in a range, under a code it does not document.
    jest.spyOn(FakeRange.prototype, "getMergedAreasOrNullObject").mockImplementation(function (
      this: FakeRange,
    ) {
      return this.getOffsetRange(-1, -1) as never;
    });
    const sheets = await read(fake);
    // The walk refused, then (as it might be the walk's calls past the last sheet) the two-sync read
    // refused too, then the walk without merged areas.
    expect(fake.stats.syncs).toBe(4);
    expect(sheets.map((sheet) => sheet.merges)).toEqual([undefined, undefined, undefined]);
    expect(fake.stats.pendingOperations).toBe(0);
  });

  test("any other failure is the caller's", async () => {
    const fake = await mergedWorkbook("1.9");
    jest
      .spyOn(fake.context, "sync")
      .mockRejectedValueOnce(
        Object.assign(new Error("Cell edit mode"), { code: "InvalidOperationInCellEditMode" }),
      );
    await expect(read(fake)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
