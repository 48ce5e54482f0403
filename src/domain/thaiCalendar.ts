import { formatDigits, type DigitStyle } from "./thaiDigits";

/**
 * A day on the Gregorian calendar, year in CE, month 1-12. Plain numbers rather than a JS Date, so
 * that no time zone can move a deadline by a day.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DateRange {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** Quarter of the fiscal year: 1 = ต.ค.-ธ.ค., 2 = ม.ค.-มี.ค., 3 = เม.ย.-มิ.ย., 4 = ก.ค.-ก.ย. */
export type FiscalQuarter = 1 | 2 | 3 | 4;
export const FISCAL_QUARTERS: readonly FiscalQuarter[] = [1, 2, 3, 4];

export const BE_OFFSET = 543;

/** The fiscal year starts in October of the calendar year before the one it is named after. */
const FIRST_FISCAL_MONTH = 10;

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Thailand keeps UTC+7 all year: no daylight saving to account for. */
const BANGKOK_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

export function beToCe(yearBe: number): number {
  return yearBe - BE_OFFSET;
}

export function ceToBe(yearCe: number): number {
  return yearCe + BE_OFFSET;
}

export function isLeapYear(yearCe: number): boolean {
  return (yearCe % 4 === 0 && yearCe % 100 !== 0) || yearCe % 400 === 0;
}

export function daysInMonth(yearCe: number, month: number): number {
  if (month === 2) return isLeapYear(yearCe) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Negative if a is earlier than b, 0 on the same day, positive if later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The BE year in which the fiscal year holding this date ends (1 Oct - 30 Sep). */
export function fiscalYearOf(date: CalendarDate): number {
  return ceToBe(date.month >= FIRST_FISCAL_MONTH ? date.year + 1 : date.year);
}

export function fiscalQuarterOf(date: CalendarDate): FiscalQuarter {
  const monthsIntoFiscalYear = (date.month + 12 - FIRST_FISCAL_MONTH) % 12;
  return (Math.floor(monthsIntoFiscalYear / 3) + 1) as FiscalQuarter;
}

export function isFiscalQuarter(value: number): value is FiscalQuarter {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** The CE year in which a month of a fiscal year falls: ต.ค.-ธ.ค. belong to the year before. */
export function calendarYearOfFiscalMonth(fiscalYearBe: number, month: number): number {
  const endYear = beToCe(fiscalYearBe);
  return month >= FIRST_FISCAL_MONTH ? endYear - 1 : endYear;
}

export function fiscalQuarterRange(fiscalYearBe: number, quarter: FiscalQuarter): DateRange {
  const startMonth = ((FIRST_FISCAL_MONTH - 1 + (quarter - 1) * 3) % 12) + 1;
  const endMonth = startMonth + 2;
  const year = calendarYearOfFiscalMonth(fiscalYearBe, startMonth);
  return {
    start: { year, month: startMonth, day: 1 },
    end: { year, month: endMonth, day: daysInMonth(year, endMonth) },
  };
}

export function fiscalYearRange(fiscalYearBe: number): DateRange {
  return { start: fiscalQuarterRange(fiscalYearBe, 1).start, end: fiscalQuarterRange(fiscalYearBe, 4).end };
}

/** Reads a strict ISO date "2026-11-21"; null for any other text or a day that does not exist. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : null;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function calendarDateOfUtc(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/** The date on a wall calendar in Thailand at this instant, whatever the computer's time zone. */
export function todayInThailand(now: Date): CalendarDate {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError("todayInThailand needs a valid Date.");
  return calendarDateOfUtc(new Date(time + BANGKOK_UTC_OFFSET_MS));
}

/** Excel's own 29 Feb 1900, a day that never was, kept from Lotus 1-2-3 for compatibility. */
const EXCEL_FAKE_LEAP_DAY = 60;
/** 31 Dec 9999, the last day Excel can show. */
const EXCEL_LAST_SERIAL = 2958465;

/** The day of an Excel serial number in the 1900 date system; the time of day is dropped. */
export function excelSerialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= EXCEL_LAST_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === EXCEL_FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const daysAfter31Dec1899 = whole < EXCEL_FAKE_LEAP_DAY ? whole : whole - 1;
  return calendarDateOfUtc(new Date(Date.UTC(1899, 11, 31) + daysAfter31Dec1899 * MS_PER_DAY));
}

export interface ThaiMonth {
  readonly abbreviation: string;
  readonly name: string;
}

/** January first, as on a calendar (not in fiscal order). */
export const THAI_MONTHS: readonly ThaiMonth[] = [
  { abbreviation: "ม.ค.", name: "มกราคม" },
  { abbreviation: "ก.พ.", name: "กุมภาพันธ์" },
  { abbreviation: "มี.ค.", name: "มีนาคม" },
  { abbreviation: "เม.ย.", name: "เมษายน" },
  { abbreviation: "พ.ค.", name: "พฤษภาคม" },
  { abbreviation: "มิ.ย.", name: "มิถุนายน" },
  { abbreviation: "ก.ค.", name: "กรกฎาคม" },
  { abbreviation: "ส.ค.", name: "สิงหาคม" },
  { abbreviation: "ก.ย.", name: "กันยายน" },
  { abbreviation: "ต.ค.", name: "ตุลาคม" },
  { abbreviation: "พ.ย.", name: "พฤศจิกายน" },
  { abbreviation: "ธ.ค.", name: "ธันวาคม" },
];

export interface ThaiDateFormat {
  readonly digits: DigitStyle;
  /** long: "๒๑ พฤศจิกายน ๒๕๖๙" as in letters; short: "๒๑ พ.ย. ๒๕๖๙" as in tables. */
  readonly form: "long" | "short";
}

export function formatThaiDate(date: CalendarDate, format: ThaiDateFormat): string {
  const month = THAI_MONTHS[date.month - 1];
  if (!month) throw new RangeError(`Month ${date.month} is not between 1 and 12.`);
  const monthText = format.form === "long" ? month.name : month.abbreviation;
  return formatDigits(`${date.day} ${monthText} ${ceToBe(date.year)}`, format.digits);
}
