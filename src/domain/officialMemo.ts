// The memo (บันทึกข้อความ) staff send their executive about the year's ITA result, in the parts such memos
// have: the header fields, ๑. เรื่องเดิม, ๒. ข้อเท็จจริง with the ranked indicators, ๓. the analysis of each
// tool, ๔. ข้อเสนอแนะ with the table of measures drawn from the grids, ๕. ข้อพิจารณา, the closing line and
// room to sign. What the workbook does not know (the memo's number, whom it is to, who signs) is left as a
// dotted line to fill in. Renderers lay this out for the clipboard (officialMemoText.ts) and Word.
import type { BandNames } from "./bands";
import { shortened } from "./cellText";
import type { ToolId } from "./framework";
import {
  ASSESSMENT,
  comparisonParagraph,
  MemoWriter,
  missingScoresParagraph,
  overallParagraph,
  progressParagraph,
  provisionalRulesLine,
  signedChange,
  thaiList,
  priorityParagraph,
} from "./memo";
import type { ScoredIndicator } from "./scoring";
import type { ScoreReading, WorkbookSummary } from "./summary";
import { formatThaiDate } from "./thaiCalendar";
import type { YearComparison } from "./yearComparison";
import type { DigitStyle } from "./thaiDigits";

/** A table's column: what it is headed and how its cells align; renderers size it to what it holds. */
export interface MemoColumn {
  readonly header: string;
  readonly align: "left" | "center";
}

export interface MemoTable {
  readonly kind: "table";
  readonly columns: readonly MemoColumn[];
  readonly rows: readonly (readonly string[])[];
}

export type MemoBlock =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | MemoTable;

/** A header field: its label, and its value or null for a dotted line to fill in by hand. */
export interface MemoField {
  readonly label: string;
  readonly value: string | null;
}

export interface OfficialMemo {
  /** ส่วนราชการ, ที่, วันที่, เรื่อง: the lines under the memo's title, in order. */
  readonly fields: readonly MemoField[];
  readonly to: MemoField;
  readonly body: readonly MemoBlock[];
  readonly closing: string;
  /** Under the space for the signature: the signer's name in brackets and position, to fill in. */
  readonly signature: readonly string[];
  /** The digits it is written in, and its pages numbered in. */
  readonly digits: DigitStyle;
}

export const MEMO_TITLE = "บันทึกข้อความ";
export const DOTTED_LINE = "..............................................................";
/** The signature's lines stand in the right half of the page: their dotted lines are shorter. */
const SIGNATURE_LINE = "........................................";
/** The name in brackets, the position's title under it, as the signer writes them; no word before either. */
export const SIGNATURE_LINES: readonly string[] = [`(${SIGNATURE_LINE})`, SIGNATURE_LINE];

/**
 * The official memo's type sizes, in points (งานสารบรรณ; test/docx checks them in print): the title
 * large and bold, the header labels bold, everything else, "เรียน" and the text of the fields included,
 * the size of the body.
 */
export const MEMO_POINTS = { title: 29, label: 20, body: 16 } as const;
/** A measure's text in the memo's table: long enough for any real measure, short enough for a page. */
const TABLE_TEXT_LENGTH = 400;

const RANKED_COLUMNS: readonly MemoColumn[] = [
  { header: "ลำดับ", align: "center" },
  { header: "ตัวชี้วัด", align: "left" },
  { header: "คะแนน", align: "center" },
  { header: "ระดับ", align: "center" },
];

const MEASURE_COLUMNS: readonly MemoColumn[] = [
  { header: "ที่", align: "center" },
  { header: "มาตรการ/แนวทาง", align: "left" },
  { header: "วิธีการดำเนินการ", align: "left" },
  { header: "ผู้รับผิดชอบ", align: "left" },
  { header: "การติดตาม", align: "left" },
];

