// The height of every row a plan writes, from the text its cells hold in their fonts and widths: Excel
// grows a row to its text only as someone types it, and a file stores no such growth, so without a
// height a generated row stays one Calibri line high and cuts its own Thai text.
import { columnNumber, parseRange, type CellBox } from "./a1";
import { formulaAt } from "./blocks";
import { columnWidthPoints } from "./columnWidth";
import type { CellValue, FontPlan, SheetPlan } from "./plan";
import { CELL_SIDE_PADDING, rowHeightOfLines, wrappedLineCount, type TextStyle } from "./textMetrics";

type UnsizedPlan = Omit<SheetPlan, "rowHeights">;

/** Excel's width of a column no plan sizes: 8.43 characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

interface CellLook {
  readonly font: FontPlan;
  readonly wrap: boolean;
  readonly numberFormat?: string;
}

function contains(box: CellBox, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

/** Each item under every row its box covers, in the order given. */
function byRow<T extends { readonly box: CellBox }>(items: readonly T[]): Map<number, T[]> {
  const rows = new Map<number, T[]>();
  for (const item of items) {
    for (let row = item.box.top; row <= item.box.bottom; row++) {
      const list = rows.get(row);
      if (list) list.push(item);
      else rows.set(row, [item]);
    }
  }
  return rows;
}

/** What a number shows under the plans' number formats ("0.00", "0", "0%"). */
function shownText(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value !== "number" || numberFormat === undefined) return String(value);
  const decimals = /^0(?:\.(0+))?(%?)$/.exec(numberFormat);
  if (!decimals) return String(value);
  const [, places = "", percent] = decimals;
  return percent ? `${(value * 100).toFixed(places.length)}%` : value.toFixed(places.length);
}

/**
 * Heights for the rows holding plan content, tallest cell first. Rows of a table's body are left out
 * unless the plan writes text in them (the OIT register's items): there Excel grows each row as its
 * text is typed, which a height of ours would stop, but text we write must show whole. A formula's
 * result is not known until it is calculated: its row gets at least one line of the formula cell's font,
 * and each plan keeps its formulas' results to one line by its column widths.
 */
export function fittedRowHeights(plan: UnsizedPlan): SheetPlan["rowHeights"] {
  const widths = new Map(plan.columnWidths.map(({ column, width }) => [columnNumber(column), width]));
  const widthOf = (column: number) => widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  // Formats and merges by the rows they cover, in the plan's order: a cell looks only at its own row's.
  const formatsOfRow = byRow(
    plan.formats.map(({ address, format }) => ({ box: parseRange(address), format })),
  );
  const mergesOfRow = byRow(plan.merges.map((address) => ({ box: parseRange(address) })));
  const tableBody = plan.table && {
    ...parseRange(plan.table.address),
    top: parseRange(plan.table.address).top + 1,
  };

  function lookOf(row: number, column: number): CellLook {
    let font: FontPlan = plan.baseFont;
    let wrap = false;
    let numberFormat: string | undefined;
    for (const { box, format } of formatsOfRow.get(row) ?? []) {
      if (!contains(box, row, column)) continue;
      font = { ...font, ...format.font };
      wrap = format.wrapText ?? wrap;
      numberFormat = format.numberFormat ?? numberFormat;
    }
    return { font, wrap, ...(numberFormat === undefined ? {} : { numberFormat }) };
  }

  /** The points a cell's text has across: its merged area's columns, less the cell's own margins. */
  function roomOf(row: number, column: number): number | undefined {
    const merge = mergesOfRow.get(row)?.find(({ box }) => contains(box, row, column))?.box;
    if (merge && (merge.top !== merge.bottom || merge.top !== row || merge.left !== column)) return undefined;
    const [left, right] = merge ? [merge.left, merge.right] : [column, column];
    let points = 0;
    for (let each = left; each <= right; each++) points += columnWidthPoints(widthOf(each));
    return points - CELL_SIDE_PADDING;
  }

  const heights = new Map<number, number>();
  for (const block of plan.content) {
    const box = parseRange(block.address);
    for (let row = box.top; row <= box.bottom; row++) {
      const inBody = tableBody !== undefined && contains(tableBody, row, box.left);
      for (let column = box.left; column <= box.right; column++) {
        const value = block.values?.[row - box.top]?.[column - box.left];
        const formula = formulaAt(block, box, row, column);
        const hasValue = value !== undefined && value !== null && value !== "";
        if (!hasValue && (inBody || !formula)) continue;
        if (widthOf(column) === 0) continue;
        const room = roomOf(row, column);
        // A cell under a merge that spans rows shares them; the plans put only short labels there.
        if (room === undefined) continue;
        const look = lookOf(row, column);
        const style: TextStyle = {
          font: look.font.name ?? plan.baseFont.name,
          size: look.font.size ?? plan.baseFont.size,
          bold: look.font.bold ?? false,
        };
        const text = hasValue ? shownText(value, look.numberFormat) : "";
        const lines = look.wrap && hasValue ? wrappedLineCount(text, style, room) : 1;
        heights.set(row, Math.max(heights.get(row) ?? 0, rowHeightOfLines(lines, style)));
      }
    }
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}
