// The rules a tracking grid is checked against, row by row: one status, the required cells, the
// indicator's tool, and the period read against today. Pure: values in, findings out, never throws.
import { cellText, isBlankCell, withoutMarkup } from "./cellText";
import { finding, type Finding } from "./checkRules";
import type { Framework, ToolId } from "./framework";
import { indicatorByName } from "./frameworks";
import { headerKey, type GridField, type TrackingGrid, type TrackingStatus } from "./gridColumns";
import { parsePeriod } from "./period";
import { formatQuestionCode, parseQuestionCode, TOOL_OF_QUESTION_PREFIX } from "./questionCode";
import type { SheetCells } from "./sheetCells";
import { parseStatusMark, type StatusMark } from "./statusMark";
import {
  compareDates,
  excelSerialToDate,
  FISCAL_QUARTERS,
  fiscalQuarterOf,
  fiscalYearOf,
  formatThaiDate,
  type CalendarDate,
  type FiscalQuarter,
  type ThaiDateFormat,
} from "./thaiCalendar";

/** One measure row as a check read it: what a summary counts and lists. */
export interface TrackedRow {
  readonly row: number;
  /** Null unless exactly one status is marked and every mark is readable. */
  readonly status: TrackingStatus | null;
  /** The period has ended and the row is not done (the check's period.overdue). */
  readonly overdue: boolean;
  readonly measure: string;
  /** How the measure is carried out, where the grid has a steps column apart from the measure's. */
  readonly steps: string;
  readonly responsible: string;
  readonly period: string;
  /** How the measure is followed up and reported, where the grid has such a column (the seeds' forms). */
  readonly monitoring: string;
  /** The quarters whose progress column has something written for the row, in order. */
  readonly reported: readonly FiscalQuarter[];
}

export interface GridCheckContext {
  /** The workbook's framework: its fiscal year places periods written without a year. */
  readonly framework: Framework;
  /** The tool the grid tracks, when known; indicators of another tool are then mistakes. */
  readonly tool: ToolId | null;
  readonly today: CalendarDate;
}

type PeriodReading =
  | { readonly kind: "blank" }
  | { readonly kind: "unreadable"; readonly text: string }
  | {
      readonly kind: "range";
      readonly text: string;
      readonly start: CalendarDate;
      readonly end: CalendarDate;
    };

/**
 * 1 Jan 2000 as an Excel serial. A smaller number in a period cell is a year or a count typed as a
 * number (2566 would be a day in 1907), not a date anyone tracks.
 */
const FIRST_TRACKED_SERIAL = 36_526;

/** A period typed as a date, quoted as the check's messages quote dates: "31 ธ.ค. 2567". */
const PERIOD_DATE: ThaiDateFormat = { digits: "arabic", form: "short" };

/** A cell Excel shows as a date, where it keeps a serial (45657); null for any other cell. */
function cellDate(value: unknown): CalendarDate | null {
  return typeof value === "number" && value >= FIRST_TRACKED_SERIAL ? excelSerialToDate(value) : null;
}

/** A date cell as the user sees it and the check quotes it, "31 ธ.ค. 2567", not 45657; null for any other cell. */
export function dateCellText(value: unknown): string | null {
  const date = cellDate(value);
  return date && formatThaiDate(date, PERIOD_DATE);
}

/** Reads a status cell, without what pasting from the web leaves around the sign ("<p>○</p>"). */
function markOf(value: unknown): StatusMark {
  return parseStatusMark(typeof value === "string" ? withoutMarkup(value) : value);
}

/**
 * The readers of one check. Grids repeat the same few periods and indicators down thousands of rows,
 * so each distinct text is read once.
 */
class RowReaders {
  private readonly periods = new Map<string, PeriodReading>();
  private readonly indicatorTools = new Map<string, ToolId | null>();

  constructor(private readonly framework: Framework) {}

  period(value: unknown): PeriodReading {
    if (isBlankCell(value)) return { kind: "blank" };
    if (typeof value === "number") {
      const date = cellDate(value);
      return date
        ? { kind: "range", text: formatThaiDate(date, PERIOD_DATE), start: date, end: date }
        : { kind: "unreadable", text: String(value) };
    }
    if (typeof value !== "string") return { kind: "unreadable", text: cellText(value) };
    let reading = this.periods.get(value);
    if (reading === undefined) {
      const result = parsePeriod(value, { fiscalYear: this.framework.fiscalYear });
      const text = cellText(value);
      reading = result.ok
        ? { kind: "range", text, start: result.start, end: result.end }
        : result.reason === "empty"
          ? { kind: "blank" }
          : { kind: "unreadable", text };
      this.periods.set(value, reading);
    }
    return reading;
  }

