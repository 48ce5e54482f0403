// Excel reads a string written through the API the way it reads typing: "=…", "+…", "-…" and "@…"
// become formulas, "12" a number, "TRUE" a boolean, "#N/A" an error. A plan's values are literal, and an
// agency name is user text that must never run, so such strings get Excel's own text prefix, an
// apostrophe, which Excel keeps out of the cell's value.
import type { CellValue } from "../layout/plan";

const READ_AS_FORMULA_OR_ERROR = /^[=+\-@#']/;
const READ_AS_BOOLEAN = /^\s*(TRUE|FALSE)\s*$/i;
// Numbers, percentages, currency, dates and times: digits with only separators and signs around them.
const READ_AS_NUMBER_OR_DATE = /^[\s\d.,:/%$฿()]*\d[\s\d.,:/%$฿()eE]*$/;

export function needsTextPrefix(text: string): boolean {
  return (
    READ_AS_FORMULA_OR_ERROR.test(text) || READ_AS_BOOLEAN.test(text) || READ_AS_NUMBER_OR_DATE.test(text)
  );
}

/** What to write into `values` so that the cell holds exactly `value`; null leaves the cell as it is. */
export function literalInput(value: CellValue): CellValue {
  return typeof value === "string" && needsTextPrefix(value) ? `'${value}` : value;
}
