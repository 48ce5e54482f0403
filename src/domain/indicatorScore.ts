import { parseThaiNumber } from "./thaiDigits";

export type IndicatorScoreProblem = "empty" | "notNumber" | "outOfRange";

export type IndicatorScoreResult =
  | { readonly ok: true; readonly score: number }
  | { readonly ok: false; readonly problem: IndicatorScoreProblem };

/** Reads an indicator score as staff type it (Thai or Arabic digits, numbers stored as text); 0-100. */
export function readIndicatorScore(value: unknown): IndicatorScoreResult {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return { ok: false, problem: "empty" };
  }
  const score = parseThaiNumber(value);
  if (score === null) return { ok: false, problem: "notNumber" };
  if (score < 0 || score > 100) return { ok: false, problem: "outOfRange" };
  return { ok: true, score };
}

/** The first `count` cells' scores, in their order; null where a cell holds none (blank, text, out of range). */
export function cellScores(cells: readonly unknown[], count: number = cells.length): (number | null)[] {
  return Array.from({ length: count }, (_, index) => {
    const read = readIndicatorScore(cells[index]);
    return read.ok ? read.score : null;
  });
}