  /** The tool of the indicator a text names, by name or by question code; null if it names none. */
  indicatorTool(text: string): ToolId | null {
    let tool = this.indicatorTools.get(text);
    if (tool === undefined) {
      const code = parseQuestionCode(text);
      tool =
        indicatorByName(this.framework, text)?.tool ?? (code ? TOOL_OF_QUESTION_PREFIX[code.prefix] : null);
      this.indicatorTools.set(text, tool);
    }
    return tool;
  }
}

class GridRowCheck {
  private readonly readers: RowReaders;
  /**
   * Where this quarter's progress goes: only while today falls in the workbook's fiscal year and the
   * grid has that quarter's column. Another year's grid has no column for today, so nothing is asked.
   */
  private readonly currentQuarter: { quarter: FiscalQuarter; column: number } | null;

  constructor(
    private readonly cells: SheetCells,
    private readonly grid: TrackingGrid,
    private readonly context: GridCheckContext,
    private readonly findings: Finding[],
  ) {
    this.readers = new RowReaders(context.framework);
    const { today, framework } = context;
    const quarter = fiscalQuarterOf(today);
    const column = grid.quarters[quarter];
    this.currentQuarter =
      fiscalYearOf(today) === framework.fiscalYear && column !== undefined ? { quarter, column } : null;
  }

  /** A row someone wrote in: text in a content column, or a status cell holding more than an empty sign. */
  hasContent(row: number): boolean {
    return (
      this.grid.contentColumns.some((column) => !isBlankCell(this.cells.own(row, column))) ||
      this.grid.statuses.some(({ column }) => markOf(this.cells.own(row, column)).kind !== "empty")
    );
  }

  /** A copy of the header row, as tables pasted from several pages of a report repeat it. */
  repeatsHeader(row: number): boolean {
    const { cells, grid } = this;
    return grid.statuses.every(
      ({ column }) => headerKey(cells.own(row, column)) === headerKey(cells.own(grid.headerRow, column)),
    );
  }

  /** Every status cell is merged with the row above: this row adds steps or results to that row's measure. */
  continuesRowAbove(row: number): boolean {
    return this.grid.statuses.every(({ column }) => this.cells.continuesAbove(row, column));
  }

  check(row: number): TrackedRow {
    const status = this.status(row);
    const { fields } = this.grid;
    this.require(row, fields.measure ?? fields.steps, "required.measure");
    this.require(row, fields.responsible, "required.responsible");
    if (status === "done") this.require(row, fields.summary, "required.summaryWhenDone");
    this.indicator(row);
    const { overdue, period } = this.period(row, status);
    if (status === "inProgress" && this.currentQuarter && this.isBlank(row, this.currentQuarter.column)) {
      const { quarter, column } = this.currentQuarter;
      this.findings.push(finding("progress.quarterEmpty", row, column, { quarter }));
    }
    return {
      row,
      status,
      overdue,
      measure: this.fieldText(row, fields.measure === undefined ? "steps" : "measure"),
      steps: fields.measure === undefined ? "" : this.fieldText(row, "steps"),
      responsible: this.fieldText(row, "responsible"),
      period,
      monitoring: this.fieldText(row, "monitoring"),
      reported: FISCAL_QUARTERS.filter((quarter) => {
        const column = this.grid.quarters[quarter];
        return column !== undefined && !this.isBlank(row, column);
      }),
    };
  }

  private isBlank(row: number, column: number): boolean {
    return isBlankCell(this.cells.shown(row, column));
  }

  private fieldText(row: number, field: GridField): string {
    const column = this.grid.fields[field];
    return column === undefined ? "" : cellText(this.cells.shown(row, column));
  }

