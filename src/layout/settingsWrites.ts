// Saving the settings staff may change after an insert: each goes into the value cell that the sheets'
// live colours and band names already refer to (settingValueCell), so new thresholds recolour the scores
// and new names rename the bands at once. A cell
// is written only where the settings sheet still has that setting's key beside it; anything else means
// the sheet was edited, and an insert, which rewrites the settings sheet whole, has to put it back first.
import { BANDS } from "../domain/bands";
import {
  BAND_NAME_KEYS,
  SETTING_KEYS,
  settingsToEntries,
  type WorkbookSettings,
} from "../domain/workbookSettings";
import { cellAddress, parseRange } from "./a1";
import type { Cells } from "./insertPlan";
import { settingValueCell } from "./settingsSheet";

/** What the Settings panel changes; agency and fiscal year stay as the insert wrote them. */
export type SettingsChoice = Pick<
  WorkbookSettings,
  "thresholds" | "bandNames" | "documentFont" | "digitStyle"
>;

export interface SettingWrite {
  /** On the settings sheet, relative, such as "B4". */
  readonly address: string;
  readonly value: string | number;
}

const CHOSEN_KEYS: readonly string[] = [
  SETTING_KEYS.pass,
  SETTING_KEYS.strength,
  SETTING_KEYS.excellence,
  SETTING_KEYS.documentFont,
  SETTING_KEYS.digitStyle,
  // The score sheet's legend reads the names from here, and its bands from the legend.
  ...BANDS.map((band) => BAND_NAME_KEYS[band]),
];

/**
 * `values`: the settings sheet's cells from A1, as read with `stored`. Null when a key is not where its
 * value cell says (a row deleted or moved).
 */
export function settingsWrites(
  values: Cells,
  stored: WorkbookSettings,
  choice: SettingsChoice,
): SettingWrite[] | null {
  const writes: SettingWrite[] = [];
  for (const [key, value] of settingsToEntries({ ...stored, ...choice })) {
    if (!CHOSEN_KEYS.includes(key)) continue;
    const { top: row, left: column } = parseRange(settingValueCell(stored, key));
    // Each value sits just right of its key.
    if (values[row - 1]?.[column - 2] !== key) return null;
    writes.push({ address: cellAddress(row, column), value });
  }
  return writes;
}
