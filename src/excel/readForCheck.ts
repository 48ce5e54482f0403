// The read of a check: every sheet's values from A1 to the end of its used range, whatever the number
// of rows, its merged areas where the host can tell them, and the formulas of the settings box (the
// registry's references), on every sheet since which one is the settings sheet is known only after the
// read. One sync from ExcelApi 1.5 (see sheetWalk); nothing is written. A workbook too large for one
// answer (Excel on the web's 5 MB) is sized in one more sync and read in chunks of rows (see rowChunks).
import type { SheetForCheck } from "../layout/workbookCheck";
import type { HostCapabilities } from "./capabilities";
import { codeOf, failsAgain, isPayloadTooLarge } from "./hostErrors";
import { readInRowChunks, SheetTooLargeError, type SheetSize } from "./rowChunks";
import { readEverySheet, type ReadSheet } from "./sheetWalk";

interface CheckArea {
  readonly cells: Excel.Range;
  readonly settingsBox: Excel.Range;
  readonly merges?: Excel.RangeAreas;
}

interface SizedArea {
  /** With rowCount and columnCount loaded. */
  readonly cells: Excel.Range;
  readonly settingsBox: Excel.Range;
}

export async function readForCheck(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  settingsExtent: string,
): Promise<SheetForCheck[]> {
  try {
    return await readSheets(context, capabilities, settingsExtent);
  } catch (error) {
    if (!capabilities.mergedAreas || !mayBeMergedAreasRefused(error)) throw error;
    return readSheets(context, { ...capabilities, mergedAreas: false }, settingsExtent);
  }
}

/**
 * Excel refuses a range's merged areas past 512 of them, failing the whole request under a code it does
 * not document: such a read is made again without them rather than leave the user unable to check. A
 * failure with another cause is not.
 */
function mayBeMergedAreasRefused(error: unknown): boolean {
  return !failsAgain(error) && codeOf(error) !== "ItemNotFound" && !(error instanceof SheetTooLargeError);
}

async function readSheets(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  settingsExtent: string,
): Promise<SheetForCheck[]> {
  let read: ReadSheet<CheckArea>[];
  try {
    read = await readEverySheet(context, capabilities, (sheet) =>
      loadArea(sheet, capabilities, settingsExtent),
    );
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    return readInChunks(context, capabilities, settingsExtent);
  }
  // Excel answers null for more than 5 million cells: more than a check reads.
  const unanswered = read.filter(({ area }) => area.cells.values === null);
  if (unanswered.length > 0) throw new SheetTooLargeError(unanswered.map(({ sheet }) => sheet.name));
  return read.map(({ sheet, area }) => ({
    name: sheet.name,
    visibility: sheet.visibility as SheetForCheck["visibility"],
    values: area.cells.values,
    formulas: area.settingsBox.formulas,
    ...(area.merges && { merges: mergedAddresses(area.merges) }),
  }));
}

/** The sizes and settings boxes first (a small answer), then the values in chunks of rows. */
async function readInChunks(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  settingsExtent: string,
): Promise<SheetForCheck[]> {
  const sized = await readEverySheet(context, capabilities, (sheet): SizedArea => {
    const cells = usedFromA1(sheet, capabilities).load("rowCount, columnCount");
    return { cells, settingsBox: sheet.getRange(settingsExtent).load("formulas") };
  });
  const sizes = sized.map(({ sheet, area }): SheetSize => ({
    sheet,
    name: sheet.name,
    rows: area.cells.rowCount,
    columns: area.cells.columnCount,
  }));
  const rows = await readInRowChunks(context, sizes, (chunk) =>
    capabilities.mergedAreas ? chunk.getMergedAreasOrNullObject().load("address") : undefined,
  );
  return sized.map(({ sheet, area }, index) => {
    const { values, beside } = rows[index] as (typeof rows)[number];
    const merges = beside.flatMap((areas) => (areas === undefined ? [] : mergedAddresses(areas)));
    return {
      name: sheet.name,
      visibility: sheet.visibility as SheetForCheck["visibility"],
      values,
      formulas: area.settingsBox.formulas,
      ...(capabilities.mergedAreas && { merges: [...new Set(merges)] }),
    };
  });
}

function loadArea(sheet: Excel.Worksheet, capabilities: HostCapabilities, settingsExtent: string): CheckArea {
  const cells = usedFromA1(sheet, capabilities).load("values");
  return {
    cells,
    settingsBox: sheet.getRange(settingsExtent).load("formulas"),
    ...(capabilities.mergedAreas && { merges: cells.getMergedAreasOrNullObject().load("address") }),
  };
}

/**
 * A blank sheet's used range is A1; a used range that starts further in is widened to A1, where the
 * checker's rows and columns count from.
 */
function usedFromA1(sheet: Excel.Worksheet, capabilities: HostCapabilities): Excel.Range {
  const used = capabilities.usedValuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
  return sheet.getRange("A1").getBoundingRect(used);
}

/** "Plan!B6:B8, 'ติดตาม IIT'!C6:C8" split by the commas outside quoted sheet names. */
function mergedAddresses(areas: Excel.RangeAreas): string[] {
  if (areas.isNullObject) return [];
  return areas.address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((address) => address.trim())
    .filter((address) => address !== "");
}
