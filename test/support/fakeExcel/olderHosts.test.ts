import { createFakeExcel } from ".";

const apiNotFound = expect.objectContaining({ code: "ApiNotFound", name: "RichApi.Error" });

describe("isSetSupported answers as the host would", () => {
  test.each([
    ["1.1", "1.1", true],
    ["1.1", "1.2", false],
    ["1.4", "1.4", true],
    ["1.4", "1.5", false],
    ["1.7", "1.6", true],
    ["1.7", "1.8", false],
    ["1.9", "1.9", true],
    ["1.9", "1.10", false],
    ["1.17", "1.10", true],
    ["1.17", "1.18", false],
  ])("a %s host says ExcelApi %s is %s", (apiVersion, asked, supported) => {
    expect(createFakeExcel({ apiVersion }).isSetSupported("ExcelApi", asked)).toBe(supported);
  });

  test("the default host is ExcelApi 1.17; other requirement sets are not supported", () => {
    const { isSetSupported, apiVersion } = createFakeExcel();
    expect(apiVersion).toBe("1.17");
    expect([
      isSetSupported("ExcelApi", "1.17"),
      isSetSupported("ExcelApi"),
      isSetSupported("ExcelApiOnline", "1.1"),
    ]).toEqual([true, true, false]);
  });
});

