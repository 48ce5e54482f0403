// The rules an OIT register is checked against, item by item: evidence given, each URL one a browser
// opens over https, no URL serving two different items, evidence of the period the item needs, and a
// status the summary can count. Pure: rows in, findings out, never throws.
import { finding, type Finding } from "./checkRules";
import type { OitRegisterRow } from "./oitRegister";
import { parsePeriod } from "./period";
import { compareDates, fiscalYearOf, type DateRange } from "./thaiCalendar";

/** A register row with what only the check reads. */
export interface CheckedOitRow {
  readonly entry: OitRegisterRow;
  /** The period the item needs, as its sheet states it ("ปีงบประมาณ พ.ศ. ๒๕๖๘"), "" where none is. */
  readonly needed: string;
  /** What the status cell holds when it is none of the status words; null otherwise. */
  readonly unknownStatus: string | null;
}

/** The 1-based columns findings are placed in. */
export interface OitRegisterColumns {
  readonly urls: number;
  readonly period: number;
  readonly status: number;
}

type UrlReading = { readonly kind: "https"; readonly same: string } | { readonly kind: "notHttps" | "bad" };

/** A line of the URL cell: a whole https address, an http one, or something no browser opens. */
function readUrl(text: string): UrlReading {
  if (/\s/.test(text)) return { kind: "bad" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: "bad" };
  }
  if (url.hostname === "") return { kind: "bad" };
  if (url.protocol === "http:") return { kind: "notHttps" };
  if (url.protocol !== "https:") return { kind: "bad" };
  // The same page however its host's case or a trailing slash is written.
  return { kind: "https", same: url.href.replace(/\/$/, "") };
}

/** Rows of one key are one item (a row copied to hold more evidence); a row without a key is its own. */
function itemOf(entry: OitRegisterRow): string {
  return entry.key ?? `row:${entry.row}`;
}

function rangeOf(text: string, fiscalYear: number): DateRange | null {
  const read = parsePeriod(text, { fiscalYear });
  return read.ok ? { start: read.start, end: read.end } : null;
}

/**
 * Evidence whose period lies wholly outside the one the item needs. A period written without a year
 * ("ต.ค.-มี.ค.") is read in the needed year, and one that cannot be read is not judged.
 */
function outsideNeed(row: CheckedOitRow, fiscalYear: number): boolean {
  const needed = rangeOf(row.needed, fiscalYear);
  if (needed === null || row.entry.period === "") return false;
  const evidence = rangeOf(row.entry.period, fiscalYearOf(needed.end));
  return (
    evidence !== null &&
    (compareDates(evidence.end, needed.start) < 0 || compareDates(evidence.start, needed.end) > 0)
  );
}

/** Each https address, as one page, with the items whose rows give it: key or row, and code. */
function itemsByUrl(rows: readonly CheckedOitRow[]): Map<string, Map<string, string>> {
  const items = new Map<string, Map<string, string>>();
  for (const { entry } of rows) {
    for (const text of entry.urls) {
      const url = readUrl(text);
      if (url.kind !== "https") continue;
      const of = items.get(url.same) ?? new Map<string, string>();
      if (!of.has(itemOf(entry))) of.set(itemOf(entry), entry.code);
      items.set(url.same, of);
    }
  }
  return items;
}

/**
 * Someone is on the item: a unit named, a period or date given, or a status past pending. An item
 * nobody has touched is not started, which the readiness figure counts; listing each would bury the
 * rest of the check under a new register's every row.
 */
function started({ entry, unknownStatus }: CheckedOitRow): boolean {
  const { unit, period, published, status } = entry;
  const working = status === "complete" || status === "incomplete" || unknownStatus !== null;
  return working || [unit, period, published].some((text) => text !== "");
}

/** `fiscalYear` is the workbook's: it places a needed period written without a year. */
export function checkOitRegister(
  rows: readonly CheckedOitRow[],
  columns: OitRegisterColumns,
  fiscalYear: number,
): Finding[] {
  const findings: Finding[] = [];
  const pages = itemsByUrl(rows);
  for (const row of rows) {
    const { entry } = row;
    if (entry.urls.length === 0 && started(row)) {
      const rule = entry.status === "complete" ? "oit.completeWithoutEvidence" : "oit.noEvidence";
      findings.push(finding(rule, entry.row, columns.urls, { code: entry.code }));
    }
    const shared = new Set<string>();
    for (const text of entry.urls) {
      const url = readUrl(text);
      if (url.kind === "bad") findings.push(finding("oit.badUrl", entry.row, columns.urls, { text }));
      if (url.kind === "notHttps") findings.push(finding("oit.notHttps", entry.row, columns.urls, { text }));
      if (url.kind !== "https" || shared.has(url.same)) continue;
      shared.add(url.same);
      const codes = [...(pages.get(url.same) ?? [])]
        .filter(([item]) => item !== itemOf(entry))
        .map(([, code]) => code);
      if (codes.length > 0) findings.push(finding("oit.sharedUrl", entry.row, columns.urls, { text, codes }));
    }
    if (row.unknownStatus !== null) {
      findings.push(finding("oit.status", entry.row, columns.status, { text: row.unknownStatus }));
    }
    if (outsideNeed(row, fiscalYear)) {
      const params = { text: entry.period, needed: row.needed };
      findings.push(finding("oit.wrongPeriod", entry.row, columns.period, params));
    }
  }
  return findings;
}
