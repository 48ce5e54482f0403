import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import type { Framework } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import { comparisonParagraph, MemoWriter, memoParagraphs, signedChange } from "../../src/domain/memo";
import { officialMemo, type MemoTable } from "../../src/domain/officialMemo";
import { scoreAssessment } from "../../src/domain/scoring";
import { summarise, type WorkbookSummary } from "../../src/domain/summary";
import { formatScore, toThaiDigits } from "../../src/domain/thaiDigits";
import type { WorkbookSettings } from "../../src/domain/workbookSettings";
import type { YearComparison } from "../../src/domain/yearComparison";
import { settings2568 } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";

const F2568 = findFramework(2568) as Framework;
const F2569 = findFramework(2569) as Framework;
const SETTINGS: WorkbookSettings = { ...settings2568(), fiscalYear: 2569, previousYear: 2568 };
const MADE_ON = { year: 2026, month: 1, day: 5 };

/**
 * This year's scores against the 2565 seed's, each moved by a figure worked out by hand:
 * 0, +1.50, -2.25, +3.10, -0.40, +5.00, -7.24, +0.82, +1.80, +20.75. Six rose, three fell, one held.
 */
const CURRENT: readonly number[] = [98.21, 95.95, 86.75, 97.45, 90.48, 92.35, 80.0, 83.0, 92.0, 52.0];

function summaryOf(
  scoreCells: readonly unknown[] | null,
  previousScoreCells: readonly unknown[] | null | undefined,
  settings: WorkbookSettings = SETTINGS,
): WorkbookSummary {
  return summarise({
    framework: F2569,
    settings,
    madeOn: MADE_ON,
    scoreCells,
    grids: [],
    previousScoreCells,
  });
}

function comparisonOf(summary: WorkbookSummary): YearComparison {
  if (!summary.comparison) throw new Error("the summary must compare the two years");
  return summary.comparison;
}

/** A score in Thai digits, two decimals, as memos write it. */
const th = (value: number) => toThaiDigits(formatScore(value, "arabic"));
/** A change with its sign, in Thai digits: "+๑.๕๐", "-๗.๒๔", "๐.๐๐". */
const signed = (change: number) => `${change > 0 ? "+" : change < 0 ? "-" : ""}${th(Math.abs(change))}`;

const THAI = new MemoWriter("thai");
const indicatorName = (number: number) =>
  F2569.indicators.find((indicator) => indicator.number === number)?.nameTh;

describe("signedChange", () => {
  it.each([
    [1.5, "+๑.๕๐"],
    [20.75, "+๒๐.๗๕"],
    [-0.4, "-๐.๔๐"],
    [-7.24, "-๗.๒๔"],
    [0, "๐.๐๐"],
  ])("writes %d as %s", (change, written) => {
    expect(signedChange(change, THAI)).toBe(written);
  });

  it("writes Arabic digits for a writer that asks for them", () => {
    const arabic = new MemoWriter("arabic");
    expect(signedChange(3.1, arabic)).toBe("+3.10");
    expect(signedChange(-12.05, arabic)).toBe("-12.05");
  });
});

