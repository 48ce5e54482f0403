// The pure middle of an insert, between the read and the write: which settings the workbook keeps,
// which names our sheets have or get, the plans, and for each sheet whether it is made or repaired and
// what may be written. Shared by the Office.js and the .xlsx executors.
import type { BandNames } from "../domain/bands";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { DigitStyle } from "../domain/thaiDigits";
import type { Thresholds } from "../domain/thresholds";
import { defaultSettings, type WorkbookSettings } from "../domain/workbookSettings";
import type { ContentBlock, SheetPlan, ValidationPlan, WorkbookPlan } from "./plan";
import { columnsRearranged, repairWrites } from "./repair";
import { readSettingsSheet, type SettingsSheetReading } from "./settingsSheet";
import { DEFAULT_SHEET_NAMES, resolveSheetNames, type ResolvedSheetNames } from "./sheetNames";
import { workbookPlan } from "./workbookPlan";

export type Cells = readonly (readonly unknown[])[];

/** What an executor read of one sheet before an insert: the cells of the insert's extent, from A1. */
export interface SheetContents {
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Formulas where a cell has one, else its value; "" for an empty cell. */
  readonly formulas: Cells;
  readonly values: Cells;
  /**
   * Of insertValidationAreas, the ranges where no cell has a drop-down (data validation); undefined where
   * the host cannot tell, before ExcelApi 1.8.
   */
  readonly unvalidated?: readonly string[];
}

/** What the user chose for a new workbook; a workbook that already has our settings keeps its own. */
export interface InsertOptions {
  readonly agency?: string;
  readonly fiscalYear?: number;
  readonly thresholds?: Thresholds;
  readonly bandNames?: BandNames;
  readonly documentFont?: string;
  readonly digitStyle?: DigitStyle;
}

export interface SheetToWrite<S extends SheetContents = SheetContents> {
  readonly plan: SheetPlan;
  /** What the read found on an existing sheet of ours; null for a sheet to add. */
  readonly existing: S | null;
  /** An existing grid whose columns the user moved, deleted or renamed: nothing is written to it. */
  readonly rearranged?: boolean;
  /** repairWrites for the sheet: all its content when new, the writable cells when it exists. */
  readonly writes: readonly ContentBlock[];
  /**
   * The drop-downs to write: all the plan's when the sheet is new, those whose every cell lost its
   * drop-down when it exists (never one over cells that still have one: Excel holds one per cell).
   */
  readonly validations: readonly ValidationPlan[];
}

export interface InsertPlan<S extends SheetContents = SheetContents> {
  readonly settings: WorkbookSettings;
  readonly plan: WorkbookPlan;
  readonly sheets: readonly SheetToWrite<S>[];
  readonly renamed: ResolvedSheetNames["renamed"];
}

/** The settings sheet is found by its marker, under its default name first; it is VeryHidden, so rarely renamed. */
export function findSettings(
  sheets: readonly SheetContents[],
  today: CalendarDate,
): SettingsSheetReading | null {
  const isDefault = (sheet: SheetContents) =>
    sheet.name.toLocaleUpperCase() === DEFAULT_SHEET_NAMES.settings.toLocaleUpperCase();
  const candidates = [...sheets.filter(isDefault), ...sheets.filter((sheet) => !isDefault(sheet))];
  for (const sheet of candidates) {
    const reading = readSettingsSheet(sheet.formulas, sheet.values, today);
    if (reading.isOurs) return reading;
  }
  return null;
}

function settingsFor(
  stored: SettingsSheetReading | null,
  options: InsertOptions,
  today: CalendarDate,
): WorkbookSettings {
  const agency = options.agency?.trim() ?? "";
  if (stored !== null) {
    // The workbook's sheets follow its own year and thresholds; an agency it never had is filled in.
    return { ...stored.settings, agency: stored.settings.agency || agency };
  }
  return {
    ...defaultSettings(today),
    agency,
    ...(options.fiscalYear !== undefined && { fiscalYear: options.fiscalYear }),
    ...(options.thresholds !== undefined && { thresholds: options.thresholds }),
    ...(options.bandNames !== undefined && { bandNames: options.bandNames }),
    ...(options.documentFont !== undefined && { documentFont: options.documentFont }),
    ...(options.digitStyle !== undefined && { digitStyle: options.digitStyle }),
  };
}

/** `sheets` are every sheet of the workbook in tab order, with the cells of the insert's extent. */
export function planInsert<S extends SheetContents>(
  sheets: readonly S[],
  options: InsertOptions,
  today: CalendarDate,
): InsertPlan<S> {
  const stored = findSettings(sheets, today);
  const settings = settingsFor(stored, options, today);
  const resolved = resolveSheetNames(
    sheets.map((sheet) => sheet.name),
    stored?.registry ?? {},
  );
  const plan = workbookPlan(settings, resolved.names);
  // resolveSheetNames keeps an existing name only for a registered sheet: an existing name is ours.
  const byName = new Map(sheets.map((sheet) => [sheet.name.toLocaleUpperCase(), sheet]));
  const toWrite = plan.sheets.map((sheetPlan): SheetToWrite<S> => {
    const existing = byName.get(sheetPlan.name.toLocaleUpperCase()) ?? null;
    // The settings sheet is the add-in's own record, rewritten whole, so that its registry follows
    // sheets made again; every other sheet of ours gets only what cannot overwrite someone's work.
    const cells =
      existing === null || sheetPlan.role === "settings" ? null : { ...existing, origin: "A1" as const };
    const rearranged = cells !== null && columnsRearranged(sheetPlan, cells);
    const unvalidated = existing?.unvalidated ?? [];
    return {
      plan: sheetPlan,
      existing,
      rearranged,
      writes: rearranged ? [] : repairWrites(sheetPlan, cells),
      validations:
        existing === null
          ? sheetPlan.validations
          : rearranged
            ? []
            : sheetPlan.validations.filter(({ address }) => unvalidated.includes(address)),
    };
  });
  return { settings, plan, sheets: toWrite, renamed: resolved.renamed };
}
