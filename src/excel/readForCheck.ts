// The one read of a check: every sheet's values from A1 to the end of its used range, whatever the
// number of rows, its merged areas where the host can tell them, and the formulas of the settings box
// (the registry's references), on every sheet since which one is the settings sheet is known only after
// the read. One sync from ExcelApi 1.5 (see sheetWalk); nothing is written.
import type { SheetForCheck } from "../layout/workbookCheck";
import type { HostCapabilities } from "./capabilities";
import { readEverySheet } from "./sheetWalk";

interface CheckArea {
  readonly cells: Excel.Range;
  readonly settingsBox: Excel.Range;
  readonly merges?: Excel.RangeAreas;
}

export async function readForCheck(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  settingsExtent: string,
): Promise<SheetForCheck[]> {
  try {
    return await readSheets(context, capabilities, settingsExtent);
  } catch (error) {
    // Excel refuses a range's merged areas past 512 of them, failing the whole request: read again
    // without them rather than leave the user unable to check.
    if (!capabilities.mergedAreas) throw error;
    return readSheets(context, { ...capabilities, mergedAreas: false }, settingsExtent);
  }
}

async function readSheets(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  settingsExtent: string,
): Promise<SheetForCheck[]> {
  const read = await readEverySheet(context, capabilities, (sheet) =>
    loadArea(sheet, capabilities, settingsExtent),
  );
  return read.map(({ sheet, area }) => ({
    name: sheet.name,
    visibility: sheet.visibility as SheetForCheck["visibility"],
    values: area.cells.values,
    formulas: area.settingsBox.formulas,
    ...(area.merges && { merges: mergedAddresses(area.merges) }),
  }));
}

function loadArea(sheet: Excel.Worksheet, capabilities: HostCapabilities, settingsExtent: string): CheckArea {
  // A blank sheet's used range is A1; a used range that starts further in is widened to A1, where the
  // checker's rows and columns count from.
  const used = capabilities.usedValuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
  const cells = sheet.getRange("A1").getBoundingRect(used).load("values");
  return {
    cells,
    settingsBox: sheet.getRange(settingsExtent).load("formulas"),
    ...(capabilities.mergedAreas && { merges: cells.getMergedAreasOrNullObject().load("address") }),
  };
}

/** "Plan!B6:B8, 'ติดตาม IIT'!C6:C8" split by the commas outside quoted sheet names. */
function mergedAddresses(areas: Excel.RangeAreas): string[] {
  if (areas.isNullObject) return [];
  return areas.address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((address) => address.trim())
    .filter((address) => address !== "");
}
