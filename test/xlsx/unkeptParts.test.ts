// What ExcelJS 4.4 loses of a sheet on a load and save, shown by doing it: each kind of content is put
// into a sheet of a small file the way Excel writes it, unkeptParts must name it for that sheet, and after
// ExcelJS has loaded and saved the file it must be gone. What ExcelJS keeps is shown to survive the same
// round trip, and what lies outside the sheets (the workbook's own parts) is never named: the package
// writer leaves those parts as they are.
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { ChartPlan } from "../../src/layout/plan";
import { withChildBefore } from "../../src/xlsx/packageParts";
import { unkeptParts } from "../../src/xlsx/unkeptParts";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { edit, link } from "../support/userWorkbooks";
import { ONE_PIXEL_PNG } from "../support/xlsxParts";

const USER_SHEET = "แผนของหน่วยงาน";
const OWN_SHEET = "สรุปผล ITA";
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MICROSOFT = "http://schemas.microsoft.com/office";

const CHART: ChartPlan = {
  title: "คะแนน",
  categories: "A2:A4",
  series: [{ name: "คะแนน", values: "B2:B4", kind: "column", colour: "#1F4E79" }],
  valueAxis: { min: 0, max: 100 },
  placement: "D2:J15",
  font: { name: "TH SarabunPSK", size: 14 },
};

/** A user's sheet with a picture, our own sheet, and the cells a chart reads on each. */
async function baseFile(charts: readonly string[] = []): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const name of [USER_SHEET, OWN_SHEET]) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows([
      ["ตัวชี้วัด", "คะแนน"],
      ["IIT", 88],
      ["EIT", 91],
      ["OIT", 97],
    ]);
  }
  const picture = workbook.addImage({ base64: ONE_PIXEL_PNG, extension: "png" });
  workbook.getWorksheet(USER_SHEET)?.addImage(picture, "D20:E22");
  return workbookBuffer(
    workbook,
    [],
    charts.map((sheetName) => ({ sheetName, chart: CHART })),
  );
}

interface Parts {
  readonly zip: JSZip;
  /** The sheets' parts as ExcelJS numbers them: the user's sheet first. */
  readonly user: string;
  readonly own: string;
}

const parts = (zip: JSZip): Parts => ({
  zip,
  user: "xl/worksheets/sheet1.xml",
  own: "xl/worksheets/sheet2.xml",
});

const CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

/** A sensitivity label, as Microsoft Purview keeps it among a file's custom properties. */
const SENSITIVITY_LABEL =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="${CUSTOM_PROPERTIES}" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property ' +
  'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0a1b_Enabled">' +
  "<vt:lpwstr>true</vt:lpwstr></property></Properties>";

/** A sheet of another kind in the workbook's tab order, with its part. */
const otherSheet = (type: string, target: string, name: string) => async (p: Parts) => {
  const id = await link(p.zip, "xl/workbook.xml", type, target);
  await edit(p.zip, "xl/workbook.xml", (xml) =>
    xml.replace("</sheets>", `<sheet name="${name}" sheetId="9" r:id="${id}"/></sheets>`),
  );
};

const AFTER_PAGE_SETUP = ["headerFooter", "rowBreaks", "colBreaks", "drawing", "legacyDrawing", "extLst"];
const AFTER_HYPERLINKS = ["printOptions", "pageMargins", "pageSetup", ...AFTER_PAGE_SETUP];

const inSheet = (part: (parts: Parts) => string, element: string, later: readonly string[]) => (p: Parts) =>
  edit(p.zip, part(p), (xml) => withChildBefore(xml, element, later));

const extension = (uri: string, body: string) =>
  `<extLst><ext uri="${uri}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
  `<${body}</ext></extLst>`;

const definedName = (name: string) => (p: Parts) =>
  edit(p.zip, "xl/workbook.xml", (xml) =>
    xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`),
  );

