// The memo as a Word document, in the official form, opened in LibreOffice and printed to PDF at the size
// a government PC prints TH SarabunPSK: every part of an official memo is there in order, the tables are
// tables (a row's cells side by side on one printed line) whose words all stand whole on their lines,
// later pages are numbered at the top, and what a records clerk checks is in the document's own markup.
import { execFileSync } from "child_process";
import { mkdir, mkdtemp, rm, writeFile } from "fs/promises";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { findFramework } from "../../src/domain/frameworks";
import { officialMemo, type MemoTable } from "../../src/domain/officialMemo";
import { summarise } from "../../src/domain/summary";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { officialMemoDocx } from "../../src/docx/officialMemoDocx";
import { SEED_2565_SCORES } from "../support/seedScores";
import { trackedRow } from "../support/trackedRow";
import { convertWithLibreOffice, describeWithLibreOffice } from "../xlsx/libreOffice";

const madeOn = { year: 2025, month: 6, day: 1 };
const settings = { ...defaultSettings(madeOn), fiscalYear: 2568, agency: "องค์การบริหารส่วนตำบลมะเฟือง" };
/** Measures as long as the seeds' (progress-tracking-2566.txt, measures-report-2568.txt). */
const MEASURES = [
  {
    measure: "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรภายในได้รับรู้โดยทั่วกันในการประชุมพนักงาน",
    steps:
      "๑.งานวิเคราะห์นโยบายและแผน ดำเนินการเผยแพร่และประชาสัมพันธ์ แผนการใช้จ่ายงบประมาณประจำปี\n๒.แต่งตั้งคณะทำงานเพื่อติดตามการใช้จ่ายงบประมาณ",
    responsible: "สำนักปลัด/กองคลัง/กองการศึกษา/กองช่าง",
    period: "ภายในเดือนกันยายน ๒๕๖๘",
  },
  {
    measure: "จัดทำคำสั่งมอบหมายงานในหน้าที่ภายในหน่วยงานให้เหมาะสม เป็นธรรม และเป็นไปตามมาตรฐานกำหนดตำแหน่ง",
    steps: "แต่งตั้งคณะทำงานประเมินผลการคัดเลือกผู้เข้ารับฝึกอบรมอย่างเป็นธรรม",
    responsible: "สำนักปลัด",
    period: "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘",
  },
  {
    measure: "เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานให้ครบถ้วนทุกข้อตามคู่มือการประเมิน",
    steps: "มอบหมายผู้รับผิดชอบรายข้อ ตรวจสอบความครบถ้วนทุกไตรมาส",
    responsible: "งานประชาสัมพันธ์",
    period: "",
  },
];
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
      rows: [...MEASURES, ...MEASURES].map(({ measure, ...given }, index) =>
        trackedRow(6 + index, measure, given),
      ),
    },
  ],
});
const memo = officialMemo(summary);
const FONT = "TH SarabunPSK";
const tables = memo.body.filter((block): block is MemoTable => block.kind === "table");

describe("the memo as the official form has it", () => {
  it("reports a measure's period once, whether or not it says ภายใน itself", () => {
    const followUps = tables[1]?.rows.map((row) => row[4]);
    expect(followUps?.slice(0, 3)).toEqual([
      "ภายในเดือนกันยายน ๒๕๖๘",
      "ภายใน ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘",
      "รายงานผลทุกไตรมาส",
    ]);
  });

  it("leaves the signer's name in brackets and the position's title under it, with no word before it", () => {
    expect(memo.signature).toHaveLength(2);
    expect(memo.signature[0]).toMatch(/^\(\.+\)$/);
    expect(memo.signature[1]).toMatch(/^\.+$/);
  });
});