/** Strengths, the weakest and what to do, for one tool. */
function toolAnalysis(
  summary: WorkbookSummary,
  reading: ScoreReading,
  tool: ToolId,
  write: MemoWriter,
): string {
  const data = summary.framework.tools.find((candidate) => candidate.id === tool);
  const { assessment } = reading;
  const strengthMark = write.number(assessment.thresholds.strength);
  const ofTool = (list: readonly ScoredIndicator[]) => list.filter((indicator) => indicator.tool === tool);
  const strengths = ofTool(reading.strengths);
  const weakest = assessment.lowestByTool[tool];
  const measures = summary.grids
    .filter((grid) => grid.tool === tool)
    .flatMap((grid) => grid.rows.map(({ measure }) => measure.replace(/\s+/g, " ").trim()))
    .filter((measure) => measure !== "");
  const parts = [
    `${data?.nameTh ?? tool} (${tool}) ได้คะแนนร้อยละ ${write.score(assessment.tools[tool])}`,
    strengths.length === 0
      ? `ยังไม่มีตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ ${strengthMark} ขึ้นไป`
      : `จุดแข็ง คือ ${thaiList(strengths.map((indicator) => write.scored(indicator)))}`,
    `ตัวชี้วัดที่ได้คะแนนต่ำสุดของแบบวัดนี้ คือ ${write.scored(weakest)}`,
  ];
  if (weakest.score >= assessment.thresholds.excellence) {
    parts.push("ควรรักษามาตรฐานการดำเนินงานไว้");
  } else if (measures.length === 0) {
    parts.push(`ควรกำหนดมาตรการเพื่อพัฒนาตัวชี้วัดที่ ${write.number(weakest.number)} และบันทึกไว้ในตารางติดตาม`);
  } else {
    const named = measures.slice(0, 3).map((measure) => shortened(measure, 120));
    parts.push(`ควรเร่งดำเนินการตามมาตรการ ได้แก่ ${thaiList(named)}${measures.length > 3 ? " เป็นต้น" : ""}`);
  }
  return parts.join(" ");
}

/** The ranked table with last year's score and the change beside each indicator's. */
function comparedColumns(previousYear: number, write: MemoWriter): readonly MemoColumn[] {
  return [
    { header: "ลำดับ", align: "center" },
    { header: "ตัวชี้วัด", align: "left" },
    { header: "คะแนน", align: "center" },
    { header: `ปี ${write.number(previousYear)}`, align: "center" },
    { header: "เพิ่ม/ลด", align: "center" },
    { header: "ระดับ", align: "center" },
  ];
}

function rankedTable(
  reading: ScoreReading,
  comparison: YearComparison | null,
  bandNames: BandNames,
  write: MemoWriter,
): MemoTable {
  const changeOf = new Map(comparison?.indicators.map((indicator) => [indicator.number, indicator]));
  return {
    kind: "table",
    columns: comparison ? comparedColumns(comparison.previousYear, write) : RANKED_COLUMNS,
    rows: reading.assessment.ranking.map((indicator) => {
      const { previous = null, change = null } = changeOf.get(indicator.number) ?? {};
      return [
        write.number(indicator.rank),
        write.indicator(indicator),
        write.score(indicator.score),
        ...(comparison
          ? [
              previous === null ? "-" : write.score(previous),
              change === null ? "-" : signedChange(change, write),
            ]
          : []),
        bandNames[indicator.band],
      ];
    }),
  };
}

function highestAndLowest(reading: ScoreReading, write: MemoWriter): string {
  const { ranking } = reading.assessment;
  const highest = ranking[0] as ScoredIndicator;
  const lowest = ranking[ranking.length - 1] as ScoredIndicator;
  return `ตัวชี้วัดที่ได้คะแนนสูงสุด คือ ${write.scored(highest)} และตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ${write.scored(lowest)}`;
}

/** When a measure without its own follow-up is reported on: by its period, which may say "ภายใน" itself. */
function followUp(period: string): string {
  if (period === "") return "รายงานผลทุกไตรมาส";
  return period.startsWith("ภายใน") ? period : `ภายใน ${period}`;
}

/** Every measure of the grids, tool by tool, for the coming year's table. */
function measuresTable(summary: WorkbookSummary, write: MemoWriter): MemoTable {
  // A cell keeps its lines (steps numbered ๑., ๒., …), each with its spaces run together.
  const cell = (text: string) =>
    shortened(
      text
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n"),
      TABLE_TEXT_LENGTH,
    );
  const rows = summary.grids
    .flatMap((grid) => grid.rows)
    .filter((row) => cell(row.measure) !== "")
    .map((row, index) => [
      write.number(index + 1),
      cell(row.measure),
      cell(row.steps),
      cell(row.responsible),
      cell(row.monitoring) || followUp(cell(row.period)),
    ]);
  return { kind: "table", columns: MEASURE_COLUMNS, rows };
}