/** Each kind of content, put into the user's sheet or what it reaches. */
const LOST: readonly (readonly [string, (parts: Parts) => Promise<unknown>])[] = [
  ["pivot tables", (p) => link(p.zip, p.user, `${OFFICE}/pivotTable`, "xl/pivotTables/pivotTable1.xml")],
  ["slicers", (p) => link(p.zip, p.user, `${MICROSOFT}/2007/relationships/slicer`, "xl/slicers/slicer1.xml")],
  [
    "timelines",
    (p) => link(p.zip, p.user, `${MICROSOFT}/2011/relationships/timeline`, "xl/timelines/timeline1.xml"),
  ],
  ["form controls", (p) => link(p.zip, p.user, `${OFFICE}/ctrlProp`, "xl/ctrlProps/ctrlProp1.xml")],
  ["ActiveX controls", (p) => link(p.zip, p.user, `${OFFICE}/control`, "xl/activeX/activeX1.xml")],
  ["embedded objects", (p) => link(p.zip, p.user, `${OFFICE}/oleObject`, "xl/embeddings/oleObject1.bin")],
  [
    "threaded comments",
    (p) =>
      link(
        p.zip,
        p.user,
        `${MICROSOFT}/2017/10/relationships/threadedComment`,
        "xl/threadedComments/threadedComment1.xml",
      ),
  ],
  [
    "sparklines",
    inSheet(
      (p) => p.user,
      extension(
        "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}",
        'x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup>' +
          "<x14:sparklines><x14:sparkline><xm:f>A2:A4</xm:f><xm:sqref>C2</xm:sqref></x14:sparkline></x14:sparklines>" +
          "</x14:sparklineGroup></x14:sparklineGroups>",
      ),
      [],
    ),
  ],
  [
    "data validations that refer to other sheets",
    inSheet(
      (p) => p.user,
      extension(
        "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",
        'x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
          `<x14:dataValidation type="list"><x14:formula1><xm:f>'${OWN_SHEET}'!$A$2:$A$4</xm:f></x14:formula1>` +
          "<xm:sqref>C2</xm:sqref></x14:dataValidation></x14:dataValidations>",
      ),
      [],
    ),
  ],
  [
    "links to places in the workbook",
    inSheet(
      (p) => p.user,
      `<hyperlinks><hyperlink ref="A2" location="'${OWN_SHEET}'!A1"/></hyperlinks>`,
      AFTER_HYPERLINKS,
    ),
  ],
  [
    "manual page breaks",
    inSheet(
      (p) => p.user,
      '<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks>',
      ["drawing", "legacyDrawing", "extLst"],
    ),
  ],
  [
    "pictures in headers and footers",
    async (p) => {
      const id = await link(p.zip, p.user, `${OFFICE}/vmlDrawing`, "xl/drawings/vmlDrawingHF1.vml", "<xml/>");
      await inSheet((parts) => parts.user, `<legacyDrawingHF r:id="${id}"/>`, ["extLst"])(p);
    },
  ],
  [
    "dynamic array formulas",
    async (p) => {
      await link(p.zip, "xl/workbook.xml", `${OFFICE}/sheetMetadata`, "xl/metadata.xml");
      await edit(p.zip, p.user, (xml) =>
        xml.replace(
          /(<row r="2"[^>]*>[\s\S]*?)<\/row>/,
          '$1<c r="C2" cm="1"><f t="array" ref="C2:C4">_xlfn._xlws.SORT(B2:B4)</f><v>88</v></c></row>',
        ),
      );
    },
  ],
  [
    "shapes and text boxes",
    (p) =>
      edit(p.zip, "xl/drawings/drawing1.xml", (xml) =>
        xml.replace(
          "</xdr:wsDr>",
          "<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>" +
            "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff>" +
            '<xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink="">' +
            '<xdr:nvSpPr><xdr:cNvPr id="9" name="TextBox 8"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>' +
            '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/>' +
            "<a:p><a:r><a:t>หมายเหตุ</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>",
        ),
      ),
  ],
];

/** Each kind of content outside the sheets: in the workbook, the package, or sheets of other kinds. */
const OUTSIDE_SHEETS: readonly (readonly [string, (parts: Parts) => Promise<unknown>])[] = [
  ["chart sheets", otherSheet(`${OFFICE}/chartsheet`, "xl/chartsheets/sheet1.xml", "แผนภูมิ")],
  [
    "macros",
    (p) => link(p.zip, "xl/workbook.xml", `${MICROSOFT}/2006/relationships/vbaProject`, "xl/vbaProject.bin"),
  ],
  [
    "macro sheets",
    otherSheet(`${MICROSOFT}/2006/relationships/xlMacrosheet`, "xl/macrosheets/sheet1.xml", "Macro1"),
  ],
  ["dialog sheets", otherSheet(`${OFFICE}/dialogsheet`, "xl/dialogsheets/sheet1.xml", "Dialog1")],
  [
    "external links",
    (p) => link(p.zip, "xl/workbook.xml", `${OFFICE}/externalLink`, "xl/externalLinks/externalLink1.xml"),
  ],
  ["data connections", (p) => link(p.zip, "xl/workbook.xml", `${OFFICE}/connections`, "xl/connections.xml")],
  [
    "pictures in cells and data types",
    (p) =>
      link(
        p.zip,
        "xl/workbook.xml",
        `${MICROSOFT}/2017/06/relationships/rdRichValue`,
        "xl/richData/rdrichvalue.xml",
      ),
  ],
  ["custom XML data", (p) => link(p.zip, "xl/workbook.xml", `${OFFICE}/customXml`, "customXml/item1.xml")],
  [
    "Office add-ins",
    (p) =>
      link(
        p.zip,
        "",
        `${MICROSOFT}/2011/relationships/webextensiontaskpanes`,
        "xl/webextensions/taskpanes.xml",
      ),
  ],
  [
    "digital signatures",
    (p) =>
      link(
        p.zip,
        "",
        "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin",
        "_xmlsignatures/origin.sigs",
      ),
  ],
  [
    "workbook protection",
    (p) =>
      edit(p.zip, "xl/workbook.xml", (xml) =>
        xml.replace(/<workbookPr\b[^>]*\/>/, '$&<workbookProtection lockStructure="1"/>'),
      ),
  ],
  [
    "custom document properties",
    (p) => link(p.zip, "", `${OFFICE}/custom-properties`, "docProps/custom.xml", SENSITIVITY_LABEL),
  ],
  ["defined names", definedName('<definedName name="Rate">0.07</definedName>')],
];

