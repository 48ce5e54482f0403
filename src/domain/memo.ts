// The memo text (บันทึกข้อความ) staff write to their executive after each quarter, in the order their
// memos take (ITA.md): the overall result, the indicators in rank order, the strengths and weaknesses,
// the weakest indicator, what to work on first, the progress of the measures, and the OIT items
// published in full.
import { shortened } from "./cellText";
import { rulesInForce } from "./frameworks";
import type { OitReadiness } from "./oitRegister";
import type { ScoredIndicator } from "./scoring";
import type { IndicatorChange, YearComparison } from "./yearComparison";
import { percentDone, totalProgress, type ScoreReading, type WorkbookSummary } from "./summary";
import { formatDigits, formatScore, type DigitStyle } from "./thaiDigits";

export const ASSESSMENT = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";
/** Overdue measures named in the memo; the summary sheet lists them all. */
const OVERDUE_NAMED = 5;
/** A measure named in a paragraph is cut to a readable length; the summary sheet has more of it. */
const NAMED_LENGTH = 120;

export class MemoWriter {
  constructor(private readonly digits: DigitStyle) {}

  number(value: number): string {
    return formatDigits(String(value), this.digits);
  }

  score(value: number): string {
    return formatScore(value, this.digits);
  }

  indicator({ number, name }: Pick<ScoredIndicator, "number" | "name">): string {
    return `ตัวชี้วัดที่ ${this.number(number)} ${name}`;
  }

  scored(indicator: ScoredIndicator): string {
    return `${this.indicator(indicator)} ได้คะแนนเฉลี่ยร้อยละ ${this.score(indicator.score)}`;
  }
}