/** The memo for `summary`, in `digits` (the workbook's unless asked otherwise). */
export function officialMemo(
  summary: WorkbookSummary,
  digits: DigitStyle = summary.settings.digitStyle,
): OfficialMemo {
  const write = new MemoWriter(digits);
  const { settings, framework } = summary;
  const year = write.number(settings.fiscalYear);
  const reading = summary.scores;
  const toolNames = thaiList(framework.tools.map((tool) => `${tool.nameTh} (${tool.id})`));
  const compared = summary.comparison && comparisonParagraph(summary.comparison, write);
  const comparedBlock: MemoBlock[] = compared ? [{ kind: "paragraph", text: compared }] : [];
  const facts: MemoBlock[] = reading
    ? [
        { kind: "paragraph", text: overallParagraph(summary, reading, write) },
        ...comparedBlock,
        { kind: "paragraph", text: "ผลคะแนนรายตัวชี้วัด เรียงจากมากไปน้อย ดังนี้" },
        rankedTable(reading, summary.comparison, settings.bandNames, write),
        { kind: "paragraph", text: highestAndLowest(reading, write) },
      ]
    : [{ kind: "paragraph", text: missingScoresParagraph(summary, write) }, ...comparedBlock];
  const analysis: MemoBlock[] = reading
    ? framework.tools.map((tool, index) => ({
        kind: "paragraph" as const,
        text: `${write.number(3)}.${write.number(index + 1)} ${toolAnalysis(summary, reading, tool.id, write)}`,
      }))
    : [{ kind: "paragraph", text: "จะวิเคราะห์ผลรายแบบวัดได้เมื่อกรอกคะแนนครบทุกตัวชี้วัด" }];
  const heading = (number: number, text: string): MemoBlock => ({
    kind: "heading",
    text: `${write.number(number)}. ${text}`,
  });
  const measures = measuresTable(summary, write);
  const provisional = provisionalRulesLine(summary.framework.fiscalYear, digits);
  return {
    fields: [
      { label: "ส่วนราชการ", value: settings.agency === "" ? null : settings.agency },
      { label: "ที่", value: null },
      { label: "วันที่", value: formatThaiDate(summary.madeOn, { form: "long", digits }) },
      { label: "เรื่อง", value: `รายงานผล${ASSESSMENT} ประจำปีงบประมาณ พ.ศ. ${year}` },
    ],
    to: { label: "เรียน", value: null },
    body: [
      heading(1, "เรื่องเดิม"),
      {
        kind: "paragraph",
        text:
          `ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนิน` +
          `${ASSESSMENT} ประจำปีงบประมาณ พ.ศ. ${year} โดยใช้เครื่องมือการประเมิน ${write.number(framework.tools.length)} ` +
          `เครื่องมือ ได้แก่ ${toolNames} นั้น`,
      },
      heading(2, "ข้อเท็จจริง"),
      ...facts,
      ...(provisional === null ? [] : [{ kind: "paragraph" as const, text: `ทั้งนี้ ${provisional}` }]),
      heading(3, "ข้อวิเคราะห์"),
      ...analysis,
      heading(4, "ข้อเสนอแนะ"),
      ...(reading ? [{ kind: "paragraph" as const, text: priorityParagraph(reading, write) }] : []),
      { kind: "paragraph", text: progressParagraph(summary, write) },
      ...(measures.rows.length > 0
        ? [
            { kind: "paragraph" as const, text: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่เสนอให้ดำเนินการ ดังนี้" },
            measures,
          ]
        : []),
      heading(5, "ข้อพิจารณา"),
      {
        kind: "paragraph",
        text:
          "เห็นควรให้ส่วนงานที่รับผิดชอบดำเนินการตามมาตรการข้างต้น และรายงานผลการดำเนินงานเป็นรายไตรมาส " +
          `เพื่อยกระดับผล${ASSESSMENT} ในปีงบประมาณ พ.ศ. ${write.number(settings.fiscalYear + 1)}`,
      },
    ],
    closing: "จึงเรียนมาเพื่อโปรดพิจารณา",
    signature: SIGNATURE_LINES,
    digits,
  };
}
