// How a sheet the add-in writes whole knows itself: a marker and a fingerprint of what was written, in a
// hidden column. The sheet is found by its marker whatever it is renamed to; the fingerprint tells a
// sheet left as the add-in wrote it (which the add-in may write again) from one someone has typed in
// (which it never touches).
import { columnNumber, parseRange, type CellBox } from "./a1";
import { contentValues, valuesAt } from "./blocks";
import type { Cells } from "./insertPlan";
import type { ContentBlock } from "./plan";

export class SheetMark {
  private readonly index: number;

  /**
   * `column` is right of everything the sheet shows, hidden: row 1 holds the marker, row 2 the
   * fingerprint, row 3 the areas holding formulas, where the sheet has any.
   */
  constructor(
    readonly marker: string,
    readonly column: string,
  ) {
    this.index = columnNumber(column) - 1;
  }

  /** `values`, from A1, as a read gives them. */
  isOn(values: Cells): boolean {
    return values[0]?.[this.index] === this.marker;
  }

  /**
   * Left as the add-in wrote it: the fingerprint of its cells is the one stored with them. The cells that
   * hold formulas, whose results a read gives, count as empty, as they did when the sheet was written:
   * their areas are stored under the fingerprint.
   */
  isUntouched(values: Cells): boolean {
    const stored = values[1]?.[this.index];
    if (!this.isOn(values) || typeof stored !== "string") return false;
    const areas = values[2]?.[this.index];
    const formulas = typeof areas === "string" && areas !== "" ? areas.split(",").map(parseRange) : [];
    const unread = values.map((row, rowIndex) =>
      row.map((cell, column) =>
        formulas.some((box) => contains(box, rowIndex + 1, column + 1)) ? "" : cell,
      ),
    );
    return this.fingerprint(unread) === stored;
  }

  /** The marker, the fingerprint of `content` and the areas of its formulas, to write with it. */
  block(content: readonly ContentBlock[]): ContentBlock {
    const formulas = content.flatMap((block) => (block.formulas || block.rowFormulas ? [block.address] : []));
    const fingerprint = this.fingerprint(contentValues(content));
    return valuesAt(
      1,
      this.index + 1,
      formulas.length === 0
        ? [[this.marker], [fingerprint]]
        : [[this.marker], [fingerprint], [formulas.join(",")]],
    );
  }

  /**
   * FNV-1a over every cell but the marker and the fingerprint themselves, as a read gives them back:
   * numbers to Excel's 15 significant digits, trailing blank rows and cells ignored, so that the written
   * plan and a read of the untouched sheet give the same fingerprint in Excel and in a file, and
   * anything typed anywhere on the sheet, even beside the marker, changes it.
   */
  fingerprint(values: Cells): string {
    const rows = values.map((row, index) => {
      const cells = row.map((cell, column) => (column === this.index && index < 3 ? "" : normalised(cell)));
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      return cells;
    });
    while (rows.length > 0 && (rows[rows.length - 1] as string[]).length === 0) rows.pop();
    let hash = 0x811c9dc5;
    const text = JSON.stringify(rows);
    // Code point by code point, by index: a sheet of thousands of rows is millions of characters.
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index) as number;
      if (codePoint > 0xffff) index++;
      hash ^= codePoint;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, "0");
  }
}

function contains(box: CellBox, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

function normalised(value: unknown): string {
  if (typeof value === "number") return `n${Number(value.toPrecision(15))}`;
  if (value === null || value === undefined || value === "") return "";
  return `s${String(value)}`;
}

/** The summary sheet "สรุปผล ITA": H1 the marker, H2 the fingerprint. */
export const SUMMARY_MARK = new SheetMark("itaTrackerSummary", "H");
