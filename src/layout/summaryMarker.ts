// How a summary sheet knows itself: a marker and a fingerprint of what was written, in a hidden column.
// The sheet is found by its marker whatever it is renamed to; the fingerprint tells a sheet left as the
// add-in wrote it (which "สรุปผล" may replace) from one someone has typed in (which it never touches).
import { columnNumber } from "./a1";
import type { Cells } from "./insertPlan";

export const SUMMARY_MARKER = "itaTrackerSummary";
/** Right of everything the summary shows, hidden: H1 holds the marker, H2 the fingerprint. */
export const MARKER_COLUMN = "H";
const MARKER_INDEX = columnNumber(MARKER_COLUMN) - 1;

export function isSummarySheet(values: Cells): boolean {
  return values[0]?.[MARKER_INDEX] === SUMMARY_MARKER;
}

/** The fingerprint stored when the sheet was written; "" when there is none. */
export function storedFingerprint(values: Cells): string {
  const stored = values[1]?.[MARKER_INDEX];
  return typeof stored === "string" ? stored : "";
}

/**
 * FNV-1a over every cell but the marker and the fingerprint themselves, as a read gives them back:
 * numbers to Excel's 15 significant digits, trailing blank rows and cells ignored, so that the written
 * plan and a read of the untouched sheet give the same fingerprint in Excel and in a file, and anything
 * typed anywhere on the sheet, even beside the marker, changes it.
 */
export function fingerprint(values: Cells): string {
  const rows = values.map((row, index) => {
    const cells = row.map((cell, column) => (column === MARKER_INDEX && index < 2 ? "" : normalised(cell)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).length === 0) rows.pop();
  let hash = 0x811c9dc5;
  for (const character of JSON.stringify(rows)) {
    hash ^= character.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function normalised(value: unknown): string {
  if (typeof value === "number") return `n${Number(value.toPrecision(15))}`;
  if (value === null || value === undefined || value === "") return "";
  return `s${String(value)}`;
}

/** Left as the add-in wrote it: the fingerprint of its cells is the one stored with them. */
export function isUntouchedSummary(values: Cells): boolean {
  return isSummarySheet(values) && fingerprint(values) === storedFingerprint(values);
}
