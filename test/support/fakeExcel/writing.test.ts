import { createFakeExcel } from ".";

function sheetOf(fake: ReturnType<typeof createFakeExcel>, name = "Sheet1") {
  return fake.context.workbook.worksheets.getItem(name);
}

describe("writes wait for context.sync()", () => {
  test("WRONG: a value written without a sync never reaches the workbook", () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1").values = [["written"]];
    expect(fake.sheet("Sheet1").cell("A1").value).toBe("");
    // getItem, getRange and the write itself, all still waiting
    expect(fake.stats.pendingOperations).toBe(3);
  });

  test("RIGHT: after the sync the workbook holds it", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1").values = [["written"]];
    await fake.context.sync();
    expect(fake.sheet("Sheet1").cell("A1").value).toBe("written");
    expect(fake.stats.pendingOperations).toBe(0);
  });

  test("formats, like values, wait for the sync", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1").format.font.bold = true;
    expect(fake.sheet("Sheet1").cell("A1").font.bold).toBe(false);
    await fake.context.sync();
    expect(fake.sheet("Sheet1").cell("A1").font.bold).toBe(true);
  });
});

describe("the shape of a 2-D write", () => {
  test("WRONG: fewer rows than the range rejects the sync with InvalidArgument and writes nothing", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1:B2").values = [["a", "b"]];
    await expect(fake.context.sync()).rejects.toMatchObject({
      code: "InvalidArgument",
      name: "RichApi.Error",
    });
    expect(fake.sheet("Sheet1").values("A1:B2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  test("WRONG: a ragged array rejects with InvalidArgument", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1:B2").formulas = [["a", "b"], ["c"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("WRONG: a wrongly shaped numberFormat rejects with InvalidArgument", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1:A3").numberFormat = [["0.00", "0.00", "0.00"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("RIGHT: one value for a multi-cell range fills every cell, as Excel allows", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1:B2").values = "x" as unknown as string[][];
    sheetOf(fake).getRange("A1:B2").numberFormat = "@" as unknown as string[][];
    await fake.context.sync();
    expect(fake.sheet("Sheet1").values("A1:B2")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    expect(fake.sheet("Sheet1").cell("B2").numberFormat).toBe("@");
  });

  test("a null item leaves its cell as it was; an empty string clears it", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [["keep", "clear", "old"]] } });
    sheetOf(fake).getRange("A1:C1").values = [[null, "", "new"]];
    await fake.context.sync();
    expect(fake.sheet("Sheet1").values("A1:C1")).toEqual([["keep", "", "new"]]);
  });

  test("WRONG: null for the whole property rejects with InvalidArgument", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1").values = null as unknown as string[][];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("strings are read as Excel reads typing", () => {
  async function written(input: string, numberFormat?: string) {
    const fake = createFakeExcel();
    const cell = sheetOf(fake).getRange("A1");
    if (numberFormat !== undefined) cell.numberFormat = [[numberFormat]];
    cell.values = [[input]];
    await fake.context.sync();
    const { value, formula } = fake.sheet("Sheet1").cell("A1");
    return { value, formula };
  }

  test('"=SUM(1,2)" written to values becomes a formula, and the fake computes it', async () => {
    expect(await written("=SUM(1,2)")).toEqual({ value: 3, formula: "=SUM(1,2)" });
  });

  test("a formula the fake cannot compute shows its own text as its value", async () => {
    expect(await written('=COUNTIF(B:B,"✓")')).toEqual({
      value: '=COUNTIF(B:B,"✓")',
      formula: '=COUNTIF(B:B,"✓")',
    });
  });

  test("a leading apostrophe stores the rest as text", async () => {
    expect(await written("'=not a formula")).toEqual({ value: "=not a formula", formula: null });
  });

  test("user text starting with - becomes a formula: WRONG way to write a Thai note", async () => {
    expect(await written("- ทำแผนแล้ว")).toEqual({ value: "=- ทำแผนแล้ว", formula: "=- ทำแผนแล้ว" });
  });

  test("a number in a string becomes a number and loses its leading zero, unless the cell is text (@)", async () => {
    expect(await written("0812345678")).toEqual({ value: 812345678, formula: null });
    expect(await written("0812345678", "@")).toEqual({ value: "0812345678", formula: null });
    expect(await written("=1+1", "@")).toEqual({ value: "=1+1", formula: null });
  });

  test('"TRUE" becomes a boolean', async () => {
    expect(await written("true")).toEqual({ value: true, formula: null });
  });

  test("formulas read back as formulas, values as results", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1:B1").formulas = [["=SUM(2,3)", 7]];
    const range = sheetOf(fake).getRange("A1:B1").load("values, formulas, text, valueTypes");
    await fake.context.sync();
    expect(range.formulas).toEqual([["=SUM(2,3)", 7]]);
    expect(range.values).toEqual([[5, 7]]);
    expect(range.text).toEqual([["5", "7"]]);
    expect(range.valueTypes).toEqual([["Double", "Double"]]);
  });

  test("the sheets option reads its values the same way", () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [["=SUM(1,2)", "'007", null, true]] } });
    expect(fake.sheet("Sheet1").formulas("A1:D1")).toEqual([["=SUM(1,2)", "007", "", true]]);
  });
});

describe("merged cells", () => {
  test("reading a merged area gives the top-left value and empty strings elsewhere", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [["Title", "lost", "also lost"]] } });
    sheetOf(fake).getRange("A1:C1").merge();
    const range = sheetOf(fake).getRange("A1:C1").load("values");
    await fake.context.sync();
    expect(range.values).toEqual([["Title", "", ""]]);
    expect(fake.sheet("Sheet1").cell("B1").mergedArea).toBe("A1:C1");
    expect(fake.sheet("Sheet1").merges()).toEqual(["A1:C1"]);
  });

  test("a value written into a merged area lands only in its top-left cell", async () => {
    const fake = createFakeExcel();
    const title = sheetOf(fake).getRange("A1:C1");
    title.merge();
    title.values = [["a", "b", "c"]];
    await fake.context.sync();
    expect(fake.sheet("Sheet1").values("A1:C1")).toEqual([["a", "", ""]]);
  });

  test("merge(true) merges each row apart; unmerge removes merges the range touches", async () => {
    const fake = createFakeExcel();
    sheetOf(fake).getRange("A1:B2").merge(true);
    await fake.context.sync();
    expect(fake.sheet("Sheet1").merges()).toEqual(["A1:B1", "A2:B2"]);
    sheetOf(fake).getRange("B2").unmerge();
    await fake.context.sync();
    expect(fake.sheet("Sheet1").merges()).toEqual(["A1:B1"]);
  });
});

describe("a sync that fails part way", () => {
  test("keeps what ran before the failure, drops what follows, and shows nothing it loaded", async () => {
    const fake = createFakeExcel();
    const sheet = sheetOf(fake);
    sheet.getRange("A1").values = [["before"]];
    const loaded = sheet.getRange("A1").load("values");
    sheet.getRange("A2:A3").values = [["wrong shape"]];
    sheet.getRange("A4").values = [["after"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet("Sheet1").values("A1:A4")).toEqual([["before"], [""], [""], [""]]);
    expect(() => loaded.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.stats.pendingOperations).toBe(0);
  });
});