describe("comparisonParagraph", () => {
  it("compares the total and names the largest rise and fall, in Thai digits", () => {
    const then = scoreAssessment(F2568, SEED_2565_SCORES).total;
    const now = scoreAssessment(F2569, CURRENT).total;
    expect(now).toBeGreaterThan(then);
    const paragraph = comparisonParagraph(comparisonOf(summaryOf(CURRENT, SEED_2565_SCORES)), THAI);
    expect(paragraph).toBe(
      "เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๘ " +
        `คะแนนรวมเพิ่มขึ้น ${th(now - then)} คะแนน จากร้อยละ ${th(then)} เป็นร้อยละ ${th(now)} ` +
        `ตัวชี้วัดที่คะแนนเพิ่มขึ้น ๖ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๑๐ ${indicatorName(10)} (${signed(52 - 31.25)}) ` +
        `ตัวชี้วัดที่คะแนนลดลง ๓ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๗ ${indicatorName(7)} (${signed(80 - 87.24)}) ` +
        "คะแนนเท่าเดิม ๑ ตัวชี้วัด",
    );
  });

  it("says the total fell, and by how much, when it did", () => {
    const then = scoreAssessment(F2568, CURRENT).total;
    const now = scoreAssessment(F2569, SEED_2565_SCORES).total;
    expect(now).toBeLessThan(then);
    const paragraph = comparisonParagraph(comparisonOf(summaryOf(SEED_2565_SCORES, CURRENT)), THAI);
    expect(paragraph).toMatch(/^เมื่อเทียบกับปีงบประมาณ พ\.ศ\. ๒๕๖๘ /);
    expect(paragraph).toContain(
      `คะแนนรวมลดลง ${th(then - now)} คะแนน จากร้อยละ ${th(then)} เป็นร้อยละ ${th(now)}`,
    );
    // What rose before falls now: indicator 10 the most (-20.75), and indicator 7 rose the most (+7.24).
    expect(paragraph).toContain(`ตัวชี้วัดที่คะแนนลดลง ๖ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๑๐ ${indicatorName(10)} (-๒๐.๗๕)`);
    expect(paragraph).toContain(`ตัวชี้วัดที่คะแนนเพิ่มขึ้น ๓ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๗ ${indicatorName(7)} (+๗.๒๔)`);
  });

  it("says the total held when it did, and every indicator with it", () => {
    const total = scoreAssessment(F2568, SEED_2565_SCORES).total;
    expect(comparisonParagraph(comparisonOf(summaryOf(SEED_2565_SCORES, SEED_2565_SCORES)), THAI)).toBe(
      `เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๘ คะแนนรวมเท่าเดิม จากร้อยละ ${th(total)} เป็นร้อยละ ${th(total)} ` +
        "คะแนนเท่าเดิม ๑๐ ตัวชี้วัด",
    );
  });

  it("leaves out the total while a year is incomplete, comparing the indicators known in both", () => {
    const current: unknown[] = [...CURRENT];
    current[9] = "";
    const paragraph = comparisonParagraph(comparisonOf(summaryOf(current, SEED_2565_SCORES)), THAI);
    expect(paragraph).not.toContain("คะแนนรวม");
    // Without indicator 10, five rose and indicator 6 (+5.00) the most.
    expect(paragraph).toBe(
      "เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๘ " +
        `ตัวชี้วัดที่คะแนนเพิ่มขึ้น ๕ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๖ ${indicatorName(6)} (${signed(92.35 - 87.35)}) ` +
        `ตัวชี้วัดที่คะแนนลดลง ๓ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๗ ${indicatorName(7)} (${signed(80 - 87.24)}) ` +
        "คะแนนเท่าเดิม ๑ ตัวชี้วัด",
    );
  });

  it("says nothing of falls where none fell", () => {
    const paragraph = comparisonParagraph(
      comparisonOf(summaryOf(Array<number>(10).fill(91), Array<number>(10).fill(90))),
      THAI,
    );
    expect(paragraph).toContain("ตัวชี้วัดที่คะแนนเพิ่มขึ้น ๑๐ ตัวชี้วัด มากที่สุด คือ ตัวชี้วัดที่ ๑");
    expect(paragraph).not.toContain("ลดลง");
    expect(paragraph).not.toContain("เท่าเดิม");
  });

  it.each([
    ["this year has no scores", Array<string>(10).fill(""), SEED_2565_SCORES],
    ["last year's cells are unreadable", CURRENT, Array<string>(10).fill("abc")],
    [
      "no indicator is known in both years",
      [90, 90, "", "", "", "", "", "", "", ""],
      ["", "", 80, 80, 80, 80, 80, 80, 80, 80],
    ],
  ])("is null when %s", (_, current, previous) => {
    expect(comparisonParagraph(comparisonOf(summaryOf(current, previous)), THAI)).toBeNull();
  });

  it("writes Arabic digits for a writer that asks for them", () => {
    const then = scoreAssessment(F2568, SEED_2565_SCORES).total;
    const now = scoreAssessment(F2569, CURRENT).total;
    const paragraph = comparisonParagraph(
      comparisonOf(summaryOf(CURRENT, SEED_2565_SCORES)),
      new MemoWriter("arabic"),
    );
    expect(paragraph).toMatch(/^เมื่อเทียบกับปีงบประมาณ พ\.ศ\. 2568 /);
    expect(paragraph).toContain(`คะแนนรวมเพิ่มขึ้น ${formatScore(now - then, "arabic")} คะแนน`);
    expect(paragraph).toContain(`ตัวชี้วัดที่ 10 ${indicatorName(10)} (+20.75)`);
    expect(paragraph).not.toMatch(/[๐-๙]/);
  });
});

describe("memoParagraphs with last year's scores", () => {
  it("puts the comparison right after the overall result", () => {
    const summary = summaryOf(CURRENT, SEED_2565_SCORES);
    const paragraphs = memoParagraphs(summary);
    expect(paragraphs[0]).toMatch(/^ผลการประเมิน.*ประจำปีงบประมาณ พ\.ศ\. ๒๕๖๙/);
    expect(paragraphs[1]).toBe(comparisonParagraph(comparisonOf(summary), THAI));
    expect(paragraphs[2]).toMatch(/^เมื่อพิจารณารายตัวชี้วัด/);
    expect(paragraphs.filter((paragraph) => paragraph.startsWith("เมื่อเทียบกับ"))).toHaveLength(1);
  });

  it("puts it after the missing scores while this year is incomplete", () => {
    const current: unknown[] = [...CURRENT];
    current[0] = "";
    const summary = summaryOf(current, SEED_2565_SCORES);
    const paragraphs = memoParagraphs(summary);
    expect(summary.scores).toBeNull();
    expect(paragraphs[1]).toBe(comparisonParagraph(comparisonOf(summary), THAI));
  });

  it("writes it in the digits asked for", () => {
    const summary = summaryOf(CURRENT, SEED_2565_SCORES);
    expect(memoParagraphs(summary, "arabic")[1]).toBe(
      comparisonParagraph(comparisonOf(summary), new MemoWriter("arabic")),
    );
  });

  it("has no comparison without last year's year or scores", () => {
    const withoutYear = summaryOf(CURRENT, SEED_2565_SCORES, { ...settings2568(), fiscalYear: 2569 });
    const withoutScores = summaryOf(CURRENT, undefined);
    for (const summary of [withoutYear, withoutScores]) {
      expect(summary.comparison).toBeNull();
      const paragraphs = memoParagraphs(summary);
      expect(paragraphs.some((paragraph) => paragraph.startsWith("เมื่อเทียบกับ"))).toBe(false);
      expect(paragraphs[1]).toMatch(/^เมื่อพิจารณารายตัวชี้วัด/);
    }
  });

  it("has no comparison where no indicator is known in both years", () => {
    const summary = summaryOf(CURRENT, Array<string>(10).fill(""));
    expect(summary.comparison).not.toBeNull();
    expect(memoParagraphs(summary).some((paragraph) => paragraph.startsWith("เมื่อเทียบกับ"))).toBe(false);
  });
});

