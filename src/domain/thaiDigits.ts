import { roundHalfAwayFromZero } from "./rounding";

/** Which digits to write in memo text: official letters use Thai digits, many users prefer Arabic. */
export type DigitStyle = "thai" | "arabic";

/** ๐ (U+0E50); the Thai digits ๐-๙ are contiguous like 0-9. */
const THAI_ZERO = 0x0e50;

export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}

export function formatDigits(text: string, style: DigitStyle): string {
  return style === "thai" ? toThaiDigits(text) : toArabicDigits(text);
}

/**
 * A plain decimal with an optional sign and "," thousands separators in groups of three. Anything
 * looser ("12,34", "1.2.3", "1e3") is refused rather than guessed at.
 */
const TYPED_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/**
 * Reads a number as staff type or paste it: Thai, Arabic or mixed digits, "1,234.5", "+5", "94.7 %".
 * A trailing % is dropped, not divided by 100, because ITA scores are already percentages.
 */
export function parseThaiNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = toArabicDigits(value).trim().replace(/\s*%$/, "");
  if (!/\d/.test(text) || !TYPED_NUMBER.test(text)) return null;
  const number = Number(text.replace(/,/g, ""));
  // "-0" is read as plain 0 so that it compares and prints like the zero the user meant.
  return number === 0 ? 0 : number;
}

/** A score with two decimals, rounded half away from zero as Excel's ROUND does: 86.725 → "86.73". */
export function formatScore(value: number, style: DigitStyle): string {
  if (!Number.isFinite(value)) throw new RangeError(`A score must be a finite number, not ${value}.`);
  return formatDigits(roundHalfAwayFromZero(value, 2).toFixed(2), style);
}
