import { parseThaiNumber } from "./thaiDigits";

/**
 * The three lines every score is read against (ITA.md): below `pass` fails the national pass mark,
 * below `strength` is a weakness to develop, below `excellence` needs improvement to reach the top band.
 */
export interface Thresholds {
  readonly pass: number;
  readonly strength: number;
  readonly excellence: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { pass: 85, strength: 90, excellence: 95 };

export type ThresholdsProblem = "count" | "notNumber" | "outOfRange" | "notAscending";

export type ThresholdsResult =
  | { readonly ok: true; readonly thresholds: Thresholds }
  | { readonly ok: false; readonly problem: ThresholdsProblem };

/** Three numbers, 0-100, strictly ascending. */
export function validateThresholds(values: readonly number[]): ThresholdsResult {
  if (values.length !== 3) return { ok: false, problem: "count" };
  const [pass, strength, excellence] = values as [number, number, number];
  if (values.some((value) => !Number.isFinite(value))) return { ok: false, problem: "notNumber" };
  if (values.some((value) => value < 0 || value > 100)) return { ok: false, problem: "outOfRange" };
  if (!(pass < strength && strength < excellence)) return { ok: false, problem: "notAscending" };
  return { ok: true, thresholds: { pass, strength, excellence } };
}

/** Reads "85,90,95" (Thai or Arabic digits, spaces allowed) as staff type it. */
export function parseThresholds(text: string): ThresholdsResult {
  const parts = text.split(/[,/]/).map((part) => parseThaiNumber(part));
  if (parts.length !== 3) return { ok: false, problem: "count" };
  if (parts.some((part) => part === null)) return { ok: false, problem: "notNumber" };
  return validateThresholds(parts as number[]);
}
