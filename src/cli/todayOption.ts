import { parseIsoDate, todayInThailand, type CalendarDate } from "../domain/thaiCalendar";
import { UsageError } from "./usageError";

/** Reads --today (a Gregorian date), the day against which periods are overdue; without it, today in Thailand. */
export function todayOption(text: string | undefined): CalendarDate {
  if (text === undefined) return todayInThailand(new Date());
  const date = parseIsoDate(text);
  if (!date) {
    throw new UsageError(
      `วันที่ "${text}" ต้องเป็น YYYY-MM-DD ปี ค.ศ. เช่น 2025-03-31 | --today must be a date YYYY-MM-DD`,
    );
  }
  return date;
}
