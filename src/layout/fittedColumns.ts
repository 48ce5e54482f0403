// A table's column widths from what its columns hold, as Word's "AutoFit to contents" gives them within
// the page: every column at least as wide as its header on one line and its longest word, so no word is
// broken inside, and the room left shared out by how much more each column's text would take, so an empty
// column stays narrow.
import { widestLine, widestWord, type TextStyle } from "./textMetrics";

export interface ColumnText {
  readonly header: string;
  readonly cells: readonly string[];
}

/**
 * Widths in points that add up to `width`. `padding` is a cell's room left and right together. Where even
 * the longest words do not fit, every column gets its share of `width` by them.
 */
export function fittedColumnWidths(
  columns: readonly ColumnText[],
  width: number,
  looks: { readonly header: TextStyle; readonly body: TextStyle },
  padding: number,
): number[] {
  const measure = (column: ColumnText, of: (text: string, style: TextStyle) => number) =>
    padding +
    Math.max(widestLine(column.header, looks.header), ...column.cells.map((cell) => of(cell, looks.body)));
  const least = columns.map((column) => measure(column, widestWord));
  const whole = columns.map((column) => measure(column, widestLine));
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const room = width - sum(least);
  if (room <= 0) return least.map((each) => (each / sum(least)) * width);
  const wanted = whole.map((each, index) => each - (least[index] as number));
  if (sum(wanted) > room)
    return least.map((each, index) => each + (room * (wanted[index] as number)) / sum(wanted));
  // Everything fits on one line each: the table still spans the page, each column widened by its size.
  const left = room - sum(wanted);
  return whole.map((each) => each + (left * each) / sum(whole));
}
