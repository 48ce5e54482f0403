// A sheet plan's cells as the rows of a sheet part's <sheetData>, one row at a time: a parent office's
// sheets hold a row per unit, thousands at a national scale, and a cell object per cell (as ExcelJS
// keeps) would hold the whole sheet in memory at once. Content and formats mean what they mean to
// applyWorkbookPlan: blocks in the plan's order, a later one over an earlier, the base font under all.
import { columnLetter, parseRange, type CellBox } from "../layout/a1";
import type { CellValue, FormatBlock, FormatPlan, SheetPlan } from "../layout/plan";
import { checkBlockShape, formulaAt } from "../layout/blocks";
import { formatBlocks } from "../layout/repair";
import { layeredFormat, type CellFormats } from "./cellFormats";
import { formulaBody } from "./formula";
import { escapeXmlText } from "./xmlText";

interface Placed<T> {
  /** The block's place in the plan's list: a later block goes over an earlier one. */
  readonly order: number;
  readonly block: T;
  readonly box: CellBox;
}

/** What a cell holds once every block has been written into it; "" is an emptied cell. */
type Written = { readonly value: CellValue } | { readonly formula: string };

/** The blocks covering each row in turn, found by one sweep down the sheet. */
class RowSweep<T> {
  private readonly waiting: Placed<T>[];
  private next = 0;
  private active: Placed<T>[] = [];

  constructor(blocks: readonly T[], addressOf: (block: T) => string) {
    this.waiting = blocks
      .map((block, order) => ({ order, block, box: parseRange(addressOf(block)) }))
      .sort((a, b) => a.box.top - b.box.top || a.order - b.order);
  }

  /** The blocks over `row`, in the plan's order; rows must be asked for top to bottom. */
  at(row: number): readonly Placed<T>[] {
    let added = false;
    while (this.next < this.waiting.length && (this.waiting[this.next] as Placed<T>).box.top <= row) {
      this.active.push(this.waiting[this.next++] as Placed<T>);
      added = true;
    }
    this.active = this.active.filter(({ box }) => box.bottom >= row);
    if (added) this.active.sort((a, b) => a.order - b.order);
    return this.active;
  }

  get all(): readonly Placed<T>[] {
    return this.waiting;
  }

  get lastRow(): number {
    return this.waiting.reduce((last, { box }) => Math.max(last, box.bottom), 0);
  }

  get firstRow(): number {
    return this.waiting[0]?.box.top ?? Infinity;
  }
}

/** Characters XML 1.0 cannot carry, written as OOXML's _xHHHH_ escapes. */
function cellText(text: string): string {
  return escapeXmlText(text).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (character) => `_x${character.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
  );
}

function cellXml(address: string, style: number | undefined, written: Written | undefined): string {
  const start = `<c r="${address}"${style === undefined ? "" : ` s="${style}"`}`;
  if (written === undefined) return `${start}/>`;
  if ("formula" in written) {
    return written.formula === ""
      ? `${start}/>`
      : `${start}><f>${cellText(formulaBody(written.formula))}</f></c>`;
  }
  const { value } = written;
  if (typeof value === "number")
    return Number.isFinite(value) ? `${start}><v>${value}</v></c>` : `${start}/>`;
  if (typeof value === "boolean") return `${start} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === null || value === "") return `${start}/>`;
  // Inline text: it is never read as a formula, and needs no shared-strings part kept in step.
  return `${start} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
}

/** Every row of the plan that has a cell to write or a height, as `<row>` elements, top to bottom. */
export function* sheetRows(plan: SheetPlan, formats: CellFormats): Generator<string> {
  const contents = new RowSweep(plan.content, (block) => block.address);
  contents.all.forEach(({ block, box }) => checkBlockShape(block, box));
  const blocks = formatBlocks(plan);
  const styles = new RowSweep(blocks, (block) => block.address);
  const heights = new Map(plan.rowHeights.map(({ row, height }) => [row, height]));
  const styleOf = new Map<string, number>();
  const heightRows = plan.rowHeights.map(({ row }) => row);
  const first = heightRows.reduce(
    (top, row) => Math.min(top, row),
    Math.min(contents.firstRow, styles.firstRow),
  );
  const last = heightRows.reduce(
    (bottom, row) => Math.max(bottom, row),
    Math.max(contents.lastRow, styles.lastRow),
  );

  // A row's cell formats by column, worked out once for each set of blocks over a row: thousands of rows
  // of a table share one.
  const layouts = new Map<string, (number | undefined)[]>();
  const layoutOf = (over: readonly Placed<FormatBlock>[]): (number | undefined)[] => {
    const key = over.map(({ order }) => order).join(",");
    const known = layouts.get(key);
    if (known) return known;
    const covering: number[][] = [];
    for (const { order, box } of over) {
      for (let column = box.left; column <= box.right; column++) (covering[column] ??= []).push(order);
    }
    const layout = Array.from(covering, (orders) => (orders ? styleIndex(orders) : undefined));
    layouts.set(key, layout);
    return layout;
  };
  const letters: string[] = [];

  for (let row = first; row <= last; row++) {
    const cells: (Written | undefined)[] = [];
    for (const { block, box } of contents.at(row)) {
      for (let column = box.left; column <= box.right; column++) {
        const formula = formulaAt(block, box, row, column);
        const value = block.values?.[row - box.top]?.[column - box.left];
        if (formula !== undefined) cells[column] = { formula };
        else if (value !== undefined && value !== null) cells[column] = { value };
      }
    }
    const layout = layoutOf(styles.at(row));
    const height = heights.get(row);
    let xml = "";
    for (let column = 1; column < Math.max(cells.length, layout.length); column++) {
      const style = layout[column];
      const written = cells[column];
      if (style === undefined && written === undefined) continue;
      xml += cellXml(`${(letters[column] ??= columnLetter(column))}${row}`, style, written);
    }
    if (xml === "" && height === undefined) continue;
    const heightXml = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    yield `<row r="${row}"${heightXml}>${xml}</row>`;
  }

  function styleIndex(orders: readonly number[]): number {
    const key = orders.join(",");
    const known = styleOf.get(key);
    if (known !== undefined) return known;
    const format = orders.reduce<FormatPlan>(
      (layered, order) => layeredFormat(layered, (blocks[order] as FormatBlock).format),
      {},
    );
    const index = formats.indexOf(format);
    styleOf.set(key, index);
    return index;
  }
}
