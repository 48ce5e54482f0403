// The memo as a Word document, opened in LibreOffice and printed to PDF: every part of an official memo
// is there in order, the tables are tables (a row's cells side by side on one printed line), and the
// text is in the document font (TH SarabunPSK, printed here in Laksaman, TLWG's copy of it).
import { execFileSync } from "child_process";
import { mkdtemp, readFile, rm, writeFile } from "fs/promises";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { findFramework } from "../../src/domain/frameworks";
import { officialMemo } from "../../src/domain/officialMemo";
import { summarise } from "../../src/domain/summary";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { officialMemoDocx } from "../../src/docx/officialMemoDocx";
import { SEED_2565_SCORES } from "../support/seedScores";
import { trackedRow } from "../support/trackedRow";
import { convertWithLibreOffice, describeWithLibreOffice } from "../xlsx/libreOffice";

const madeOn = { year: 2025, month: 6, day: 1 };
const settings = { ...defaultSettings(madeOn), fiscalYear: 2568, agency: "องค์การบริหารส่วนตำบลมะเฟือง" };
const PERIOD = "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘";
const summary = summarise({
  framework: findFramework(settings.fiscalYear)!,
  settings,
  madeOn,
  scoreCells: [...SEED_2565_SCORES],
  oitRegister: null,
  grids: [
    {
      sheet: "ติดตาม OIT",
      tool: "OIT",
      rows: [
        trackedRow(6, "เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ให้ครบทุกข้อ", {
          steps: "มอบหมายรายข้อ",
          responsible: "สำนักปลัด",
          period: PERIOD,
        }),
        trackedRow(7, "จัดทำคู่มือ", { steps: "ประชุมคณะทำงาน", period: PERIOD }),
      ],
    },
  ],
});
const memo = officialMemo(summary);
const FONT = "TH SarabunPSK";

describe("the memo's Word document", () => {
  let documentXml: string;

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await officialMemoDocx(memo, FONT));
    documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  });

  it("sets the document font and 16 pt for Thai, which Word reads as a complex script", () => {
    expect(documentXml).toMatch(new RegExp(`<w:rFonts [^>]*w:cs="${FONT}"`));
    expect(documentXml).toContain('<w:szCs w:val="32"/>');
    expect(documentXml).not.toMatch(/<w:szCs w:val="(?!32|40|58)\d+"\/>/);
  });

  it("has A4 pages with 3 cm on the left and 2 cm on the right, and two tables", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(documentXml).toMatch(/<w:pgMar [^>]*w:right="1134"/);
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(2);
  });
});

/**
 * Text as compared with what pdftotext reads back: it puts spaces inside Thai words and sets some vowel
 * and tone marks after the next letter, so both sides drop spaces and marks.
 */
const bare = (text: string) => text.replace(/[\s\p{M}]+/gu, "");

describeWithLibreOffice("the memo's Word document, printed by LibreOffice", () => {
  let folder: string;
  let lines: string[];
  let fonts: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-memo-"));
    const file = path.join(folder, "memo.docx");
    await writeFile(file, await officialMemoDocx(memo, FONT));
    await convertWithLibreOffice([file], "pdf", folder);
    const pdf = path.join(folder, "memo.pdf");
    lines = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
      .split("\n")
      .map(bare)
      .filter((line) => line !== "");
    fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    await readFile(pdf);
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const indexOf = (start: string) => lines.findIndex((line) => line.startsWith(bare(start)));

  it("prints every part of the memo, in order", () => {
    const parts = [
      "บันทึกข้อความ",
      "ส่วนราชการ องค์การบริหารส่วนตำบลมะเฟือง",
      "ที่ ....",
      "เรื่อง รายงานผลการประเมินคุณธรรม",
      "เรียน ....",
      "๑. เรื่องเดิม",
      "๒. ข้อเท็จจริง",
      "๓. ข้อวิเคราะห์",
      "๔. ข้อเสนอแนะ",
      "๕. ข้อพิจารณา",
      "จึงเรียนมาเพื่อโปรดพิจารณา",
      "ตำแหน่ง ....",
    ];
    const at = parts.map(indexOf);
    expect(parts.filter((_, index) => (at[index] as number) < 0)).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines.join("")).toContain(bare("วันที่ ๑ มิถุนายน ๒๕๖๘"));
  });

  it("prints the ranked indicators as a table: each row's rank, indicator and score on one line", () => {
    const table = memo.body.find((block) => block.kind === "table");
    if (table?.kind !== "table") throw new Error("the memo has no ranked table");
    const printedRows = table.rows.map((row) =>
      lines.findIndex(
        // A long name may go on in a second line of its cell; its first words share the row's line.
        (line) =>
          line.startsWith(bare(`${row[0]}${row[1]?.slice(0, 14)}`)) && line.includes(bare(row[2] as string)),
      ),
    );
    expect(table.rows.filter((_, index) => (printedRows[index] as number) < 0)).toEqual([]);
    expect([...printedRows].sort((a, b) => a - b)).toEqual(printedRows);
  });

  it("prints the measures drawn from the grids as rows of the table of measures", () => {
    const section = lines.slice(indexOf("๔. ข้อเสนอแนะ"), indexOf("๕. ข้อพิจารณา"));
    // The header's words, which wrap in their narrow cells, come before the first row.
    const joined = section.join("");
    const firstRow = joined.indexOf(bare("๑ เผยแพร่ข้อมูล"));
    for (const header of ["มาตรการ/", "วิธีการดำเนินการ", "ผู้รับผิด", "การติดตาม"]) {
      expect(joined.slice(0, firstRow)).toContain(bare(header));
    }
    for (const [number, measure, steps, responsible] of [
      ["๑", "เผยแพร่ข้อมูล", "มอบหมายรายข้อ", "สำนักปลัด"],
      ["๒", "จัดทำคู่มือ", "ประชุมคณะทำงาน", "กองคลัง"],
    ]) {
      expect(section).toContainEqual(
        expect.stringMatching(new RegExp(`^${bare(`${number}${measure}.*${steps}${responsible}`)}`)),
      );
    }
  });

  it("prints all its text in the document font", () => {
    const names = fonts
      .split("\n")
      .slice(2)
      .map((line) => line.split(/\s+/)[0] ?? "")
      .filter((name) => name !== "");
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !/Laksaman/.test(name))).toEqual([]);
  });
});
