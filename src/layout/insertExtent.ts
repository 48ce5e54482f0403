// The box every insert reads on every sheet: from A1 to the farthest cell any of our plans uses, in any
// fiscal year we know. It is read before the workbook's own settings and names are known, so it is
// taken over every framework; it does not depend on names, agency or thresholds.
import { ACCEPTED_FISCAL_YEARS } from "../domain/frameworks";
import { defaultSettings } from "../domain/workbookSettings";
import type { CalendarDate } from "../domain/thaiCalendar";
import { boundingBox, parseRange, rangeAddress } from "./a1";
import { planExtent } from "./repair";
import { DEFAULT_SHEET_NAMES } from "./sheetNames";
import { workbookPlan } from "./workbookPlan";

function everyPlan(today: CalendarDate) {
  return ACCEPTED_FISCAL_YEARS.flatMap(
    (fiscalYear) => workbookPlan({ ...defaultSettings(today), fiscalYear }, DEFAULT_SHEET_NAMES).sheets,
  );
}

export function insertExtent(today: CalendarDate): string {
  const farthest = boundingBox(everyPlan(today).map((sheet) => parseRange(planExtent(sheet))));
  return rangeAddress({ top: 1, left: 1, bottom: farthest?.bottom ?? 1, right: farthest?.right ?? 1 });
}

/**
 * The ranges our plans' drop-downs cover, in any year: read on every sheet with the extent, so that a
 * repair knows which of its sheet's drop-downs someone deleted.
 */
export function insertValidationAreas(today: CalendarDate): string[] {
  return [...new Set(everyPlan(today).flatMap((sheet) => sheet.validations.map(({ address }) => address)))];
}
