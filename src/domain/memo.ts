// The memo text (บันทึกข้อความ) staff write to their executive after each quarter, in the order their
// memos take (ITA.md): the overall result, the indicators in rank order, the strengths and weaknesses,
// the weakest indicator, those needing urgent work, and the progress of the measures.
import { shortened } from "./cellText";
import type { ScoredIndicator } from "./scoring";
import { percentDone, totalProgress, type ScoreReading, type WorkbookSummary } from "./summary";
import { formatDigits, formatScore, type DigitStyle } from "./thaiDigits";

const ASSESSMENT = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";
/** Overdue measures named in the memo; the summary sheet lists them all. */
const OVERDUE_NAMED = 5;
/** A measure named in a paragraph is cut to a readable length; the summary sheet has more of it. */
const NAMED_LENGTH = 120;

class MemoWriter {
  constructor(private readonly digits: DigitStyle) {}

  number(value: number): string {
    return formatDigits(String(value), this.digits);
  }

  score(value: number): string {
    return formatScore(value, this.digits);
  }

  indicator({ number, name }: ScoredIndicator): string {
    return `ตัวชี้วัดที่ ${this.number(number)} ${name}`;
  }

  scored(indicator: ScoredIndicator): string {
    return `${this.indicator(indicator)} ได้คะแนนเฉลี่ยร้อยละ ${this.score(indicator.score)}`;
  }
}