describe("the memo's Word document", () => {
  let documentXml: string;
  let stylesXml: string;
  let headers: string[];

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await officialMemoDocx(memo, FONT));
    documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    const parts = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    headers = await Promise.all(parts.map(async (name) => (await zip.file(name)?.async("string")) ?? ""));
  });

  /** The runs of the paragraph whose text starts with `text`. */
  const paragraphOf = (text: string) =>
    [...documentXml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map(([paragraph]) => paragraph)
      .find((paragraph) =>
        [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
          .map(([, run]) => run)
          .join("")
          .startsWith(text),
      ) ?? "";

  it("sets the document font, 16 pt and the Thai language for Thai, which Word reads as a complex script", () => {
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

  it("keeps the Garuda's place: the title's line is 1.5 cm tall, the title centred at 29 pt bold", () => {
    const title = paragraphOf("บันทึกข้อความ");
    expect(title).toMatch(/<w:spacing [^>]*w:line="850" w:lineRule="exact"/);
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toMatch(/<w:b\/>[\s\S]*<w:szCs w:val="58"\/>/);
  });

  it("sets the header labels bold at 20 pt on a dotted line that runs under what is written on it", () => {
    const office = paragraphOf("ส่วนราชการ");
    expect(office).toMatch(/<w:b\/>[\s\S]*?<w:sz w:val="40"\/>[\s\S]*?<w:t[^>]*>ส่วนราชการ</);
    // The agency's name is on the dotted line, which goes on to the margin after it.
    expect(office).toMatch(/<w:u w:val="dotted"\/>[\s\S]*?องค์การบริหารส่วนตำบลมะเฟือง/);
    expect(office).toMatch(/<w:u w:val="dotted"\/>[\s\S]*?<w:tab\/>/);
    // A subject that runs on goes under the subject, not under its label.
    expect(paragraphOf("เรื่อง")).toMatch(/<w:ind w:left="(\d+)" w:hanging="\1"\/>/);
  });

  it("sets เรียน as the body's text: 16 pt, not bold", () => {
    const to = paragraphOf("เรียน");
    expect(to).not.toContain("<w:b/>");
    expect(to).toContain('<w:sz w:val="32"/>');
  });

  it("distributes the paragraphs as Thai text is, and keeps each heading with what follows it", () => {
    const heading = paragraphOf("๒. ข้อเท็จจริง");
    expect(heading).toContain('<w:jc w:val="thaiDistribute"/>');
    expect(heading).toContain("<w:keepNext/>");
    expect(paragraphOf("ผลคะแนนรายตัวชี้วัด")).toContain("<w:keepNext/>");
    expect(stylesXml).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);
  });

  it("numbers the pages after the first at the top centre, in Thai digits, and not the first", () => {
    expect(documentXml).toContain("<w:titlePg/>");
    expect(documentXml).toMatch(/<w:pgNumType w:fmt="thaiNumbers"/);
    const numbered = headers.filter((header) => /PAGE/.test(header));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toMatch(/- <\/w:t>[\s\S]*PAGE[\s\S]*> -<\/w:t>/);
  });
});

/**
 * Text as compared with what pdftotext reads back: it puts spaces inside Thai words and sets some vowel
 * and tone marks after the next letter, so both sides drop spaces and marks.
 */
const bare = (text: string) => text.replace(/[\s\p{M}]+/gu, "");
const WORDS = new Intl.Segmenter("th", { granularity: "word" });

describeWithLibreOffice("the memo's Word document, printed by LibreOffice at true size", () => {
  let folder: string;
  let layout: string[];
  let pages: string[][];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-memo-"));
    const file = path.join(folder, "memo.docx");
    await writeFile(file, await officialMemoDocx(memo, FONT));
    await convertWithLibreOffice([file], "pdf", folder);
    const pdf = path.join(folder, "memo.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    pages = text.split("\f").map((page) => page.split("\n").filter((line) => line.trim() !== ""));
    layout = pages.flat();
    await mkdir(path.join(__dirname, "..", "..", "test-results", "memo"), { recursive: true });
    execFileSync("pdftoppm", [
      "-r",
      "60",
      "-png",
      pdf,
      path.join(__dirname, "..", "..", "test-results", "memo", "page"),
    ]);
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const lines = () => layout.map(bare);
  const indexOf = (start: string) => lines().findIndex((line) => line.startsWith(bare(start)));

  it("prints every part of the memo, in order, the signature's two lines under the room to sign", () => {
    const parts = [
      "บันทึกข้อความ",
      "ส่วนราชการ องค์การบริหารส่วนตำบลมะเฟือง",
      "ที่",
      "เรื่อง รายงานผลการประเมินคุณธรรม",
      "เรียน ....",
      "๑. เรื่องเดิม",
      "๒. ข้อเท็จจริง",
      "๓. ข้อวิเคราะห์",
      "๔. ข้อเสนอแนะ",
      "๕. ข้อพิจารณา",
      "จึงเรียนมาเพื่อโปรดพิจารณา",
    ];
    const at = parts.map(indexOf);
    expect(parts.filter((_, index) => (at[index] as number) < 0)).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines().join("")).toContain(bare("วันที่ ๑ มิถุนายน ๒๕๖๘"));
    // The name in brackets, then the position's dots alone: no word ตำแหน่ง before them.
    expect(lines().slice(-2)).toEqual([expect.stringMatching(/^\(\.+\)$/), expect.stringMatching(/^\.+$/)]);
  });

  it("numbers the second page - ๒ - at its top, and not the first", () => {
    expect(pages.filter((page) => page.length > 0).length).toBeGreaterThan(1);
    expect(bare(pages[0]?.[0] ?? "")).toBe(bare("บันทึกข้อความ"));
    // LibreOffice draws the page number's Thai format (checked in the markup above) in Arabic digits.
    expect(bare(pages[1]?.[0] ?? "")).toMatch(/^-[2๒]-$/);
  });

  it("prints the ranked indicators as a table: each row's rank, indicator and score on one line", () => {
    const ranked = tables[0] as MemoTable;
    const printedRows = ranked.rows.map((row) =>
      lines().findIndex(
        (line) =>
          line.startsWith(bare(`${row[0]}${row[1]?.slice(0, 14)}`)) && line.includes(bare(row[2] as string)),
      ),
    );
    expect(ranked.rows.filter((_, index) => (printedRows[index] as number) < 0)).toEqual([]);
    expect([...printedRows].sort((a, b) => a - b)).toEqual(printedRows);
  });

  it.each([0, 1])(
    "breaks no line of table %i inside a word: every word of its cells stands whole on one line",
    (which) => {
      const table = tables[which] as MemoTable;
      const cells = [table.columns.map(({ header }) => header), ...table.rows].flat();
      const words = [
        ...new Set(cells.flatMap((cell) => Array.from(WORDS.segment(cell), ({ segment }) => bare(segment)))),
      ];
      // Short words could stand whole somewhere else on the page by chance; four letters and more cannot.
      const checked = words.filter((word) => word.length >= 4);
      expect(checked.length).toBeGreaterThan(20);
      expect(checked.filter((word) => !lines().some((line) => line.includes(word)))).toEqual([]);
    },
  );
});
