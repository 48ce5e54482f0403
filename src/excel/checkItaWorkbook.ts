// "Check": read every sheet (one sync), check the values (pure). Nothing is written.
import type { CalendarDate } from "../domain/thaiCalendar";
import { settingsExtent } from "../layout/settingsSheet";
import { checkSheets, type WorkbookCheck } from "../layout/workbookCheck";
import { hostCapabilities, type IsSetSupported } from "./capabilities";
import { readForCheck } from "./readForCheck";

export async function checkItaWorkbook(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
): Promise<WorkbookCheck> {
  const sheets = await readForCheck(context, hostCapabilities(isSetSupported), settingsExtent(today));
  return { ...checkSheets(sheets, today), mergesUnknown: sheets.some((sheet) => sheet.merges === undefined) };
}