/** "ก ข และ ค", as Thai lists are written. */
function thaiList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(" ")} และ${items[items.length - 1]}`;
}

function overallParagraph(summary: WorkbookSummary, reading: ScoreReading, write: MemoWriter): string {
  const { framework, settings } = summary;
  const { assessment } = reading;
  const who = settings.agency === "" ? "ของหน่วยงาน" : `ของ${settings.agency}`;
  const passMark = write.number(framework.resultScale.passMark);
  // A pass label already says whether the agency passed; a letter grade does not.
  const result =
    framework.resultScale.kind === "letter"
      ? `อยู่ในระดับ ${assessment.grade.label} ซึ่ง${assessment.passed ? "" : "ยังไม่"}ผ่านเกณฑ์ร้อยละ ${passMark}`
      : `ผลการประเมินอยู่ในระดับ "${assessment.grade.label}" (เกณฑ์ผ่านร้อยละ ${passMark})`;
  const tools = thaiList(
    framework.tools.map(
      (tool) => `${tool.nameTh} (${tool.id}) ได้คะแนนร้อยละ ${write.score(assessment.tools[tool.id])}`,
    ),
  );
  return (
    `ผล${ASSESSMENT} ประจำปีงบประมาณ พ.ศ. ${write.number(settings.fiscalYear)} ${who} ` +
    `ได้คะแนนรวมร้อยละ ${write.score(assessment.total)} ${result} โดย${tools}`
  );
}

function rankingParagraph(reading: ScoreReading, write: MemoWriter): string {
  const ranked = reading.assessment.ranking.map((indicator) => write.scored(indicator));
  return `เมื่อพิจารณารายตัวชี้วัด เรียงตามคะแนนจากมากไปน้อย ได้แก่ ${thaiList(ranked)}`;
}

function strengthsParagraph(reading: ScoreReading, write: MemoWriter): string {
  const strength = write.number(reading.assessment.thresholds.strength);
  const named = (list: readonly ScoredIndicator[]) =>
    `${write.number(list.length)} ตัวชี้วัด ได้แก่ ${thaiList(list.map((each) => write.indicator(each)))}`;
  const strengths =
    reading.strengths.length === 0
      ? `ยังไม่มีตัวชี้วัดที่เป็นจุดแข็ง (ได้คะแนนตั้งแต่ร้อยละ ${strength} ขึ้นไป)`
      : `ตัวชี้วัดที่เป็นจุดแข็ง (ได้คะแนนตั้งแต่ร้อยละ ${strength} ขึ้นไป) มี ${named(reading.strengths)}`;
  const weaknesses =
    reading.weaknesses.length === 0
      ? "และไม่มีตัวชี้วัดที่เป็นจุดอ่อน"
      : `ส่วนตัวชี้วัดที่เป็นจุดอ่อนที่ต้องพัฒนา (ได้คะแนนต่ำกว่าร้อยละ ${strength}) มี ${named(reading.weaknesses)}`;
  return `${strengths} ${weaknesses}`;
}

function weakestParagraph(reading: ScoreReading, write: MemoWriter): string {
  const { ranking, thresholds } = reading.assessment;
  const weakest = ranking[ranking.length - 1] as ScoredIndicator;
  const belowPass =
    weakest.score < thresholds.pass ? ` ซึ่งต่ำกว่าเกณฑ์ผ่านร้อยละ ${write.number(thresholds.pass)}` : "";
  return `ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ${write.scored(weakest)}${belowPass}`;
}

function urgentParagraph(reading: ScoreReading, write: MemoWriter): string {
  const excellence = write.number(reading.assessment.thresholds.excellence);
  if (reading.urgent.length === 0) {
    return `ทุกตัวชี้วัดได้คะแนนตั้งแต่ร้อยละ ${excellence} ขึ้นไป อยู่ในระดับดีเยี่ยม ควรรักษามาตรฐานไว้`;
  }
  // Lowest first: the order in which they need the work.
  const urgent = [...reading.urgent].sort((a, b) => a.score - b.score || a.number - b.number);
  return (
    `ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ${excellence} ซึ่งต้องปรับปรุงโดยเร่งด่วน มี ` +
    `${write.number(urgent.length)} ตัวชี้วัด ได้แก่ ${thaiList(urgent.map((each) => write.scored(each)))}`
  );
}

function missingScoresParagraph(summary: WorkbookSummary, write: MemoWriter): string {
  const missing = thaiList(summary.missingScores.map((number) => `ตัวชี้วัดที่ ${write.number(number)}`));
  return (
    `ยังไม่สามารถสรุปผล${ASSESSMENT} ประจำปีงบประมาณ พ.ศ. ${write.number(summary.settings.fiscalYear)} ได้ ` +
    `เนื่องจากยังไม่ได้กรอกคะแนนของ${missing}`
  );
}

function progressParagraph(summary: WorkbookSummary, write: MemoWriter): string {
  const all = totalProgress(summary.progress);
  if (all.rows === 0) return "สำหรับมาตรการส่งเสริมคุณธรรมและความโปร่งใส ยังไม่มีการบันทึกมาตรการในตารางติดตาม";
  const count = (value: number) => `${write.number(value)} มาตรการ`;
  const unclear = all.rows - all.done - all.inProgress - all.notStarted;
  const parts = [
    `สำหรับการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส มีทั้งหมด ${count(all.rows)}`,
    `ดำเนินการแล้ว ${count(all.done)} (ร้อยละ ${write.score(percentDone(all))})`,
    `อยู่ระหว่างดำเนินการ ${count(all.inProgress)}`,
    unclear > 0
      ? `ยังไม่ดำเนินการ ${count(all.notStarted)} และยังไม่ได้ระบุสถานะ ${count(unclear)}`
      : `และยังไม่ดำเนินการ ${count(all.notStarted)}`,
  ];
  const overdue = summary.overdue;
  if (overdue.length > 0) {
    const named = overdue
      .slice(0, OVERDUE_NAMED)
      .map(({ measure }) => shortened(measure.replace(/\s+/g, " ").trim(), NAMED_LENGTH));
    const more = overdue.length > OVERDUE_NAMED ? ` เป็นต้น` : "";
    parts.push(
      `ทั้งนี้ มีมาตรการที่เลยกำหนดระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ ${count(overdue.length)} ได้แก่ ` +
        `${thaiList(named.filter((measure) => measure !== ""))}${more} ซึ่งควรเร่งรัดการดำเนินการ`,
    );
  }
  return parts.join(" ");
}

/** The memo's paragraphs, each one line of plain text, in `digits` (Thai digits unless asked otherwise). */
export function memoParagraphs(
  summary: WorkbookSummary,
  digits: DigitStyle = summary.settings.digitStyle,
): string[] {
  const write = new MemoWriter(digits);
  const reading = summary.scores;
  const scoreParagraphs = reading
    ? [
        overallParagraph(summary, reading, write),
        rankingParagraph(reading, write),
        strengthsParagraph(reading, write),
        weakestParagraph(reading, write),
        urgentParagraph(reading, write),
      ]
    : [missingScoresParagraph(summary, write)];
  return [...scoreParagraphs, progressParagraph(summary, write), "จึงเรียนมาเพื่อโปรดทราบและพิจารณา"];
}

/** Paragraphs as Word pastes plain text: one per line. */
export function memoPlainText(paragraphs: readonly string[]): string {
  return paragraphs.join("\r\n");
}

/** Text as HTML text: every sign HTML reads as markup written as a character reference. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The memo as HTML for the clipboard, so that it pastes into Word in the document font at 16 pt, the
 * size of official letters, each paragraph indented as memos are. Every text is escaped.
 */
export function memoHtml(paragraphs: readonly string[], font: string): string {
  // A font name is letters, digits and spaces ("TH SarabunIT๙"); anything else could end the CSS string.
  const family = font.replace(/[^\p{L}\p{M}\p{N} _-]/gu, "");
  const style = `font-family:'${family}';font-size:16pt;margin:0;text-indent:2.5cm`;
  const body = paragraphs.map((paragraph) => `<p style="${style}">${escapeHtml(paragraph)}</p>`).join("");
  return `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}
