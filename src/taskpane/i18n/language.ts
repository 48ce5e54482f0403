// Which language the pane speaks: Thai when Office is shown in Thai, English otherwise.
import type { Language } from "../../domain/checkMessages";
import { EN } from "./en";
import type { PaneText } from "./paneText";
import { TH } from "./th";

export const PANE_TEXT: Readonly<Record<Language, PaneText>> = { th: TH, en: EN };

/** `displayLanguage` as Office gives it, such as "th-TH" or "en-US"; undefined outside Office. */
export function paneLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("th") ? "th" : "en";
}
