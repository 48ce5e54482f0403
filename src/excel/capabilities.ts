// What the host can do, asked once through Office's isSetSupported (passed in, so tests hand over the
// fake's). Each feature names the ExcelApi set its members came in, as @types/office-js records them.
import type { SheetPlan, WorkbookPlan } from "../layout/plan";

/** Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** Parts of a plan that need more than ExcelApi 1.1; values, formulas, fonts, fills and tables do not. */
export const FEATURE_API_SETS = {
  /** Range.merge, RangeFormat.columnWidth and rowHeight. */
  layout: "1.2",
  /** Setting Worksheet.visibility. */
  hiddenSettings: "1.2",
  /** Range.conditionalFormats. */
  liveColours: "1.6",
  /** Worksheet.freezePanes. */
  freezePanes: "1.7",
  /** ChartSeries.chartType: the thresholds drawn as lines across a column chart. */
  chartLines: "1.7",
  /** Worksheet.tabColor. */
  tabColour: "1.7",
  /** Range.dataValidation. */
  dropdowns: "1.8",
  /** Worksheet.pageLayout. */
  printSetup: "1.9",
} as const;

export type HostFeature = keyof typeof FEATURE_API_SETS;

export const HOST_FEATURES = Object.keys(FEATURE_API_SETS) as HostFeature[];

export interface HostCapabilities {
  readonly features: Readonly<Record<HostFeature, boolean>>;
  /** Worksheet.protection (1.2): a protected sheet of ours is found before anything is written. */
  readonly sheetProtection: boolean;
  /** Table.showBandedRows (1.3): without it a table keeps its style's stripes. */
  readonly tableBanding: boolean;
  /**
   * WorksheetCollection.getFirst and Worksheet.getNextOrNullObject (1.5): every sheet's cells can be
   * loaded in the same sync that learns the sheets' names.
   */
  readonly walkSheets: boolean;
  /** Worksheet.getUsedRange(valuesOnly) (1.2): without it, cells only formatted count as used. */
  readonly usedValuesOnly: boolean;
  /** Range.getMergedAreasOrNullObject (1.13): a check sees merged cells as one. */
  readonly mergedAreas: boolean;
}

export function hostCapabilities(isSetSupported: IsSetSupported): HostCapabilities {
  const has = (version: string) => isSetSupported("ExcelApi", version);
  const features = Object.fromEntries(
    HOST_FEATURES.map((feature) => [feature, has(FEATURE_API_SETS[feature])]),
  ) as Record<HostFeature, boolean>;
  return {
    features,
    sheetProtection: has("1.2"),
    tableBanding: has("1.3"),
    walkSheets: has("1.5"),
    usedValuesOnly: has("1.2"),
    mergedAreas: has("1.13"),
  };
}

/** The features a plan actually uses, in the order of FEATURE_API_SETS. */
export function featuresUsed(plan: WorkbookPlan): HostFeature[] {
  const uses: Record<HostFeature, (sheet: SheetPlan) => boolean> = {
    layout: (sheet) => sheet.merges.length + sheet.columnWidths.length + sheet.rowHeights.length > 0,
    hiddenSettings: (sheet) => sheet.visibility !== "Visible",
    liveColours: (sheet) => sheet.conditionalFormats.length > 0,
    freezePanes: (sheet) => sheet.freeze !== undefined,
    chartLines: (sheet) => sheet.chart?.series.some(({ kind }) => kind === "line") === true,
    tabColour: (sheet) => sheet.tabColor !== undefined,
    dropdowns: (sheet) => sheet.validations.length > 0,
    printSetup: (sheet) => sheet.print !== undefined,
  };
  return HOST_FEATURES.filter((feature) => plan.sheets.some(uses[feature]));
}

export function missingFeatures(plan: WorkbookPlan, capabilities: HostCapabilities): HostFeature[] {
  return featuresUsed(plan).filter((feature) => !capabilities.features[feature]);
}
