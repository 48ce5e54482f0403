// The one read of an insert: every sheet's name and visibility, and the formulas and values of the box
// our plans can occupy (`extent`, from A1) on every sheet. Every sheet, because whose sheet is whose is
// known only from the settings sheet read in this same sync, and a sheet of ours may have been renamed;
// the box is small, so the read does not grow with the rows users have typed. With it come what the
// write needs to know first: whether the sheet is protected, whether live colours are still in the box
// and which of our drop-downs' areas lost theirs, and the names of the workbook's tables. One sync from ExcelApi 1.5 (see sheetWalk).
import type { SheetContents } from "../layout/insertPlan";
import type { HostCapabilities } from "./capabilities";
import { readEverySheetWith } from "./sheetWalk";

/** A sheet as Excel showed it: the shared contents, and what the write must know first. */
export interface ExcelSheetContents extends SheetContents {
  /** False also on hosts before ExcelApi 1.2, which cannot protect a sheet. */
  readonly isProtected: boolean;
  /** Whether a conditional format touches the extent; undefined where the host has none (before 1.6). */
  readonly hasConditionalFormats?: boolean;
}

export interface InsertReading {
  /** In tab order. */
  readonly sheets: readonly ExcelSheetContents[];
  /**
   * The names a new table cannot take: every table's, whichever sheet holds it, and the workbook's defined
   * names, which share one namespace with tables whatever the case.
   */
  readonly tableNames: readonly string[];
}

/** The proxies loaded for one sheet, read after the sync. */
interface SheetArea {
  readonly cells: Excel.Range;
  readonly protection?: Excel.WorksheetProtection;
  readonly conditionalFormats?: OfficeExtension.ClientResult<number>;
  /** Each of the drop-downs' areas, by address. */
  readonly validations?: readonly { readonly address: string; readonly validation: Excel.DataValidation }[];
}

export async function readForInsert(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  extent: string,
  validationAreas: readonly string[],
): Promise<InsertReading> {
  const read = await readEverySheetWith(
    context,
    capabilities,
    (sheet) => loadArea(sheet, capabilities, extent, validationAreas),
    () => ({
      tables: context.workbook.tables.load("items/name"),
      names: context.workbook.names.load("items/name"),
    }),
  );
  const { tables, names } = read.alongside;
  return {
    sheets: read.sheets.map(({ sheet, area }) => contentsOf(sheet, area)),
    tableNames: [...tables.items, ...names.items].map((named) => named.name),
  };
}

function loadArea(
  sheet: Excel.Worksheet,
  capabilities: HostCapabilities,
  extent: string,
  validationAreas: readonly string[],
): SheetArea {
  const cells = sheet.getRange(extent).load("formulas, values");
  return {
    cells,
    ...(capabilities.sheetProtection && { protection: sheet.protection.load("protected") }),
    ...(capabilities.features.liveColours && { conditionalFormats: cells.conditionalFormats.getCount() }),
    ...(capabilities.features.dropdowns && {
      validations: validationAreas.map((address) => ({
        address,
        validation: sheet.getRange(address).dataValidation.load("type"),
      })),
    }),
  };
}

function contentsOf(sheet: Excel.Worksheet, area: SheetArea): ExcelSheetContents {
  return {
    name: sheet.name,
    visibility: sheet.visibility as ExcelSheetContents["visibility"],
    formulas: area.cells.formulas,
    values: area.cells.values,
    isProtected: area.protection?.protected ?? false,
    ...(area.conditionalFormats && { hasConditionalFormats: area.conditionalFormats.value > 0 }),
    // "None" only where no cell of the area has one: some cells with one is "MixedCriteria".
    ...(area.validations && {
      unvalidated: area.validations
        .filter(({ validation }) => validation.type === "None")
        .map(({ address }) => address),
    }),
  };
}
