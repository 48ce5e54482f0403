// The pure middle of "สรุปผล", shared by the task pane and `ita-tracker summary`: what a check read in,
// the figures, the memo, the summary sheet's plan and which sheet it goes to out.
import { memoParagraphs } from "../domain/memo";
import { summarise, type WorkbookSummary } from "../domain/summary";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { DigitStyle } from "../domain/thaiDigits";
import { oitPageSource, type OitPageSource } from "./oitPage";
import type { SheetPlan } from "./plan";
import { freeSheetName } from "./sheetNames";
import { isSummarySheet, isUntouchedSummary } from "./summaryMarker";
import { SUMMARY_SHEET_NAME, summarySheetPlan } from "./summarySheet";
import { checkSheets, type CheckedSheet, type SheetForCheck, type WorkbookReading } from "./workbookCheck";

export interface SummaryTarget {
  /** The name the summary sheet is written under. */
  readonly name: string;
  /** A summary sheet left as the add-in wrote it, replaced by the new one; null when it is added. */
  readonly replaces: { readonly name: string; readonly position: number } | null;
  /** A summary sheet under our name that someone has typed in: left as it is. */
  readonly keptEdited: string | null;
}

/** "สรุปผล ITA", or "สรุปผล ITA (2)" … as freeSheetName gives it when the first is taken. */
function hasSummaryName(name: string): boolean {
  const key = name.toLocaleUpperCase();
  const base = SUMMARY_SHEET_NAME.toLocaleUpperCase();
  return key === base || (key.startsWith(`${base} (`) && /\(\d+\)$/.test(key));
}

/**
 * The summary sheet to replace is one of ours, under our name, untouched since it was written. One that
 * someone has typed in, or renamed to keep it (last quarter's, say), is never replaced or deleted.
 */
export function summaryTarget(sheets: readonly CheckedSheet[]): SummaryTarget {
  const named = sheets
    .map((sheet, position) => ({ sheet, position }))
    .filter(({ sheet }) => hasSummaryName(sheet.name) && isSummarySheet(sheet.values));
  const untouched = named.find(({ sheet }) => isUntouchedSummary(sheet.values));
  const edited = named.find(({ sheet }) => !isUntouchedSummary(sheet.values));
  const keptEdited = edited?.sheet.name ?? null;
  if (untouched) {
    const { sheet, position } = untouched;
    return { name: sheet.name, replaces: { name: sheet.name, position }, keptEdited };
  }
  const name = freeSheetName(
    SUMMARY_SHEET_NAME,
    sheets.map((sheet) => sheet.name),
  );
  return { name, replaces: null, keptEdited };
}

/** A workbook with neither a score sheet nor a grid: there is nothing to summarise yet. */
export class NoItaSheetsError extends Error {
  readonly code = "NoItaSheets";

  constructor() {
    super("The workbook has no score sheet and no tracking grid.");
    this.name = "NoItaSheetsError";
  }
}

export interface WorkbookSummaryPlan {
  readonly summary: WorkbookSummary;
  readonly memo: string[];
  readonly plan: SheetPlan;
  readonly target: SummaryTarget;
  /** The OIT register as the agency's web page, read in the same pass; null without a register. */
  readonly oitPage: OitPageSource | null;
}

/**
 * What a check reads of a workbook, and its summary as of `today`; `digits` overrides the workbook's
 * digit style. Throws NoItaSheetsError for a workbook without any of our sheets.
 */
export function readSummary(
  sheets: readonly SheetForCheck[],
  today: CalendarDate,
  digits?: DigitStyle,
): { reading: WorkbookReading; summary: WorkbookSummary } {
  const reading = checkSheets(sheets, today);
  if (reading.scoreCells === null && reading.grids.length === 0) throw new NoItaSheetsError();
  const settings = digits === undefined ? reading.settings : { ...reading.settings, digitStyle: digits };
  const summary = summarise({
    framework: reading.framework,
    settings,
    madeOn: today,
    scoreCells: reading.scoreCells,
    previousScoreCells: reading.previousScoreCells,
    grids: reading.grids,
    oitRegister: reading.oitRegister,
  });
  return { reading, summary };
}

/**
 * The summary sheet's plan and the memo, with `digits` as readSummary takes it. Throws
 * NoItaSheetsError, before anything is written, for a workbook without any of our sheets.
 */
export function planSummary(
  sheets: readonly SheetForCheck[],
  today: CalendarDate,
  digits?: DigitStyle,
): WorkbookSummaryPlan {
  const { reading, summary } = readSummary(sheets, today, digits);
  const settings = summary.settings;
  const memo = memoParagraphs(summary);
  const target = summaryTarget(sheets);
  return {
    summary,
    memo,
    plan: summarySheetPlan(summary, memo, target.name),
    target,
    oitPage: oitPageSource(settings, reading.oitRegister),
  };
}
