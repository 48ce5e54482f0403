// The hidden settings sheet: one key/value row per setting, a marker row that says the workbook was made
// by this add-in and with which layout, and a registry row per role whose value is a reference to that
// sheet's A1, which Excel and LibreOffice keep pointing at the sheet through renames.
import type { CalendarDate } from "../domain/thaiCalendar";
import {
  defaultSettings,
  settingsFromEntries,
  settingsToEntries,
  type SettingsProblem,
  type WorkbookSettings,
} from "../domain/workbookSettings";
import { cellAddress } from "./a1";
import { columnOf, formulasAt, valuesAt } from "./blocks";
import { sheetNameFromReference, sheetPrefix } from "./formulaText";
import type { SheetPlan, SheetRole } from "./plan";
import { planExtent } from "./repair";
import { DEFAULT_SHEET_NAMES, SHEET_ROLES, type SheetRegistry } from "./sheetNames";
import { baseFont } from "./styles";

export const LAYOUT_MARKER_KEY = "itaTrackerLayout";
/** Raised when a later release lays our sheets out differently, so it can tell old workbooks apart. */
export const LAYOUT_VERSION = 1;

const KEY_COLUMN = 1;
const VALUE_COLUMN = 2;
const MARKER_ROW = 1;
const FIRST_SETTING_ROW = 2;

function registryKey(role: SheetRole): string {
  return `sheet:${role}`;
}

/** The absolute address, on the settings sheet, of the value stored under `key`. */
export function settingValueCell(settings: WorkbookSettings, key: string): string {
  const index = settingsToEntries(settings).findIndex(([entryKey]) => entryKey === key);
  if (index < 0) throw new RangeError(`No setting is stored under "${key}".`);
  return cellAddress(FIRST_SETTING_ROW + index, VALUE_COLUMN, true);
}

export function settingsSheetPlan(
  settings: WorkbookSettings,
  names: Readonly<Record<SheetRole, string>>,
): SheetPlan {
  const entries = settingsToEntries(settings);
  const registryRow = FIRST_SETTING_ROW + entries.length;
  return {
    role: "settings",
    name: names.settings,
    visibility: "VeryHidden",
    baseFont: baseFont(settings),
    content: [
      valuesAt(MARKER_ROW, KEY_COLUMN, [[LAYOUT_MARKER_KEY, LAYOUT_VERSION]]),
      // Values, never formulas: the agency's name is whatever the user typed, "=..." included.
      valuesAt(FIRST_SETTING_ROW, KEY_COLUMN, entries),
      valuesAt(registryRow, KEY_COLUMN, columnOf(SHEET_ROLES.map(registryKey))),
      formulasAt(
        registryRow,
        VALUE_COLUMN,
        columnOf(SHEET_ROLES.map((role) => `=${sheetPrefix(names[role])}$A$1`)),
      ),
    ],
    formats: [],
    merges: [],
    columnWidths: [
      { column: "A", width: 22 },
      { column: "B", width: 40 },
    ],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
  };
}

/**
 * The cells from A1 that the settings sheet's rows fill, the same in every workbook: a reader that cannot
 * tell the settings sheet apart before reading can load formulas of this box on every sheet, not more.
 */
export function settingsExtent(today: CalendarDate): string {
  return planExtent(settingsSheetPlan(defaultSettings(today), DEFAULT_SHEET_NAMES));
}

export interface SettingsSheetReading {
  readonly settings: WorkbookSettings;
  readonly problems: SettingsProblem[];
  readonly registry: SheetRegistry;
  /** The marker row is there: the workbook was made by this add-in. */
  readonly isOurs: boolean;
}

/**
 * Reads the settings sheet from its cells starting at A1, as an executor reads them: `formulas` where a
 * formula cell holds its formula, `values` the values. Rows are found by key, so rows a later release
 * adds, or a user moved, are read too.
 */
export function readSettingsSheet(
  formulas: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
  today: CalendarDate,
): SettingsSheetReading {
  const entries = new Map<string, unknown>();
  const registry: SheetRegistry = {};
  let isOurs = false;
  const roleOfKey = new Map(SHEET_ROLES.map((role) => [registryKey(role), role]));

  values.forEach((row, index) => {
    const key = row[KEY_COLUMN - 1];
    if (typeof key !== "string") return;
    const role = roleOfKey.get(key);
    if (key === LAYOUT_MARKER_KEY) {
      isOurs = true;
    } else if (role !== undefined) {
      const formula = formulas[index]?.[VALUE_COLUMN - 1];
      registry[role] = (typeof formula === "string" ? sheetNameFromReference(formula) : null) ?? "deleted";
    } else {
      entries.set(key, row[VALUE_COLUMN - 1]);
    }
  });

  const { settings, problems } = settingsFromEntries(entries, defaultSettings(today));
  return { settings, problems, registry, isOurs };
}
