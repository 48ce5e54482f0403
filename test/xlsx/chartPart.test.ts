// Charts written into a saved .xlsx: the parts and relationships as the package format asks, the
// drawing on the right sheet whatever the order of the sheets' parts, a file ExcelJS still reads, and
// a chart LibreOffice finds, draws from the right cells and keeps.
import { mkdtemp, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import { allContent, applyWorkbookPlan, chartsOf } from "../../src/xlsx/applyWorkbookPlan";
import { withChildBefore } from "../../src/xlsx/packageParts";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreOffice";
import { ONE_PIXEL_PNG, parseXml, partXml } from "../support/xlsxParts";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const SUMMARY = "สรุปผล ITA";
const BAND_COLOURS = ["#C00000", "#FFC000", "#92D050", "#00B050"];

const CHART: ChartPlan = {
  title: "คะแนนรายตัวชี้วัด ปี 2568",
  categories: "B3:B12",
  series: [
    {
      name: "คะแนน",
      values: "C3:C12",
      kind: "column",
      colour: "#1F4E79",
      pointColours: Array.from({ length: 10 }, (_, index) => BAND_COLOURS[index % 4] as string),
    },
    { name: "เกณฑ์ 85", values: "D3:D12", kind: "line", colour: "#C00000" },
    { name: "เกณฑ์ 90", values: "E3:E12", kind: "line", colour: "#FFC000" },
    { name: "เกณฑ์ 95", values: "F3:F12", kind: "line", colour: "#00B050" },
  ],
  valueAxis: { min: 0, max: 100, title: "คะแนน" },
  categoryAxisTitle: "ตัวชี้วัด",
  placement: "H2:P20",
  font: { name: "TH SarabunPSK", size: 14 },
};

const BLANK = {
  visibility: "Visible",
  baseFont: { name: "TH SarabunPSK", size: 14 },
  formats: [],
  merges: [],
  rowHeights: [],
  validations: [],
  conditionalFormats: [],
} as const;

/** The scores with three threshold columns, hidden (width 0) as helper cells for the lines. */
const SUMMARY_SHEET: SheetPlan = {
  ...BLANK,
  role: "summary",
  name: SUMMARY,
  content: [
    { address: "B2:F2", values: [["ตัวชี้วัด", "คะแนน", "85", "90", "95"]] },
    {
      address: "B3:F12",
      values: Array.from({ length: 10 }, (_, index) => [`ตัวชี้วัด ${index + 1}`, 80 + index * 2, 85, 90, 95]),
    },
  ],
  columnWidths: [
    { column: "B", width: 14 },
    { column: "D", width: 0 },
    { column: "E", width: 0 },
    { column: "F", width: 0 },
  ],
  chart: CHART,
};

const OTHER_SHEET: SheetPlan = {
  ...BLANK,
  role: "scores",
  name: "คะแนน ITA",
  content: [{ address: "A1", values: [["คะแนน"]] }],
  columnWidths: [],
};

const PLAN: WorkbookPlan = { sheets: [OTHER_SHEET, SUMMARY_SHEET] };

/**
 * The plan in a workbook whose parts are not in tab order: a sheet made before it is removed and the
 * summary sheet is moved to the front, so its part is neither sheet1.xml nor the first in the file.
 */
async function chartFile(prepare: (workbook: Workbook) => void = () => undefined): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.removeWorksheet(workbook.addWorksheet("ชั่วคราว").id);
  workbook.addWorksheet("แผ่นของผู้ใช้").getCell("A1").value = "ของผู้ใช้";
  const tables = applyWorkbookPlan(workbook, PLAN, allContent(PLAN));
  const summary = workbook.getWorksheet(SUMMARY);
  if (!summary) throw new Error("no summary sheet");
  // ExcelJS writes sheets in tab order by orderNo, which its typings leave out.
  (summary as unknown as { orderNo: number }).orderNo = -1;
  summary.getCell("B2").note = "คะแนนจากผลการประเมิน";
  prepare(workbook);
  return workbookBuffer(workbook, tables, chartsOf(PLAN));
}

/** The part of each sheet, by name, read from the workbook and its relationships. */
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = parseXml(await partXml(zip, "xl/workbook.xml"));
  const rels = parseXml(await partXml(zip, "xl/_rels/workbook.xml.rels"));
  const targets = new Map(
    Array.from(rels.getElementsByTagName("Relationship"), (rel) => [
      rel.getAttribute("Id"),
      `xl/${rel.getAttribute("Target")}`,
    ]),
  );
  return new Map(
    Array.from(workbook.getElementsByTagName("sheet"), (sheet) => [
      sheet.getAttribute("name") ?? "",
      targets.get(sheet.getAttribute("r:id")) ?? "",
    ]),
  );
}

