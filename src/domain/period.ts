import { withoutMarkup } from "./cellText";
import {
  calendarYearOfFiscalMonth,
  ceToBe,
  beToCe,
  compareDates,
  daysInMonth,
  fiscalQuarterRange,
  isFiscalQuarter,
  isValidDate,
  THAI_MONTHS,
  type CalendarDate,
  type DateRange,
} from "./thaiCalendar";
import { toArabicDigits } from "./thaiDigits";

export type PeriodResult =
  | { ok: true; start: CalendarDate; end: CalendarDate }
  | { ok: false; reason: "empty" | "unrecognised" | "endBeforeStart"; text: string };

export interface PeriodContext {
  /** The BE fiscal year of the sheet: it places months and quarters written without a year. */
  readonly fiscalYear: number;
}

type Token =
  | { kind: "month"; month: number }
  | { kind: "number"; digits: string }
  | { kind: "date"; date: Endpoint }
  | { kind: "dash" }
  | { kind: "slash" }
  | { kind: "quarter" }
  /** "รอบ ๖ เดือน" takes its length from the number after it; "ครึ่งปี" is six months by itself. */
  | { kind: "round"; months?: number }
  | { kind: "half"; half: "first" | "last" }
  | { kind: "wholeYear" }
  | { kind: "fiscalYear" }
  | { kind: "noise" };

/** What staff write for a month besides the standard abbreviation and name in THAI_MONTHS. */
const SPOKEN_MONTH_NAMES: Readonly<Record<string, number>> = {
  มกรา: 1,
  กุมภา: 2,
  มีนา: 3,
  เมษา: 4,
  พฤษภา: 5,
  มิถุนา: 6,
  กรกฎา: 7,
  สิงหา: 8,
  กันยา: 9,
  ตุลา: 10,
  พฤศจิกา: 11,
  ธันวา: 12,
};

/**
 * Month abbreviations as OCR misreads them in scanned reports: ค read as ศ, and the vowels ิ and ี
 * swapped. There is deliberately no slip for พ.ค.: "พ.ศ." is the Buddhist-era marker.
 */
const OCR_MONTH_SLIPS: Readonly<Record<string, number>> = {
  "ม.ศ.": 1,
  "มี.ศ.": 3,
  "มิ.ค.": 3,
  "มี.ย.": 6,
  "ก.ศ.": 7,
  "ส.ศ.": 8,
  "ต.ศ.": 10,
  "ธ.ศ.": 12,
};

const PERIOD_WORDS: Readonly<Record<string, Token>> = {
  ไตรมาส: { kind: "quarter" },
  q: { kind: "quarter" },
  รอบ: { kind: "round" },
  ครึ่งปี: { kind: "round", months: 6 },
  แรก: { kind: "half", half: "first" },
  หลัง: { kind: "half", half: "last" },
  ทั้งปี: { kind: "wholeYear" },
  ตลอดปี: { kind: "wholeYear" },
  ตลอดทั้งปี: { kind: "wholeYear" },
  ทั้งปีงบประมาณ: { kind: "wholeYear" },
  ตลอดปีงบประมาณ: { kind: "wholeYear" },
  ตลอดทั้งปีงบประมาณ: { kind: "wholeYear" },
  ปีงบประมาณ: { kind: "fiscalYear" },
  ปีงบ: { kind: "fiscalYear" },
  ปีงบฯ: { kind: "fiscalYear" },
  ถึง: { kind: "dash" },
  จนถึง: { kind: "dash" },
  // Words around a period that add nothing to it: "ตั้งแต่เดือน...", "วันที่ ๑ ...", "พ.ศ. ๒๕๖๖".
  ตั้งแต่: { kind: "noise" },
  ระหว่าง: { kind: "noise" },
  เดือน: { kind: "noise" },
  วันที่: { kind: "noise" },
  ที่: { kind: "noise" },
  ดำเนินการ: { kind: "noise" },
  ประจำ: { kind: "noise" },
  "พ.ศ.": { kind: "noise" },
  "ค.ศ.": { kind: "noise" },
};

