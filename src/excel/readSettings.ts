// Reading the workbook's settings: the settings box of every sheet in one sync (see sheetWalk), since
// which sheet holds the settings is known only from its marker, read in that same sync.
import type { CalendarDate } from "../domain/thaiCalendar";
import { findSettings, type Cells, type SheetContents } from "../layout/insertPlan";
import { settingsExtent, type SettingsSheetReading } from "../layout/settingsSheet";
import { hostCapabilities, type HostCapabilities, type IsSetSupported } from "./capabilities";
import { readEverySheet } from "./sheetWalk";

export interface SettingsFound {
  readonly reading: SettingsSheetReading;
  /** The settings sheet's values from A1 and its name, where a save writes; null if its registry is broken. */
  readonly sheet: { readonly name: string; readonly values: Cells } | null;
}

/** Null when the workbook has no ITA sheets yet. */
export async function readSettings(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  today: CalendarDate,
): Promise<SettingsFound | null> {
  const extent = settingsExtent(today);
  const read = await readEverySheet(context, capabilities, (sheet) =>
    sheet.getRange(extent).load("formulas, values"),
  );
  const sheets: SheetContents[] = read.map(({ sheet, area }) => ({
    name: sheet.name,
    visibility: sheet.visibility as SheetContents["visibility"],
    formulas: area.formulas,
    values: area.values,
  }));
  const reading = findSettings(sheets, today);
  if (reading === null) return null;
  // The settings sheet registers itself too, by a reference Excel keeps pointing at it through renames.
  const own = sheets.find((sheet) => sheet.name === reading.registry.settings);
  return { reading, sheet: own === undefined ? null : { name: own.name, values: own.values } };
}

/** The settings as the Settings panel shows them; null when the workbook has no ITA sheets yet. */
export async function readWorkbookSettings(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
): Promise<SettingsSheetReading | null> {
  const found = await readSettings(context, hostCapabilities(isSetSupported), today);
  return found?.reading ?? null;
}
