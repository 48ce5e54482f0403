// Reading every sheet in as few syncs as Excel allows. Loading a sheet's cells needs a proxy for the
// sheet before the sync that tells the sheets' names. From ExcelApi 1.5 the sheets are walked in tab
// order (getFirst, then getNextOrNullObject) in that same sync: one read sync. Older hosts learn the
// names first and load the cells in a second sync, as does a workbook with more sheets than the walk
// reaches, and a host that refuses the walk's calls on the null objects past the last sheet (Excel is
// not documented to allow them).
import type { HostCapabilities } from "./capabilities";
import { failsAgain } from "./hostErrors";

/** Sheets walked in the first sync; few workbooks have more. */
export const WALKED_SHEETS = 40;

export interface ReadSheet<Area> {
  /** With `name` and `visibility` loaded. */
  readonly sheet: Excel.Worksheet;
  /** What `loadArea` queued for it, loaded. */
  readonly area: Area;
}

export interface WorkbookRead<Area, Alongside> {
  /** In tab order. */
  readonly sheets: ReadSheet<Area>[];
  /** What `loadAlongside` queued, loaded. */
  readonly alongside: Alongside;
}

/** Queues `loadArea` on every sheet and syncs. Returns the sheets in tab order. */
export async function readEverySheet<Area>(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  loadArea: (sheet: Excel.Worksheet) => Area,
): Promise<ReadSheet<Area>[]> {
  const read = await readEverySheetWith(context, capabilities, loadArea, () => undefined);
  return read.sheets;
}

/**
 * readEverySheet, and `loadAlongside` (the workbook's other reads) in the first sync. It is queued again
 * should the walk fail, since nothing a failed sync loaded can be read.
 */
export async function readEverySheetWith<Area, Alongside>(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  loadArea: (sheet: Excel.Worksheet) => Area,
  loadAlongside: () => Alongside,
): Promise<WorkbookRead<Area, Alongside>> {
  if (capabilities.walkSheets) {
    const walked = await walkAndRead(context, loadArea, loadAlongside);
    if (walked !== null) return walked;
  }
  const worksheets = loadNames(context);
  const alongside = loadAlongside();
  await context.sync();
  const sheets = worksheets.items.map((sheet) => ({ sheet, area: loadArea(sheet) }));
  await context.sync();
  return { sheets, alongside };
}

function loadNames(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load("items/name, items/visibility");
}

/** Null when the host refused the walk's sync for a reason the two-sync read would not meet. */
async function walkAndRead<Area, Alongside>(
  context: Excel.RequestContext,
  loadArea: (sheet: Excel.Worksheet) => Area,
  loadAlongside: () => Alongside,
): Promise<WorkbookRead<Area, Alongside> | null> {
  const worksheets = loadNames(context);
  const alongside = loadAlongside();
  const walked = walkSheets(context, loadArea);
  try {
    await context.sync();
  } catch (error) {
    if (failsAgain(error)) throw error;
    return null;
  }

  const areas = new Map<string, Area>();
  walked.filter(({ sheet }) => !sheet.isNullObject).forEach(({ sheet, area }) => areas.set(sheet.name, area));
  const unread = worksheets.items.filter((sheet) => !areas.has(sheet.name));
  unread.forEach((sheet) => areas.set(sheet.name, loadArea(sheet)));
  if (unread.length > 0) await context.sync();

  const sheets = worksheets.items.map((sheet) => ({ sheet, area: areas.get(sheet.name) as Area }));
  return { sheets, alongside };
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
