import { readFile, rm, writeFile, mkdtemp } from "fs/promises";
import os from "os";
import path from "path";
import { strToU8, zipSync } from "fflate";
import JSZip from "jszip";
import { planSummary, readSummary } from "../../src/layout/workbookSummary";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readSheetsForCheck } from "../../src/xlsx/readSheetsForCheck";
import { readUnitSheets, UnreadableWorkbookError } from "../../src/xlsx/readUnitWorkbook";
import { sharedStringsIn, sheetCellsIn } from "../../src/xlsx/sheetXml";
import { withSummarySheet } from "../../src/xlsx/writeSummary";
import { measureRow, settings2568 } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";
import { typedWorkbookBytes } from "../support/typedWorkbook";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreOffice";

const TODAY = { year: 2025, month: 5, day: 20 };
const SETTINGS = settings2568({ agency: "องค์การบริหารส่วนตำบลมะเฟือง", digitStyle: "arabic" });
const TYPED = {
  scores: SEED_2565_SCORES,
  grids: {
    IIT: [
      { ...measureRow("อยู่ระหว่างดำเนินการ", "ประชุมชี้แจง & <สรุป>", "ต.ค.-ธ.ค. ๒๕๖๗"), "ไตรมาส ๑": "ทำแล้ว" },
      measureRow("ดำเนินการแล้ว", "เผยแพร่คู่มือ", "ม.ค.-มี.ค. 2568"),
    ],
    OIT: [measureRow("ยังไม่ดำเนินการ", '=HYPERLINK("x")', "ตลอดปี")],
  },
  registerStatuses: ["ครบถ้วน", "ไม่ครบ", "ครบถ้วน"],
};

/** ExcelJS's read of the same sheets, merges in the order the reader lists them. */
async function excelJsSheets(bytes: Uint8Array) {
  return readSheetsForCheck((await loadWorkbook(bytes)).workbook);
}

describe("readUnitSheets", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await typedWorkbookBytes(SETTINGS, TYPED);
  });

  it("reads the settings sheet and the sheets its registry names, each as ExcelJS reads it", async () => {
    const lean = readUnitSheets(bytes, TODAY);
    expect(lean.map(({ name }) => name).sort()).toEqual(Object.values(DEFAULT_SHEET_NAMES).sort());
    const full = await excelJsSheets(bytes);
    for (const sheet of lean) {
      const same = full.find(({ name }) => name === sheet.name);
      expect({ ...sheet, merges: [...(sheet.merges ?? [])].sort() }).toEqual({
        ...same,
        merges: [...(same?.merges ?? [])].sort(),
      });
    }
  });

  it("gives the summary a read of the whole workbook gives", async () => {
    const lean = readSummary(readUnitSheets(bytes, TODAY), TODAY);
    const full = readSummary(await excelJsSheets(bytes), TODAY);
    expect(lean.summary).toEqual(full.summary);
    expect(lean.reading.scoreAddresses?.[0]).toBe("'คะแนน ITA'!C6");
  });

  it("leaves out a summary sheet, which a unit's figures do not need", async () => {
    const { plan, target } = planSummary(await excelJsSheets(bytes), TODAY);
    const summarised = new Uint8Array(await withSummarySheet(bytes, plan, target));
    const names = readUnitSheets(summarised, TODAY).map(({ name }) => name);
    expect(names).not.toContain("สรุปผล ITA");
    expect(names).toHaveLength(6);
  });

  it("reads every sheet of a workbook whose registry names a sheet that is not there", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    // The score sheet renamed in the file alone: the registry's formula no longer finds it.
    zip.file("xl/workbook.xml", workbookXml.replace(`name="${DEFAULT_SHEET_NAMES.scores}"`, 'name="คะแนน"'));
    const renamed = await zip.generateAsync({ type: "uint8array" });
    const sheets = readUnitSheets(renamed, TODAY);
    expect(sheets.map(({ name }) => name)).toEqual((await excelJsSheets(renamed)).map(({ name }) => name));
    expect(readSummary(sheets, TODAY).summary).toEqual(
      readSummary(await excelJsSheets(renamed), TODAY).summary,
    );
  });

  it.each([
    ["empty", new Uint8Array()],
    ["notXlsx", strToU8("หน่วยงาน,คะแนน\nอบต.,90\n")],
    ["oldFormat", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])],
    [
      "encrypted",
      Uint8Array.from([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
    ],
    ["notWorkbook", zipSync({ "word/document.xml": strToU8("<w:document/>") })],
  ] as const)("refuses a file that is %s, saying so", (reason, file) => {
    expect(() => readUnitSheets(file, TODAY)).toThrow(UnreadableWorkbookError);
    try {
      readUnitSheets(file, TODAY);
    } catch (error) {
      expect((error as UnreadableWorkbookError).reason).toBe(reason);
    }
  });

  it("refuses a workbook cut short while copying as damaged", () => {
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    expect(() => readUnitSheets(cut, TODAY)).toThrow(expect.objectContaining({ reason: "damaged" }));
  });
});

describe("sheetCellsIn", () => {
  const strings = sharedStringsIn(
    '<sst><si><t>หนึ่ง</t></si><si><r><t>ส</t></r><r><t xml:space="preserve">อง </t></r><rPh><t>x</t></rPh></si><si/></sst>',
  );

  it("reads shared, rich and inline strings, numbers, booleans, errors and formulas' results", () => {
    const xml =
      "<worksheet><sheetData>" +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>&lt;สาม&gt; &amp;</t></is></c></row>' +
      '<row r="3"><c r="A3"><v>94.7</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c>' +
      '<c r="D3"><f>SUM(A3,1)</f><v>95.7</v></c><c r="E3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F3" s="2"/></row>' +
      "</sheetData></worksheet>";
    expect(strings).toEqual(["หนึ่ง", "สอง ", ""]);
    expect(sheetCellsIn(xml, strings)).toEqual({
      values: [
        ["หนึ่ง", "สอง ", "<สาม> &", "", ""],
        ["", "", "", "", ""],
        [94.7, true, "#N/A", 95.7, "ab"],
      ],
      formulas: [
        ["หนึ่ง", "สอง ", "<สาม> &", "", ""],
        ["", "", "", "", ""],
        [94.7, true, "#N/A", "=SUM(A3,1)", '="a"&"b"'],
      ],
      merges: [],
    });
  });

  it("places cells written without their address one after another, and empties what a merge covers", () => {
    const xml =
      '<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t="s"><v>0</v></c></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>';
    expect(sheetCellsIn(xml, strings)).toMatchObject({
      values: [
        [1, ""],
        ["", ""],
      ],
      merges: ["A1:B2"],
    });
  });
});

describeWithLibreOffice("readUnitSheets on a unit's workbook saved by LibreOffice", () => {
  it("reads the figures ExcelJS reads of the same file", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "ita-unit-lo-"));
    try {
      const source = path.join(folder, "unit.xlsx");
      await writeFile(source, await typedWorkbookBytes(SETTINGS, TYPED));
      const out = path.join(folder, "out");
      await convertWithLibreOffice([source], "xlsx", out);
      const saved = new Uint8Array(await readFile(path.join(out, "unit.xlsx")));
      const lean = readSummary(readUnitSheets(saved, TODAY), TODAY).summary;
      const full = readSummary(await excelJsSheets(saved), TODAY).summary;
      expect(lean).toEqual(full);
      expect(lean.scores?.assessment.total).toBeGreaterThan(0);
      expect(lean.progress.IIT).toMatchObject({ inProgress: 1, done: 1 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
