/**
 * An Excel table of the fake workbook: a box on one sheet whose first row is the header row. Column names
 * are the header cells' text, as in Excel, so writing a header cell renames its column.
 */
import { boxRows, type Box } from "../address";
import { displayText } from "./cellInput";
import type { SheetState } from "./sheet";

export class TableState {
  /** Excel gives a new table this style. */
  style = "TableStyleMedium2";
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;

  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: SheetState,
    readonly box: Box,
  ) {}

  get headerBox(): Box {
    return { ...this.box, bottom: this.box.top };
  }

  /** A table always has at least one body row. */
  get bodyBox(): Box {
    return { ...this.box, top: this.box.top + 1 };
  }

  get columnCount(): number {
    return this.box.right - this.box.left + 1;
  }

  get bodyRowCount(): number {
    return boxRows(this.box) - 1;
  }

  columnNames(): string[] {
    return Array.from({ length: this.columnCount }, (_, index) =>
      displayText(this.sheet.cell(this.box.top, this.box.left + index).value),
    );
  }

  /** The box of one column: its header cell and body, or either alone. */
  columnBox(index: number, part: "whole" | "header" | "body"): Box {
    const column = this.box.left + index;
    const top = part === "body" ? this.box.top + 1 : this.box.top;
    const bottom = part === "header" ? this.box.top : this.box.bottom;
    return { top, left: column, bottom, right: column };
  }
}
