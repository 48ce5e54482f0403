// Carrying a year's measures into the next year's grid: every measure not done goes on, with a note of
// where it came from and a record of what it was, so the new year starts from where the last one ended
// and nothing said in the old grid is lost. Quarter progress and results belong to the year they were
// written in: they go into the record, and the new year's columns start empty.
import { cellText } from "./cellText";
import type { TrackedRow } from "./gridCheck";
import {
  headerKey,
  STATUS_HEADER_OF,
  type GridField,
  type TrackingGrid,
  type TrackingStatus,
} from "./gridColumns";
import { parsePeriod } from "./period";
import type { SheetCells } from "./sheetCells";
import { compareDates, fiscalYearRange, type FiscalQuarter } from "./thaiCalendar";
import { formatDigits, type DigitStyle } from "./thaiDigits";

/** A measure as it starts the next year. */
export interface CarriedMeasure {
  readonly indicator: string;
  readonly weakness: string;
  readonly measure: string;
  readonly steps: string;
  readonly responsible: string;
  /** Kept where it still reaches into the new year or names no year; emptied, and noted, where it ended. */
  readonly period: string;
  /** Where it stood; null where last year's status was not one clear mark, for staff to set. */
  readonly status: Exclude<TrackingStatus, "done"> | null;
  /** One line for the new grid's หมายเหตุ: the year it comes from and its status then. */
  readonly note: string;
  /**
   * What the measure was last year, a field a line: its status, its period where that ended, and every
   * other column's text (each quarter's progress, results, notes) under its header ("" where it had none).
   */
  readonly record: readonly CarriedField[];
}

export interface CarriedField {
  readonly header: string;
  readonly text: string;
}

/** The fields a carried measure keeps in its own columns; every other headed column goes to history. */
const KEPT: readonly GridField[] = [
  "number",
  "indicator",
  "weakness",
  "measure",
  "steps",
  "responsible",
  "period",
];

interface CarryContext {
  readonly fromYear: number;
  readonly digitStyle: DigitStyle;
}

function headerOf(cells: SheetCells, grid: TrackingGrid, column: number): string {
  const own = cellText(cells.own(grid.headerRow, column));
  return own !== "" || grid.headerRow === 1 ? own : cellText(cells.own(grid.headerRow - 1, column));
}

/** A period that ended before the next fiscal year began: it was last year's plan, not this year's. */
function ended(period: string, toYear: number): boolean {
  const read = parsePeriod(period, { fiscalYear: toYear });
  return read.ok && compareDates(read.end, fiscalYearRange(toYear).start) < 0;
}

/** The measure's own row and those below whose status cells are merged with it: more of its steps. */
function rowsOfMeasure(cells: SheetCells, grid: TrackingGrid, first: number): number[] {
  const rows = [first];
  const continues = (row: number) =>
    row <= cells.rowCount && grid.statuses.every(({ column }) => cells.continuesAbove(row, column));
  while (continues(first + rows.length)) rows.push(first + rows.length);
  return rows;
}

/** A column's text over the measure's rows, a line each; a merged cell counts once. */
function textOver(cells: SheetCells, rows: readonly number[], column: number): string {
  return rows
    .map((row, index) => cellText(index === 0 ? cells.shown(row, column) : cells.own(row, column)))
    .filter((text) => text !== "")
    .join("\n");
}

function carryRow(
  cells: SheetCells,
  grid: TrackingGrid,
  tracked: TrackedRow,
  context: CarryContext,
): CarriedMeasure {
  const rows = rowsOfMeasure(cells, grid, tracked.row);
  const text = (field: GridField) => {
    const column = grid.fields[field];
    return column === undefined ? "" : textOver(cells, rows, column);
  };
  const toYear = context.fromYear + 1;
  const periodEnded = tracked.period !== "" && ended(tracked.period, toYear);
  const year = formatDigits(String(context.fromYear), context.digitStyle);
  const status = tracked.status === null ? "สถานะไม่ชัดเจน" : STATUS_HEADER_OF[tracked.status];
  const kept = new Set(KEPT.map((field) => grid.fields[field]));
  const quarterOf = new Map(
    Object.entries(grid.quarters).map(([quarter, column]) => [column, Number(quarter) as FiscalQuarter]),
  );
  const written = grid.contentColumns
    .filter((column) => !kept.has(column))
    .flatMap((column) => {
      const value = textOver(cells, rows, column);
      if (value === "") return [];
      const quarter = quarterOf.get(column);
      const header =
        quarter === undefined
          ? headerOf(cells, grid, column)
          : `ไตรมาส ${formatDigits(String(quarter), context.digitStyle)}`;
      return [{ header: headerKey(header) === "" ? "" : header, text: value }];
    });
  return {
    indicator: text("indicator"),
    weakness: text("weakness"),
    measure: text("measure"),
    steps: text("steps"),
    responsible: text("responsible"),
    period: periodEnded ? "" : tracked.period,
    status: tracked.status === "done" ? null : tracked.status,
    note: `ยกมาจากปีงบประมาณ ${year} (${status})`,
    record: [
      { header: `สถานะปีงบประมาณ ${year}`, text: status },
      ...(periodEnded ? [{ header: "ระยะเวลาเดิม", text: tracked.period }] : []),
      ...written,
    ],
  };
}

/**
 * The measures of one grid that go on into the next year: every row read (readTrackingGrid) but those
 * done, in the grid's order. A row whose status is unclear goes on too: only staff can say if it is done.
 */
export function carryMeasures(
  cells: SheetCells,
  grid: TrackingGrid,
  rows: readonly TrackedRow[],
  context: CarryContext,
): CarriedMeasure[] {
  return rows.filter((row) => row.status !== "done").map((row) => carryRow(cells, grid, row, context));
}