/** Dots are optional in what staff type ("มีค", "ต.ค"), so words are looked up without them. */
function wordKey(word: string): string {
  return word.replace(/\./g, "").toLowerCase();
}

const VOCABULARY: ReadonlyMap<string, Token> = new Map<string, Token>([
  ...THAI_MONTHS.flatMap((month, index): [string, Token][] => [
    [wordKey(month.abbreviation), { kind: "month", month: index + 1 }],
    [wordKey(month.name), { kind: "month", month: index + 1 }],
  ]),
  ...Object.entries({ ...SPOKEN_MONTH_NAMES, ...OCR_MONTH_SLIPS }).map(([word, month]): [string, Token] => [
    wordKey(word),
    { kind: "month", month },
  ]),
  ...Object.entries(PERIOD_WORDS).map(([word, token]): [string, Token] => [wordKey(word), token]),
]);

const LONGEST_WORD = Math.max(...[...VOCABULARY.keys()].map((key) => key.length));

function longestWordAt(text: string, at: number): { token: Token; length: number } | null {
  for (let length = Math.min(LONGEST_WORD, text.length - at); length > 0; length -= 1) {
    const token = VOCABULARY.get(text.slice(at, at + length));
    if (token) return { token, length };
  }
  return null;
}

/** Thai is written without spaces between words, so a run like "ตั้งแต่เดือนตุลาคม" is split here. */
function segmentWords(run: string): Token[] | null {
  const text = wordKey(run);
  const tokens: Token[] = [];
  for (let at = 0; at < text.length;) {
    const word = longestWordAt(text, at);
    if (!word) return null;
    tokens.push(word.token);
    at += word.length;
  }
  return tokens;
}

/**
 * A two-digit year is Buddhist era ("มี.ค. 66"); a four-digit year is BE from 2400 on, CE below
 * (2400 BE is 1857 CE, long before any report). Returns the CE year.
 */
function yearFromDigits(digits: string): number | null {
  const value = Number(digits);
  if (digits.length === 2) return beToCe(2500 + value);
  if (digits.length === 4) return value >= 2400 ? beToCe(value) : value;
  return null;
}

interface Endpoint {
  day?: number;
  month?: number;
  /** CE */
  year?: number;
}

const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<iso>(?<isoYear>\d{4})-(?<isoMonth>\d{1,2})-(?<isoDay>\d{1,2}))`,
    // Thai dates are day first: 31/3/2566.
    String.raw`(?<dmy>(?<dmyDay>\d{1,2})/(?<dmyMonth>\d{1,2})/(?<dmyYear>\d{4}|\d{2}))`,
    String.raw`(?<number>\d+)`,
    String.raw`(?<thai>[\u0E01-\u0E4F.]+)`,
    String.raw`(?<latin>[A-Za-z]+)`,
    String.raw`(?<dash>-)`,
    String.raw`(?<slash>/)`,
    String.raw`(?<ignored>[\s,()[\]:;"'])`,
    String.raw`(?<other>.)`,
  ].join("|"),
  "gsu",
);

function dateToken(day = "", month = "", yearDigits = ""): Token[] | null {
  const year = yearFromDigits(yearDigits);
  return year === null ? null : [{ kind: "date", date: { day: Number(day), month: Number(month), year } }];
}

function tokensOfMatch(group: Record<string, string | undefined>): Token[] | null {
  if (group.iso) return dateToken(group.isoDay, group.isoMonth, group.isoYear);
  if (group.dmy) return dateToken(group.dmyDay, group.dmyMonth, group.dmyYear);
  if (group.number) return [{ kind: "number", digits: group.number }];
  if (group.thai) return segmentWords(group.thai);
  if (group.latin) return segmentWords(group.latin);
  if (group.dash) return [{ kind: "dash" }];
  if (group.slash) return [{ kind: "slash" }];
  return group.other ? null : [];
}

