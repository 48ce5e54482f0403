/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests run wrong programs on purpose; the fake must judge them, not the linter */
import { createFakeExcel, type SeedValue } from ".";

const SUMMARY = "สรุปผล ITA";
/** Labels in the first column, names in the first row: more rows than columns, so series by column. */
const SCORES: SeedValue[][] = [
  ["ตัวชี้วัด", "คะแนน", "เกณฑ์ 85"],
  ["IIT", 88, 85],
  ["EIT", 91, 85],
  ["OIT", 97, 85],
];

function summaryWorkbook(apiVersion?: string) {
  const fake = createFakeExcel({
    ...(apiVersion === undefined ? {} : { apiVersion }),
    sheets: { [SUMMARY]: SCORES, Other: [] },
  });
  return { fake, sheet: fake.context.workbook.worksheets.getItem(SUMMARY) };
}

const itemNotFound = expect.objectContaining({ code: "ItemNotFound", name: "RichApi.Error" });

describe("adding a chart", () => {
  test("RIGHT: a column chart with threshold lines, placed, titled and coloured in one sync", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Auto");
    chart.setPosition("E2", "L18");
    chart.title.text = "คะแนนรายแบบวัด";
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 100;
    chart.axes.valueAxis.title.text = "คะแนน";
    chart.axes.categoryAxis.title.text = "แบบวัด";
    chart.legend.position = "Bottom";
    chart.format.font.name = "TH SarabunPSK";
    chart.format.font.size = 12;
    const scores = chart.series.getItemAt(0);
    scores.format.fill.setSolidColor("#1f4e79");
    scores.points.getItemAt(2).format.fill.setSolidColor("#00b050");
    const threshold = chart.series.getItemAt(1);
    threshold.chartType = "Line";
    threshold.format.line.color = "#c00000";
    await fake.context.sync();

    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.pendingOperations).toBe(0);
    expect(fake.sheet(SUMMARY).charts()).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: `'${SUMMARY}'!A1:C4`,
        title: "คะแนนรายแบบวัด",
        position: "E2:L18",
        axes: { category: { title: "แบบวัด" }, value: { title: "คะแนน", minimum: 0, maximum: 100 } },
        legend: { position: "Bottom" },
        font: { name: "TH SarabunPSK", size: 12 },
        series: [
          {
            name: "คะแนน",
            chartType: "ColumnClustered",
            values: `'${SUMMARY}'!B2:B4`,
            xValues: `'${SUMMARY}'!A2:A4`,
            fill: "#1F4E79",
            line: null,
            pointFills: [null, null, "#00B050"],
          },
          {
            name: "เกณฑ์ 85",
            chartType: "Line",
            values: `'${SUMMARY}'!C2:C4`,
            xValues: `'${SUMMARY}'!A2:A4`,
            fill: null,
            line: "#C00000",
            pointFills: [null, null, null],
          },
        ],
      },
    ]);
  });

  test("a wide range makes a series of each row; seriesBy overrides the shape", async () => {
    const fake = createFakeExcel({
      sheets: {
        Wide: [
          ["", "IIT", "EIT", "OIT"],
          ["คะแนน", 88, 91, 97],
        ],
      },
    });
    const sheet = fake.context.workbook.worksheets.getItem("Wide");
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:D2"));
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:D2"), "Columns");
    await fake.context.sync();
    const [byRows, byColumns] = fake.sheet("Wide").charts();
    expect(byRows?.series.map(({ name, values, xValues }) => ({ name, values, xValues }))).toEqual([
      { name: "คะแนน", values: "Wide!B2:D2", xValues: "Wide!B1:D1" },
    ]);
    expect(byColumns?.series.map(({ name, values }) => ({ name, values }))).toEqual([
      { name: "IIT", values: "Wide!B2" },
      { name: "EIT", values: "Wide!C2" },
      { name: "OIT", values: "Wide!D2" },
    ]);
  });

  test("numbers alone are all values: series are SeriesN and categories are not labels", async () => {
    const fake = createFakeExcel({
      sheets: {
        Numbers: [
          [88, 85],
          [91, 85],
          [97, 85],
        ],
      },
    });
    const sheet = fake.context.workbook.worksheets.getItem("Numbers");
    sheet.charts.add("Line", sheet.getRange("A1:B3"));
    await fake.context.sync();
    expect(
      fake
        .sheet("Numbers")
        .charts()[0]
        ?.series.map(({ name, values, xValues }) => [name, values, xValues]),
    ).toEqual([
      ["Series1", "Numbers!A1:A3", null],
      ["Series2", "Numbers!B1:B3", null],
    ]);
  });

  test("the source may be on another sheet; the chart stays where it was added", async () => {
    const { fake } = summaryWorkbook();
    const other = fake.context.workbook.worksheets.getItem("Other");
    const source = fake.context.workbook.worksheets.getItem(SUMMARY).getRange("A1:B4");
    other.charts.add("ColumnClustered", source);
    await fake.context.sync();
    expect(fake.sheet(SUMMARY).charts()).toEqual([]);
    expect(fake.sheet("Other").charts()[0]?.source).toBe(`'${SUMMARY}'!A1:B4`);
  });

  test("charts are named Chart 1, Chart 2, … per sheet, never reusing a deleted chart's number", async () => {
    const { fake, sheet } = summaryWorkbook();
    const first = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    first.delete();
    sheet.charts.add("Line", sheet.getRange("A1:C4"));
    await fake.context.sync();
    expect(
      fake
        .sheet(SUMMARY)
        .charts()
        .map((chart) => [chart.name, chart.type]),
    ).toEqual([
      ["Chart 2", "ColumnClustered"],
      ["Chart 3", "Line"],
    ]);
  });

  test("WRONG: the Invalid chart type or an unknown seriesBy rejects the sync with InvalidArgument", async () => {
    const { fake, sheet } = summaryWorkbook();
    sheet.charts.add("Invalid", sheet.getRange("A1:C4"));
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Diagonal" as "Auto");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet(SUMMARY).charts()).toEqual([]);
  });
});

