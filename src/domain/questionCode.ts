import type { ToolId } from "./framework";
import { toArabicDigits } from "./thaiDigits";

/** I = IIT (internal perception), E = EIT (external perception), O = OIT (open data). */
export type QuestionPrefix = "I" | "E" | "O";

/** The tool a question belongs to, whatever that year's numbering of its indicators. */
export const TOOL_OF_QUESTION_PREFIX: Readonly<Record<QuestionPrefix, ToolId>> = {
  I: "IIT",
  E: "EIT",
  O: "OIT",
};

export interface QuestionCode {
  readonly prefix: QuestionPrefix;
  readonly number: number;
}

/**
 * Digits that OCR puts in place of a prefix letter when the number after it is in Thai digits:
 * "1๑๒" is I12 and "๐๔๒" is O42. Only then is it unambiguous; "112" could be anything.
 */
const OCR_PREFIX_DIGITS: Readonly<Record<string, QuestionPrefix>> = {
  "1": "I",
  "0": "O",
  "๐": "O",
};

/**
 * A code at the start of the text, after an optional "ข้อ": a letter, optional spaces and up to three
 * digits, or an OCR'd letter glued to Thai digits. It must not run on into more letters or digits.
 */
const CODE_PATTERN =
  /^(?:ข้อ(?:ที่)?\s*)?(?:(?<letter>[IEO])\s*(?<digits>[0-9๐-๙]{1,3})|(?<ocrLetter>[10๐])(?<thaiDigits>[๐-๙]{1,3}))(?![0-9๐-๙A-Za-z]|[.,][0-9๐-๙])/iu;

export function parseQuestionCode(text: unknown): QuestionCode | null {
  if (typeof text !== "string") return null;
  const group = CODE_PATTERN.exec(text.trim())?.groups;
  if (!group) return null;
  const prefix = group.letter
    ? (group.letter.toUpperCase() as QuestionPrefix)
    : OCR_PREFIX_DIGITS[group.ocrLetter ?? ""];
  const number = Number(toArabicDigits(group.digits ?? group.thaiDigits ?? ""));
  if (!prefix || number < 1) return null;
  return { prefix, number };
}

export function formatQuestionCode(code: QuestionCode): string {
  return `${code.prefix}${code.number}`;
}