async function relationshipsOf(zip: JSZip, part: string) {
  const folder = path.posix.dirname(part);
  const file = zip.file(`${folder}/_rels/${path.posix.basename(part)}.rels`);
  if (!file) return [];
  return Array.from(parseXml(await file.async("string")).getElementsByTagName("Relationship"), (rel) => ({
    id: rel.getAttribute("Id"),
    type: rel.getAttribute("Type")?.split("/").pop(),
    target: path.posix.normalize(`${folder}/${rel.getAttribute("Target")}`),
  }));
}

describe("a chart added to a saved .xlsx", () => {
  let zip: JSZip;
  let summaryPart: string;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await chartFile());
    summaryPart = (await sheetPartsByName(zip)).get(SUMMARY) as string;
  });

  it("is added to a file whose sheet parts are out of tab order, so that counting sheets would miss", async () => {
    const parts = await sheetPartsByName(zip);
    expect([...parts.keys()]).toEqual([SUMMARY, "แผ่นของผู้ใช้", "คะแนน ITA"]);
    expect(summaryPart).not.toBe("xl/worksheets/sheet1.xml");
  });

  it("writes the chart, the drawing, their relationships and the sheet as well-formed XML", async () => {
    const written = [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "[Content_Types].xml",
      summaryPart,
    ];
    for (const part of written) {
      const xml = await partXml(zip, part);
      expect(() => parseXml(xml)).not.toThrow();
    }
  });

  it("links the drawing from the summary sheet only, and the chart from the drawing", async () => {
    const sheetLinks = await relationshipsOf(zip, summaryPart);
    const drawingLink = sheetLinks.find(({ type }) => type === "drawing");
    expect(drawingLink?.target).toBe("xl/drawings/drawing1.xml");
    const sheet = parseXml(await partXml(zip, summaryPart));
    const drawings = sheet.getElementsByTagName("drawing");
    expect(drawings).toHaveLength(1);
    expect(drawings[0]?.getAttribute("r:id")).toBe(drawingLink?.id);
    for (const [name, part] of await sheetPartsByName(zip)) {
      if (name === SUMMARY) continue;
      expect((await relationshipsOf(zip, part)).filter(({ type }) => type === "drawing")).toEqual([]);
    }
    const chartLinks = await relationshipsOf(zip, "xl/drawings/drawing1.xml");
    const frame = parseXml(await partXml(zip, "xl/drawings/drawing1.xml")).getElementsByTagNameNS(
      CHART_NS,
      "chart",
    );
    expect(chartLinks).toEqual([
      { id: frame[0]?.getAttribute("r:id"), type: "chart", target: "xl/charts/chart1.xml" },
    ]);
  });

  it("puts <drawing> where the worksheet schema wants it: after the page setup, before the notes' drawing", async () => {
    const sheet = parseXml(await partXml(zip, summaryPart)).documentElement;
    const children = Array.from(sheet?.childNodes ?? [])
      .filter((node) => node.nodeType === 1)
      .map((node) => node.nodeName);
    const at = (name: string) => children.indexOf(name);
    expect(at("pageSetup")).toBeGreaterThan(-1);
    expect(at("drawing")).toBeGreaterThan(at("pageSetup"));
    expect(at("legacyDrawing")).toBeGreaterThan(at("drawing"));
  });

  it("declares both new parts' content types", async () => {
    const types = parseXml(await partXml(zip, "[Content_Types].xml"));
    const overrides = new Map(
      Array.from(types.getElementsByTagName("Override"), (item) => [
        item.getAttribute("PartName"),
        item.getAttribute("ContentType"),
      ]),
    );
    expect(overrides.get("/xl/charts/chart1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    );
    expect(overrides.get("/xl/drawings/drawing1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawing+xml",
    );
  });

  it("anchors the chart over its placement, H2:P20", async () => {
    const drawing = parseXml(await partXml(zip, "xl/drawings/drawing1.xml"));
    const corner = (tag: string) => {
      const element = drawing.getElementsByTagNameNS(DRAWING_NS, tag)[0];
      const read = (name: string) =>
        Number(element?.getElementsByTagNameNS(DRAWING_NS, name)[0]?.textContent);
      return [read("col"), read("row")];
    };
    // Zero-based: H is column 7 and row 2 is row 1; the anchor ends at the corner after P20.
    expect([corner("from"), corner("to")]).toEqual([
      [7, 1],
      [16, 20],
    ]);
  });

  describe("the chart part", () => {
    let chart: Document;
    const all = (parent: Document | Element, name: string) =>
      Array.from(parent.getElementsByTagNameNS(CHART_NS, name));
    const value = (parent: Element | undefined, name: string) =>
      parent?.getElementsByTagNameNS(CHART_NS, name)[0]?.getAttribute("val");
    const formula = (series: Element, name: string) =>
      series.getElementsByTagNameNS(CHART_NS, name)[0]?.getElementsByTagNameNS(CHART_NS, "f")[0]?.textContent;
    beforeAll(async () => {
      chart = parseXml(await partXml(zip, "xl/charts/chart1.xml")) as unknown as Document;
    });

    it("has the scores as clustered columns and the thresholds as lines, on shared axes", () => {
      const [bars] = all(chart, "barChart");
      const [lines] = all(chart, "lineChart");
      expect([value(bars, "barDir"), value(bars, "grouping")]).toEqual(["col", "clustered"]);
      const names = (group: Element | undefined) =>
        all(group as Element, "ser").map(
          (series) => series.getElementsByTagNameNS(CHART_NS, "v")[0]?.textContent,
        );
      expect(names(bars)).toEqual(["คะแนน"]);
      expect(names(lines)).toEqual(["เกณฑ์ 85", "เกณฑ์ 90", "เกณฑ์ 95"]);
      const axisIds = (group: Element | undefined) =>
        all(group as Element, "axId").map((id) => id.getAttribute("val"));
      expect(axisIds(bars)).toEqual(axisIds(lines));
      expect(axisIds(bars)).toEqual([
        value(all(chart, "catAx")[0], "axId"),
        value(all(chart, "valAx")[0], "axId"),
      ]);
    });

    it("reads categories and values from the sheet by absolute, quoted references", () => {
      const series = all(chart, "ser");
      expect(series.map((item) => formula(item, "cat"))).toEqual(Array(4).fill(`'${SUMMARY}'!$B$3:$B$12`));
      expect(series.map((item) => formula(item, "val"))).toEqual([
        `'${SUMMARY}'!$C$3:$C$12`,
        `'${SUMMARY}'!$D$3:$D$12`,
        `'${SUMMARY}'!$E$3:$E$12`,
        `'${SUMMARY}'!$F$3:$F$12`,
      ]);
    });

    it("colours each column by its point colour and each series by its own colour", () => {
      const [scores, ...lines] = all(chart, "ser") as [Element, ...Element[]];
      const colourOf = (element: Element) =>
        element
          .getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "srgbClr")[0]
          ?.getAttribute("val");
      const points = all(scores, "dPt");
      expect(points.map((point) => value(point, "idx"))).toEqual(
        Array.from({ length: 10 }, (_, index) => `${index}`),
      );
      expect(points.map(colourOf)).toEqual(CHART.series[0]?.pointColours?.map((colour) => colour.slice(1)));
      expect(colourOf(all(scores, "spPr")[0] as Element)).toBe("1F4E79");
      expect(lines.map(colourOf)).toEqual(["C00000", "FFC000", "00B050"]);
    });

    it("has the title, axis titles, value axis bounds and the legend at the bottom", () => {
      const titles = all(chart, "title").map((title) => title.textContent);
      expect(titles).toEqual([CHART.title, "ตัวชี้วัด", "คะแนน"]);
      const scaling = all(chart, "valAx")[0]?.getElementsByTagNameNS(CHART_NS, "scaling")[0];
      expect([value(scaling, "min"), value(scaling, "max")]).toEqual(["0", "100"]);
      expect(value(all(chart, "legend")[0], "legendPos")).toBe("b");
    });

    it("sets every text in the document font at its size, Thai as well as Latin", () => {
      const DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
      const [defaults] = Array.from(chart.getElementsByTagNameNS(DRAWING_MAIN, "defRPr")).filter(
        (element) => element.parentNode?.parentNode?.parentNode?.nodeName === "c:txPr",
      );
      expect(defaults?.getAttribute("sz")).toBe("1400");
      const typefaces = ["latin", "cs"].map((name) =>
        defaults?.getElementsByTagNameNS(DRAWING_MAIN, name)[0]?.getAttribute("typeface"),
      );
      expect(typefaces).toEqual(["TH SarabunPSK", "TH SarabunPSK"]);
    });

    it("plots hidden cells too, as the threshold columns are hidden helpers", () => {
      expect(value(chart.documentElement, "plotVisOnly")).toBe("0");
    });
  });

  it("leaves a file that ExcelJS still reads, cells and hidden columns included", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet(SUMMARY);
    expect(summary?.getCell("C3").value).toBe(80);
    expect(["C", "D", "E", "F"].map((column) => summary?.getColumn(column).hidden)).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(workbook.getWorksheet("แผ่นของผู้ใช้")?.getCell("A1").value).toBe("ของผู้ใช้");
  });
});