async function withAddition(add: (parts: Parts) => Promise<unknown>, file?: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file ?? (await baseFile()));
  await add(parts(zip));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function roundTrip(file: Uint8Array): Promise<Uint8Array> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("what a load and save through ExcelJS loses of a sheet", () => {
  it("is nothing in a file of its own making with a picture", async () => {
    expect(await unkeptParts(await baseFile(), [USER_SHEET, OWN_SHEET])).toEqual([]);
  });

  it("names the sheet's charts (ours are added after ExcelJS saves), and ExcelJS drops them", async () => {
    const file = await baseFile([USER_SHEET]);
    expect(await unkeptParts(file, [USER_SHEET])).toEqual(["charts"]);
    expect(await unkeptParts(file, [OWN_SHEET])).toEqual([]);
    expect(await unkeptParts(await roundTrip(file), [USER_SHEET])).toEqual([]);
  });

  test.each(LOST)("names %s, and ExcelJS drops them", async (kind, add) => {
    const file = await withAddition(add);
    expect(await unkeptParts(file, [USER_SHEET])).toEqual([kind]);
    expect(await unkeptParts(file, [OWN_SHEET])).toEqual([]);
    expect(await unkeptParts(await roundTrip(file), [USER_SHEET])).toEqual([]);
  });

  test.each(OUTSIDE_SHEETS)("does not name %s, which no sheet holds", async (_, add) => {
    const file = await withAddition(add);
    expect(await unkeptParts(file, [USER_SHEET, OWN_SHEET])).toEqual([]);
  });

  it("lists several kinds once each, in a fixed order", async () => {
    let file = await baseFile([USER_SHEET]);
    for (const [, add] of [...LOST].reverse()) file = await withAddition(add, file);
    expect(await unkeptParts(file, [USER_SHEET])).toEqual(["charts", ...LOST.map(([kind]) => kind)]);
  });

  it("finds sheets by name; a name the file lacks holds nothing", async () => {
    const file = await baseFile([USER_SHEET]);
    expect(await unkeptParts(file, ["ไม่มีแผ่นนี้"])).toEqual([]);
  });
});

describe("what ExcelJS keeps", () => {
  it("is not named: pictures, notes, validations, live colours, tables, web links, protection", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await baseFile()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(USER_SHEET);
    if (!sheet) throw new Error("no user sheet");
    sheet.getCell("A2").note = "หมายเหตุของผู้ใช้";
    sheet.getCell("B2").dataValidation = { type: "decimal", operator: "between", formulae: [0, 100] };
    sheet.addConditionalFormatting({
      ref: "B2:B4",
      rules: [{ type: "expression", priority: 1, formulae: ["B2<85"], style: {} }],
    });
    sheet.getCell("A4").value = { text: "ITA", hyperlink: "https://itas.nacc.go.th/" };
    sheet.addTable({ name: "Plan", ref: "A8", columns: [{ name: "มาตรการ" }], rows: [["ประชุม"]] });
    sheet.pageSetup.printTitlesRow = "1:1";
    await sheet.protect("", {});
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await unkeptParts(file, [USER_SHEET])).toEqual([]);

    const again = new Workbook();
    await again.xlsx.load((await roundTrip(file)) as unknown as ArrayBuffer);
    const kept = again.getWorksheet(USER_SHEET);
    expect(kept?.getImages()).toHaveLength(1);
    expect(kept?.getCell("A2").note).toBe("หมายเหตุของผู้ใช้");
    expect(kept?.getCell("B2").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 100] });
    expect(kept?.getCell("A4").value).toMatchObject({ hyperlink: "https://itas.nacc.go.th/" });
    expect(kept?.getTable("Plan")).toBeDefined();
    expect(kept?.pageSetup.printTitlesRow).toBe("1:1");
  });
});
