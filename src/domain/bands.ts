import type { Thresholds } from "./thresholds";

/**
 * The four bands of an indicator score. The names follow the default thresholds, as the
 * command line's JSON promises, but mean: below the first (pass), second (strength) or third
 * (excellence) threshold, or at or above the third, whatever the agency set them to.
 */
export type Band = "below85" | "below90" | "below95" | "top";

export const BANDS: readonly Band[] = ["below85", "below90", "below95", "top"];

/** A score exactly on a threshold is not below it. */
export function bandOf(score: number, thresholds: Thresholds): Band {
  if (score < thresholds.pass) return "below85";
  if (score < thresholds.strength) return "below90";
  if (score < thresholds.excellence) return "below95";
  return "top";
}

/** What each band means to agency staff, in the words of their reports (ITA.md). */
export const BAND_MEANING: Readonly<Record<Band, { readonly th: string; readonly en: string }>> = {
  below85: { th: "ไม่ผ่านเกณฑ์", en: "below the pass mark" },
  below90: { th: "จุดอ่อนที่ต้องพัฒนา", en: "weakness to develop" },
  below95: { th: "ต้องปรับปรุงโดยเร่งด่วน", en: "needs urgent improvement" },
  top: { th: "ดีเยี่ยม", en: "excellent" },
};

/** The threshold a band lies under, or the one it reached for the top band. */
export function bandLimit(band: Band, thresholds: Thresholds): number {
  switch (band) {
    case "below85":
      return thresholds.pass;
    case "below90":
      return thresholds.strength;
    case "below95":
    case "top":
      return thresholds.excellence;
  }
}