describe("a chart on a sheet that already has a picture", () => {
  it("joins the sheet's drawing instead of replacing it, with a shape id of its own", async () => {
    const zip = await JSZip.loadAsync(
      await chartFile((workbook) => {
        const image = workbook.addImage({ base64: ONE_PIXEL_PNG, extension: "png" });
        workbook.getWorksheet(SUMMARY)?.addImage(image, "R2:S4");
      }),
    );
    const summaryPart = (await sheetPartsByName(zip)).get(SUMMARY) as string;
    const sheetLinks = (await relationshipsOf(zip, summaryPart)).filter(({ type }) => type === "drawing");
    expect(sheetLinks).toHaveLength(1);
    const drawingPart = sheetLinks[0]?.target as string;
    const drawing = parseXml(await partXml(zip, drawingPart));
    expect(drawing.getElementsByTagNameNS(DRAWING_NS, "pic")).toHaveLength(1);
    expect(drawing.getElementsByTagNameNS(DRAWING_NS, "graphicFrame")).toHaveLength(1);
    const ids = Array.from(drawing.getElementsByTagNameNS(DRAWING_NS, "cNvPr"), (shape) =>
      shape.getAttribute("id"),
    );
    expect(new Set(ids).size).toBe(2);
    expect((await relationshipsOf(zip, drawingPart)).map(({ type }) => type).sort()).toEqual([
      "chart",
      "image",
    ]);
    expect(parseXml(await partXml(zip, summaryPart)).getElementsByTagName("drawing")).toHaveLength(1);
  });
});

