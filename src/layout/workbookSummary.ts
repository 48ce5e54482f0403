// The pure middle of "สรุปผล", shared by the task pane and `ita-tracker summary`: what a check read in,
// the figures, the memo, the summary sheet's plan and which sheet it goes to out.
import { memoParagraphs } from "../domain/memo";
import { summarise, type WorkbookSummary } from "../domain/summary";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { DigitStyle } from "../domain/thaiDigits";
import { oitPageSource, type OitPageSource } from "./oitPage";
import type { SheetPlan } from "./plan";
import { ownSheetTarget, type OwnSheetTarget } from "./ownSheetTarget";
import { SUMMARY_MARK } from "./sheetMark";
import { SUMMARY_SHEET_NAME, summarySheetPlan } from "./summarySheet";
import { checkSheets, type CheckedSheet, type SheetForCheck, type WorkbookReading } from "./workbookCheck";

/** The summary sheet to replace is ours, under our name, untouched since it was written. */
export function summaryTarget(sheets: readonly CheckedSheet[]): OwnSheetTarget {
  return ownSheetTarget(sheets, SUMMARY_MARK, SUMMARY_SHEET_NAME);
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
  readonly target: OwnSheetTarget;
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
