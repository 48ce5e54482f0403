// What a quarter's report to the executive says, as data: the assessment's figures read against the
// three thresholds, the progress of the measures in the tracking grids, and how many OIT items are
// published in full. The summary sheet, the memo text, the task pane and `ita-tracker summary` all show
// this one object.
import { TOOL_IDS, type Framework, type ToolId } from "./framework";
import { rulesInForce } from "./frameworks";
import type { TrackedRow } from "./gridCheck";
import type { TrackingStatus } from "./gridColumns";
import { cellScores } from "./indicatorScore";
import { oitReadiness, type OitReadiness, type OitRegisterEntry } from "./oitRegister";
import { roundHalfAwayFromZero } from "./rounding";
import { scoreAssessment, type Assessment, type ScoredIndicator } from "./scoring";
import type { CalendarDate } from "./thaiCalendar";
import type { WorkbookSettings } from "./workbookSettings";
import { compareYears, type YearComparison } from "./yearComparison";

export interface ToolProgress {
  readonly notStarted: number;
  readonly inProgress: number;
  readonly done: number;
  /** Every measure row of the tool's grids, those whose status is not clear (none or two marked) included. */
  readonly rows: number;
}

/** A measure whose period has ended and that is not done, as the check reports it (period.overdue). */
export interface OverdueRow {
  readonly sheet: string;
  readonly row: number;
  readonly tool: ToolId | null;
  readonly measure: string;
  readonly responsible: string;
  /** The period as it was typed. */
  readonly period: string;
  readonly status: TrackingStatus;
}

/** The indicators read against the thresholds, each list in indicator-number order. */
export interface ScoreReading {
  readonly assessment: Assessment;
  /** At or above the strength threshold (90 by default): จุดแข็ง. */
  readonly strengths: readonly ScoredIndicator[];
  /** Below the strength threshold: จุดอ่อนที่ต้องพัฒนา. */
  readonly weaknesses: readonly ScoredIndicator[];
  /** Below the excellence threshold (95): not yet excellent, strengths between 90 and 95 among them. */
  readonly belowExcellence: readonly ScoredIndicator[];
  /** Below the pass threshold (85): ไม่ผ่านเกณฑ์. */
  readonly belowPass: readonly ScoredIndicator[];
}

export interface WorkbookSummary {
  readonly framework: Framework;
  readonly settings: WorkbookSettings;
  /** The day the summary was made, in Thailand. */
  readonly madeOn: CalendarDate;
  /** Null until every indicator has a score that is a number from 0 to 100. */
  readonly scores: ScoreReading | null;
  /** Indicator numbers whose score is blank or unreadable, ascending. */
  readonly missingScores: readonly number[];
  readonly progress: Readonly<Record<ToolId, ToolProgress>>;
  /** Sheet by sheet in tab order, row by row. */
  readonly overdue: readonly OverdueRow[];
  /** The grids as read, for the memo's table of measures. */
  readonly grids: readonly TrackedGrid[];
  /** Null for a workbook without an OIT register. */
  readonly oitReadiness: OitReadiness | null;
  /** Last year's scores against this year's; null unless the workbook keeps last year's (next-year). */
  readonly comparison: YearComparison | null;
}

/** One tracking grid's rows as the check read them (readTrackingGrid). */
export interface TrackedGrid {
  readonly sheet: string;
  /** Null for a grid whose tool neither the registry nor its title names: counted under no tool. */
  readonly tool: ToolId | null;
  readonly rows: readonly TrackedRow[];
}

export interface SummaryInput {
  readonly framework: Framework;
  readonly settings: WorkbookSettings;
  readonly madeOn: CalendarDate;
  /** The score cells in indicator-number order, as read; null when the workbook has no score sheet. */
  readonly scoreCells: readonly unknown[] | null;
  readonly grids: readonly TrackedGrid[];
  /** The OIT register's items as read; null or left out when the workbook has none. */
  readonly oitRegister?: readonly OitRegisterEntry[] | null;
  /** Last year's score cells in indicator-number order, where the score sheet has them. */
  readonly previousScoreCells?: readonly unknown[] | null;
}

