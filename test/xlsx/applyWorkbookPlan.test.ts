import { Workbook, type Worksheet } from "exceljs";
import JSZip from "jszip";
import { parseRange } from "../../src/layout/a1";
import type { SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import { allContent, applyWorkbookPlan } from "../../src/xlsx/applyWorkbookPlan";
import { cellsOf } from "../../src/xlsx/cellsOf";
import { sheetInternals } from "../../src/xlsx/excelJsInternals";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import type { SheetSnapshot } from "../../src/xlsx/snapshot";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { FORMULA_LIKE_TEXT, GRID, PLAN, planFile, planSnapshot, SETTINGS } from "./handMadePlan";

describe("a plan applied to an .xlsx and read back", () => {
  let grid: SheetSnapshot;
  let settings: SheetSnapshot;
  beforeAll(async () => {
    const snapshot = await planSnapshot(PLAN);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["ติดตาม IIT", "ITA_Settings"]);
    [grid, settings] = snapshot.sheets as [SheetSnapshot, SheetSnapshot];
  });

  it("makes the sheets with their visibility and tab colour", () => {
    expect(grid.visibility).toBe("Visible");
    expect(grid.tabColor).toBe("#5B9BD5");
    expect(settings.visibility).toBe("VeryHidden");
    expect(settings.tabColor).toBeNull();
  });

  it("writes text that looks like a formula as text", () => {
    FORMULA_LIKE_TEXT.forEach((text, index) => {
      const cell = grid.cells[`${"ABCD"[index]}2`];
      expect(cell).toMatchObject({ value: text, formula: null });
    });
    expect(settings.cells.B1).toMatchObject({ value: "=1+1", formula: null });
  });

  it("writes formulas as formulas, with references to other sheets", () => {
    expect(settings.cells.B2).toMatchObject({ formula: "='ติดตาม IIT'!$A$1", value: null });
  });

  it("lays the base font over the used area and the blocks' formats over it", () => {
    expect(grid.cells.A2?.font).toEqual({ name: "TH SarabunPSK", size: 14, bold: false, color: "#000000" });
    expect(grid.cells.A1?.font).toEqual({ name: "TH SarabunPSK", size: 18, bold: true, color: "#000000" });
    expect(grid.cells.A1?.horizontalAlignment).toBe("Center");
    expect(grid.cells.C4).toMatchObject({
      value: "ยังไม่\nดำเนินการ",
      fill: "#D9E2F3",
      font: { bold: true },
      wrapText: true,
      verticalAlignment: "Center",
      borders: ["top", "bottom", "left", "right"],
    });
    expect(grid.cells.B5).toMatchObject({
      value: 84.5,
      numberFormat: "0.00",
      font: { color: "#7A0B0B", bold: false },
      verticalAlignment: "Top",
      borders: ["top", "bottom", "left", "right"],
    });
    // Outside the used area nothing is touched.
    expect(grid.cells.E1).toBeUndefined();
  });

  it("merges, and gives widths in Excel's character units and heights in points", () => {
    expect(grid.merges).toEqual(["A1:D1"]);
    expect(grid.cells.B1?.value).toBeNull();
    expect(grid.columnWidths).toEqual({ A: 6, B: 8.43, C: 9 });
    expect(grid.rowHeights).toEqual({ 4: 66 });
  });

  it("validates with inline lists and decimal bounds, prompts and error styles", () => {
    expect(grid.validations.C5).toEqual({
      rule: { kind: "list", items: ["✓"] },
      prompt: { title: "สถานะ", message: "ใส่ ✓ ในช่องเดียว" },
      error: { style: "warning", title: "เครื่องหมายอื่น", message: "แนะนำให้ใช้ ✓" },
    });
    expect(grid.validations.C6).toEqual(grid.validations.C5);
    expect(grid.validations.B6).toEqual({
      rule: { kind: "decimal", min: 0, max: 100 },
      prompt: null,
      error: { style: "stop", title: "คะแนนไม่ถูกต้อง", message: "0 ถึง 100" },
    });
    expect(Object.keys(grid.validations).sort()).toEqual(["B5", "B6", "C5", "C6"]);
  });

  it("keeps the live colours in the plan's order", () => {
    expect(grid.conditionalFormats).toEqual([
      {
        address: "B5:B6",
        formula: "=AND(COUNT(B5)=1,B5<85)",
        format: { fill: "#F4B6B6", fontColor: "#7A0B0B" },
      },
      { address: "B5:B6", formula: "=AND(COUNT(B5)=1,B5>=95)", format: { fill: "#C9EBC9", bold: true } },
    ]);
  });

  it("makes the table, its headers the cells' text, with its calculated column in every row", () => {
    expect(grid.tables).toEqual([
      {
        name: "ITA_IIT",
        address: "A4:D6",
        headers: ["ลำดับ", "คะแนน", "ยังไม่\nดำเนินการ", "สองเท่า"],
        calculatedColumns: [{ header: "สองเท่า", formula: '=IF(B5="","",B5*2)' }],
      },
    ]);
    expect(grid.cells.D5?.formula).toBe('=IF(B5="","",B5*2)');
    expect(grid.cells.D6?.formula).toBe('=IF(B6="","",B6*2)');
  });

  it("freezes panes and sets up the page", () => {
    expect(grid.freeze).toEqual({ rows: 4, columns: 1 });
    expect(grid.print).toEqual({
      orientation: "Landscape",
      paper: "A4",
      fitToOnePageWide: true,
      scale: null,
      overThenDown: false,
      titleRows: "$4:$4",
      titleColumns: null,
      centerHorizontally: true,
      margins: { top: 43, bottom: 43, left: 28, right: 28 },
    });
    expect(settings.print).toBeNull();
    expect(settings.freeze).toBeNull();
  });
});

