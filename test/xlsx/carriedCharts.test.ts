// The charts of a user's workbook carried over a load and save through ExcelJS on the --write path: our
// own charts and one shaped as Excel writes it (style and colour parts, namespaces on the drawing's
// root), on sheets with and without pictures, come back on the same sheets, part for part, well formed,
// and LibreOffice still finds them.
import { mkdtemp, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import JSZip from "jszip";
import type { ChartPlan } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { planSummary } from "../../src/layout/workbookSummary";
import { withChildBefore } from "../../src/xlsx/chartPart";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import {
  addContentType,
  addRelationship,
  contentTypeOf,
  relationshipsOf,
  sheetParts,
} from "../../src/xlsx/packageParts";
import { readSheetsForCheck } from "../../src/xlsx/readSheetsForCheck";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { unkeptParts } from "../../src/xlsx/unkeptParts";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { withSummarySheet } from "../../src/xlsx/writeSummary";
import { planValues, scoreSheetValues, settings2568, standardPlans } from "../support/gridValues";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreOffice";
import { ONE_PIXEL_PNG, parseXml, partXml } from "../support/xlsxParts";

const SETTINGS = settings2568();
const SCORES = DEFAULT_SHEET_NAMES.scores;
const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const USER_SHEET = "แผนของหน่วยงาน";
const TODAY = { year: 2025, month: 2, day: 10 };
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const USER_CHART: ChartPlan = {
  title: "งบประมาณ",
  categories: "A2:A4",
  series: [{ name: "งบ", values: "B2:B4", kind: "column", colour: "#1F4E79" }],
  valueAxis: { min: 0, max: 100 },
  placement: "D2:J15",
};

/** A line chart as Excel writes it, reading the IIT grid, with its style and colour parts. */
const EXCEL_CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart"><c:date1904 val="0"/>' +
  '<c:lang val="th-TH"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea>' +
  '<c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/>' +
  `<c:order val="0"/><c:cat><c:strRef><c:f>'${IIT}'!$B$5:$B$8</c:f></c:strRef></c:cat>` +
  `<c:val><c:numRef><c:f>'${IIT}'!$A$5:$A$8</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>` +
  '<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart><c:catAx><c:axId val="1"/>' +
  '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
  '<c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/>' +
  '</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea>' +
  '<c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
const EXCEL_STYLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="227"/>';
const EXCEL_COLORS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>';
/** Its drawing, the chart's namespaces declared on the root rather than on the chart element. */
const EXCEL_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
  `xmlns:c="${CHART_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  "<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>" +
  "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff>" +
  '<xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro="">' +
  '<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
  `<a:graphicData uri="${CHART_NS}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
  "<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>";

const MICROSOFT_RELATIONSHIPS = "http://schemas.microsoft.com/office/2011/relationships";

/** Puts the Excel-shaped chart on the IIT grid, a sheet with a table, as Excel would. */
async function withExcelChart(file: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const sheet = (await sheetParts(zip)).get(IIT) as string;
  const parts: [string, string, string][] = [
    ["xl/drawings/drawing9.xml", EXCEL_DRAWING, "application/vnd.openxmlformats-officedocument.drawing+xml"],
    [
      "xl/charts/chart9.xml",
      EXCEL_CHART,
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    ],
    ["xl/charts/style9.xml", EXCEL_STYLE, "application/vnd.ms-office.chartstyle+xml"],
    ["xl/charts/colors9.xml", EXCEL_COLORS, "application/vnd.ms-office.chartcolorstyle+xml"],
  ];
  for (const [part, xml, type] of parts) {
    zip.file(part, xml);
    await addContentType(zip, part, type);
  }
  await addRelationship(zip, "xl/drawings/drawing9.xml", "chart", "xl/charts/chart9.xml");
  zip.file(
    "xl/charts/_rels/chart9.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId2" Type="${MICROSOFT_RELATIONSHIPS}/chartColorStyle" Target="colors9.xml"/>` +
      `<Relationship Id="rId1" Type="${MICROSOFT_RELATIONSHIPS}/chartStyle" Target="style9.xml"/></Relationships>`,
  );
  const drawing = await addRelationship(zip, sheet, "drawing", "xl/drawings/drawing9.xml");
  const xml = (await zip.file(sheet)?.async("string")) as string;
  zip.file(
    sheet,
    withChildBefore(xml, `<drawing r:id="${drawing}"/>`, ["legacyDrawing", "tableParts", "extLst"]),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/**
 * The user's file: the standard workbook with its scores typed (so that the summary has a chart), our
 * kind of chart on the score sheet and beside a picture on a sheet of the user's, and Excel's kind on
 * the IIT grid.
 */
async function userFile(): Promise<Buffer> {
  const { workbook, tables } = standardWorkbook(SETTINGS);
  const typed = scoreSheetValues([98, 94, 89, 94, 90, 87, 87, 82, 90, 31], SETTINGS);
  const plain = planValues(standardPlans(SETTINGS).scores);
  const scores = workbook.getWorksheet(SCORES);
  typed.forEach((line, row) =>
    line.forEach((value, column) => {
      if (value !== (plain[row]?.[column] ?? "")) scores!.getCell(row + 1, column + 1).value = value as never;
    }),
  );
  const user = workbook.addWorksheet(USER_SHEET);
  user.addRows([
    ["รายการ", "งบ"],
    ["อบรม", 40],
    ["ประชุม", 25],
    ["เผยแพร่", 35],
  ]);
  user.addImage(workbook.addImage({ base64: ONE_PIXEL_PNG, extension: "png" }), "L2:M4");
  const ours = await workbookBuffer(workbook, tables, [
    { sheetName: SCORES, chart: { ...USER_CHART, placement: "K2:Q14" } },
    { sheetName: USER_SHEET, chart: USER_CHART },
  ]);
  return withExcelChart(ours);
}

/** The file written the way `summary --write` writes it. */
async function writtenSummary(file: Buffer): Promise<Buffer> {
  const read = { bytes: file, ...(await loadWorkbook(file)) };
  const { plan, target } = planSummary(readSheetsForCheck(read.workbook), TODAY);
  return withSummarySheet(read, plan, target);
}

/** Each chart on the sheet: its drawing, its anchor's corners and its part. */
async function chartsOn(zip: JSZip, sheetName: string) {
  const sheet = (await sheetParts(zip)).get(sheetName) as string;
  const drawings = (await relationshipsOf(zip, sheet)).filter(({ kind }) => kind === "drawing");
  const found = [];
  for (const { target: drawing } of drawings) {
    const links = await relationshipsOf(zip, drawing);
    const xml = parseXml(await partXml(zip, drawing));
    for (const anchor of Array.from(xml.getElementsByTagNameNS(DRAWING_NS, "twoCellAnchor"))) {
      const reference = anchor.getElementsByTagNameNS(CHART_NS, "chart")[0];
      if (!reference) continue;
      const id = reference.getAttributeNS(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "id",
      );
      const corners = ["from", "to"].map((corner) => {
        const element = anchor.getElementsByTagNameNS(DRAWING_NS, corner)[0];
        return ["col", "row"].map(
          (name) => element?.getElementsByTagNameNS(DRAWING_NS, name)[0]?.textContent,
        );
      });
      found.push({ drawing, corners, part: links.find((link) => link.id === id)?.target as string });
    }
  }
  return found;
}

describe("charts carried over a save on the --write path", () => {
  let before: JSZip;
  let after: JSZip;
  beforeAll(async () => {
    const file = await userFile();
    before = await JSZip.loadAsync(file);
    after = await JSZip.loadAsync(await writtenSummary(file));
  });

  it.each([SCORES, USER_SHEET, IIT])("come back on %s, where they were, part for part", async (sheetName) => {
    const was = await chartsOn(before, sheetName);
    const is = await chartsOn(after, sheetName);
    expect(is.map(({ corners }) => corners)).toEqual(was.map(({ corners }) => corners));
    expect(is).toHaveLength(1);
    for (const [index, { part }] of is.entries()) {
      expect(await partXml(after, part)).toBe(await partXml(before, was[index]?.part as string));
    }
  });

  it("leave the new summary its own chart, under a part name of its own", async () => {
    const [summary] = await chartsOn(after, SUMMARY_SHEET_NAME);
    const carried = await Promise.all([SCORES, USER_SHEET, IIT].map((name) => chartsOn(after, name)));
    expect(summary?.part).toBeDefined();
    expect(carried.flat().map(({ part }) => part)).not.toContain(summary?.part);
    expect(await partXml(after, summary?.part as string)).toContain(`'${SUMMARY_SHEET_NAME}'!$`);
  });

  it("bring Excel's style and colour parts along, with their content types", async () => {
    const [chart] = await chartsOn(after, IIT);
    const links = await relationshipsOf(after, chart?.part as string);
    expect(links.map(({ kind }) => kind).sort()).toEqual(["chartColorStyle", "chartStyle"]);
    for (const { kind, target } of links) {
      const original = kind === "chartStyle" ? "xl/charts/style9.xml" : "xl/charts/colors9.xml";
      expect(await partXml(after, target)).toBe(await partXml(before, original));
      expect(await contentTypeOf(after, target)).toBe(await contentTypeOf(before, original));
    }
  });

  it("keep the picture beside the chart in one drawing, each shape with its own id", async () => {
    const [chart] = await chartsOn(after, USER_SHEET);
    const drawing = parseXml(await partXml(after, chart?.drawing as string));
    expect(drawing.getElementsByTagNameNS(DRAWING_NS, "pic")).toHaveLength(1);
    const ids = Array.from(drawing.getElementsByTagNameNS(DRAWING_NS, "cNvPr"), (shape) =>
      shape.getAttribute("id"),
    );
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect((await relationshipsOf(after, chart?.drawing as string)).map(({ kind }) => kind).sort()).toEqual([
      "chart",
      "image",
    ]);
  });

  it("link each drawing once, where the worksheet schema wants it: before the table parts", async () => {
    for (const name of [SCORES, USER_SHEET, IIT]) {
      const sheet = parseXml(
        await partXml(after, (await sheetParts(after)).get(name) as string),
      ).documentElement;
      const children = Array.from(sheet?.childNodes ?? [])
        .filter((node) => node.nodeType === 1)
        .map((node) => node.nodeName);
      expect(children.filter((child) => child === "drawing")).toHaveLength(1);
      const tableParts = children.indexOf("tableParts");
      expect(tableParts === -1 ? name : children.indexOf("drawing") < tableParts).toBe(name === IIT || name);
    }
  });

  it("leave every XML part well formed, and every part with a content type", async () => {
    const parts = Object.keys(after.files).filter((name) => !after.files[name]?.dir);
    for (const part of parts.filter((name) => /\.(xml|rels)$/.test(name))) {
      const xml = await partXml(after, part);
      expect(() => parseXml(xml)).not.toThrow();
    }
    const untyped = [];
    for (const part of parts)
      if (part !== "[Content_Types].xml" && (await contentTypeOf(after, part)) === undefined)
        untyped.push(part);
    expect(untyped).toEqual([]);
  });

  it("leave a file that ExcelJS reads again and that loses nothing more on the next write", async () => {
    const file = await after.generateAsync({ type: "nodebuffer" });
    const { workbook } = await loadWorkbook(file);
    expect(workbook.getWorksheet(USER_SHEET)?.getCell("A3").value).toBe("ประชุม");
    expect(await unkeptParts(file, [SUMMARY_SHEET_NAME], { chartsCarried: true })).toEqual([]);
    expect(await unkeptParts(file, [SUMMARY_SHEET_NAME])).toEqual(["charts"]);
  });
});

describeWithLibreOffice("carried charts opened in LibreOffice", () => {
  let folder: string;
  let tables: Map<string, string>;
  let charts: string[];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-carried-"));
    const file = path.join(folder, "carried.xlsx");
    await writeFile(file, await writtenSummary(await userFile()));
    await convertWithLibreOffice([file], "ods", folder);
    const ods = await JSZip.loadAsync(await readFile(path.join(folder, "carried.ods")));
    const content = await partXml(ods, "content.xml");
    tables = new Map(
      content
        .split("<table:table ")
        .slice(1)
        .map((table) => [/table:name="([^"]*)"/.exec(table)?.[1] ?? "", table]),
    );
    const objects = Object.keys(ods.files).filter((name) => /^Object \d+\/content\.xml$/.test(name));
    charts = await Promise.all(objects.map((name) => partXml(ods, name)));
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("finds a chart on each sheet that had one, beside the picture where there was one", () => {
    const objects = (name: string) => tables.get(name)?.match(/<draw:object\b/g)?.length ?? 0;
    expect([SCORES, USER_SHEET, IIT, SUMMARY_SHEET_NAME].map(objects)).toEqual([1, 1, 1, 1]);
    expect(tables.get(USER_SHEET)).toMatch(/<draw:image\b/);
  });

  it("draws them from the same cells as before", () => {
    const ranges = charts.flatMap((chart) =>
      Array.from(parseXml(chart).getElementsByTagName("chart:series"), (series) =>
        series.getAttribute("chart:values-cell-range-address"),
      ),
    );
    expect(ranges).toEqual(
      expect.arrayContaining([
        `'${SCORES}'.B2:'${SCORES}'.B4`,
        `${USER_SHEET}.B2:${USER_SHEET}.B4`,
        `'${IIT}'.A5:'${IIT}'.A8`,
      ]),
    );
  });
});
