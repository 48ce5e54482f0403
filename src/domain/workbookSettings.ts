import { BANDS, DEFAULT_BAND_NAMES, validBandName, type Band, type BandNames } from "./bands";
import { ACCEPTED_FISCAL_YEARS, rulesInForce } from "./frameworks";
import { fiscalYearOf, type CalendarDate } from "./thaiCalendar";
import { parseThaiNumber, type DigitStyle } from "./thaiDigits";
import { DEFAULT_THRESHOLDS, validateThresholds, type Thresholds } from "./thresholds";

/** What a workbook remembers about itself, so that every later action works the same way. */
export interface WorkbookSettings {
  /** The agency's name as it should appear on titles, e.g. "องค์การบริหารส่วนตำบลมะเฟือง"; may be empty. */
  readonly agency: string;
  /** The Buddhist-era fiscal year of the ITA assessment whose scores the workbook tracks. */
  readonly fiscalYear: number;
  readonly thresholds: Thresholds;
  /** What the four bands of a score are called, on every sheet and in the memo. */
  readonly bandNames: BandNames;
  /** The font of every sheet the add-in makes; official documents use TH SarabunPSK. */
  readonly documentFont: string;
  /** Digits in memo text and titles. */
  readonly digitStyle: DigitStyle;
  /**
   * The year whose scores the score sheet shows beside this year's, in a workbook made for the next
   * year from the one before (`ita-tracker next-year`); absent otherwise.
   */
  readonly previousYear?: number;
}

export const DEFAULT_DOCUMENT_FONT = "TH SarabunPSK";

/**
 * The fiscal year of `today`, or the nearest year we know. The current year and not the latest published
 * one: from October on, agencies run the new year's assessment cycle (its OIT items, its measures, its
 * memos), and a workbook is titled for that year even while NACC has not published its rules (2570 in
 * December 2026), which are then the stand-in year's and the pane says so.
 */
export function defaultFiscalYear(today: CalendarDate): number {
  const current = fiscalYearOf(today);
  const known = ACCEPTED_FISCAL_YEARS.filter((year) => year <= current);
  return known.length > 0 ? Math.max(...known) : (ACCEPTED_FISCAL_YEARS[0] as number);
}

export function defaultSettings(today: CalendarDate): WorkbookSettings {
  return {
    agency: "",
    fiscalYear: defaultFiscalYear(today),
    thresholds: DEFAULT_THRESHOLDS,
    bandNames: DEFAULT_BAND_NAMES,
    documentFont: DEFAULT_DOCUMENT_FONT,
    digitStyle: "thai",
  };
}

/** The keys settings are stored under, one per row of the hidden settings sheet. */
export const SETTING_KEYS = {
  agency: "agency",
  fiscalYear: "fiscalYear",
  pass: "thresholdPass",
  strength: "thresholdStrength",
  excellence: "thresholdExcellence",
  documentFont: "documentFont",
  digitStyle: "digitStyle",
  previousYear: "previousYear",
} as const;

/** The key each band's name is stored under, after the other settings' rows. */
export const BAND_NAME_KEYS: Readonly<Record<Band, string>> = {
  below85: "bandBelowPass",
  below90: "bandBelowStrength",
  below95: "bandBelowExcellence",
  top: "bandExcellent",
};

export function settingsToEntries(settings: WorkbookSettings): [string, string | number][] {
  return [
    [SETTING_KEYS.agency, settings.agency],
    [SETTING_KEYS.fiscalYear, settings.fiscalYear],
    [SETTING_KEYS.pass, settings.thresholds.pass],
    [SETTING_KEYS.strength, settings.thresholds.strength],
    [SETTING_KEYS.excellence, settings.thresholds.excellence],
    [SETTING_KEYS.documentFont, settings.documentFont],
    [SETTING_KEYS.digitStyle, settings.digitStyle],
    // Always a row, empty when there is none, so the settings sheet has the same rows in every workbook.
    [SETTING_KEYS.previousYear, settings.previousYear ?? ""],
    ...BANDS.map((band): [string, string] => [BAND_NAME_KEYS[band], settings.bandNames[band]]),
  ];
}

export type SettingsProblem =
  "fiscalYear" | "thresholds" | "bandNames" | "documentFont" | "digitStyle" | "previousYear";

/**
 * Reads settings back from stored key/value pairs. A value someone edited into nonsense falls back
 * to its default and is named in `problems`, so an action can still run and say what it assumed.
 */
export function settingsFromEntries(
  entries: ReadonlyMap<string, unknown>,
  fallback: WorkbookSettings,
): { settings: WorkbookSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const text = (key: string) => {
    const value = entries.get(key);
    return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : undefined;
  };

  const year = parseThaiNumber(entries.get(SETTING_KEYS.fiscalYear));
  const fiscalYear = year !== null && rulesInForce(year) ? year : fallback.fiscalYear;
  if (entries.has(SETTING_KEYS.fiscalYear) && fiscalYear !== year) problems.push("fiscalYear");

  const thresholdKeys = [SETTING_KEYS.pass, SETTING_KEYS.strength, SETTING_KEYS.excellence];
  const thresholdValues = thresholdKeys.map((key) => parseThaiNumber(entries.get(key)));
  const validated = thresholdValues.every((value) => value !== null)
    ? validateThresholds(thresholdValues as number[])
    : undefined;
  // A stored threshold that does not read as a number is nonsense too, even when all three are.
  if (thresholdKeys.some((key) => entries.has(key)) && !validated?.ok) problems.push("thresholds");

  // A name left out (a workbook made before names could be changed) is the default; one emptied is a problem.
  const bandNames = Object.fromEntries(
    BANDS.map((band) => {
      const stored = text(BAND_NAME_KEYS[band]);
      const name = stored === undefined ? null : validBandName(stored);
      if (stored !== undefined && name === null) problems.push("bandNames");
      return [band, name ?? fallback.bandNames[band]];
    }),
  ) as Record<Band, string>;

  const font = text(SETTING_KEYS.documentFont);
  if (entries.has(SETTING_KEYS.documentFont) && !font) problems.push("documentFont");

  const digits = text(SETTING_KEYS.digitStyle);
  const digitStyle = digits === "thai" || digits === "arabic" ? digits : fallback.digitStyle;
  if (digits !== undefined && digits !== digitStyle) problems.push("digitStyle");

  // An earlier year with rules; anything else is dropped, and the score sheet then compares nothing.
  const earlier = text(SETTING_KEYS.previousYear)
    ? parseThaiNumber(entries.get(SETTING_KEYS.previousYear))
    : null;
  const previousYear =
    earlier !== null && earlier < fiscalYear && rulesInForce(earlier) ? earlier : undefined;
  if (text(SETTING_KEYS.previousYear) && previousYear === undefined) problems.push("previousYear");

  return {
    settings: {
      agency: text(SETTING_KEYS.agency) ?? fallback.agency,
      fiscalYear,
      thresholds: validated?.ok ? validated.thresholds : fallback.thresholds,
      bandNames,
      documentFont: font ? font : fallback.documentFont,
      digitStyle,
      ...(previousYear === undefined ? {} : { previousYear }),
    },
    problems,
  };
}
