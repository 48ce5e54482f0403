// "Insert ITA sheets": read the workbook (one sync), work out settings, names and plans (pure), write
// (one sync). Sheets of ours that are missing are made, sheets of ours that exist are repaired, and a
// sheet of someone else that has one of our names is left alone while ours takes the next free name.
import type { CalendarDate } from "../domain/thaiCalendar";
import { applyInsert } from "./applyInsert";
import { hostCapabilities, missingFeatures, type HostFeature, type IsSetSupported } from "./capabilities";
import { insertExtent, insertValidationAreas } from "../layout/insertExtent";
import { changesCells } from "../layout/ownedCells";
import { planInsert, type InsertOptions, type SheetToWrite } from "../layout/insertPlan";
import { readForInsert } from "./readForInsert";

export type { InsertOptions } from "../layout/insertPlan";

export interface InsertResult {
  /** Sheets the user sees, by the names they got; the hidden settings sheet is not listed. */
  readonly created: string[];
  /** Existing sheets of ours where missing content was put back. */
  readonly repaired: string[];
  /** Existing grids whose columns were moved, deleted or renamed, left as they are. */
  readonly rearranged: string[];
  /** Our sheets that took another name because a sheet of someone else has the default one. */
  readonly renamed: { readonly wanted: string; readonly got: string }[];
  /** What this host could not set up (see missingFeaturesLine). */
  readonly missingFeatures: HostFeature[];
  /** The fiscal year the sheets follow: the workbook's own when it already has our settings. */
  readonly fiscalYear: number;
}

/** Raised before anything is written when a sheet of ours is protected; nothing is half done. */
export class ProtectedSheetsError extends Error {
  readonly code = "AccessDenied";

  constructor(readonly sheets: readonly string[]) {
    super(`Protected sheets: ${sheets.join(", ")}`);
    this.name = "ProtectedSheetsError";
  }
}

export async function insertItaSheets(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const capabilities = hostCapabilities(isSetSupported);
  const reading = await readForInsert(
    context,
    capabilities,
    insertExtent(today),
    insertValidationAreas(today),
  );
  const { settings, plan, sheets, renamed } = planInsert(reading.sheets, options, today);

  const isProtected = sheets.filter(({ existing }) => existing?.isProtected === true);
  if (isProtected.length > 0) throw new ProtectedSheetsError(isProtected.map(nameOf));

  await applyInsert(context, capabilities, sheets, reading.tableNames);

  const shown = ({ plan }: SheetToWrite) => plan.role !== "settings";
  return {
    created: sheets.filter((sheet) => sheet.existing === null && shown(sheet)).map(nameOf),
    repaired: sheets.filter((sheet) => sheet.existing !== null && shown(sheet) && repairs(sheet)).map(nameOf),
    rearranged: sheets.filter((sheet) => sheet.rearranged).map(nameOf),
    renamed: renamed.map(({ wanted, got }) => ({ wanted, got })),
    missingFeatures: missingFeatures(plan, capabilities),
    fiscalYear: settings.fiscalYear,
  };
}

/** Whether an existing sheet gets anything back: a cell, or a drop-down. */
export function repairs(sheet: SheetToWrite): boolean {
  return (
    sheet.validations.length > 0 || (sheet.existing !== null && changesCells(sheet.writes, sheet.existing))
  );
}

function nameOf(sheet: SheetToWrite): string {
  return sheet.plan.name;
}
