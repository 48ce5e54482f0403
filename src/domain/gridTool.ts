// Which tool a grid tracks when the workbook does not say: the seeds title each table with its tool
// ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน IIT", "(EIT)"), and our grids say it in their title and name.
import { cellText } from "./cellText";
import { TOOL_IDS, type ToolId } from "./framework";
import type { TrackingGrid } from "./gridColumns";
import type { SheetCells } from "./sheetCells";

const TOOL_CODE = new RegExp(`(?<![A-Za-z])(${TOOL_IDS.join("|")})(?![A-Za-z])`, "g");

/** The one tool the texts name by its code; null when they name none, or more than one. */
export function toolNamedIn(texts: readonly string[]): ToolId | null {
  const named = new Set(texts.flatMap((text) => Array.from(text.matchAll(TOOL_CODE), (match) => match[1])));
  const [tool] = named;
  return named.size === 1 ? (tool as ToolId) : null;
}

/** The tool named in the rows above the grid's headers, else in the sheet's name. */
export function toolOfTitle(cells: SheetCells, grid: TrackingGrid, sheetName: string): ToolId | null {
  const title: string[] = [];
  for (let row = 1; row < grid.headerRow; row++) {
    for (let column = 1; column <= cells.columnCount; column++) title.push(cellText(cells.own(row, column)));
  }
  return toolNamedIn(title) ?? toolNamedIn([sheetName]);
}
