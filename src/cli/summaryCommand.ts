import type { BandNames } from "../domain/bands";
import { oneLine } from "../domain/cellText";
import { displayWidth, padEndDisplay, padStartDisplay } from "../domain/displayWidth";
import { TOOL_IDS, type ToolId } from "../domain/framework";
import { STATUS_HEADERS } from "../domain/gridColumns";
import { oitReadinessWords, provisionalRulesLine } from "../domain/memo";
import { SCORE_HEADER } from "../domain/scoreCheck";
import type { ScoredIndicator } from "../domain/scoring";
import { percentDone, readingLists, type ScoreReading, type WorkbookSummary } from "../domain/summary";
import { formatThaiDate } from "../domain/thaiCalendar";
import { formatDigits, formatScore } from "../domain/thaiDigits";
import { fiscalYearTitle } from "../layout/titles";
import type { OwnSheetTarget } from "../layout/ownSheetTarget";
import { NoItaSheetsError, planSummary, type WorkbookSummaryPlan } from "../layout/workbookSummary";
import { readSheetsForCheck } from "../xlsx/readSheetsForCheck";
import { withSummarySheet } from "../xlsx/writeSummary";
import { parseArgs, type ParsedArgs } from "./args";
import type { CommandIO } from "./io";
import { todayOption } from "./todayOption";
import { UsageError } from "./usageError";
import {
  openWorkbookFile,
  refuseIfOpenElsewhere,
  workbookFileArgument,
  writeReplacing,
  type WorkbookFile,
} from "./workbookFile";

/**
 * `ita-tracker summary`: the quarter's report to the executive (figures, progress, overdue measures and
 * the memo) as Thai text or JSON; with --write, the summary sheet in the file too. Exit 0 also when
 * scores are missing, since the progress is still reported; 2 when the file cannot be read or written.
 */
export async function runSummary(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["today"], flagOptions: ["json", "write", "arabic-digits"] });
  const { file, opened, made } = await summariseFile(args, "summary");
  const written = args.flags.has("write") ? await writeSummarySheet(file, opened, made) : null;
  io.stdout(
    args.flags.has("json") ? `${JSON.stringify(summaryJson(made, written))}\n` : report(file, made, written),
  );
  return 0;
}

/** What `summary` and `memo` share: the file read as `check` reads it, summarised as of --today. */
export async function summariseFile(
  args: ParsedArgs,
  command: string,
): Promise<{ file: string; opened: WorkbookFile; made: WorkbookSummaryPlan }> {
  const file = workbookFileArgument(args.positionals, command);
  const today = todayOption(args.values.today);
  const opened = await openWorkbookFile(file);
  const digits = args.flags.has("arabic-digits") ? "arabic" : undefined;
  try {
    return { file, opened, made: planSummary(readSheetsForCheck(opened.workbook), today, digits) };
  } catch (error) {
    if (!(error instanceof NoItaSheetsError)) throw error;
    throw new UsageError(
      `"${file}" ยังไม่มีแผ่นคะแนนหรือตารางติดตาม ITA ให้สร้างด้วย ita-tracker new หรือปุ่ม "แทรกแบบฟอร์ม ITA" ก่อน | ` +
        `"${file}" has no ITA score sheet or tracking grid yet: make them with ita-tracker new or the add-in first`,
    );
  }
}

/** Writes the summary sheet into the file; every other part of the file stays as it was. */
async function writeSummarySheet(
  file: string,
  opened: WorkbookFile,
  { plan, target }: WorkbookSummaryPlan,
): Promise<OwnSheetTarget> {
  refuseIfOpenElsewhere(file);
  await writeReplacing(file, await withSummarySheet(opened.bytes, plan, target));
  return target;
}

