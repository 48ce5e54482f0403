// On a sheet of ours that already exists, the cells we may touch are those repairWrites writes: empty,
// or already holding exactly our content. A format or rule is re-applied only to the part of its range
// made of such cells, so a cell someone typed in keeps every format they gave it.
import { parseRange, rangeAddress, type CellBox } from "./a1";
import { formulaAt } from "./blocks";
import type { ContentBlock } from "./plan";

export class OwnedCells {
  private readonly cells = new Set<string>();

  constructor(writes: readonly ContentBlock[]) {
    for (const block of writes) {
      const box = parseRange(block.address);
      for (let row = box.top; row <= box.bottom; row++) {
        for (let column = box.left; column <= box.right; column++) this.cells.add(`${row},${column}`);
      }
    }
  }

  has(row: number, column: number): boolean {
    return this.cells.has(`${row},${column}`);
  }

  /** The owned part of `address` as few rectangles: runs along each row, joined down identical rows. */
  within(address: string): string[] {
    const box = parseRange(address);
    const rectangles: CellBox[] = [];
    let open: CellBox[] = [];
    for (let row = box.top; row <= box.bottom; row++) {
      const runs = this.runsOf(row, box.left, box.right);
      const continued = runs.map(
        (run) =>
          open.find((rectangle) => rectangle.left === run.left && rectangle.right === run.right) ?? {
            top: row,
            bottom: row,
            ...run,
          },
      );
      rectangles.push(...open.filter((rectangle) => !continued.includes(rectangle)));
      open = continued.map((rectangle) => ({ ...rectangle, bottom: row }));
    }
    rectangles.push(...open);
    return rectangles
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((rectangle) => rangeAddress(rectangle));
  }

  private runsOf(row: number, left: number, right: number): { left: number; right: number }[] {
    const runs: { left: number; right: number }[] = [];
    for (let column = left; column <= right; column++) {
      if (!this.has(row, column)) continue;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.right === column - 1) last.right = column;
      else runs.push({ left: column, right: column });
    }
    return runs;
  }
}

function isEmpty(cell: unknown): boolean {
  return cell === undefined || cell === null || cell === "";
}

/** Whether `test` holds for some cell `writes` write, given what it writes there and what the read found. */
function someWrittenCell(
  writes: readonly ContentBlock[],
  cells: { readonly formulas: readonly (readonly unknown[])[] },
  test: (wanted: unknown, held: unknown) => boolean,
): boolean {
  return writes.some((block) => {
    const box = parseRange(block.address);
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        const [r, c] = [row - box.top, column - box.left];
        const wanted = formulaAt(block, box, row, column) ?? block.values?.[r]?.[c];
        if (test(wanted, cells.formulas[row - 1]?.[column - 1])) return true;
      }
    }
    return false;
  });
}

/**
 * Whether any of `writes` (repairWrites') changes a cell of `cells` (read from A1): puts back what is
 * missing, or replaces what an earlier version of the add-in wrote.
 */
export function changesCells(
  writes: readonly ContentBlock[],
  cells: { readonly formulas: readonly (readonly unknown[])[] },
): boolean {
  // A cell a block leaves unwritten (null) changes nothing.
  return someWrittenCell(writes, cells, (wanted, held) => !isEmpty(wanted) && wanted !== held);
}

/** Whether every cell of `writes` already holds exactly what it would write (a formula as its text). */
export function holdsAllOf(
  writes: readonly ContentBlock[],
  cells: { readonly formulas: readonly (readonly unknown[])[] },
): boolean {
  return !someWrittenCell(
    writes,
    cells,
    (wanted, held) => wanted !== null && wanted !== undefined && wanted !== held,
  );
}