describe("what ExcelJS cannot write alone", () => {
  async function tablePart(file: Uint8Array): Promise<string> {
    const zip = await JSZip.loadAsync(file);
    return (zip.file("xl/tables/table1.xml") as JSZip.JSZipObject).async("string");
  }

  it("writes the calculated column's formula into the table part, and a line break in a name as &#10;", async () => {
    const xml = await tablePart(await planFile(PLAN));
    expect(xml).toContain(
      '<tableColumn id="4" name="สองเท่า"><calculatedColumnFormula>IF(B5="","",B5*2)</calculatedColumnFormula>',
    );
    expect(xml).toContain('name="ยังไม่&#10;ดำเนินการ"');
    expect(xml).not.toMatch(/name="[^"]*\n/);
  });

  it("writes the page breaks the plan asks for: rows with ExcelJS, columns after it, in the schema's order", async () => {
    const broken = {
      sheets: PLAN.sheets.map((sheet) =>
        sheet.print ? { ...sheet, print: { ...sheet.print, rowBreaks: [12], columnBreaks: [3] } } : sheet,
      ),
    };
    const zip = await JSZip.loadAsync(await planFile(broken));
    const xml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    // A break's id is the row or column it follows, counted from 1: the one a page starts at, less one.
    expect(xml).toMatch(
      /<rowBreaks [^>]*><brk id="11"[^>]*man="1"\/><\/rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"\/><\/colBreaks>/,
    );
    expect(xml.indexOf("<colBreaks")).toBeLessThan(xml.indexOf("<tableParts"));
    const settingsXml = await (zip.file("xl/worksheets/sheet2.xml") as JSZip.JSZipObject).async("string");
    expect(settingsXml).not.toContain("Breaks");
  });

  it("saves drop-downs read back from a file once each, though ExcelJS holds them cell by cell", async () => {
    const { workbook, tables } = await loadWorkbook(await planFile(PLAN));
    const grid = workbook.getWorksheet(GRID.name);
    if (!grid) throw new Error("no grid");
    // As ExcelJS reads a rule over B6:B10: the same rule under each cell. Alone, it would save "B10" and
    // "B6:B10", as "B10" sorts before "B6".
    const { model } = sheetInternals(grid).dataValidations;
    const rule = { type: "list" as const, formulae: ['"ก,ข"'], allowBlank: true };
    for (const { address } of cellsOf(parseRange("B6:B10"))) model[address] = rule;
    const zip = await JSZip.loadAsync(await workbookBuffer(workbook, tables));
    const xml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    const areas = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map(
      ([, sqref]) => sqref as string,
    );
    const cells = areas.flatMap((area) => [...cellsOf(parseRange(area))].map(({ address }) => address));
    expect(cells).toContain("B10");
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("asks for a full calculation on opening, since no formula carries a result", async () => {
    const zip = await JSZip.loadAsync(await planFile(PLAN));
    expect(await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string")).toMatch(
      /<calcPr[^>]*fullCalcOnLoad="1"/,
    );
  });
});

describe("writing cells as Office.js writes them", () => {
  const sheet = (content: SheetPlan["content"]): WorkbookPlan => ({ sheets: [{ ...SETTINGS, content }] });

  it("leaves a cell alone for null and empties it for an empty string", async () => {
    const workbook = new Workbook();
    const existing = workbook.addWorksheet("ITA_Settings");
    existing.getCell("A1").value = "typed";
    existing.getCell("B1").value = "old";
    const plan = sheet([{ address: "A1:B1", values: [[null, ""]] }]);
    const tables = applyWorkbookPlan(workbook, plan, allContent(plan));
    const [read] = (await readWorkbookSnapshot(await workbookBuffer(workbook, tables))).sheets;
    expect(read?.cells.A1?.value).toBe("typed");
    expect(read?.cells.B1?.value ?? null).toBeNull();
  });

  // Office.js parses strings as if typed; ExcelJS stores them as strings, which Excel never parses.
  it("writes text that Excel would read as a date or a time as text", async () => {
    const texts = ["2568-10-01", "1-2", "10:30 AM", "1/2567"];
    const plan = sheet([{ address: "A1:D1", values: [texts] }]);
    const [read] = (await planSnapshot(plan)).sheets;
    expect(["A1", "B1", "C1", "D1"].map((address) => read?.cells[address])).toEqual(
      texts.map((text) => expect.objectContaining({ value: text, formula: null })),
    );
  });

  it("refuses content whose arrays do not match the address", async () => {
    await expect(planFile(sheet([{ address: "A1:B2", values: [[1, 2]] }]))).rejects.toThrow(
      "content for A1:B2 is not 2 rows of 2 cells",
    );
  });
});

describe("applying a plan to a workbook that already has its sheets", () => {
  it("writes only the writes it is given, keeps typed cells, and adds nothing twice", async () => {
    const workbook = new Workbook();
    const tables = applyWorkbookPlan(workbook, PLAN, allContent(PLAN));
    (workbook.getWorksheet(GRID.name) as Worksheet).getCell("B5").value = 70;
    const again = applyWorkbookPlan(
      workbook,
      PLAN,
      new Map([["grid-IIT", [{ address: "A1", values: [["ชื่อใหม่"]] }]]]),
    );
    const [grid] = (await readWorkbookSnapshot(await workbookBuffer(workbook, again))).sheets;
    expect(tables).toEqual(again);
    expect(grid?.cells.A1?.value).toBe("ชื่อใหม่");
    expect(grid?.cells.B5?.value).toBe(70);
    expect(grid?.merges).toEqual(["A1:D1"]);
    expect(grid?.tables).toHaveLength(1);
    expect(grid?.conditionalFormats).toHaveLength(2);
  });
});

describe("applying a plan again to a file read back", () => {
  it("ends with the same workbook: one rule per cell, one table with its formulas, nothing twice", async () => {
    const first = await planFile(PLAN);
    const { workbook, tables } = await loadWorkbook(first);
    const again = applyWorkbookPlan(workbook, PLAN, new Map());
    const second = await workbookBuffer(workbook, [...tables, ...again]);
    expect(await readWorkbookSnapshot(second)).toEqual(await readWorkbookSnapshot(first));
    const sheetXml = await (await JSZip.loadAsync(second)).file("xl/worksheets/sheet1.xml")?.async("string");
    expect(sheetXml?.match(/<dataValidation /g)).toHaveLength(2);
  });
});

describe("plans Excel would refuse", () => {
  const withValidation = (rule: SheetPlan["validations"][number]["rule"], title = "t"): WorkbookPlan => ({
    sheets: [
      {
        ...SETTINGS,
        validations: [{ address: "A1", rule, error: { style: "stop", title, message: "m" } }],
      },
    ],
  });

  it.each([
    ["an item with a comma", withValidation({ kind: "list", items: ["a,b"] }), 'list item "a,b"'],
    [
      "a list over 255 characters",
      withValidation({ kind: "list", items: ["x".repeat(256)] }),
      "over Excel's 255",
    ],
    [
      "a title over 32 characters",
      withValidation({ kind: "decimal", min: 0, max: 1 }, "t".repeat(33)),
      "over Excel's 32",
    ],
  ])("%s", async (_, plan, message) => {
    await expect(planFile(plan)).rejects.toThrow(message);
  });

  it("a table without a data row, or without header text", async () => {
    const table = (address: string): WorkbookPlan => ({
      sheets: [{ ...GRID, table: { name: "T", address, calculatedColumns: [] } }],
    });
    await expect(planFile(table("A4:D4"))).rejects.toThrow("needs a data row");
    await expect(planFile(table("A5:E6"))).rejects.toThrow("needs header text in C5");
  });
});