/** The JSON other tools parse: these names are a contract. */
function summaryJson({ summary, memo }: WorkbookSummaryPlan, written: OwnSheetTarget | null) {
  const { scores } = summary;
  const assessment = scores?.assessment;
  const numbers = (indicators: readonly ScoredIndicator[] | undefined) =>
    indicators?.map(({ number }) => number) ?? null;
  const byTool = <T>(valueOf: (tool: ToolId) => T) =>
    Object.fromEntries(TOOL_IDS.map((tool) => [tool, valueOf(tool)])) as Record<ToolId, T>;
  return {
    total: assessment?.total ?? null,
    result: assessment?.grade.label ?? null,
    passed: assessment?.passed ?? null,
    tools: assessment?.tools ?? null,
    ranking:
      assessment?.ranking.map(({ rank, number, name, score }) => ({ rank, number, name, score })) ?? null,
    below85: numbers(scores?.belowPass),
    below90: numbers(scores?.weaknesses),
    below95: numbers(scores?.belowExcellence),
    lowestByTool: assessment ? byTool((tool) => assessment.lowestByTool[tool].number) : null,
    missingScores: summary.missingScores,
    progress: byTool((tool) => {
      const { notStarted, inProgress, done, rows } = summary.progress[tool];
      return { notStarted, inProgress, done, rows };
    }),
    overdue: summary.overdue.map(({ sheet, row, measure, responsible, period, status }) => ({
      sheet,
      row,
      measure,
      responsible,
      period,
      status,
    })),
    oitReadiness: summary.oitReadiness,
    comparison: summary.comparison && {
      previousYear: summary.comparison.previousYear,
      total: summary.comparison.total,
      tools: summary.comparison.tools,
      indicators: summary.comparison.indicators.map(({ number, previous, current, change }) => ({
        number,
        previous,
        current,
        change,
      })),
    },
    memo: memo.join("\n"),
    ...(written && {
      written: { sheet: written.name, replaced: written.replaces !== null, keptEdited: written.keptEdited },
    }),
  };
}

/** Columns padded to their widest cell as a terminal shows Thai; numbers (`right`) to the right. */
function aligned(rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ""))),
  );
  return rows.map((row) =>
    `  ${row
      .map((cell, column) => (right[column] ? padStartDisplay : padEndDisplay)(cell, widths[column] ?? 0))
      .join("  ")}`.trimEnd(),
  );
}

/** The report's numbers in the workbook's digits, or Arabic ones with --arabic-digits. */
class ReportText {
  constructor(private readonly summary: WorkbookSummary) {}

  number(value: number): string {
    return formatDigits(String(value), this.summary.settings.digitStyle);
  }

  score(value: number): string {
    return formatScore(value, this.summary.settings.digitStyle);
  }

  indicator({ number, name }: { number: number; name: string }): string {
    return `${this.number(number)}. ${name}`;
  }

  scored(indicator: ScoredIndicator): string {
    return `${this.indicator(indicator)} (${this.score(indicator.score)})`;
  }
}

function headingLines(file: string, summary: WorkbookSummary): string[] {
  const { settings, madeOn } = summary;
  const made = formatThaiDate(madeOn, { form: "long", digits: settings.digitStyle });
  const provisional = provisionalRulesLine(summary.framework.fiscalYear, settings.digitStyle);
  return [
    `สรุปผล ITA: ${file}`,
    ...(settings.agency === "" ? [] : [oneLine(settings.agency)]),
    `${fiscalYearTitle(settings)} จัดทำเมื่อวันที่ ${made}`,
    ...(provisional === null ? [] : [provisional]),
  ];
}

function missingScoreLines(summary: WorkbookSummary, text: ReportText): string[] {
  const missing = summary.missingScores.map((number) => text.number(number)).join(", ");
  return [
    "ผลการประเมินภาพรวม",
    `  ยังสรุปคะแนนไม่ได้: ตัวชี้วัดที่ ${missing} ยังไม่มีคะแนน หรือคะแนนไม่ใช่ตัวเลข ${text.number(0)}-${text.number(100)}`,
    `  ให้พิมพ์คะแนนให้ครบในคอลัมน์ "${SCORE_HEADER}" ของแผ่นงานคะแนน (ita-tracker check บอกช่องที่อ่านไม่ได้) ` +
      "แล้วสั่ง ita-tracker summary อีกครั้ง",
  ];
}

function resultLines(summary: WorkbookSummary, reading: ScoreReading, text: ReportText): string[] {
  const { assessment } = reading;
  const passMark = text.number(summary.framework.resultScale.passMark);
  const passed = assessment.passed ? `ผ่านเกณฑ์ ${passMark}` : `ยังไม่ผ่านเกณฑ์ ${passMark}`;
  return [
    "ผลการประเมินภาพรวม",
    ...aligned(
      [
        ["คะแนนรวม", text.score(assessment.total), ""],
        ["ผลการประเมิน", assessment.grade.label, `(${passed})`],
        ...summary.framework.tools.map((tool) => [
          tool.id,
          text.score(assessment.tools[tool.id]),
          tool.nameTh,
        ]),
      ],
      [false, true],
    ),
  ];
}