  /** The row's status when exactly one status is marked and every mark is readable, else null. */
  private status(row: number): TrackingStatus | null {
    const statuses = this.grid.statuses;
    const marked: TrackingStatus[] = [];
    let unreadable = false;
    for (const { status, column } of statuses) {
      const mark = markOf(this.cells.shown(row, column));
      if (mark.kind === "marked") marked.push(status);
      if (mark.kind === "unknown") {
        unreadable = true;
        this.findings.push(finding("status.unknownMark", row, column, { text: cellText(mark.text) }));
      }
    }
    const first = (statuses[0] as { column: number }).column;
    if (marked.length === 0 && !unreadable) this.findings.push(finding("status.none", row, first, {}));
    if (marked.length > 1) this.findings.push(finding("status.many", row, first, { count: marked.length }));
    return marked.length === 1 && !unreadable ? (marked[0] as TrackingStatus) : null;
  }

  private require(
    row: number,
    column: number | undefined,
    rule: "required.measure" | "required.responsible" | "required.summaryWhenDone",
  ): void {
    if (column !== undefined && this.isBlank(row, column)) this.findings.push(finding(rule, row, column, {}));
  }

  /**
   * The indicator column names an indicator of the grid's tool; where it is empty, a question code
   * opening the weakness ("E๑๒ หน่วยงานควร…", as in the seeds) names one as well.
   */
  private indicator(row: number): void {
    const { indicator, weakness } = this.grid.fields;
    const named = this.fieldText(row, "indicator");
    if (indicator !== undefined && named !== "") {
      const tool = this.readers.indicatorTool(named);
      if (tool === null) this.findings.push(finding("indicator.unknown", row, indicator, { text: named }));
      else this.sameTool(row, indicator, named, tool);
      return;
    }
    const code = weakness === undefined ? null : parseQuestionCode(this.fieldText(row, "weakness"));
    if (weakness !== undefined && code) {
      this.sameTool(row, weakness, formatQuestionCode(code), TOOL_OF_QUESTION_PREFIX[code.prefix]);
    } else if (indicator !== undefined) {
      this.findings.push(finding("required.indicator", row, indicator, {}));
    }
  }

  private sameTool(row: number, column: number, text: string, tool: ToolId): void {
    const gridTool = this.context.tool;
    if (gridTool !== null && tool !== gridTool) {
      this.findings.push(
        finding("indicator.wrongTool", row, column, { text, indicatorTool: tool, gridTool }),
      );
    }
  }

  /**
   * Overdue and not-started are judged only on a row whose status is clear. The period's text is as
   * typed, or the date a date cell shows.
   */
  private period(row: number, status: TrackingStatus | null): { overdue: boolean; period: string } {
    const column = this.grid.fields.period;
    if (column === undefined) return { overdue: false, period: "" };
    const period = this.readers.period(this.cells.shown(row, column));
    if (period.kind === "blank") {
      this.findings.push(finding("required.period", row, column, {}));
      return { overdue: false, period: "" };
    }
    if (period.kind === "unreadable") {
      this.findings.push(finding("period.unreadable", row, column, { text: period.text }));
      return { overdue: false, period: period.text };
    }
    const { today } = this.context;
    const { text, start, end } = period;
    if (status !== null && status !== "done" && compareDates(end, today) < 0) {
      this.findings.push(finding("period.overdue", row, column, { text, end }));
      return { overdue: true, period: text };
    }
    if (status === "notStarted" && compareDates(start, today) <= 0) {
      this.findings.push(finding("period.notStarted", row, column, { text, start }));
    }
    return { overdue: false, period: text };
  }
}

/**
 * Checks every data row of a grid: every row below its header row that has content, blank rows in
 * between skipped. A repeated header row, and a row whose status cells are merged with the row above
 * (more steps of the same measure), are not rows of their own.
 */
export function readTrackingGrid(
  cells: SheetCells,
  grid: TrackingGrid,
  context: GridCheckContext,
): { readonly findings: Finding[]; readonly rows: TrackedRow[] } {
  const findings: Finding[] = [];
  const rows: TrackedRow[] = [];
  const check = new GridRowCheck(cells, grid, context, findings);
  for (let row = grid.headerRow + 1; row <= cells.rowCount; row++) {
    if (check.hasContent(row) && !check.repeatsHeader(row) && !check.continuesRowAbove(row)) {
      rows.push(check.check(row));
    }
  }
  return { findings, rows };
}

export function checkTrackingGrid(
  cells: SheetCells,
  grid: TrackingGrid,
  context: GridCheckContext,
): Finding[] {
  return readTrackingGrid(cells, grid, context).findings;
}
