import { findFramework } from "../../src/domain/frameworks";
import { DOTTED_LINE, officialMemo, type MemoTable } from "../../src/domain/officialMemo";
import {
  officialMemoHtml,
  officialMemoLines,
  officialMemoPlainText,
} from "../../src/domain/officialMemoText";
import { summarise, type SummaryInput } from "../../src/domain/summary";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { SEED_2565_SCORES } from "../support/seedScores";
import { trackedRow } from "../support/trackedRow";

const madeOn = { year: 2025, month: 6, day: 1 };
const settings = { ...defaultSettings(madeOn), fiscalYear: 2568, agency: "เทศบาลตำบลมะเฟือง" };
const input: SummaryInput = {
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
        trackedRow(6, 'เผยแพร่ <ข้อมูล> & "คู่มือ"', { steps: "มอบหมาย", monitoring: "รายงานทุกเดือน" }),
        trackedRow(7, "จัดทำแผน", { period: "ต.ค.-ธ.ค. ๒๕๖๗" }),
        trackedRow(8, "   "),
      ],
    },
    { sheet: "ติดตาม IIT", tool: "IIT", rows: [trackedRow(6, "ประชุมชี้แจง")] },
  ],
};
const memo = officialMemo(summarise(input));
const tables = memo.body.filter((block): block is MemoTable => block.kind === "table");

describe("officialMemo", () => {
  it("fills the header fields the workbook knows and leaves the others to fill in", () => {
    expect(memo.fields).toEqual([
      { label: "ส่วนราชการ", value: "เทศบาลตำบลมะเฟือง" },
      { label: "ที่", value: null },
      { label: "วันที่", value: "๑ มิถุนายน ๒๕๖๘" },
      { label: "เรื่อง", value: expect.stringMatching(/^รายงานผลการประเมิน.*ประจำปีงบประมาณ พ\.ศ\. ๒๕๖๘$/) },
    ]);
    expect(memo.to).toEqual({ label: "เรียน", value: null });
  });

  it("has the five numbered parts in order", () => {
    const headings = memo.body.flatMap((block) => (block.kind === "heading" ? [block.text] : []));
    expect(headings).toEqual(["๑. เรื่องเดิม", "๒. ข้อเท็จจริง", "๓. ข้อวิเคราะห์", "๔. ข้อเสนอแนะ", "๕. ข้อพิจารณา"]);
  });

  it("ranks the ten indicators high to low in a table, with their bands", () => {
    const ranked = tables[0]!;
    expect(ranked.rows).toHaveLength(10);
    expect(ranked.rows[0]).toEqual(["๑", "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๙๘.๒๑", "ดีเยี่ยม"]);
    expect(ranked.rows[9]).toEqual(["๑๐", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "๓๑.๒๕", "ไม่ผ่านเกณฑ์"]);
  });

  it("analyses each tool, naming its own measures for its weakest indicator", () => {
    const analysis = memo.body.filter((block) => block.kind === "paragraph" && /^๓\.[๑-๓] /.test(block.text));
    expect(analysis).toHaveLength(3);
    const oit = analysis[2]!.kind === "paragraph" ? analysis[2]!.text : "";
    expect(oit).toMatch(/^๓\.๓ แบบตรวจการเปิดเผยข้อมูลสาธารณะ \(OIT\)/);
    expect(oit).toContain("ควรเร่งดำเนินการตามมาตรการ ได้แก่");
    expect(oit).toContain("จัดทำแผน");
    expect(oit).not.toContain("ประชุมชี้แจง");
  });

  it("draws the measures' table from the grids, skipping rows without a measure", () => {
    const measures = tables[1]!;
    expect(measures.columns.map(({ header }) => header)).toEqual([
      "ที่",
      "มาตรการ/แนวทาง",
      "วิธีการดำเนินการ",
      "ผู้รับผิดชอบ",
      "การติดตาม",
    ]);
    expect(measures.rows).toEqual([
      ["๑", 'เผยแพร่ <ข้อมูล> & "คู่มือ"', "มอบหมาย", "กองคลัง", "รายงานทุกเดือน"],
      ["๒", "จัดทำแผน", "", "กองคลัง", "ภายใน ต.ค.-ธ.ค. ๒๕๖๗"],
      ["๓", "ประชุมชี้แจง", "", "กองคลัง", "รายงานผลทุกไตรมาส"],
    ]);
  });

  it("says which scores are missing and leaves out the tables that need them", () => {
    const partial = officialMemo(summarise({ ...input, scoreCells: SEED_2565_SCORES.slice(0, 9) }));
    const text = partial.body.flatMap((block) => (block.kind === "table" ? [] : [block.text])).join(" ");
    expect(text).toContain("เนื่องจากยังไม่ได้กรอกคะแนนของตัวชี้วัดที่ ๑๐");
    expect(partial.body.filter((block) => block.kind === "table")).toHaveLength(1);
  });

  it("writes Arabic digits when asked, headings included", () => {
    const arabic = officialMemo(summarise(input), "arabic");
    const all = officialMemoLines(arabic).join("\n");
    expect(all).toContain("1. เรื่องเดิม");
    expect(all).toContain("วันที่ 1 มิถุนายน 2568");
    // Only what staff typed keeps its own digits: the period written in the grid.
    expect(all.replace("ต.ค.-ธ.ค. ๒๕๖๗", "")).not.toMatch(/[๐-๙]/);
  });
});

describe("the memo on the clipboard", () => {
  it("gives plain text a line a part, table rows as cells apart by tabs", () => {
    const lines = officialMemoPlainText(memo).split("\r\n");
    expect(lines[0]).toBe("บันทึกข้อความ");
    expect(lines).toContain(`ที่ ${DOTTED_LINE}`);
    expect(lines).toContain("๒\tจัดทำแผน\t\tกองคลัง\tภายใน ต.ค.-ธ.ค. ๒๕๖๗");
  });

  it("gives HTML with real tables in the document font at 16 pt, every text escaped", () => {
    const html = officialMemoHtml(memo, "TH SarabunIT๙'</style><script>");
    expect(html).toContain("font-family:'TH SarabunIT๙stylescript';font-size:16pt");
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toContain("เผยแพร่ &#60;ข้อมูล&#62; &#38; &#34;คู่มือ&#34;");
    expect(html).not.toMatch(/<script|<ข้อมูล>/);
  });

  it("sets the form as the Word document does: labels bold at 20 pt, เรียน and the text at 16 pt", () => {
    const html = officialMemoHtml(memo, "TH SarabunPSK");
    expect(html).toContain(`<b style="font-family:'TH SarabunPSK';font-size:20pt">ส่วนราชการ</b>`);
    expect(html).toMatch(/<p style="[^"]*font-size:16pt[^"]*">เรียน /);
    expect(html).not.toMatch(/<b[^>]*>เรียน/);
    expect(html).toContain("font-size:29pt");
    expect(html).toContain("text-align:justify");
    // Columns are sized by what they hold, as Word fits a pasted table; none is given a width.
    expect(html).not.toMatch(/<t[hd][^>]*width:/);
  });
});
