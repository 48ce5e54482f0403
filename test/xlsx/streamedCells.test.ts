// Our own sheets' cells are written as XML rows (sheetRows.ts) into a frame ExcelJS writes: the sheet read
// back must be the one ExcelJS makes when it writes every cell itself.
import { strFromU8, unzipSync } from "fflate";
import type { SheetPlan } from "../../src/layout/plan";
import { CellFormats } from "../../src/xlsx/cellFormats";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import { sheetRows } from "../../src/xlsx/sheetRows";
import { ownSheetsWorkbook } from "../../src/xlsx/writeSummary";
import { GRID, planSnapshot } from "./handMadePlan";

/** The hand-made grid with its calculated column's formulas in its content, as our own sheets give them. */
const OWN_GRID: SheetPlan = {
  ...GRID,
  content: [
    ...GRID.content,
    { address: "D5:D6", formulas: [['=IF(B5="","",B5*2)'], ['=IF(B6="","",B6*2)']] },
  ],
};

const EMPTY_STYLES =
  '<styleSheet><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>';

describe("a sheet's cells streamed into the frame ExcelJS wrote", () => {
  it("reads back as the sheet ExcelJS writes cell by cell: values, formulas, formats, heights, table", async () => {
    const [byExcelJs] = (await planSnapshot({ sheets: [OWN_GRID] })).sheets;
    const [streamed] = (
      await readWorkbookSnapshot(await ownSheetsWorkbook([{ plan: OWN_GRID, replaces: null }]))
    ).sheets;
    expect(streamed).toBeDefined();
    expect(streamed?.cells).toEqual(byExcelJs?.cells);
    expect(streamed?.rowHeights).toEqual(byExcelJs?.rowHeights);
    expect(streamed?.merges).toEqual(byExcelJs?.merges);
    expect(streamed?.tables).toEqual(byExcelJs?.tables);
    expect(streamed?.tables).toHaveLength(1);
    expect(streamed?.validations).toEqual(byExcelJs?.validations);
    expect(streamed?.conditionalFormats).toEqual(byExcelJs?.conditionalFormats);
    expect(streamed?.cells.A2).toMatchObject({ value: "=1+1", formula: null });
  });

  it("gives the table its whole range, though ExcelJS wrote it over one row", async () => {
    const parts = unzipSync(await ownSheetsWorkbook([{ plan: OWN_GRID, replaces: null }]));
    const table = Object.keys(parts).find((name) => /^xl\/tables\/[^/]+\.xml$/.test(name));
    const xml = strFromU8(parts[table as string] as Uint8Array);
    expect(xml).toMatch(/<table\b[^>]*\sref="A4:D6"/);
    expect(xml).toMatch(/<autoFilter\b[^>]*\sref="A4:D6"/);
  });

  it("writes text as text, escapes what XML cannot carry, and lets a later block empty a cell", () => {
    const plan: SheetPlan = {
      ...OWN_GRID,
      content: [
        { address: "A1:C1", values: [["=SUM(1)", "a<b&\u0001", 3]] },
        { address: "A2:B2", values: [[true, 7]] },
        { address: "B2", values: [[""]] },
      ],
      formats: [],
      rowHeights: [{ row: 9, height: 30 }],
      table: undefined,
      merges: [],
      validations: [],
      conditionalFormats: [],
    };
    const rows = [...sheetRows(plan, new CellFormats(EMPTY_STYLES))];
    expect(rows[0]).toContain('t="inlineStr"><is><t xml:space="preserve">=SUM(1)</t></is>');
    expect(rows[0]).not.toContain("<f>");
    expect(rows[0]).toContain("a&lt;b&amp;_x0001_");
    expect(rows[1]).toMatch(/<c r="A2" s="\d+" t="b"><v>1<\/v><\/c><c r="B2" s="\d+"\/>/);
    expect(rows.at(-1)).toBe('<row r="9" ht="30" customHeight="1"></row>');
  });

  it("refuses content whose values do not fill its range", () => {
    const plan: SheetPlan = { ...OWN_GRID, content: [{ address: "A1:B1", values: [[1]] }] };
    expect(() => [...sheetRows(plan, new CellFormats(EMPTY_STYLES))]).toThrow(
      /A1:B1 is not 1 rows of 2 cells/,
    );
  });
});

describe("cell formats appended to a styles part", () => {
  it("writes each format once, built-in number formats by number and others as the file's own", () => {
    const formats = new CellFormats(EMPTY_STYLES);
    const bold = formats.indexOf({ font: { name: "TH SarabunPSK", size: 16, bold: true } });
    expect(formats.indexOf({ font: { name: "TH SarabunPSK", size: 16, bold: true } })).toBe(bold);
    const scores = formats.indexOf({ numberFormat: "0.00" });
    const thai = formats.indexOf({ numberFormat: '[$-th-TH,D07]0.00;"-"' });
    expect(new Set([bold, scores, thai]).size).toBe(3);
    const xml = formats.xml();
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<font><b/><sz val="16"/><name val="TH SarabunPSK"/></font>');
    expect(xml).toMatch(/<xf numFmtId="2" fontId="0"/);
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="[$-th-TH,D07]0.00;&quot;-&quot;"/>');
  });
});
