// Fonts offered for the documents the add-in makes: the cabinet's standard Thai faces first (ITA.md),
// then the Thai fonts that come with Windows and Office.
import { DEFAULT_DOCUMENT_FONT } from "../domain/workbookSettings";

const OFFERED_FONTS: readonly string[] = [
  DEFAULT_DOCUMENT_FONT,
  "TH SarabunIT๙",
  "TH Sarabun New",
  "Angsana New",
  "Cordia New",
  "Browallia New",
  "Leelawadee UI",
  "Tahoma",
];

/** The offered fonts, and the workbook's own when it is another. */
export function documentFontChoices(current: string): readonly string[] {
  return OFFERED_FONTS.includes(current) ? OFFERED_FONTS : [current, ...OFFERED_FONTS];
}
