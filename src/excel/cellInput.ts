// Excel reads a string written through `values` the way it reads typing: "=…" runs, "12" is a number,
// "TRUE" a boolean, and "2568-10-01", "1-2", "10:30 AM" or "1/2567" become dates and times, with more
// shapes in other locales. No pattern can know them all, and a plan's values are literal (plan.ts), the
// agency name and measures typed by staff among them. So every text goes with Excel's own text prefix,
// an apostrophe, which Excel keeps out of the cell's value: the cell holds exactly the text.
import type { CellValue } from "../layout/plan";

/** What to write into `values` so that the cell holds exactly `value`; null leaves the cell as it is. */
export function literalInput(value: CellValue): CellValue {
  // "" empties the cell; "'" alone would leave an empty text in it, which Excel counts as a value.
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}