describe("officialMemo with last year's scores", () => {
  function rankedTable(summary: WorkbookSummary): MemoTable {
    const table = officialMemo(summary).body.find((block): block is MemoTable => block.kind === "table");
    if (!table) throw new Error("the memo must rank the indicators in a table");
    return table;
  }

  it("adds last year's score and the change to the ranked table", () => {
    const table = rankedTable(summaryOf(CURRENT, SEED_2565_SCORES));
    expect(table.columns.map(({ header }) => header)).toEqual([
      "ลำดับ",
      "ตัวชี้วัด",
      "คะแนน",
      "ปี ๒๕๖๘",
      "เพิ่ม/ลด",
      "ระดับ",
    ]);
  });

  it("gives each ranked indicator its two years' scores, the change and its band", () => {
    const table = rankedTable(summaryOf(CURRENT, SEED_2565_SCORES));
    const ranking = scoreAssessment(F2569, CURRENT).ranking;
    expect(table.rows).toEqual(
      ranking.map(({ rank, number, name, score, band }) => {
        const previous = SEED_2565_SCORES[number - 1] as number;
        return [
          toThaiDigits(String(rank)),
          `ตัวชี้วัดที่ ${toThaiDigits(String(number))} ${name}`,
          th(score),
          th(previous),
          signed(score - previous),
          DEFAULT_BAND_NAMES[band],
        ];
      }),
    );
  });

  it("writes the change of the top-ranked and the unchanged indicator as the reports do", () => {
    const rows = rankedTable(summaryOf(CURRENT, SEED_2565_SCORES)).rows;
    // Indicator 1 (98.21 both years) ranks first; indicator 10 (52.00, was 31.25) last.
    expect(rows[0]).toEqual(["๑", `ตัวชี้วัดที่ ๑ ${indicatorName(1)}`, "๙๘.๒๑", "๙๘.๒๑", "๐.๐๐", "ดีเยี่ยม"]);
    expect(rows[9]?.slice(2, 5)).toEqual(["๕๒.๐๐", "๓๑.๒๕", "+๒๐.๗๕"]);
  });

  it("writes a dash where last year's score is missing", () => {
    const previous: unknown[] = [...SEED_2565_SCORES];
    previous[0] = "abc";
    const rows = rankedTable(summaryOf(CURRENT, previous)).rows;
    const first = rows.find((row) => row[1] === `ตัวชี้วัดที่ ๑ ${indicatorName(1)}`);
    expect(first?.slice(3, 5)).toEqual(["-", "-"]);
    expect(rows.filter((row) => row[3] === "-")).toHaveLength(1);
  });

  it("puts the comparison paragraph after the overall result, before the ranked table", () => {
    const summary = summaryOf(CURRENT, SEED_2565_SCORES);
    const body = officialMemo(summary).body;
    const at = body.findIndex((block) => block.kind === "paragraph" && block.text.startsWith("เมื่อเทียบกับ"));
    expect(body[at]).toEqual({ kind: "paragraph", text: comparisonParagraph(comparisonOf(summary), THAI) });
    expect(body[at - 1]).toMatchObject({ kind: "paragraph", text: expect.stringMatching(/^ผลการประเมิน/) });
    expect(body[at + 1]).toEqual({ kind: "paragraph", text: "ผลคะแนนรายตัวชี้วัด เรียงจากมากไปน้อย ดังนี้" });
    expect(body[at + 2]?.kind).toBe("table");
  });

  it("keeps the four-column table without last year's year in the settings", () => {
    const summary = summaryOf(CURRENT, SEED_2565_SCORES, { ...settings2568(), fiscalYear: 2569 });
    expect(summary.comparison).toBeNull();
    const table = rankedTable(summary);
    expect(table.columns.map(({ header }) => header)).toEqual(["ลำดับ", "ตัวชี้วัด", "คะแนน", "ระดับ"]);
    for (const row of table.rows) expect(row).toHaveLength(4);
    const body = officialMemo(summary).body;
    expect(body.some((block) => block.kind === "paragraph" && block.text.startsWith("เมื่อเทียบกับ"))).toBe(
      false,
    );
  });
});
