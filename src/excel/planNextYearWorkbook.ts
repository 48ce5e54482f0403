// "Start the new fiscal year": read every sheet as a check reads them (one sync), and plan the next
// year's workbook (pure). Nothing is written to this workbook: the new year goes into a new one.
import type { CalendarDate } from "../domain/thaiCalendar";
import { planNextYear, type NextYearPlan } from "../layout/nextYear";
import { settingsExtent } from "../layout/settingsSheet";
import { hostCapabilities, type IsSetSupported } from "./capabilities";
import { readForCheck } from "./readForCheck";

export async function planNextYearWorkbook(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
): Promise<NextYearPlan> {
  const sheets = await readForCheck(context, hostCapabilities(isSetSupported), settingsExtent(today));
  return planNextYear(sheets, today);
}
