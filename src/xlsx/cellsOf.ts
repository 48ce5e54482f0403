import { cellAddress, type CellBox } from "../layout/a1";

/** Every cell of a box, row by row. */
export function* cellsOf(box: CellBox): Generator<{ row: number; column: number; address: string }> {
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      yield { row, column, address: cellAddress(row, column) };
    }
  }
}
