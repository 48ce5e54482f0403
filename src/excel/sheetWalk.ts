// Reading every sheet in as few syncs as Excel allows. Loading a sheet's cells needs a proxy for the
// sheet before the sync that tells the sheets' names. From ExcelApi 1.5 the sheets are walked in tab
// order (getFirst, then getNextOrNullObject) in that same sync: one read sync. Older hosts learn the
// names first and load the cells in a second sync, as does a workbook with more sheets than the walk
// reaches.
import type { HostCapabilities } from "./capabilities";

/** Sheets walked in the first sync; few workbooks have more. */
export const WALKED_SHEETS = 40;

export interface ReadSheet<Area> {
  /** With `name` and `visibility` loaded. */
  readonly sheet: Excel.Worksheet;
  /** What `loadArea` queued for it, loaded. */
  readonly area: Area;
}

/**
 * Queues `loadArea` on every sheet and syncs; anything else the caller queued before goes in the first
 * sync too. Returns the sheets in tab order.
 */
export async function readEverySheet<Area>(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  loadArea: (sheet: Excel.Worksheet) => Area,
): Promise<ReadSheet<Area>[]> {
  const worksheets = context.workbook.worksheets.load("items/name, items/visibility");
  const walked = capabilities.walkSheets ? walkSheets(context, loadArea) : [];
  await context.sync();

  const areas = new Map<string, Area>();
  walked.filter(({ sheet }) => !sheet.isNullObject).forEach(({ sheet, area }) => areas.set(sheet.name, area));
  const unread = worksheets.items.filter((sheet) => !areas.has(sheet.name));
  unread.forEach((sheet) => areas.set(sheet.name, loadArea(sheet)));
  if (unread.length > 0) await context.sync();

  return worksheets.items.map((sheet) => ({ sheet, area: areas.get(sheet.name) as Area }));
}

function walkSheets<Area>(context: Excel.RequestContext, loadArea: (sheet: Excel.Worksheet) => Area) {
  const walked: ReadSheet<Area>[] = [];
  let sheet = context.workbook.worksheets.getFirst();
  for (let slot = 0; slot < WALKED_SHEETS; slot++) {
    // Past the last sheet these are null objects, and their loads come back empty.
    if (slot > 0) sheet = sheet.getNextOrNullObject();
    walked.push({ sheet: sheet.load("name"), area: loadArea(sheet) });
  }
  return walked;
}
