// Where the task pane reaches Excel: Excel.run and Office's own requirement-set check, around the use
// cases, which take the context and the check as parameters so that tests run them on the fake host.
import { todayInThailand } from "../domain/thaiCalendar";
import { scoreConversions } from "../layout/scoreConversions";
import type { Problem, WorkbookCheck } from "../layout/workbookCheck";
import { checkItaWorkbook } from "./checkItaWorkbook";
import { convertScores } from "./convertScores";
import { insertItaSheets, type InsertOptions, type InsertResult } from "./insertItaSheets";
import { selectCell } from "./selectCell";
import { summariseItaWorkbook } from "./summariseItaWorkbook";
import type { SummaryOutcome } from "./summaryOutcome";
import type { SettingsSheetReading } from "../layout/settingsSheet";
import type { SettingsChoice } from "../layout/settingsWrites";
import { readWorkbookSettings } from "./readSettings";
import { saveSettings, type SettingsSaved } from "./saveSettings";

function isSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

export function insertItaSheetsInExcel(options: InsertOptions): Promise<InsertResult> {
  return Excel.run((context) =>
    insertItaSheets(context, isSetSupported, todayInThailand(new Date()), options),
  );
}

export function checkWorkbookInExcel(): Promise<WorkbookCheck> {
  return Excel.run((context) => checkItaWorkbook(context, isSetSupported, todayInThailand(new Date())));
}

export function selectCellInExcel(sheet: string, address: string): Promise<void> {
  return Excel.run((context) => selectCell(context, sheet, address));
}

/** Converts the scores of those problems that have a number to write (see scoreConversions). */
export function convertScoresInExcel(problems: readonly Problem[]): Promise<number> {
  return Excel.run((context) => convertScores(context, scoreConversions(problems)));
}

/** The workbook's settings as stored; null when it has no ITA sheets yet. */
export function readSettingsInExcel(): Promise<SettingsSheetReading | null> {
  return Excel.run((context) => readWorkbookSettings(context, isSetSupported, todayInThailand(new Date())));
}

export function saveSettingsInExcel(choice: SettingsChoice): Promise<SettingsSaved> {
  return Excel.run((context) => saveSettings(context, isSetSupported, todayInThailand(new Date()), choice));
}

export function summariseInExcel(): Promise<SummaryOutcome> {
  return Excel.run((context) => summariseItaWorkbook(context, isSetSupported, todayInThailand(new Date())));
}
