// Which language the pane speaks: the one its user last chose on this computer, else Thai when Office is
// shown in Thai and English otherwise.
import type { Language } from "../../domain/checkMessages";
import { EN } from "./en";
import type { PaneText } from "./paneText";
import { TH } from "./th";

export const PANE_TEXT: Readonly<Record<Language, PaneText>> = { th: TH, en: EN };

/** `displayLanguage` as Office gives it, such as "th-TH" or "en-US"; undefined outside Office. */
export function paneLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("th") ? "th" : "en";
}

/** The key under which the pane keeps, in the browser's storage of this add-in, the language chosen. */
export const CHOSEN_LANGUAGE_KEY = "ita-tracker.language";

/** The language a user chose earlier, from what storage held; null when nothing (valid) was kept. */
export function chosenLanguage(stored: string | null): Language | null {
  return stored === "th" || stored === "en" ? stored : null;
}
