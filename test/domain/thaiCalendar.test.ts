import fc from "fast-check";
import {
  BE_OFFSET,
  beToCe,
  calendarYearOfFiscalMonth,
  ceToBe,
  compareDates,
  daysInMonth,
  excelSerialToDate,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  formatIsoDate,
  formatThaiDate,
  isFiscalQuarter,
  isLeapYear,
  isValidDate,
  parseIsoDate,
  THAI_MONTHS,
  todayInThailand,
  type CalendarDate,
  type FiscalQuarter,
} from "../../src/domain/thaiCalendar";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../support/thaiMonthNames";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

/** An independent oracle: the UTC calendar keeps a date only if it exists. */
const existsOnUtcCalendar = ({ year, month, day }: CalendarDate) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;

const anyDate = fc
  .record({
    year: fc.integer({ min: 1901, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(existsOnUtcCalendar);

const within = (day: CalendarDate, range: { start: CalendarDate; end: CalendarDate }) =>
  compareDates(range.start, day) <= 0 && compareDates(day, range.end) <= 0;

describe("Buddhist era", () => {
  it("is CE + 543", () => {
    expect(BE_OFFSET).toBe(543);
    expect(ceToBe(2025)).toBe(2568);
    expect(beToCe(2568)).toBe(2025);
    expect(beToCe(2569)).toBe(2026);
  });
});

describe("the calendar", () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])("leap year %p: %p", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2023, 1, 31],
    [2023, 4, 30],
    [2023, 6, 30],
    [2023, 9, 30],
    [2023, 11, 30],
    [2023, 12, 31],
    [2023, 7, 31],
    [2023, 8, 31],
  ])("%p-%p has %p days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it("agrees with the UTC calendar on the length of every month (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = daysInMonth(year, month);
        expect(existsOnUtcCalendar(date(year, month, days))).toBe(true);
        expect(existsOnUtcCalendar(date(year, month, days + 1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [date(2024, 2, 29), true],
    [date(2023, 2, 29), false],
    [date(2023, 4, 31), false],
    [date(2023, 0, 1), false],
    [date(2023, 13, 1), false],
    [date(2023, 1, 0), false],
    [date(2023, 1, 1.5), false],
    [date(Number.NaN, 1, 1), false],
  ])("isValidDate(%p) is %p", (value, valid) => {
    expect(isValidDate(value)).toBe(valid);
  });

  it.each([
    [date(2023, 3, 31), date(2023, 4, 1), -1],
    [date(2023, 4, 1), date(2023, 3, 31), 1],
    [date(2022, 12, 31), date(2023, 1, 1), -1],
    [date(2023, 1, 2), date(2023, 1, 1), 1],
    [date(2023, 5, 5), date(2023, 5, 5), 0],
  ])("compareDates(%p, %p) has the sign %p", (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });

  it("orders dates as time does (property)", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const time = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(time(a) - time(b)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fiscal year and quarters", () => {
  it.each([
    [date(2024, 9, 30), 2567, 4],
    [date(2024, 10, 1), 2568, 1],
    [date(2024, 12, 31), 2568, 1],
    [date(2025, 1, 1), 2568, 2],
    [date(2025, 3, 31), 2568, 2],
    [date(2025, 4, 1), 2568, 3],
    [date(2025, 6, 30), 2568, 3],
    [date(2025, 7, 1), 2568, 4],
    [date(2025, 9, 30), 2568, 4],
    [date(2025, 10, 1), 2569, 1],
    [date(2026, 11, 21), 2570, 1],
    [date(2024, 2, 29), 2567, 2],
  ])("%p is in fiscal year %p, quarter %p", (day, fiscalYear, quarter) => {
    expect(fiscalYearOf(day)).toBe(fiscalYear);
    expect(fiscalQuarterOf(day)).toBe(quarter);
  });

  it("runs ปีงบประมาณ พ.ศ. ๒๕๖๘ from 1 Oct 2024 to 30 Sep 2025", () => {
    expect(fiscalYearRange(2568)).toEqual({ start: date(2024, 10, 1), end: date(2025, 9, 30) });
  });

  it.each([
    [2568, 1, date(2024, 10, 1), date(2024, 12, 31)],
    [2568, 2, date(2025, 1, 1), date(2025, 3, 31)],
    [2568, 3, date(2025, 4, 1), date(2025, 6, 30)],
    [2568, 4, date(2025, 7, 1), date(2025, 9, 30)],
    [2566, 2, date(2023, 1, 1), date(2023, 3, 31)],
    [2567, 2, date(2024, 1, 1), date(2024, 3, 31)],
  ] as const)("fiscal year %p quarter %p runs %p to %p", (fiscalYear, quarter, start, end) => {
    expect(fiscalQuarterRange(fiscalYear, quarter)).toEqual({ start, end });
  });

  it.each([
    [2568, 10, 2024],
    [2568, 12, 2024],
    [2568, 1, 2025],
    [2568, 9, 2025],
  ])("month %2$p of fiscal year %1$p falls in %3$p", (fiscalYear, month, year) => {
    expect(calendarYearOfFiscalMonth(fiscalYear, month)).toBe(year);
  });

  it.each([
    [1, true],
    [4, true],
    [0, false],
    [5, false],
    [1.5, false],
  ])("isFiscalQuarter(%p) is %p", (value, expected) => {
    expect(isFiscalQuarter(value)).toBe(expected);
  });

  it("place every date in the year and the quarter whose ranges hold it (property)", () => {
    const quarters: FiscalQuarter[] = [1, 2, 3, 4];
    fc.assert(
      fc.property(anyDate, (day) => {
        const fiscalYear = fiscalYearOf(day);
        expect(within(day, fiscalYearRange(fiscalYear))).toBe(true);
        expect(within(day, fiscalYearRange(fiscalYear - 1))).toBe(false);
        expect(within(day, fiscalYearRange(fiscalYear + 1))).toBe(false);
        const holding = quarters.filter((quarter) => within(day, fiscalQuarterRange(fiscalYear, quarter)));
        expect(holding).toEqual([fiscalQuarterOf(day)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("tile each fiscal year with its quarters, day after day (property)", () => {
    const nextDay = ({ year, month, day }: CalendarDate) => {
      const next = new Date(Date.UTC(year, month - 1, day + 1));
      return date(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
    };
    fc.assert(
      fc.property(fc.integer({ min: 2450, max: 2700 }), (fiscalYear) => {
        const ranges = ([1, 2, 3, 4] as const).map((quarter) => fiscalQuarterRange(fiscalYear, quarter));
        expect(ranges[0]?.start).toEqual(fiscalYearRange(fiscalYear).start);
        expect(ranges[3]?.end).toEqual(fiscalYearRange(fiscalYear).end);
        for (let index = 1; index < 4; index += 1) {
          const previous = ranges[index - 1];
          expect(previous && nextDay(previous.end)).toEqual(ranges[index]?.start);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("ISO dates", () => {
  it.each([
    ["2026-11-21", date(2026, 11, 21)],
    ["2024-02-29", date(2024, 2, 29)],
    ["0999-01-01", date(999, 1, 1)],
  ])("read %p", (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it.each([
    ["2023-02-29"],
    ["2023-13-01"],
    ["2023-00-10"],
    ["2023-04-31"],
    ["2023-4-1"],
    ["21/11/2026"],
    [" 2026-11-21"],
    ["2026-11-21T00:00:00Z"],
    ["๒๐๒๖-๑๑-๒๑"],
    [""],
  ])("refuse %p", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it.each([
    [date(2026, 11, 21), "2026-11-21"],
    [date(2023, 1, 5), "2023-01-05"],
    [date(999, 1, 1), "0999-01-01"],
  ])("write %p as %p", (value, text) => {
    expect(formatIsoDate(value)).toBe(text);
  });

  it("round-trip every date (property)", () => {
    fc.assert(
      fc.property(anyDate, (day) => {
        expect(parseIsoDate(formatIsoDate(day))).toEqual(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("today in Thailand", () => {
  it.each([
    ["2026-11-20T16:59:59.999Z", date(2026, 11, 20)],
    ["2026-11-20T17:00:00.000Z", date(2026, 11, 21)],
    ["2025-12-31T17:00:00.000Z", date(2026, 1, 1)],
    ["2025-09-30T16:59:59.999Z", date(2025, 9, 30)],
    ["2025-09-30T17:00:00.000Z", date(2025, 10, 1)],
    ["2024-02-28T17:00:00.000Z", date(2024, 2, 29)],
  ])("at %p is %p", (instant, expected) => {
    expect(todayInThailand(new Date(instant))).toEqual(expected);
  });

  it("refuse an invalid Date", () => {
    expect(() => todayInThailand(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("agree with the Asia/Bangkok time zone database (property)", () => {
    const bangkok = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Bangkok",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2200, 0, 1) }), (time) => {
        expect(formatIsoDate(todayInThailand(new Date(time)))).toBe(bangkok.format(new Date(time)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Excel serial dates (1900 date system)", () => {
  it.each([
    [1, date(1900, 1, 1)],
    [59, date(1900, 2, 28)],
    [60, date(1900, 2, 29)],
    [61, date(1900, 3, 1)],
    [366, date(1900, 12, 31)],
    [367, date(1901, 1, 1)],
    [36526, date(2000, 1, 1)],
    [45000, date(2023, 3, 15)],
    [45000.75, date(2023, 3, 15)],
    [45351, date(2024, 2, 29)],
    [45565, date(2024, 9, 30)],
    [45566, date(2024, 10, 1)],
    [46347, date(2026, 11, 21)],
    [2958465, date(9999, 12, 31)],
    [2958465.999, date(9999, 12, 31)],
  ])("serial %p is %p", (serial, expected) => {
    expect(excelSerialToDate(serial)).toEqual(expected);
  });

  it.each([
    [0],
    [0.5],
    [-1],
    [2958466],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
  ])("serial %p is no date", (serial) => {
    expect(excelSerialToDate(serial)).toBeNull();
  });

  it("count days from 30 Dec 1899 after the fake leap day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(excelSerialToDate(serial)).toEqual(
          date(expected.getUTCFullYear(), expected.getUTCMonth() + 1, expected.getUTCDate()),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Thai month names and dates", () => {
  it("name twelve months from มกราคม to ธันวาคม", () => {
    expect(THAI_MONTHS.map((month) => month.abbreviation)).toEqual(MONTH_ABBREVIATIONS);
    expect(THAI_MONTHS.map((month) => month.name)).toEqual(MONTH_NAMES);
  });

  it.each([
    [date(2026, 11, 21), "thai", "long", "๒๑ พฤศจิกายน ๒๕๖๙"],
    [date(2026, 11, 21), "thai", "short", "๒๑ พ.ย. ๒๕๖๙"],
    [date(2026, 11, 21), "arabic", "long", "21 พฤศจิกายน 2569"],
    [date(2026, 11, 21), "arabic", "short", "21 พ.ย. 2569"],
    [date(2023, 1, 1), "thai", "short", "๑ ม.ค. ๒๕๖๖"],
    [date(2025, 9, 30), "thai", "long", "๓๐ กันยายน ๒๕๖๘"],
  ] as const)("write %p in %p digits, %p form, as %p", (value, digits, form, expected) => {
    expect(formatThaiDate(value, { digits, form })).toBe(expected);
  });

  it("refuse a month that does not exist", () => {
    expect(() => formatThaiDate(date(2026, 13, 1), { digits: "thai", form: "long" })).toThrow(RangeError);
  });
});