describe("finding and reading charts", () => {
  test("RIGHT: items, count, getCount, getItem and getItemAt, loaded in one sync", async () => {
    const { fake, sheet } = summaryWorkbook();
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4")).name = "คะแนน ITA";
    await fake.context.sync();
    const charts = sheet.charts.load("items/name, count");
    const count = sheet.charts.getCount();
    const byName = sheet.charts.getItem("คะแนน ITA").load("name");
    const series = sheet.charts.getItemAt(0).series.load("items/name, count");
    const points = sheet.charts.getItemAt(0).series.getItemAt(0).points.load("count");
    await fake.context.sync();
    expect([charts.count, charts.items.map((chart) => chart.name), count.value, byName.name]).toEqual([
      1,
      ["คะแนน ITA"],
      1,
      "คะแนน ITA",
    ]);
    expect([series.count, series.items.map((item) => item.name), points.count]).toEqual([
      2,
      ["คะแนน", "เกณฑ์ 85"],
      3,
    ]);
  });

  test("WRONG: reading a chart's title before loading it throws PropertyNotLoaded", async () => {
    const { fake, sheet } = summaryWorkbook();
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4")).title.text = "คะแนน";
    await fake.context.sync();
    const chart = sheet.charts.getItemAt(0);
    expect(() => chart.title.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    const title = chart.title.load("text");
    await fake.context.sync();
    expect(title.text).toBe("คะแนน");
  });

  test("an unset value-axis bound reads as Excel's automatic number, never null; '' sets it automatic again", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    const automatic = chart.axes.valueAxis.load("minimum, maximum");
    await fake.context.sync();
    expect([automatic.minimum, automatic.maximum]).toEqual([0, 100]);
    chart.axes.valueAxis.maximum = 120;
    await fake.context.sync();
    chart.axes.valueAxis.maximum = "";
    const again = sheet.charts.getItemAt(0).axes.valueAxis.load("maximum");
    await fake.context.sync();
    expect(again.maximum).toBe(100);
  });

  test("WRONG: a missing name, a missing index and a missing point reject the sync with ItemNotFound", async () => {
    const { fake, sheet } = summaryWorkbook();
    sheet.charts.getItem("Chart 1").load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    sheet.charts.getItemAt(0).load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    await fake.context.sync();
    chart.series.getItemAt(2).load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    chart.series.getItemAt(0).points.getItemAt(3).format.fill.setSolidColor("#FF0000");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("placing and formatting a chart", () => {
  test("setPosition without an end moves the chart's corner; a cell of another sheet is refused", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    chart.setPosition(sheet.getRange("H30"));
    await fake.context.sync();
    expect(fake.sheet(SUMMARY).charts()[0]?.position).toBe("H30");
    chart.setPosition("Other!A1", "Other!H20");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("WRONG: bounds that are not numbers, or on the category axis, are refused", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    await fake.context.sync();
    chart.axes.valueAxis.maximum = "100";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    chart.axes.categoryAxis.minimum = 0;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    chart.legend.position = "Middle" as "Top";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet(SUMMARY).charts()[0]).toMatchObject({
      axes: { value: { minimum: null, maximum: null } },
      legend: { position: "Right" },
    });
  });
});

describe("changing series (ExcelApi 1.7)", () => {
  test("setValues and setXAxisValues point a series at other cells; points follow the values", async () => {
    const { fake, sheet } = summaryWorkbook();
    const series = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4")).series.getItemAt(1);
    series.setValues(sheet.getRange("C2:C3"));
    series.setXAxisValues(fake.context.workbook.worksheets.getItem("Other").getRange("A1:A2"));
    const points = series.points.load("count");
    await fake.context.sync();
    expect(points.count).toBe(2);
    expect(fake.sheet(SUMMARY).charts()[0]?.series[1]).toMatchObject({
      values: `'${SUMMARY}'!C2:C3`,
      xValues: "Other!A1:A2",
      pointFills: [null, null],
    });
  });

  test("delete removes a series; WRONG: using it afterwards rejects with ItemNotFound", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    const threshold = chart.series.getItemAt(1);
    threshold.delete();
    await fake.context.sync();
    expect(
      fake
        .sheet(SUMMARY)
        .charts()[0]
        ?.series.map((series) => series.name),
    ).toEqual(["คะแนน"]);
    threshold.format.line.color = "#FF0000";
    await expect(fake.context.sync()).rejects.toEqual(itemNotFound);
  });
});

describe("deleting", () => {
  test("a chart: it leaves the sheet, and WRONG: a later use of its proxy rejects with ItemNotFound", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    await fake.context.sync();
    chart.delete();
    await fake.context.sync();
    expect(fake.sheet(SUMMARY).charts()).toEqual([]);
    chart.title.text = "ใหม่";
    await expect(fake.context.sync()).rejects.toEqual(itemNotFound);
    chart.series.getItemAt(0).load("name");
    await expect(fake.context.sync()).rejects.toEqual(itemNotFound);
  });

  test("a sheet takes its charts with it", async () => {
    const { fake, sheet } = summaryWorkbook();
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
    await fake.context.sync();
    sheet.delete();
    await fake.context.sync();
    chart.axes.valueAxis.maximum = 100;
    await expect(fake.context.sync()).rejects.toEqual(itemNotFound);
    sheet.charts.load("count");
    await expect(fake.context.sync()).rejects.toEqual(itemNotFound);
  });
});