/** Null when the text holds anything a period cannot contain. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const found = tokensOfMatch(match.groups ?? {});
    if (!found) return null;
    tokens.push(...found.filter((token) => token.kind !== "noise"));
  }
  return tokens;
}

/** Undoes what pasting from the web and typing on different keyboards add to a period. */
function normalise(text: string): string {
  return toArabicDigits(withoutMarkup(text)).replace(/[‐‑‒–—―−~]/g, "-");
}

class TokenCursor {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.index >= this.tokens.length;
  }

  take<K extends Token["kind"]>(kind: K): Extract<Token, { kind: K }> | undefined {
    const token = this.tokens[this.index];
    if (token?.kind !== kind) return undefined;
    this.index += 1;
    return token as Extract<Token, { kind: K }>;
  }
}

type PeriodReader = (tokens: readonly Token[], context: PeriodContext) => DateRange | null;

function quarterSpan(fiscalYearBe: number, first: number, last: number): DateRange | null {
  if (!isFiscalQuarter(first) || !isFiscalQuarter(last)) return null;
  return {
    start: fiscalQuarterRange(fiscalYearBe, first).start,
    end: fiscalQuarterRange(fiscalYearBe, last).end,
  };
}

/** An optional fiscal year after a quarter or round: "/2566", "ปีงบประมาณ ๒๕๖๖", "2566". */
function readFiscalYear(cursor: TokenCursor, context: PeriodContext): number | null {
  const slash = cursor.take("slash");
  const number = cursor.take("number");
  if (!number) return slash ? null : context.fiscalYear;
  const year = yearFromDigits(number.digits);
  return year === null ? null : ceToBe(year);
}

/** "ดำเนินการตลอดทั้งปี", "ตลอดปีงบประมาณ", "ปีงบประมาณ พ.ศ. ๒๕๖๘" */
const readWholeYear: PeriodReader = (tokens, context) => {
  const cursor = new TokenCursor(tokens);
  let named = false;
  while (cursor.take("wholeYear") ?? cursor.take("fiscalYear")) named = true;
  const fiscalYear = named ? readFiscalYear(cursor, context) : null;
  return fiscalYear !== null && cursor.done ? quarterSpan(fiscalYear, 1, 4) : null;
};

/** "รอบ ๖ เดือน" (ต.ค.-มี.ค.), "รอบ ๑๒ เดือน", "รอบ ๖ เดือนหลัง", "ครึ่งปีแรก": months from either end. */
const readRound: PeriodReader = (tokens, context) => {
  const cursor = new TokenCursor(tokens);
  const round = cursor.take("round");
  if (!round) return null;
  const months = round.months ?? Number(cursor.take("number")?.digits);
  const half = cursor.take("half");
  cursor.take("fiscalYear");
  const fiscalYear = readFiscalYear(cursor, context);
  if (fiscalYear === null || !cursor.done || !Number.isInteger(months / 3)) return null;
  const quarters = months / 3;
  return half?.half === "last"
    ? quarterSpan(fiscalYear, 5 - quarters, 4)
    : quarterSpan(fiscalYear, 1, quarters);
};

/** "ไตรมาสที่ ๑", "ไตรมาสที่ ๑ - ๒", "ไตรมาส ๑ ถึง ๒", "Q3", "Q1-Q2", "ไตรมาส 2/2566" */
const readQuarters: PeriodReader = (tokens, context) => {
  const cursor = new TokenCursor(tokens);
  if (!cursor.take("quarter")) return null;
  const first = cursor.take("number");
  let last = first;
  if (cursor.take("dash")) {
    cursor.take("quarter");
    last = cursor.take("number");
  }
  cursor.take("fiscalYear");
  const fiscalYear = readFiscalYear(cursor, context);
  if (!first || !last || fiscalYear === null || !cursor.done) return null;
  return quarterSpan(fiscalYear, Number(first.digits), Number(last.digits));
};

