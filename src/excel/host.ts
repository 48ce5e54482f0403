// Where the task pane reaches Excel: Excel.run and Office's own requirement-set check, around the use
// cases, which take the context and the check as parameters so that tests run them on the fake host.
import { todayInThailand } from "../domain/thaiCalendar";
import { scoreConversions } from "../layout/scoreConversions";
import type { Problem, WorkbookCheck } from "../layout/workbookCheck";
import { askHost, type HostProbe } from "./askHost";
import { checkItaWorkbook } from "./checkItaWorkbook";
import { convertScores } from "./convertScores";
import { insertItaSheets, type InsertOptions, type InsertResult } from "./insertItaSheets";
import { selectCell } from "./selectCell";
import { summariseItaWorkbook } from "./summariseItaWorkbook";
import { consolidateWorkbook, type ConsolidationOutcome, type UnitFilesRead } from "./consolidateWorkbook";
import type { SummaryOutcome } from "./summaryOutcome";
import type { SettingsSheetReading } from "../layout/settingsSheet";
import type { SettingsChoice } from "../layout/settingsWrites";
import type { NextYearPlan } from "../layout/nextYear";
import { planNextYearWorkbook } from "./planNextYearWorkbook";
import { readWorkbookSettings } from "./readSettings";
import { saveSettings, type SettingsSaved } from "./saveSettings";

function isSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

/**
 * A user still typing in a cell does not leave edit mode by clicking the pane, and a batch sent then
 * fails. With this option Excel holds the batch until the edit ends. Hosts that predate the option
 * ignore it; the pane then asks the user to finish the edit (failures.ts).
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

function inExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(RUN_OPTIONS, batch);
}

export function insertItaSheetsInExcel(options: InsertOptions): Promise<InsertResult> {
  return inExcel((context) => insertItaSheets(context, isSetSupported, todayInThailand(new Date()), options));
}

export function checkWorkbookInExcel(): Promise<WorkbookCheck> {
  return inExcel((context) => checkItaWorkbook(context, isSetSupported, todayInThailand(new Date())));
}

export function selectCellInExcel(sheet: string, address: string): Promise<void> {
  return inExcel((context) => selectCell(context, sheet, address));
}

/** Converts the scores of those problems that have a number to write (see scoreConversions). */
export function convertScoresInExcel(problems: readonly Problem[]): Promise<number> {
  return inExcel((context) => convertScores(context, scoreConversions(problems)));
}

/** The workbook's settings as stored; null when it has no ITA sheets yet. */
export function readSettingsInExcel(): Promise<SettingsSheetReading | null> {
  return inExcel((context) => readWorkbookSettings(context, isSetSupported, todayInThailand(new Date())));
}

export function saveSettingsInExcel(choice: SettingsChoice): Promise<SettingsSaved> {
  return inExcel((context) => saveSettings(context, isSetSupported, todayInThailand(new Date()), choice));
}

export function summariseInExcel(): Promise<SummaryOutcome> {
  return inExcel((context) => summariseItaWorkbook(context, isSetSupported, todayInThailand(new Date())));
}

export function consolidateInExcel(read: UnitFilesRead): Promise<ConsolidationOutcome> {
  return inExcel((context) =>
    consolidateWorkbook(context, isSetSupported, todayInThailand(new Date()), read),
  );
}

export function planNextYearInExcel(): Promise<NextYearPlan> {
  return inExcel((context) => planNextYearWorkbook(context, isSetSupported, todayInThailand(new Date())));
}

/**
 * Opens an .xlsx, given as base64, as a new workbook in a window of its own (ExcelApi 1.8); false on an
 * Excel that cannot, which then offers the file to save instead.
 */
export async function openWorkbookInExcel(base64: string): Promise<boolean> {
  if (!isSetSupported("ExcelApi", "1.8")) return false;
  await Excel.createWorkbook(base64);
  return true;
}

/** The support tool: the checklist's open questions put to this Excel, and which Excel answered. */
export async function askHostInExcel(): Promise<HostProbe> {
  const answers = await inExcel((context) => askHost(context));
  // Office documents diagnostics for every host; should one leave it out, the report says so.
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  const described = (value: unknown) => (value === undefined ? "unknown" : String(value));
  return {
    answers,
    host: {
      host: described(diagnostics?.host),
      platform: described(diagnostics?.platform),
      version: described(diagnostics?.version),
    },
  };
}