/** Compared where the settings name last year and the score sheet keeps its column. */
function comparisonOf(input: SummaryInput): YearComparison | null {
  const { previousYear } = input.settings;
  const previous = previousYear === undefined ? undefined : rulesInForce(previousYear)?.framework;
  if (previousYear === undefined || !previous || !input.previousScoreCells) return null;
  return compareYears(
    { framework: input.framework, cells: input.scoreCells ?? [] },
    { year: previousYear, framework: previous, cells: input.previousScoreCells },
  );
}

function readingOf(assessment: Assessment): ScoreReading {
  const { indicators, thresholds } = assessment;
  return {
    assessment,
    strengths: indicators.filter(({ score }) => score >= thresholds.strength),
    weaknesses: indicators.filter(({ score }) => score < thresholds.strength),
    belowExcellence: indicators.filter(({ score }) => score < thresholds.excellence),
    belowPass: indicators.filter(({ score }) => score < thresholds.pass),
  };
}

function progressOf(grids: readonly TrackedGrid[]): Record<ToolId, ToolProgress> {
  const counts = Object.fromEntries(
    TOOL_IDS.map((tool) => [tool, { notStarted: 0, inProgress: 0, done: 0, rows: 0 }]),
  ) as Record<ToolId, { notStarted: number; inProgress: number; done: number; rows: number }>;
  for (const { tool, rows } of grids) {
    if (tool === null) continue;
    const count = counts[tool];
    for (const { status } of rows) {
      count.rows += 1;
      if (status !== null) count[status] += 1;
    }
  }
  return counts;
}

/** The summary of what a check read: scores scored as the domain scores them, rows counted by status. */
export function summarise(input: SummaryInput): WorkbookSummary {
  const { framework, settings, scoreCells } = input;
  const numbers = [...framework.indicators].sort((a, b) => a.number - b.number).map(({ number }) => number);
  const read = cellScores(scoreCells ?? [], numbers.length);
  const missingScores = numbers.filter((_, index) => read[index] === null);
  const scores =
    missingScores.length === 0
      ? readingOf(scoreAssessment(framework, read as number[], settings.thresholds))
      : null;
  const overdue = input.grids.flatMap(({ sheet, tool, rows }) =>
    rows.flatMap(({ row, status, overdue: isOverdue, measure, responsible, period }) =>
      isOverdue && status !== null && status !== "done"
        ? [{ sheet, row, tool, measure, responsible, period, status }]
        : [],
    ),
  );
  return {
    framework,
    settings,
    madeOn: input.madeOn,
    scores,
    missingScores,
    progress: progressOf(input.grids),
    overdue,
    grids: input.grids,
    oitReadiness: input.oitRegister ? oitReadiness(input.oitRegister) : null,
    comparison: comparisonOf(input),
  };
}

/** Every tool's rows together. */
export function totalProgress(progress: Readonly<Record<ToolId, ToolProgress>>): ToolProgress {
  return TOOL_IDS.map((tool) => progress[tool]).reduce((sum, each) => ({
    notStarted: sum.notStarted + each.notStarted,
    inProgress: sum.inProgress + each.inProgress,
    done: sum.done + each.done,
    rows: sum.rows + each.rows,
  }));
}

/** Per cent of a tool's rows that are done, two decimals; 0 for a tool without rows. */
export function percentDone(progress: ToolProgress): number {
  return progress.rows === 0 ? 0 : roundHalfAwayFromZero((progress.done / progress.rows) * 100);
}

/**
 * The four readings of the indicators against the thresholds, each headed as the analysis reports head
 * it ("จุดแข็ง (90 ขึ้นไป)"), with `number` writing the thresholds in the digits wanted.
 */
export function readingLists(
  reading: ScoreReading,
  number: (value: number) => string,
): { readonly label: string; readonly indicators: readonly ScoredIndicator[] }[] {
  const { pass, strength, excellence } = reading.assessment.thresholds;
  return [
    { label: `จุดแข็ง (${number(strength)} ขึ้นไป)`, indicators: reading.strengths },
    { label: `จุดอ่อนที่ต้องพัฒนา (ต่ำกว่า ${number(strength)})`, indicators: reading.weaknesses },
    { label: `ยังไม่ถึงระดับดีเยี่ยม (ต่ำกว่า ${number(excellence)})`, indicators: reading.belowExcellence },
    { label: `ไม่ผ่านเกณฑ์ (ต่ำกว่า ${number(pass)})`, indicators: reading.belowPass },
  ];
}
