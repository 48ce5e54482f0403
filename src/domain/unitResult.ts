// What one unit sends its parent office, as read: from the unit's own workbook (made by this add-in)
// or from a row the parent typed or pasted for a unit that does not use it. Figures are kept as given:
// scoring them by the year's rules, and finding what does not add up, is consolidation's work.
import { TOOL_IDS, type ToolId } from "./framework";
import { cellScores } from "./indicatorScore";
import type { OitReadiness } from "./oitRegister";
import type { WorkbookSummary } from "./summary";
import { FISCAL_QUARTERS } from "./thaiCalendar";

/** Where a unit's figures were read: a file, or a row of the parent's units sheet. */
export type UnitOrigin =
  | { readonly kind: "file"; readonly file: string }
  | { readonly kind: "row"; readonly sheet: string; readonly row: number };

/** The measures of a unit's grids, counted as its summary counts them. */
export interface UnitMeasures {
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  /** Every measure row, those with an unclear status included. */
  readonly rows: number;
  /** Not done, and their period has ended. */
  readonly overdue: number;
  /** How many measures have progress written in each fiscal quarter, Q1 to Q4. */
  readonly reportedByQuarter: readonly [number, number, number, number];
}

/** Cells where a unit's figures sit, "'คะแนน ITA'!C7": findings point at them. */
export interface UnitCells {
  readonly name?: string;
  readonly year?: string;
  /** In indicator-number order. */
  readonly indicators?: readonly string[];
  readonly tools?: Readonly<Partial<Record<ToolId, string>>>;
  readonly total?: string;
  readonly level?: string;
}

export interface UnitResult {
  readonly name: string;
  /** The parent's code for the unit; "" when none is given. */
  readonly code: string;
  readonly type: string;
  readonly group: string;
  /** Null where the year given is not a year. */
  readonly fiscalYear: number | null;
  /** In indicator-number order, null where a score is missing; null when no indicator score is given. */
  readonly indicators: readonly (number | null)[] | null;
  /** Tool scores as given (out of 100); a tool left out was not given. */
  readonly tools: Readonly<Partial<Record<ToolId, number>>>;
  /** The total and the level as the unit or NACC reported them; null when not given. */
  readonly total: number | null;
  readonly level: string | null;
  /** Last year's total, where the unit's workbook or the row keeps it. */
  readonly previousTotal: number | null;
  /** Null for a unit whose measures were not sent (a typed row). */
  readonly measures: UnitMeasures | null;
  readonly oit: OitReadiness | null;
  readonly origin: UnitOrigin;
  /** What the table's ที่มา column says: the file a row was read from; "" for a row typed in. */
  readonly source: string;
  readonly cells: UnitCells;
}

/** A unit's identity as the parent's registry knows it, where the unit's own file does not say. */
export interface UnitIdentity {
  readonly code: string;
  readonly type: string;
  readonly group: string;
}

export const NO_IDENTITY: UnitIdentity = { code: "", type: "", group: "" };

function measuresOf(summary: WorkbookSummary): UnitMeasures {
  const rows = summary.grids.filter(({ tool }) => tool !== null).flatMap((grid) => grid.rows);
  const count = (status: "done" | "inProgress" | "notStarted") =>
    TOOL_IDS.reduce((sum, tool) => sum + summary.progress[tool][status], 0);
  const reported = FISCAL_QUARTERS.map(
    (quarter) => rows.filter((row) => row.reported.includes(quarter)).length,
  ) as [number, number, number, number];
  return {
    done: count("done"),
    inProgress: count("inProgress"),
    notStarted: count("notStarted"),
    rows: rows.length,
    overdue: summary.overdue.filter(({ tool }) => tool !== null).length,
    reportedByQuarter: reported,
  };
}

/** What a unit's own workbook gave: its summary, and its score cells as read with their addresses. */
export interface UnitWorkbookReading {
  readonly summary: WorkbookSummary;
  /** The score list's cells in indicator-number order; null for a workbook without a score sheet. */
  readonly scoreCells: readonly unknown[] | null;
  readonly scoreAddresses: readonly string[] | null;
}

/** A unit's result from its own workbook. Its name is the agency its settings name, else the file's. */
export function unitResultOfWorkbook(reading: UnitWorkbookReading, file: string): UnitResult {
  const { summary, scoreCells, scoreAddresses } = reading;
  const scores = scoreCells && cellScores(scoreCells, summary.framework.indicators.length);
  return {
    name: summary.settings.agency.trim() || file.replace(/\.xlsx$/i, ""),
    ...NO_IDENTITY,
    fiscalYear: summary.settings.fiscalYear,
    indicators: scores && scores.some((score) => score !== null) ? scores : null,
    tools: {},
    total: null,
    level: null,
    previousTotal: summary.comparison?.total.previous ?? null,
    measures: measuresOf(summary),
    oit: summary.oitReadiness,
    origin: { kind: "file", file },
    source: file,
    cells: scoreAddresses ? { indicators: scoreAddresses } : {},
  };
}
