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

/** What each band is called on the sheets, in the summary, the memo and the pane. */
export type BandNames = Readonly<Record<Band, string>>;

/**
 * The names unless an agency renames them, in the words of the seeds (ITA.md): 90 and over is a strength,
 * under 90 a weakness to develop, under the pass mark the urgent case. The 90-95 band is a strength not
 * yet excellent: never called urgent, or a memo would call one indicator a strength and urgent at once.
 */
export const DEFAULT_BAND_NAMES: BandNames = {
  below85: "ไม่ผ่านเกณฑ์",
  below90: "จุดอ่อนที่ต้องพัฒนา",
  below95: "จุดแข็ง",
  top: "ดีเยี่ยม",
};

/** The names workbooks were made with before the 90-95 band was renamed: a repair replaces them. */
export const EARLIER_BAND_NAMES: BandNames = { ...DEFAULT_BAND_NAMES, below95: "ต้องปรับปรุงโดยเร่งด่วน" };

/** A band's name is a label: one line, short enough for the sheets' band columns. */
export const BAND_NAME_LIMIT = 40;

/** The name as typed, trimmed, or null where it is empty, longer than BAND_NAME_LIMIT or more than one line. */
export function validBandName(typed: string): string | null {
  const name = typed.trim();
  return name === "" || name.length > BAND_NAME_LIMIT || /[\r\n]/.test(name) ? null : name;
}

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