function rankingLines(reading: ScoreReading, bandNames: BandNames, text: ReportText): string[] {
  return [
    "คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย",
    ...aligned(
      [
        ["ลำดับ", "ตัวชี้วัด", "เครื่องมือ", "คะแนน", "ระดับ"],
        ...reading.assessment.ranking.map((indicator) => [
          text.number(indicator.rank),
          text.indicator(indicator),
          indicator.tool,
          text.score(indicator.score),
          bandNames[indicator.band],
        ]),
      ],
      [true, false, false, true],
    ),
  ];
}

function readingLines(reading: ScoreReading, text: ReportText): string[] {
  const { lowestByTool } = reading.assessment;
  return [
    "จุดแข็งและสิ่งที่ต้องพัฒนา",
    ...readingLists(reading, (value) => text.number(value)).flatMap(({ label, indicators }) => [
      `  ${label}: ${indicators.length === 0 ? "ไม่มี" : `${text.number(indicators.length)} ตัวชี้วัด`}`,
      ...indicators.map((indicator) => `    ${text.scored(indicator)}`),
    ]),
    "  ต่ำสุดของแต่ละเครื่องมือ:",
    ...TOOL_IDS.map((tool) => `    ${tool}  ${text.scored(lowestByTool[tool])}`),
  ];
}

function progressLines(summary: WorkbookSummary, text: ReportText): string[] {
  return [
    "ความก้าวหน้าของมาตรการ",
    ...aligned(
      [
        ["เครื่องมือ", ...STATUS_HEADERS, "รวม", "ร้อยละที่ดำเนินการแล้ว"],
        ...TOOL_IDS.map((tool) => {
          const progress = summary.progress[tool];
          const counts = [progress.notStarted, progress.inProgress, progress.done, progress.rows];
          return [tool, ...counts.map((count) => text.number(count)), text.score(percentDone(progress))];
        }),
      ],
      [false, true, true, true, true, true],
    ),
  ];
}

function overdueLines(summary: WorkbookSummary, text: ReportText): string[] {
  const { overdue } = summary;
  if (overdue.length === 0) return ["ไม่มีมาตรการที่เลยกำหนดระยะเวลา"];
  const typed = (value: string) => oneLine(value) || "-";
  return [
    `มาตรการที่เลยกำหนดระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ ${text.number(overdue.length)} รายการ`,
    ...overdue.map(
      (row) =>
        `  “${oneLine(row.sheet)}” แถว ${text.number(row.row)}: ${typed(row.measure)} ` +
        `(ผู้รับผิดชอบ ${typed(row.responsible)}, ระยะเวลา ${typed(row.period)}, ` +
        `${row.status === "notStarted" ? STATUS_HEADERS[0] : STATUS_HEADERS[1]})`,
    ),
  ];
}

function writtenLine(file: string, written: OwnSheetTarget): string {
  const sheet = written.name;
  const outcome =
    written.replaces === null
      ? `เพิ่มแผ่นงาน “${sheet}” ใน ${file} แล้ว | added the sheet “${sheet}” to ${file}`
      : `เขียนแผ่นงาน “${sheet}” ใน ${file} ใหม่แทนฉบับเดิม | replaced the sheet “${sheet}” in ${file}`;
  const kept = written.keptEdited;
  return kept === null
    ? outcome
    : `${outcome}\nแผ่นงาน “${kept}” มีผู้แก้ไขไว้ จึงไม่เขียนทับ สรุปครั้งนี้อยู่ในแผ่นงาน “${sheet}” | ` +
        `“${kept}” has been edited, so it was kept: this summary is in “${sheet}”`;
}

/**
 * In the order of the summary sheet: figures, ranking, readings, progress, overdue rows, the OIT
 * register's readiness, then the memo.
 */
function report(
  file: string,
  { summary, memo }: WorkbookSummaryPlan,
  written: OwnSheetTarget | null,
): string {
  const text = new ReportText(summary);
  const { scores } = summary;
  const sections = [
    headingLines(file, summary),
    ...(scores === null
      ? [missingScoreLines(summary, text)]
      : [
          resultLines(summary, scores, text),
          rankingLines(scores, summary.settings.bandNames, text),
          readingLines(scores, text),
        ]),
    progressLines(summary, text),
    overdueLines(summary, text),
    ...(summary.oitReadiness === null
      ? []
      : [[`ทะเบียน OIT: ${oitReadinessWords(summary.oitReadiness, summary.settings.digitStyle)}`]]),
    ["ข้อความสำหรับบันทึกข้อความ", ...memo.map(oneLine)],
    ...(written === null ? [] : [[writtenLine(file, written)]]),
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
