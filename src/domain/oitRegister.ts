// The OIT register: per item of the year's OIT list, who publishes it, where (one or more URLs), for
// which period, and how far it is done. Its rows as data, the words of its status, the period each item
// needs in words, and the readiness the summary reports. Pure.
import { headerKey } from "./gridColumns";
import type { EvidencePeriod, OitItem } from "./oitCatalogue";
import { formatDigits, type DigitStyle } from "./thaiDigits";

export type OitStatus = "complete" | "incomplete" | "pending";

/** As the status drop-down offers them, in this order. */
export const OIT_STATUS_WORDS: Readonly<Record<OitStatus, string>> = {
  complete: "ครบถ้วน",
  incomplete: "ไม่ครบ",
  pending: "รอดำเนินการ",
};

/** Where the catalogue has no name for an item: the cell is left for the user to fill. */
export const UNNAMED_ITEM_NOTE = "ยังไม่ยืนยัน แก้ไขได้";

/** One item of a register as the user keeps it, wherever it stands on a sheet. */
export interface OitRegisterEntry {
  /** "O16": the year's own numbering. */
  readonly code: string;
  /** The catalogue's stable key, which carries the item to the next year; null for items typed in. */
  readonly key: string | null;
  readonly requirement: string;
  /** ผู้รับผิดชอบ */
  readonly unit: string;
  /** One per line of the cell, as typed. */
  readonly urls: string[];
  /** The period the evidence covers, as typed (a date typed as a date: "15 ม.ค. 2568"). */
  readonly period: string;
  /** Null while the status cell is empty or holds another word. */
  readonly status: OitStatus | null;
  /** วันที่เผยแพร่, as typed (a date typed as a date: "15 ม.ค. 2568"). */
  readonly published: string;
  readonly note: string;
}

/** An entry read from a register sheet, at its 1-based row. */
export interface OitRegisterRow extends OitRegisterEntry {
  readonly row: number;
}

/** An item as a new register lists it: nothing done yet. */
export function emptyEntry(item: OitItem): OitRegisterEntry {
  return {
    code: item.code,
    key: item.key,
    requirement: item.nameTh ?? "",
    unit: "",
    urls: [],
    period: "",
    status: null,
    published: "",
    note: item.nameTh === null ? UNNAMED_ITEM_NOTE : "",
  };
}

const STATUS_OF_WORD: ReadonlyMap<string, OitStatus> = new Map([
  ...Object.entries(OIT_STATUS_WORDS).map(
    ([status, word]) => [headerKey(word), status as OitStatus] as const,
  ),
  [headerKey("ไม่ครบถ้วน"), "incomplete"],
]);

/** A status cell: one of the words (spaces aside), "blank", or "unknown" for anything else. */
export function readOitStatus(text: string): OitStatus | "blank" | "unknown" {
  const key = headerKey(text);
  if (key === "") return "blank";
  return STATUS_OF_WORD.get(key) ?? "unknown";
}

/** "ปีงบประมาณ พ.ศ. ๒๕๖๘", as titles and the register write a fiscal year. */
export function fiscalYearWords(fiscalYear: number, digits: DigitStyle): string {
  return formatDigits(`ปีงบประมาณ พ.ศ. ${fiscalYear}`, digits);
}

/**
 * The period an item's evidence must cover in a fiscal year's assessment, in words. A year is written
 * as parsePeriod reads it back, so the check compares the evidence with the cell as the user sees it.
 */
export function neededPeriodWords(period: EvidencePeriod, fiscalYear: number, digits: DigitStyle): string {
  switch (period) {
    case "currentFiscalYear":
      return fiscalYearWords(fiscalYear, digits);
    case "previousFiscalYear":
      return fiscalYearWords(fiscalYear - 1, digits);
    case "asPublished":
      return "ฉบับปัจจุบัน";
    case "notStated":
      return "ดูคู่มือการประเมิน";
  }
}

/** Items complete of all items, as the summary and the memo report it. */
export interface OitReadiness {
  readonly complete: number;
  readonly total: number;
}

export function oitReadiness(rows: readonly OitRegisterEntry[]): OitReadiness {
  return { complete: rows.filter((row) => row.status === "complete").length, total: rows.length };
}
