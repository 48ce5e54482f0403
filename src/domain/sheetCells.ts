// A sheet's values as a reader of the printed sheet sees them. Reports pasted from Word keep their
// merged cells: an indicator or a status written once beside three rows of steps. Excel gives such a
// merged area's value to its top-left cell only, so the area is read here as one value in every cell.

export type Cells = readonly (readonly unknown[])[];

/** A rectangle of cells, 1-based and inclusive, as a merged area is given. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Wider than any sheet (Excel has 16,384 columns), so that row and column fit one number. */
const KEY_WIDTH = 16_385;

function cellKey(row: number, column: number): number {
  return row * KEY_WIDTH + column;
}

export class SheetCells {
  readonly rowCount: number;
  readonly columnCount: number;
  /** The merged area covering each cell that is not its area's top-left cell. */
  private readonly coveringArea = new Map<number, CellArea>();

  /** `values` from A1, rows of any length; `merges` may reach beyond them and are cut to them. */
  constructor(
    private readonly values: Cells,
    merges: readonly CellArea[] = [],
  ) {
    this.rowCount = values.length;
    this.columnCount = values.reduce((widest, row) => Math.max(widest, row.length), 0);
    for (const area of merges) this.cover(area);
  }

  /** What the cell itself holds, undefined outside the values. Rows and columns are 1-based. */
  own(row: number, column: number): unknown {
    return this.values[row - 1]?.[column - 1];
  }

  /** What the cell shows: the value of the merged area it lies in, or its own. */
  shown(row: number, column: number): unknown {
    const area = this.coveringArea.get(cellKey(row, column));
    return area === undefined ? this.own(row, column) : this.own(area.top, area.left);
  }

  /** The cell lies in a merged area that starts in a row above: it repeats that row's value. */
  continuesAbove(row: number, column: number): boolean {
    const area = this.coveringArea.get(cellKey(row, column));
    return area !== undefined && area.top < row;
  }

  private cover(area: CellArea): void {
    const { top, left } = area;
    const bottom = Math.min(area.bottom, this.rowCount);
    const right = Math.min(area.right, this.columnCount);
    if (![top, left, bottom, right].every(Number.isInteger) || top < 1 || left < 1) return;
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        if (row !== top || column !== left) this.coveringArea.set(cellKey(row, column), area);
      }
    }
  }
}
