import { createFakeExcel, READ_CELL_LIMIT, WEB_RESPONSE_LIMIT_BYTES, type FakePlatform } from ".";

const LONG_TEXT = "มาตรการ".repeat(10); // 210 bytes in UTF-8

/** A sheet whose column A, read whole, is `bytes` of JSON or a little more. */
function workbookOfSize(platform: FakePlatform, bytes: number) {
  const rows = Math.ceil(bytes / LONG_TEXT.length / 3);
  return createFakeExcel({
    platform,
    sheets: { Plan: Array.from({ length: rows }, () => [LONG_TEXT]), Notes: [["x"]] },
  });
}

const tooLarge = expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded", name: "RichApi.Error" });

describe("Excel on the web refuses a response over 5 MB", () => {
  test("a load of more than 5 MB rejects the sync, and nothing loaded in it is readable", async () => {
    const fake = workbookOfSize("web", WEB_RESPONSE_LIMIT_BYTES + 1);
    const sheets = fake.context.workbook.worksheets;
    const notes = sheets.getItem("Notes").getRange("A1").load("values");
    const plan = sheets.getItem("Plan").getUsedRange().load("values");
    await expect(fake.context.sync()).rejects.toEqual(tooLarge);
    expect(() => notes.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(() => plan.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("the limit is on the whole response: two loads that fit apart do not fit together", async () => {
    const fake = workbookOfSize("web", WEB_RESPONSE_LIMIT_BYTES * 0.6);
    const used = () => fake.context.workbook.worksheets.getItem("Plan").getUsedRange();
    used().load("values");
    await fake.context.sync();
    used().load("values");
    used().load("formulas");
    await expect(fake.context.sync()).rejects.toEqual(tooLarge);
  });

  test("the desktop answers the same read", async () => {
    const fake = workbookOfSize("desktop", WEB_RESPONSE_LIMIT_BYTES + 1);
    const plan = fake.context.workbook.worksheets.getItem("Plan").getUsedRange().load("values");
    await fake.context.sync();
    expect(plan.values[0]).toEqual([LONG_TEXT]);
  });

  test("the address and size of a large range stay cheap to read", async () => {
    const fake = workbookOfSize("web", WEB_RESPONSE_LIMIT_BYTES + 1);
    const plan = fake.context.workbook.worksheets
      .getItem("Plan")
      .getUsedRange()
      .load("address, rowCount, columnCount");
    await fake.context.sync();
    expect(plan.columnCount).toBe(1);
    expect(plan.rowCount).toBeGreaterThan(8_000);
  });
});

describe("a read of more than 5 million cells", () => {
  test.each<FakePlatform>(["desktop", "web"])(
    "on the %s comes back null, while the range's size is answered",
    async (platform) => {
      const fake = createFakeExcel({ platform, sheets: { Plan: [["หัว"]] } });
      const sheet = fake.context.workbook.worksheets.getItem("Plan");
      sheet.getRange("E1048576").values = [["ค้าง"]];
      const used = sheet.getUsedRange().load("values, formulas, text, cellCount");
      const fits = sheet.getRange("A1:B2").load("values");
      await fake.context.sync();
      expect(used.cellCount).toBeGreaterThan(READ_CELL_LIMIT);
      expect({ values: used.values, formulas: used.formulas, text: used.text }).toEqual({
        values: null,
        formulas: null,
        text: null,
      });
      expect(fits.values).toEqual([
        ["หัว", ""],
        ["", ""],
      ]);
    },
  );
});

describe("a host that refuses calls on null objects", () => {
  const strict = () => createFakeExcel({ rejectCallsOnNullObjects: true, sheets: { Plan: [["x"]] } });
  const invalidPath = expect.objectContaining({ code: "InvalidObjectPath" });

  test("still loads a null object, so isNullObject can be learnt", async () => {
    const fake = strict();
    const missing = fake.context.workbook.worksheets.getItemOrNullObject("Missing").load("name");
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  test("rejects a range of a null sheet, and a method called on it", async () => {
    const fake = strict();
    const missing = () => fake.context.workbook.worksheets.getItemOrNullObject("Missing");
    missing().getRange("A1").load("values");
    await expect(fake.context.sync()).rejects.toEqual(invalidPath);
    missing().delete();
    await expect(fake.context.sync()).rejects.toEqual(invalidPath);
  });

  test("rejects the walk past the last sheet", async () => {
    const fake = strict();
    fake.context.workbook.worksheets.getFirst().getNextOrNullObject().getNextOrNullObject().load("name");
    await expect(fake.context.sync()).rejects.toEqual(invalidPath);
  });

  test("by default the same calls do nothing, as Excel is believed to do", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [["x"]] } });
    const missing = fake.context.workbook.worksheets.getItemOrNullObject("Missing");
    const cells = missing.getRange("A1").load("values");
    missing.delete();
    await fake.context.sync();
    expect(cells.isNullObject).toBe(true);
    expect(fake.sheetNames()).toEqual(["Plan"]);
  });
});
