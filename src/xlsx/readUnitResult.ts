// One unit's file as consolidation takes it: the unit's result, or why the file could not be read. A bad
// file costs its own line and never the rest of the run. The command line and the pane's worker both read
// files through here.
import type { UnreadableFile } from "../domain/consolidationMessages";
import type { CalendarDate } from "../domain/thaiCalendar";
import { unitResultOfWorkbook, type UnitCells, type UnitResult } from "../domain/unitResult";
import { NoItaSheetsError, readSummary } from "../layout/workbookSummary";
import { readUnitSheets, UnreadableWorkbookError } from "./readUnitWorkbook";

export type UnitRead =
  | { readonly kind: "unit"; readonly unit: UnitResult }
  | { readonly kind: "unread"; readonly file: string; readonly reason: UnreadableFile };

/** Units made from one layout have their score cells at the same addresses: one copy serves them all. */
const SHARED_CELLS = new Map<string, UnitCells>();

function sharedCells(cells: UnitCells): UnitCells {
  const key = JSON.stringify(cells);
  const known = SHARED_CELLS.get(key);
  if (known !== undefined) return known;
  SHARED_CELLS.set(key, cells);
  return cells;
}

export function readUnitResult(bytes: Uint8Array, file: string, today: CalendarDate): UnitRead {
  try {
    const { reading, summary } = readSummary(readUnitSheets(bytes, today), today);
    const unit = unitResultOfWorkbook(
      { summary, scoreCells: reading.scoreCells, scoreAddresses: reading.scoreAddresses },
      file,
    );
    // Its names and addresses are slices of the file's XML, which they would keep alive: a copy lets the
    // file go, so that thousands of units hold only their figures.
    const copy = structuredClone(unit);
    return { kind: "unit", unit: { ...copy, cells: sharedCells(copy.cells) } };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { kind: "unread", file, reason: error.reason };
    if (error instanceof NoItaSheetsError) return { kind: "unread", file, reason: "notOurs" };
    // A cell or merge address no sheet can have: the file is damaged in some other way.
    if (error instanceof RangeError) return { kind: "unread", file, reason: "damaged" };
    throw error;
  }
}
