// Reading cells too many for one answer. Excel on the web refuses a response over 5 MB
// (ResponsePayloadSizeLimitExceeded), and no host answers more than 5 million cells in one read (the
// values come back null). Rows are read in chunks, several sheets' chunks to a sync, each sync's cells
// kept under both limits by an estimate of the bytes a cell takes: generous at first, then twice what
// the last sync measured (Excel may write each Thai letter as six bytes where JavaScript counts three).
// A sync Excel still refuses as too large is sent again in chunks half the size.
import { rangeAddress } from "../layout/a1";
import { isPayloadTooLarge } from "./hostErrors";
import { estimateBytes } from "./requestSize";

/** A sheet larger than this, from A1 to its used range's end, is not read at all. */
const MAX_SHEET_CELLS = 5_000_000;

/** The bytes one sync may answer by the estimate, under Excel on the web's 5 MB. */
const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;

/** The cells one sync may read, under the 5 million Excel answers. */
const CELL_BUDGET = 4_000_000;

/** Before anything is measured: a long Thai text in every cell. */
const FIRST_BYTES_PER_CELL = 100;

/** An empty cell still takes its quotes and comma; below this the estimate never goes. */
const LEAST_BYTES_PER_CELL = 8;

/** Raised before anything is read when a sheet has more cells than a check can read. */
export class SheetTooLargeError extends Error {
  readonly code = "SheetTooLarge";

  constructor(readonly sheets: readonly string[]) {
    super(`Too many cells to read on ${sheets.join(", ")}.`);
    this.name = "SheetTooLargeError";
  }
}

/** A sheet's cells from A1: `rows` by `columns`. */
export interface SheetSize {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

/** What one chunk of rows loaded, beside its values. */
export type LoadBeside<Beside> = (chunk: Excel.Range) => Beside;

export interface SheetRows<Beside> {
  /** Every row from A1, in order. */
  readonly values: unknown[][];
  /** What `loadBeside` queued for each chunk, loaded, in row order. */
  readonly beside: Beside[];
}

interface Chunk {
  /** Index in the sizes. */
  readonly sheet: number;
  /** 1-based, as Excel numbers rows. */
  readonly top: number;
  readonly rows: number;
}

/** Throws SheetTooLargeError, before reading, for sheets over MAX_SHEET_CELLS. */
export async function readInRowChunks<Beside>(
  context: Excel.RequestContext,
  sizes: readonly SheetSize[],
  loadBeside: LoadBeside<Beside>,
): Promise<SheetRows<Beside>[]> {
  const tooLarge = sizes.filter(({ rows, columns }) => rows * columns > MAX_SHEET_CELLS);
  if (tooLarge.length > 0) throw new SheetTooLargeError(tooLarge.map(({ name }) => name));

  const read = sizes.map((): SheetRows<Beside> => ({ values: [], beside: [] }));
  const nextRow = sizes.map(() => 1);
  let bytesPerCell = FIRST_BYTES_PER_CELL;
  for (;;) {
    const chunks = nextChunks(sizes, nextRow, bytesPerCell);
    if (chunks.length === 0) return read;
    const loads = chunks.map((chunk) => {
      const { sheet, columns } = sizes[chunk.sheet] as SheetSize;
      const box = { top: chunk.top, left: 1, bottom: chunk.top + chunk.rows - 1, right: columns };
      const cells = sheet.getRange(rangeAddress(box)).load("values");
      return { chunk, cells, beside: loadBeside(cells) };
    });
    try {
      // Each sync is one answer under the limits: the loop is the point.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      const only = chunks.length === 1 ? chunks[0] : undefined;
      if (only?.rows === 1) throw new SheetTooLargeError([(sizes[only.sheet] as SheetSize).name]);
      bytesPerCell *= 2;
      continue;
    }
    let cells = 0;
    let bytes = 0;
    for (const { chunk, cells: range, beside } of loads) {
      const rows = read[chunk.sheet] as SheetRows<Beside>;
      for (const line of range.values) rows.values.push(line);
      rows.beside.push(beside);
      nextRow[chunk.sheet] = chunk.top + chunk.rows;
      cells += chunk.rows * (sizes[chunk.sheet] as SheetSize).columns;
      bytes += estimateBytes(0, range.values);
    }
    bytesPerCell = Math.max(LEAST_BYTES_PER_CELL, (2 * bytes) / cells);
  }
}

/** The chunks of the next sync, in tab order: as many rows as fit, and at least one row. */
function nextChunks(sizes: readonly SheetSize[], nextRow: readonly number[], bytesPerCell: number): Chunk[] {
  let room = Math.min(CELL_BUDGET, Math.floor(RESPONSE_BUDGET_BYTES / bytesPerCell));
  const chunks: Chunk[] = [];
  sizes.forEach(({ rows, columns }, sheet) => {
    const top = nextRow[sheet] as number;
    const left = rows - top + 1;
    if (left <= 0) return;
    const fit = Math.min(left, Math.floor(room / columns));
    const taken = chunks.length === 0 ? Math.max(1, fit) : fit;
    if (taken <= 0) return;
    chunks.push({ sheet, top, rows: taken });
    room -= taken * columns;
  });
  return chunks;
}