/** "ก ข และ ค", as Thai lists are written. */
export function thaiList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(" ")} และ${items[items.length - 1]}`;
}

export function overallParagraph(summary: WorkbookSummary, reading: ScoreReading, write: MemoWriter): string {
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

/** A change as the analysis reports write it: "+1.23", "-0.50", "0.00". */
export function signedChange(change: number, write: MemoWriter): string {
  return `${change > 0 ? "+" : change < 0 ? "-" : ""}${write.score(Math.abs(change))}`;
}

function changeWords(change: number, write: MemoWriter): string {
  if (change === 0) return "เท่าเดิม";
  return `${change > 0 ? "เพิ่มขึ้น" : "ลดลง"} ${write.score(Math.abs(change))} คะแนน`;
}

/**
 * This year against last year (summary.comparison): the total's change, and how many indicators rose or
 * fell with the largest of each. Null while no indicator has a score in both years.
 */
export function comparisonParagraph(comparison: YearComparison, write: MemoWriter): string | null {
  const { total, up, down } = comparison;
  const compared = comparison.indicators.filter(({ change }) => change !== null);
  if (compared.length === 0) return null;
  const moved = (list: readonly IndicatorChange[], words: string) => {
    const largest = list[0];
    if (!largest) return null;
    const named = `${write.indicator(largest)} (${signedChange(largest.change as number, write)})`;
    return `ตัวชี้วัดที่คะแนน${words} ${write.number(list.length)} ตัวชี้วัด มากที่สุด คือ ${named}`;
  };
  const totalWords =
    total.change === null
      ? []
      : [
          `คะแนนรวม${changeWords(total.change, write)} จากร้อยละ ${write.score(total.previous as number)} ` +
            `เป็นร้อยละ ${write.score(total.current as number)}`,
        ];
  const rest = compared.length - up.length - down.length;
  const parts = [
    ...totalWords,
    moved(up, "เพิ่มขึ้น"),
    moved(down, "ลดลง"),
    rest === 0 ? null : `คะแนนเท่าเดิม ${write.number(rest)} ตัวชี้วัด`,
  ].filter((part): part is string => part !== null);
  return `เมื่อเทียบกับปีงบประมาณ พ.ศ. ${write.number(comparison.previousYear)} ${parts.join(" ")}`;
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

/**
 * What to work on first, as memos urge it: the indicators under the pass mark, urgently, or where there are
 * none, the lowest indicator, with haste; then the others under the excellence threshold, to be raised to
 * it. A strength (90 and over) below 95 is to be raised, never called urgent.
 */
export function priorityParagraph(reading: ScoreReading, write: MemoWriter): string {
  const { thresholds, ranking } = reading.assessment;
  const excellence = write.number(thresholds.excellence);
  if (reading.belowExcellence.length === 0) {
    return `ทุกตัวชี้วัดได้คะแนนตั้งแต่ร้อยละ ${excellence} ขึ้นไป อยู่ในระดับดีเยี่ยม ควรรักษามาตรฐานไว้`;
  }
  // Lowest first: the order in which they need the work.
  const lowestFirst = (list: readonly ScoredIndicator[]) =>
    [...list].sort((a, b) => a.score - b.score || a.number - b.number);
  const listed = (list: readonly ScoredIndicator[]) =>
    `${write.number(list.length)} ตัวชี้วัด ได้แก่ ${thaiList(lowestFirst(list).map((each) => write.scored(each)))}`;
  const pass = write.number(thresholds.pass);
  const lowest = ranking[ranking.length - 1] as ScoredIndicator;
  const first =
    reading.belowPass.length > 0
      ? `ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่านร้อยละ ${pass} ซึ่งต้องปรับปรุงโดยเร่งด่วน มี ${listed(reading.belowPass)}`
      : `ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่านร้อยละ ${pass} ตัวชี้วัดที่ควรเร่งพัฒนา คือ ตัวชี้วัดที่ได้คะแนนต่ำสุด ${write.scored(lowest)}`;
  const named = new Set(
    (reading.belowPass.length > 0 ? reading.belowPass : [lowest]).map(({ number }) => number),
  );
  const toRaise = reading.belowExcellence.filter(({ number }) => !named.has(number));
  if (toRaise.length === 0) return first;
  return `${first} ส่วนตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ${excellence} ซึ่งควรยกระดับให้ถึงระดับดีเยี่ยม มี ${listed(toRaise)}`;
}

export function missingScoresParagraph(summary: WorkbookSummary, write: MemoWriter): string {
  const missing = thaiList(summary.missingScores.map((number) => `ตัวชี้วัดที่ ${write.number(number)}`));
  return (
    `ยังไม่สามารถสรุปผล${ASSESSMENT} ประจำปีงบประมาณ พ.ศ. ${write.number(summary.settings.fiscalYear)} ได้ ` +
    `เนื่องจากยังไม่ได้กรอกคะแนนของ${missing}`
  );
}

export function progressParagraph(summary: WorkbookSummary, write: MemoWriter): string {
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

/**
 * While NACC has not published the rules of a fiscal year (2570), the sentence saying whose rules it was
 * scored by; null once they are published.
 */
export function provisionalRulesLine(fiscalYear: number, digits: DigitStyle): string | null {
  const rules = rulesInForce(fiscalYear);
  if (rules === undefined || rules.published) return null;
  return formatDigits(
    `สำนักงาน ป.ป.ช. ยังไม่ประกาศเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. ${rules.fiscalYear} ` +
      `การสรุปผลนี้จึงใช้เกณฑ์ของปีงบประมาณ พ.ศ. ${rules.rulesFrom} ไปก่อน`,
    digits,
  );
}

/** "ครบถ้วน ๑๐ จาก ๒๖ รายการ": the OIT items marked complete in the register, of all its items. */
export function oitReadinessWords({ complete, total }: OitReadiness, digits: DigitStyle): string {
  return formatDigits(`ครบถ้วน ${complete} จาก ${total} รายการ`, digits);
}

export function oitParagraph(readiness: OitReadiness, digits: DigitStyle): string {
  if (readiness.total === 0) return "สำหรับการเปิดเผยข้อมูลสาธารณะ (OIT) ยังไม่มีการบันทึกรายการในทะเบียน OIT";
  return `สำหรับการเปิดเผยข้อมูลสาธารณะ (OIT) ตามทะเบียน OIT เผยแพร่ข้อมูล${oitReadinessWords(readiness, digits)}`;
}

/** The memo's paragraphs, each one line of plain text, in `digits` (Thai digits unless asked otherwise). */
export function memoParagraphs(
  summary: WorkbookSummary,
  digits: DigitStyle = summary.settings.digitStyle,
): string[] {
  const write = new MemoWriter(digits);
  const reading = summary.scores;
  const compared = summary.comparison && comparisonParagraph(summary.comparison, write);
  const scoreParagraphs = reading
    ? [
        overallParagraph(summary, reading, write),
        ...(compared ? [compared] : []),
        rankingParagraph(reading, write),
        strengthsParagraph(reading, write),
        weakestParagraph(reading, write),
        priorityParagraph(reading, write),
      ]
    : [missingScoresParagraph(summary, write), ...(compared ? [compared] : [])];
  const provisional = provisionalRulesLine(summary.framework.fiscalYear, digits);
  return [
    ...scoreParagraphs,
    ...(provisional === null ? [] : [`ทั้งนี้ ${provisional}`]),
    progressParagraph(summary, write),
    ...(summary.oitReadiness === null ? [] : [oitParagraph(summary.oitReadiness, digits)]),
    "จึงเรียนมาเพื่อโปรดทราบและพิจารณา",
  ];
}

/** Text as HTML text: every sign HTML reads as markup written as a character reference. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A font name is letters, digits and spaces ("TH SarabunIT๙"); anything else could end the CSS string. */
export function cssFontFamily(font: string): string {
  return font.replace(/[^\p{L}\p{M}\p{N} _-]/gu, "");
}