describe("inserting a sheet's child element in schema order", () => {
  const later = ["legacyDrawing", "tableParts", "extLst"];

  it("goes before the first later element among the root's own children", () => {
    const xml =
      '<worksheet><sheetData/><pageSetup a=">"/><tableParts count="1"><tablePart/></tableParts><extLst/></worksheet>';
    expect(withChildBefore(xml, "<drawing/>", later)).toBe(
      '<worksheet><sheetData/><pageSetup a=">"/><drawing/><tableParts count="1"><tablePart/></tableParts><extLst/></worksheet>',
    );
  });

  it("ignores a nested element of the same name and goes last when no later element follows", () => {
    const xml =
      '<?xml version="1.0"?><worksheet><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting><pageMargins/></worksheet>';
    expect(withChildBefore(xml, "<drawing/>", later)).toBe(
      '<?xml version="1.0"?><worksheet><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting><pageMargins/><drawing/></worksheet>',
    );
  });
});

it("refuses a chart for a sheet the file does not have", async () => {
  const workbook = new Workbook();
  workbook.addWorksheet("คะแนน ITA");
  await expect(workbookBuffer(workbook, [], [{ sheetName: SUMMARY, chart: CHART }])).rejects.toThrow(SUMMARY);
});

describeWithLibreOffice("a chart opened in LibreOffice", () => {
  let folder: string;
  let content: string;
  let chartContent: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-chart-"));
    const file = path.join(folder, "summary.xlsx");
    await writeFile(file, await chartFile());
    await convertWithLibreOffice([file], "ods", folder);
    const ods = await JSZip.loadAsync(await readFile(path.join(folder, "summary.ods")));
    content = await partXml(ods, "content.xml");
    const objects = Object.keys(ods.files).filter((name) => /^Object \d+\/content\.xml$/.test(name));
    const charts = await Promise.all(objects.map((name) => partXml(ods, name)));
    chartContent = charts.find((xml) => xml.includes("<chart:chart")) ?? "";
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("finds the chart on the summary sheet and keeps it when saving", () => {
    const summaryTable = content.slice(content.indexOf(`table:name="${SUMMARY}"`));
    expect(summaryTable).toMatch(/<draw:object\b/);
    expect(chartContent).toContain('chart:class="chart:bar"');
    expect(chartContent).toContain(CHART.title);
  });

  it("draws one column series and three lines from the sheet's cells, hidden ones included", () => {
    const chart = parseXml(chartContent);
    const series = Array.from(chart.getElementsByTagName("chart:series"), (item) => ({
      kind: item.getAttribute("chart:class"),
      values: item.getAttribute("chart:values-cell-range-address"),
    }));
    const cells = (column: string) => `'${SUMMARY}'.${column}3:'${SUMMARY}'.${column}12`;
    expect(series).toEqual([
      { kind: "chart:bar", values: cells("C") },
      { kind: "chart:line", values: cells("D") },
      { kind: "chart:line", values: cells("E") },
      { kind: "chart:line", values: cells("F") },
    ]);
    // LibreOffice writes the attribute only to leave hidden cells out; it includes them by default.
    expect(chartContent).not.toContain('chart:include-hidden-cells="false"');
  });
});