/** A day, a month or both, with or without a year: "๓๐ ก.ย. ๒๕๖๖", "มี.ค. 66", "ต.ค.", "2023-03-31". */
function readEndpoint(cursor: TokenCursor): Endpoint | null {
  const date = cursor.take("date");
  if (date) return date.date;
  const day = cursor.take("number");
  const month = cursor.take("month");
  const year = month && cursor.take("number");
  if (!day && !month) return null;
  if (day && day.digits.length > 2) return null;
  const endpoint: Endpoint = { day: day && Number(day.digits), month: month?.month };
  if (!year) return endpoint;
  const yearCe = yearFromDigits(year.digits);
  return yearCe === null ? null : { ...endpoint, year: yearCe };
}

/**
 * Fills in what staff leave out. A bare first day borrows the month that follows ("1-15 มี.ค.").
 * A year written on one end only carries to the other, rolling over at the new year
 * ("ต.ค. - มี.ค. ๒๕๖๖" starts in ต.ค. ๒๕๖๕). With no year at all, months fall in the context's
 * fiscal year. Null if a day does not exist in its month.
 */
function placeEndpoints(first: Endpoint, second: Endpoint, context: PeriodContext): DateRange | null {
  const from = first.month === undefined ? { ...second, day: first.day } : first;
  const to = second;
  if (from.month === undefined || to.month === undefined) return null;
  const fromYear =
    from.year ??
    (to.year === undefined
      ? calendarYearOfFiscalMonth(context.fiscalYear, from.month)
      : to.year - (from.month > to.month ? 1 : 0));
  const toYear =
    to.year ??
    (from.year === undefined
      ? calendarYearOfFiscalMonth(context.fiscalYear, to.month)
      : from.year + (to.month < from.month ? 1 : 0));
  const start = { year: fromYear, month: from.month, day: from.day ?? 1 };
  const end = { year: toYear, month: to.month, day: to.day ?? daysInMonth(toYear, to.month) };
  return isValidDate(start) && isValidDate(end) ? { start, end } : null;
}

/** One endpoint, or two with or without a dash between; one alone runs from itself to itself. */
const readDates: PeriodReader = (tokens, context) => {
  const cursor = new TokenCursor(tokens);
  const first = readEndpoint(cursor);
  const dash = cursor.take("dash");
  const second = cursor.done && !dash ? first : readEndpoint(cursor);
  if (!first || !second || !cursor.done) return null;
  return placeEndpoints(first, second, context);
};

const PERIOD_READERS: readonly PeriodReader[] = [readWholeYear, readRound, readQuarters, readDates];

/**
 * Reads the period of a measure as staff write it in a tracking grid (see ITA.md): months, ranges,
 * dates, quarters, rounds and the whole year, in Thai or Arabic digits, BE or CE, with OCR slips and
 * pasted HTML. Never throws.
 */
export function parsePeriod(text: unknown, context: PeriodContext): PeriodResult {
  if (text === null || text === undefined) return { ok: false, reason: "empty", text: "" };
  if (typeof text !== "string") {
    const shown = typeof text === "number" || typeof text === "boolean" ? String(text) : "";
    return { ok: false, reason: "unrecognised", text: shown };
  }
  const shown = text.trim();
  const normalised = normalise(text);
  // A lone dash is how a blank period is written in the seeds' tables.
  if (/^[\s-]*$/.test(normalised)) return { ok: false, reason: "empty", text: shown };
  const tokens = tokenize(normalised);
  const range =
    tokens && PERIOD_READERS.reduce<DateRange | null>((found, read) => found ?? read(tokens, context), null);
  if (!range) return { ok: false, reason: "unrecognised", text: shown };
  if (compareDates(range.end, range.start) < 0) return { ok: false, reason: "endBeforeStart", text: shown };
  return { ok: true, start: range.start, end: range.end };
}
