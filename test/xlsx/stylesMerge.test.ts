import { StylesMerge } from "../../src/xlsx/stylesMerge";
import { parseXml } from "../support/xlsxParts";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A styles part as Excel writes one: Calibri, the two reserved fills, one border, two cell formats. */
const EXCEL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet ${NS}>` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.000"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** The styles of a written sheet: its own custom format 164 means something else. */
const WRITTEN_STYLES =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="16"/><name val="TH SarabunPSK"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs></styleSheet>';

function section(xml: string, name: string): string[] {
  const parent = parseXml(xml).getElementsByTagName(name)[0];
  if (!parent) return [];
  expect(parent.getAttribute("count")).toBe(String(parent.childNodes.length));
  return Array.from({ length: parent.childNodes.length }, (_, index) => String(parent.childNodes[index]));
}

function numberFormats(xml: string): string[] {
  section(xml, "numFmts");
  return Array.from(parseXml(xml).getElementsByTagName("numFmt")).map(
    (element) => `${element.getAttribute("numFmtId")} ${element.getAttribute("formatCode")}`,
  );
}

describe("StylesMerge", () => {
  it("reuses what the part already has and appends the rest, leaving its entries as they were", () => {
    const merge = new StylesMerge(EXCEL_STYLES, WRITTEN_STYLES);
    expect(merge.cellFormat(0)).toBe(0);
    expect(merge.cellFormat(1)).toBe(2);
    expect(merge.cellFormat(2)).toBe(3);
    expect(merge.cellFormat(1)).toBe(2);
    const xml = merge.xml();
    expect(parseXml(xml).getElementsByTagName("parsererror")).toHaveLength(0);
    const fonts = section(xml, "fonts");
    expect(fonts).toHaveLength(2);
    expect(fonts[1]).toContain("TH SarabunPSK");
    expect(section(xml, "fills")).toHaveLength(3);
    const [, excelNumber, ours, bold] = section(xml, "cellXfs");
    expect(excelNumber).toContain('numFmtId="164"');
    // The written format 164 ("0.00") must not become the workbook's 164 ("#,##0.000").
    expect(ours).toContain('numFmtId="165"');
    expect(ours).toContain('fontId="1"');
    expect(ours).toContain('fillId="2"');
    expect(ours).toContain("<alignment");
    expect(bold).toContain('fontId="1"');
    expect(numberFormats(xml)).toEqual(["164 #,##0.000", "165 0.00"]);
  });

  it("leaves the part untouched when nothing is added", () => {
    const merge = new StylesMerge(EXCEL_STYLES, WRITTEN_STYLES);
    expect(merge.cellFormat(0)).toBe(0);
    expect(merge.xml()).toBe(EXCEL_STYLES);
  });

  it("appends live colours' formats to an empty list, and makes the list where there is none", () => {
    const merge = new StylesMerge(EXCEL_STYLES, WRITTEN_STYLES);
    expect(merge.differentialFormat(0)).toBe(0);
    expect(section(merge.xml(), "dxfs")).toHaveLength(1);

    const withoutLists = EXCEL_STYLES.replace(/<numFmts\b.*?<\/numFmts>/, "").replace(
      '<dxfs count="0"/>',
      "",
    );
    const bare = new StylesMerge(withoutLists, WRITTEN_STYLES);
    expect(bare.differentialFormat(0)).toBe(0);
    expect(bare.cellFormat(1)).toBe(2);
    const xml = bare.xml();
    // In the schema's order: number formats first, differential formats before the table styles.
    expect(xml.indexOf("<numFmts")).toBeLessThan(xml.indexOf("<fonts"));
    expect(xml.indexOf("<dxfs")).toBeLessThan(xml.indexOf("<tableStyles"));
    expect(xml.indexOf("<dxfs")).toBeGreaterThan(xml.indexOf("<cellStyles"));
    expect(numberFormats(xml)).toEqual(["164 0.00"]);
  });

  it("writes appended entries in the part's own namespace prefix", () => {
    const prefixed = EXCEL_STYLES.replace(/<(\/?)(?!\?)([a-zA-Z])/g, "<$1x:$2").replace(
      `<x:styleSheet ${NS}`,
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    );
    const merge = new StylesMerge(prefixed, WRITTEN_STYLES);
    expect(merge.cellFormat(2)).toBe(2);
    const xml = merge.xml();
    expect(xml).toContain('<x:font><x:b/><x:sz val="16"/><x:name val="TH SarabunPSK"/></x:font>');
    expect(xml).not.toMatch(/<(?!x:|\?|\/x:)[a-z]/);
  });

  it("names a format the written file lacks instead of writing a broken number", () => {
    const merge = new StylesMerge(EXCEL_STYLES, WRITTEN_STYLES);
    expect(() => merge.cellFormat(9)).toThrow("missing cell format 9");
    expect(() => merge.differentialFormat(4)).toThrow("missing format 4");
  });
});
