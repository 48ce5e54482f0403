import fc from "fast-check";
import { parsePeriod, type PeriodResult } from "../../src/domain/period";
import type { CalendarDate } from "../../src/domain/thaiCalendar";
import { toThaiDigits } from "../../src/domain/thaiDigits";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../support/thaiMonthNames";

const iso = (text: string): CalendarDate => {
  const [year, month, day] = text.split("-").map(Number);
  return { year: year ?? Number.NaN, month: month ?? Number.NaN, day: day ?? Number.NaN };
};
const period = (start: string, end: string): PeriodResult => ({ ok: true, start: iso(start), end: iso(end) });

const FY2566 = { fiscalYear: 2566 };
const FY2568 = { fiscalYear: 2568 };

describe("parsePeriod: months and ranges of months", () => {
  it.each([
    // as written in the seeds
    ["มี.ค. ๒๕๖๖", period("2023-03-01", "2023-03-31")],
    ["มี.ค.๒๕๖๖", period("2023-03-01", "2023-03-31")],
    ["ก.พ. ๒๕๖๖", period("2023-02-01", "2023-02-28")],
    ["ก.ย. ๒๕๖๕", period("2022-09-01", "2022-09-30")],
    ["ธ.ค. ๒๕๖๕", period("2022-12-01", "2022-12-31")],
    ["ต.ค.๒๕๖๕-มี.ค.๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ต.ค. ๒๕๖๕ - มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ต.ค. ๒๕๖๕ มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["<p>ต.ค.๒๕๖๕-มี.ค.๒๕๖๖</p>", period("2022-10-01", "2023-03-31")],
    ["ต.ศ. ๒๕๖๕ มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ต.ศ. ๒๕๖๕ มี.ศ. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ส.ศ. ๒๕๖๕ ก.ย. ๒๕๖๕", period("2022-08-01", "2022-09-30")],
    ["ต.ค. ๒๕๖๕ มี.ย. ๒๕๖๖", period("2022-10-01", "2023-06-30")],
    // every month by abbreviation
    ["ม.ค. ๒๕๖๖", period("2023-01-01", "2023-01-31")],
    ["ก.พ. ๒๕๖๗", period("2024-02-01", "2024-02-29")],
    ["เม.ย. ๒๕๖๖", period("2023-04-01", "2023-04-30")],
    ["พ.ค. ๒๕๖๖", period("2023-05-01", "2023-05-31")],
    ["มิ.ย. ๒๕๖๖", period("2023-06-01", "2023-06-30")],
    ["ก.ค. ๒๕๖๖", period("2023-07-01", "2023-07-31")],
    ["ส.ค. ๒๕๖๖", period("2023-08-01", "2023-08-31")],
    ["พ.ย. ๒๕๖๕", period("2022-11-01", "2022-11-30")],
    // other OCR slips of ค
    ["ม.ศ. ๒๕๖๖", period("2023-01-01", "2023-01-31")],
    ["ก.ศ. ๒๕๖๖", period("2023-07-01", "2023-07-31")],
    ["ธ.ศ. ๒๕๖๕", period("2022-12-01", "2022-12-31")],
    ["มิ.ค. ๒๕๖๖", period("2023-03-01", "2023-03-31")],
    // dots and spaces left out
    ["มีค 66", period("2023-03-01", "2023-03-31")],
    ["ต.ค๒๕๖๕", period("2022-10-01", "2022-10-31")],
    ["ตค.65-มีค.66", period("2022-10-01", "2023-03-31")],
    // full and spoken names
    ["มีนาคม ๒๕๖๖", period("2023-03-01", "2023-03-31")],
    ["ตุลาคม 2565 - กันยายน 2566", period("2022-10-01", "2023-09-30")],
    ["กุมภาพันธ์ 2567", period("2024-02-01", "2024-02-29")],
    ["มีนา 66", period("2023-03-01", "2023-03-31")],
    ["ตุลา 65 - ธันวา 65", period("2022-10-01", "2022-12-31")],
    ["มกราคม พ.ศ. ๒๕๖๖", period("2023-01-01", "2023-01-31")],
    ["ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ระหว่างเดือน ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    // two-digit BE years and CE years
    ["มี.ค. 66", period("2023-03-01", "2023-03-31")],
    ["มี.ค. ๖๖", period("2023-03-01", "2023-03-31")],
    ["มี.ค. 2023", period("2023-03-01", "2023-03-31")],
    ["ต.ค. 2022 - มี.ค. 2023", period("2022-10-01", "2023-03-31")],
    ["ต.ค. ๒๕๖๕ - มี.ค. 2023", period("2022-10-01", "2023-03-31")],
    // other dashes, spaces and invisible characters
    ["ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ต.ค. ๒๕๖๕ — มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["ต.ค. ๒๕๖๕ ~ มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["  มี.ค.\u00a0๒๕๖๖\n", period("2023-03-01", "2023-03-31")],
    ["มี.ค.\u200b๒๕๖๖", period("2023-03-01", "2023-03-31")],
    ["<p>มี.ค.&nbsp;๒๕๖๖</p>", period("2023-03-01", "2023-03-31")],
    ["(ต.ค. ๒๕๖๕ - มี.ค. ๒๕๖๖)", period("2022-10-01", "2023-03-31")],
  ])("read %p", (text, expected) => {
    expect(parsePeriod(text, FY2568)).toEqual(expected);
  });
});

describe("parsePeriod: days and dates", () => {
  it.each([
    ["1 ต.ค. 2565 - 31 มี.ค. 2566", period("2022-10-01", "2023-03-31")],
    ["๓๐ ก.ย. ๒๕๖๖", period("2023-09-30", "2023-09-30")],
    ["วันที่ ๑ ต.ค. ๒๕๖๕ ถึง ๓๑ มี.ค. ๒๕๖๖", period("2022-10-01", "2023-03-31")],
    ["1 ต.ค. 2565 31 มี.ค. 2566", period("2022-10-01", "2023-03-31")],
    ["15 ต.ค. 2565 - มี.ค. 2566", period("2022-10-15", "2023-03-31")],
    ["ต.ค. 2565 - 15 มี.ค. 2566", period("2022-10-01", "2023-03-15")],
    ["1-15 มี.ค. 2566", period("2023-03-01", "2023-03-15")],
    ["29 ก.พ. 2567", period("2024-02-29", "2024-02-29")],
    ["2023-03-31", period("2023-03-31", "2023-03-31")],
    ["2022-10-01 - 2023-03-31", period("2022-10-01", "2023-03-31")],
    ["2566-03-31", period("2023-03-31", "2023-03-31")],
    ["๒๐๒๓-๐๓-๓๑", period("2023-03-31", "2023-03-31")],
    ["31/3/2566", period("2023-03-31", "2023-03-31")],
    ["1/10/2565 - 31/3/2566", period("2022-10-01", "2023-03-31")],
    ["1/10/65-31/03/66", period("2022-10-01", "2023-03-31")],
    ["30/09/2023", period("2023-09-30", "2023-09-30")],
  ])("read %p", (text, expected) => {
    expect(parsePeriod(text, FY2568)).toEqual(expected);
  });
});

describe("parsePeriod: months without a year take it from the fiscal year", () => {
  it.each([
    ["มี.ค.", FY2566, period("2023-03-01", "2023-03-31")],
    ["ต.ค.", FY2566, period("2022-10-01", "2022-10-31")],
    ["ธ.ค.", FY2566, period("2022-12-01", "2022-12-31")],
    ["ม.ค.", FY2566, period("2023-01-01", "2023-01-31")],
    ["ก.ย.", FY2566, period("2023-09-01", "2023-09-30")],
    ["ต.ค. - มี.ค.", FY2566, period("2022-10-01", "2023-03-31")],
    ["ต.ค. - ก.ย.", FY2568, period("2024-10-01", "2025-09-30")],
    ["ก.พ.", { fiscalYear: 2567 }, period("2024-02-01", "2024-02-29")],
    ["30 ก.ย.", FY2566, period("2023-09-30", "2023-09-30")],
    // a year on one end only carries to the other end, across the new year if need be
    ["ต.ค. - ธ.ค. ๒๕๖๕", FY2568, period("2022-10-01", "2022-12-31")],
    ["ต.ค. - มี.ค. ๒๕๖๖", FY2568, period("2022-10-01", "2023-03-31")],
    ["ม.ค. - มี.ค. ๒๕๖๖", FY2568, period("2023-01-01", "2023-03-31")],
    ["ต.ค. ๒๕๖๕ - มี.ค.", FY2568, period("2022-10-01", "2023-03-31")],
    ["ม.ค. ๒๕๖๖ - มี.ค.", FY2568, period("2023-01-01", "2023-03-31")],
  ])("read %p in %p", (text, context, expected) => {
    expect(parsePeriod(text, context)).toEqual(expected);
  });
});

describe("parsePeriod: quarters, rounds and the whole year", () => {
  it.each([
    ["ไตรมาสที่ ๑", FY2568, period("2024-10-01", "2024-12-31")],
    ["ไตรมาสที่ ๑ - ๒", FY2568, period("2024-10-01", "2025-03-31")],
    ["ไตรมาสที่ ๑-๒", FY2568, period("2024-10-01", "2025-03-31")],
    ["ไตรมาสที่ ๑-๔", FY2568, period("2024-10-01", "2025-09-30")],
    ["ไตรมาสที่ ๑ - ๔", FY2568, period("2024-10-01", "2025-09-30")],
    ["ไตรมาส 2", FY2568, period("2025-01-01", "2025-03-31")],
    ["ไตรมาสที่ ๓", FY2568, period("2025-04-01", "2025-06-30")],
    ["ไตรมาสที่ 4", FY2568, period("2025-07-01", "2025-09-30")],
    ["Q3", FY2568, period("2025-04-01", "2025-06-30")],
    ["q4", FY2568, period("2025-07-01", "2025-09-30")],
    ["Q1-Q2", FY2568, period("2024-10-01", "2025-03-31")],
    ["ไตรมาส ๑ ถึง ๒", FY2568, period("2024-10-01", "2025-03-31")],
    ["ไตรมาสที่ ๒ - ไตรมาสที่ ๓", FY2568, period("2025-01-01", "2025-06-30")],
    ["ไตรมาส 2/2566", FY2568, period("2023-01-01", "2023-03-31")],
    ["ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖", FY2568, period("2022-10-01", "2022-12-31")],
    ["ไตรมาสที่ ๒ ปีงบประมาณ พ.ศ. ๒๕๖๗", FY2568, period("2024-01-01", "2024-03-31")],
    ["<p>ไตรมาสที่ ๑ - ๒</p>", FY2568, period("2024-10-01", "2025-03-31")],
    ["รอบ ๖ เดือน", FY2568, period("2024-10-01", "2025-03-31")],
    ["รอบ 6 เดือนแรก", FY2568, period("2024-10-01", "2025-03-31")],
    ["รอบ ๖ เดือนหลัง", FY2568, period("2025-04-01", "2025-09-30")],
    ["รอบ ๙ เดือน", FY2568, period("2024-10-01", "2025-06-30")],
    ["รอบ ๑๒ เดือน", FY2568, period("2024-10-01", "2025-09-30")],
    ["รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๖", FY2568, period("2022-10-01", "2023-03-31")],
    ["ครึ่งปีแรก", FY2568, period("2024-10-01", "2025-03-31")],
    ["ครึ่งปีหลัง", FY2568, period("2025-04-01", "2025-09-30")],
    ["ดำเนินการตลอดทั้งปี", FY2568, period("2024-10-01", "2025-09-30")],
    ["ตลอดปีงบประมาณ", FY2568, period("2024-10-01", "2025-09-30")],
    ["ทั้งปี", FY2566, period("2022-10-01", "2023-09-30")],
    ["ตลอดปี", FY2566, period("2022-10-01", "2023-09-30")],
    ["ตลอดทั้งปีงบประมาณ", FY2566, period("2022-10-01", "2023-09-30")],
    ["ทั้งปีงบประมาณ ๒๕๖๖", FY2568, period("2022-10-01", "2023-09-30")],
    ["ปีงบประมาณ", FY2566, period("2022-10-01", "2023-09-30")],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๘", FY2566, period("2024-10-01", "2025-09-30")],
    ["ปีงบประมาณ พ.ศ.๒๕๖๘", FY2566, period("2024-10-01", "2025-09-30")],
    ["ประจำปีงบประมาณ ๒๕๖๗", FY2566, period("2023-10-01", "2024-09-30")],
    ["ตลอดปีงบประมาณ ๒๕๖๗", FY2566, period("2023-10-01", "2024-09-30")],
    ["ปีงบฯ 66", FY2568, period("2022-10-01", "2023-09-30")],
  ])("read %p in %p", (text, context, expected) => {
    expect(parsePeriod(text, context)).toEqual(expected);
  });
});

describe("parsePeriod: what it does not read", () => {
  it.each([[null], [undefined], [""], ["   "], ["-"], [" – "], ["<p></p>"], ["<p>-</p>"]])(
    "call %p empty",
    (value) => {
      expect(parsePeriod(value, FY2568)).toMatchObject({ ok: false, reason: "empty" });
    },
  );

  it.each([
    ["ดำเนินการแล้ว"],
    ["ดำเนินการตลอดทั้งปี แล้วเสร็จ"],
    ["abc"],
    ["Jan 2023"],
    ["2566"],
    ["12"],
    ["พ.ศ. ๒๕๖๖"],
    ["๓๒ มี.ค. ๒๕๖๖"],
    ["29 ก.พ. 2566"],
    ["0 มี.ค. 2566"],
    ["123 มี.ค. 2566"],
    ["มี.ค. 123"],
    ["มี.ค. 6"],
    ["มี.ค. ๒๕๖๖ ๒๕๖๗"],
    ["ไตรมาสที่ ๕"],
    ["ไตรมาสที่ 0"],
    ["ไตรมาสที่"],
    ["ไตรมาสที่ ๑ -"],
    ["ไตรมาส 1/"],
    ["ไตรมาส 1 2"],
    ["รอบ ๕ เดือน"],
    ["รอบ ๑๕ เดือน"],
    ["รอบ"],
    ["2023-02-30"],
    ["2023-13-01"],
    ["31/2/2566"],
    ["ต.ค. -"],
    ["- ต.ค."],
    ["ต.ค. - - มี.ค."],
    ["มี.ค. ๒๕๖๖ 😀"],
    ["มี.ค. ๒๕๖๖ & เม.ย. ๒๕๖๖"],
    ["ปี 2566"],
    ["งบประมาณ"],
    ["ตลอด"],
    ["เดือน"],
    ["q"],
  ])("refuse %p", (text) => {
    expect(parsePeriod(text, FY2568)).toEqual({ ok: false, reason: "unrecognised", text: text.trim() });
  });

  it("quote the trimmed text it could not read", () => {
    expect(parsePeriod("  ภายในเดือนนี้ \n", FY2568)).toEqual({
      ok: false,
      reason: "unrecognised",
      text: "ภายในเดือนนี้",
    });
  });

  it.each([
    [45000, "45000"],
    [true, "true"],
    [{}, ""],
    [[], ""],
    [Symbol("period"), ""],
  ])("refuse the value %p, quoted as %p", (value, text) => {
    expect(parsePeriod(value, FY2568)).toEqual({ ok: false, reason: "unrecognised", text });
  });

  it.each([
    ["มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕", FY2568],
    ["ไตรมาสที่ ๒ - ๑", FY2568],
    ["Q4-Q1", FY2568],
    ["31 มี.ค. 2566 - 1 มี.ค. 2566", FY2568],
    ["15-1 มี.ค. 2566", FY2568],
    ["2023-03-31 - 2023-03-01", FY2568],
    ["มี.ค. - ต.ค.", FY2566],
  ])("find the end of %p before its start", (text, context) => {
    expect(parsePeriod(text, context)).toEqual({ ok: false, reason: "endBeforeStart", text });
  });
});

/** An oracle for the tests: the last day of a month by the UTC calendar. */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isRealDate = ({ year, month, day }: CalendarDate) =>
  Number.isInteger(day) && new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;

describe("parsePeriod (properties)", () => {
  const context = fc.record({ fiscalYear: fc.integer({ min: 2400, max: 2700 }) });

  it("never throw on any value", () => {
    fc.assert(
      fc.property(fc.anything(), context, (value, ctx) => {
        expect(typeof parsePeriod(value, ctx).ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("never throw on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
        context,
        (text, ctx) => {
          expect(typeof parsePeriod(text, ctx).ok).toBe("boolean");
        },
      ),
      { numRuns: 3000 },
    );
  });

  const PIECES = [
    ...MONTH_ABBREVIATIONS,
    ...MONTH_NAMES,
    "ต.ศ.",
    "มี.ย.",
    "มีค",
    "๒๕๖๕",
    "๒๕๖๖",
    "2566",
    "66",
    "2023",
    "1",
    "๓๑",
    "29",
    "0",
    "2023-03-31",
    "29/2/2567",
    "-",
    "–",
    "ถึง",
    "/",
    "ไตรมาสที่",
    "Q",
    "รอบ",
    "เดือน",
    "หลัง",
    "ครึ่งปี",
    "ทั้งปี",
    "ปีงบประมาณ",
    "พ.ศ.",
    "<p>",
    "</p>",
  ];
  const periodLike = fc
    .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom("", " ", "  ")), { maxLength: 8 })
    .map((parts) => parts.map(([piece, space]) => piece + space).join(""));

  it("read period-like text into real dates, start no later than end", () => {
    let read = 0;
    fc.assert(
      fc.property(periodLike, context, (text, ctx) => {
        const result = parsePeriod(text, ctx);
        if (!result.ok) return;
        read += 1;
        expect(isRealDate(result.start)).toBe(true);
        expect(isRealDate(result.end)).toBe(true);
        const time = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day);
        expect(time(result.start)).toBeLessThanOrEqual(time(result.end));
      }),
      { numRuns: 5000 },
    );
    // The property says nothing unless a fair share of the generated text is read.
    expect(read).toBeGreaterThan(250);
  });

  it("read any month in any spelling and year form as the whole month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2500, max: 2599 }),
        fc.constantFrom("abbreviation", "name", "no dots"),
        fc.constantFrom("be", "short be", "ce"),
        fc.boolean(),
        fc.constantFrom("", " "),
        (month, yearBe, spelling, yearForm, thaiDigits, space) => {
          const abbreviation = MONTH_ABBREVIATIONS[month - 1] ?? "";
          const monthText =
            spelling === "name"
              ? MONTH_NAMES[month - 1]
              : spelling === "no dots"
                ? abbreviation.replace(/\./g, "")
                : abbreviation;
          const yearCe = yearBe - 543;
          const yearText =
            yearForm === "be"
              ? `${yearBe}`
              : yearForm === "ce"
                ? `${yearCe}`
                : `${yearBe % 100}`.padStart(2, "0");
          const text = `${monthText}${space}${thaiDigits ? toThaiDigits(yearText) : yearText}`;
          expect(parsePeriod(text, FY2568)).toEqual({
            ok: true,
            start: { year: yearCe, month, day: 1 },
            end: { year: yearCe, month, day: lastDayOf(yearCe, month) },
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("read any range of quarters of the fiscal year", () => {
    // [first month, years before the year the fiscal year is named after]
    const QUARTER_START: Record<number, [number, number]> = { 1: [10, 1], 2: [1, 0], 3: [4, 0], 4: [7, 0] };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2450, max: 2650 }),
        fc.constantFrom("ไตรมาสที่ ", "ไตรมาส", "Q"),
        fc.constantFrom("-", " - ", " ถึง "),
        (a, b, fiscalYear, word, dash) => {
          const [first, last] = [Math.min(a, b), Math.max(a, b)];
          const text = toThaiDigits(first === last ? `${word}${first}` : `${word}${first}${dash}${last}`);
          const [startMonth, startBack] = QUARTER_START[first] ?? [0, 0];
          const [lastStartMonth, lastBack] = QUARTER_START[last] ?? [0, 0];
          const endYear = fiscalYear - 543 - lastBack;
          expect(parsePeriod(text, { fiscalYear })).toEqual({
            ok: true,
            start: { year: fiscalYear - 543 - startBack, month: startMonth, day: 1 },
            end: { year: endYear, month: lastStartMonth + 2, day: lastDayOf(endYear, lastStartMonth + 2) },
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