type Context = Excel.RequestContext;
const cell = (context: Context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1");
const sheet = (context: Context) => context.workbook.worksheets.getItem("Sheet1");
const series = (context: Context) => sheet(context).charts.getItemAt(0).series.getItemAt(0);

// Each use touches one member that came after ExcelApi 1.1 and that Office.js checks on the client
// (`_throwIfApiNotSupported`), with the set it checks.
const checkedAtTheCall: [string, string, (context: Context) => unknown][] = [
  ["Range.conditionalFormats", "1.6", (context) => cell(context).conditionalFormats],
  ["Range.dataValidation", "1.8", (context) => cell(context).dataValidation],
  ["Range.merge", "1.2", (context) => cell(context).merge()],
  ["Range.getResizedRange", "1.3", (context) => cell(context).getResizedRange(1, 1)],
  ["Worksheet.pageLayout", "1.9", (context) => sheet(context).pageLayout],
  ["Worksheet.freezePanes", "1.7", (context) => sheet(context).freezePanes],
  ["Worksheet.protection", "1.2", (context) => sheet(context).protection],
  ["Worksheet.getRangeByIndexes", "1.7", (context) => sheet(context).getRangeByIndexes(0, 0, 1, 1)],
  ["Worksheet.getUsedRangeOrNullObject", "1.4", (context) => sheet(context).getUsedRangeOrNullObject()],
  ["Range.getMergedAreasOrNullObject", "1.13", (context) => cell(context).getMergedAreasOrNullObject()],
  [
    "WorksheetCollection.getItemOrNullObject",
    "1.4",
    (context) => context.workbook.worksheets.getItemOrNullObject("x"),
  ],
  ["WorksheetCollection.getCount", "1.4", (context) => context.workbook.worksheets.getCount()],
  ["Workbook.getActiveCell", "1.7", (context) => context.workbook.getActiveCell()],
  ["WorksheetCollection.getFirst", "1.5", (context) => context.workbook.worksheets.getFirst()],
  ["Worksheet.getNextOrNullObject", "1.5", (context) => sheet(context).getNextOrNullObject()],
  ["Worksheet.getNext", "1.5", (context) => sheet(context).getNext()],
  ["TableCollection.getItemOrNullObject", "1.4", (context) => sheet(context).tables.getItemOrNullObject("T")],
  ["ChartCollection.getCount", "1.4", (context) => sheet(context).charts.getCount()],
  ["ChartSeries.setValues", "1.7", (context) => series(context).setValues(cell(context))],
  ["ChartSeries.setXAxisValues", "1.7", (context) => series(context).setXAxisValues(cell(context))],
  ["ChartSeries.delete", "1.7", (context) => series(context).delete()],
];

describe.each(checkedAtTheCall)("%s (Office.js checks ExcelApi %s)", (_member, since, use) => {
  const minor = Number(since.split(".")[1]);

  test("WRONG: used on an older host it throws ApiNotFound at once", () => {
    const { context } = createFakeExcel({ apiVersion: `1.${minor - 1}` });
    expect(() => use(context)).toThrow(apiNotFound);
  });

  test("RIGHT: on a host with its requirement set it works", () => {
    const { context } = createFakeExcel({ apiVersion: since });
    expect(() => use(context)).not.toThrow();
  });
});

test("getResizedRange: the typings say ExcelApi 1.2, but Office.js checks 1.3 at the call", () => {
  const { context } = createFakeExcel({ apiVersion: "1.2" });
  expect(() => cell(context).getResizedRange(1, 1)).toThrow(
    expect.objectContaining({ code: "ApiNotFound", message: expect.stringContaining("ExcelApi 1.3") }),
  );
});

// Office.js checks no setter and these methods not at all: the request reaches the host, which refuses it.
const refusedAtTheSync: [string, string, (context: Context) => unknown][] = [
  ["RangeFormat.columnWidth (set)", "1.2", (context) => (cell(context).format.columnWidth = 30)],
  ["RangeFormat.rowHeight (set)", "1.2", (context) => (cell(context).format.rowHeight = 30)],
  ["RangeFont.strikethrough (set)", "1.9", (context) => (cell(context).format.font.strikethrough = true)],
  ["Worksheet.tabColor (set)", "1.7", (context) => (sheet(context).tabColor = "#FF0000")],
  ["Worksheet.showGridlines (set)", "1.8", (context) => (sheet(context).showGridlines = false)],
  ["Worksheet.visibility (set)", "1.2", (context) => (sheet(context).visibility = "Hidden")],
  ["Worksheet.getUsedRange(valuesOnly)", "1.2", (context) => sheet(context).getUsedRange(true)],
  [
    "Table.showBandedRows (set)",
    "1.3",
    (context) => (sheet(context).tables.getItem("T").showBandedRows = false),
  ],
  ["ChartSeries.chartType (set)", "1.7", (context) => (series(context).chartType = "Line")],
  [
    "TableColumn.name (set)",
    "1.4",
    (context) => (sheet(context).tables.getItem("T").columns.getItemAt(0).name = "x"),
  ],
];

/** Sheet1 with a table T and a chart, which every host can add. */
async function withTableAndChart(apiVersion: string) {
  const fake = createFakeExcel({
    apiVersion,
    sheets: {
      Sheet1: [
        ["ปี", "คะแนน"],
        ["2568", 88],
      ],
    },
  });
  sheet(fake.context).tables.add("Sheet1!A1:B2", true).name = "T";
  sheet(fake.context).charts.add("ColumnClustered", sheet(fake.context).getRange("A1:B2"));
  await fake.context.sync();
  return fake.context;
}

describe.each(refusedAtTheSync)("%s (ExcelApi %s)", (_member, since, use) => {
  const minor = Number(since.split(".")[1]);

  test("WRONG: on an older host the call passes and the sync rejects with ApiNotFound", async () => {
    const context = await withTableAndChart(`1.${minor - 1}`);
    expect(() => use(context)).not.toThrow();
    await expect(context.sync()).rejects.toEqual(apiNotFound);
  });

  test("RIGHT: on a host with its requirement set it works", async () => {
    const context = await withTableAndChart(since);
    use(context);
    await expect(context.sync()).resolves.toBeUndefined();
  });
});

describe("ExcelApi 1.1 members work on the oldest host", () => {
  test("adding a chart, placing, titling and colouring it, and deleting a sheet", async () => {
    const fake = createFakeExcel({
      apiVersion: "1.1",
      sheets: {
        Sheet1: [
          ["", "คะแนน"],
          ["IIT", 88],
        ],
        Old: [],
      },
    });
    const chart = sheet(fake.context).charts.add("ColumnClustered", sheet(fake.context).getRange("A1:B2"));
    chart.setPosition("D2", "H12");
    chart.title.text = "คะแนน";
    chart.axes.valueAxis.maximum = 100;
    chart.series.getItemAt(0).points.getItemAt(0).format.fill.setSolidColor("#00B050");
    fake.context.workbook.worksheets.getItem("Old").delete();
    await fake.context.sync();
    expect(fake.sheet("Sheet1").charts()[0]).toMatchObject({ title: "คะแนน", position: "D2:H12" });
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  test("getCell, getSelectedRange and reading visibility", async () => {
    const { context } = createFakeExcel({ apiVersion: "1.1", sheets: { Sheet1: [[], ["", "x"]] } });
    const found = sheet(context).getCell(1, 1).load("values");
    const selected = context.workbook.getSelectedRange().load("address");
    const visibility = sheet(context).load("visibility");
    await context.sync();
    expect([found.values, selected.address, visibility.visibility]).toEqual([
      [["x"]],
      "Sheet1!A1",
      "Visible",
    ]);
  });
});

describe("degraded paths", () => {
  async function colourLateItems(
    context: Context,
    isSetSupported: (name: string, version: string) => boolean,
  ) {
    const range = cell(context);
    range.values = [["✗"]];
    if (isSetSupported("ExcelApi", "1.6")) {
      const late = range.conditionalFormats.add("Custom");
      late.custom.rule.formula = '=A1="✗"';
    }
    await context.sync();
  }

  test("WRONG: conditional formats on a 1.1 host without asking throw ApiNotFound; isSetSupported('ExcelApi','1.6') is false", () => {
    const { context, isSetSupported } = createFakeExcel({ apiVersion: "1.1" });
    expect(isSetSupported("ExcelApi", "1.6")).toBe(false);
    expect(() => cell(context).conditionalFormats.add("Custom")).toThrow(
      expect.objectContaining({ code: "ApiNotFound", message: expect.stringContaining("ExcelApi 1.6") }),
    );
  });

  test("RIGHT: asking first writes the values and skips the formats", async () => {
    const fake = createFakeExcel({ apiVersion: "1.1" });
    await colourLateItems(fake.context, fake.isSetSupported);
    expect(fake.sheet("Sheet1").cell("A1").value).toBe("✗");
    expect(fake.sheet("Sheet1").conditionalFormats()).toEqual([]);
  });

  test("the same code on a 1.17 host adds the format", async () => {
    const fake = createFakeExcel();
    await colourLateItems(fake.context, fake.isSetSupported);
    expect(fake.sheet("Sheet1").conditionalFormats()).toHaveLength(1);
  });

  test("WRONG: loading a newer property by name rejects the sync with ApiNotFound", async () => {
    const { context } = createFakeExcel({ apiVersion: "1.1" });
    sheet(context).load("tabColor");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("load() with no names loads only what the host has", async () => {
    const { context } = createFakeExcel({ apiVersion: "1.1" });
    const loaded = sheet(context).load();
    await context.sync();
    expect(loaded.name).toBe("Sheet1");
    expect(() => loaded.tabColor).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});
