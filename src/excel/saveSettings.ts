// "Save settings": read where the settings are (one sync), work out the cells (pure), write them (one
// sync). The live colours and band names refer to these cells, so the sheets follow without anything
// else written.
import { BANDS, validBandName } from "../domain/bands";
import type { CalendarDate } from "../domain/thaiCalendar";
import { validateThresholds } from "../domain/thresholds";
import { settingsWrites, type SettingsChoice } from "../layout/settingsWrites";
import { hostCapabilities, type IsSetSupported } from "./capabilities";
import { literalInput } from "./cellInput";
import { readSettings } from "./readSettings";

/** Raised before anything is written when the settings sheet lost a row or its own registration. */
export class SettingsIncompleteError extends Error {
  readonly code = "SettingsIncomplete";

  constructor() {
    super("The settings sheet is incomplete; an insert puts it back.");
    this.name = "SettingsIncompleteError";
  }
}

/** "noItaSheets": nothing was written, as there is no settings sheet yet; the next insert takes the choice. */
export type SettingsSaved = "saved" | "noItaSheets";

export async function saveSettings(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
  choice: SettingsChoice,
): Promise<SettingsSaved> {
  const { thresholds } = choice;
  const validated = validateThresholds([thresholds.pass, thresholds.strength, thresholds.excellence]);
  if (!validated.ok) throw new RangeError(`Thresholds refused: ${validated.problem}`);
  if (choice.documentFont.trim() === "") throw new RangeError("A document font needs a name.");
  if (BANDS.some((band) => validBandName(choice.bandNames[band]) !== choice.bandNames[band])) {
    throw new RangeError("A band's name is one line of 1 to 40 characters, trimmed.");
  }

  const found = await readSettings(context, hostCapabilities(isSetSupported), today);
  if (found === null) return "noItaSheets";
  const { reading, sheet: settingsSheet } = found;
  const writes = settingsSheet && settingsWrites(settingsSheet.values, reading.settings, choice);
  if (!settingsSheet || !writes) throw new SettingsIncompleteError();

  const sheet = context.workbook.worksheets.getItem(settingsSheet.name);
  for (const { address, value } of writes) {
    // The font is text from the pane: never let Excel read it as a formula or a number.
    sheet.getRange(address).values = [[literalInput(value)]];
  }
  await context.sync();
  return "saved";
}
