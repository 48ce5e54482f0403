import fc from "fast-check";
import { BAND_NAME_LIMIT, BANDS, DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { ACCEPTED_FISCAL_YEARS } from "../../src/domain/frameworks";
import {
  BAND_NAME_KEYS,
  DEFAULT_DOCUMENT_FONT,
  defaultFiscalYear,
  defaultSettings,
  SETTING_KEYS,
  settingsFromEntries,
  settingsToEntries,
  type WorkbookSettings,
} from "../../src/domain/workbookSettings";

const TODAY = { year: 2025, month: 3, day: 30 };
const FALLBACK = defaultSettings(TODAY);

function read(entries: [string, unknown][]) {
  return settingsFromEntries(new Map(entries), FALLBACK);
}

function storedWith(key: string, value: unknown): [string, unknown][] {
  const settings: WorkbookSettings = { ...FALLBACK, fiscalYear: 2566, digitStyle: "arabic" };
  return settingsToEntries(settings).map(([entryKey, entryValue]) => [
    entryKey,
    entryKey === key ? value : entryValue,
  ]);
}

describe("defaultFiscalYear", () => {
  it("is the fiscal year of today, named by the BE year it ends in (30 Mar 2025 is in 2568)", () => {
    expect(defaultFiscalYear(TODAY)).toBe(2568);
    // 1 October starts the next fiscal year.
    expect(defaultFiscalYear({ year: 2024, month: 9, day: 30 })).toBe(2567);
    expect(defaultFiscalYear({ year: 2024, month: 10, day: 1 })).toBe(2568);
  });

  it("is the current year even while NACC has not published its rules (2 Dec 2026 is in 2570)", () => {
    expect(defaultFiscalYear({ year: 2026, month: 12, day: 2 })).toBe(2570);
  });

  it("is the latest year accepted when today is beyond them, the earliest when before them", () => {
    expect(defaultFiscalYear({ year: 2040, month: 1, day: 1 })).toBe(Math.max(...ACCEPTED_FISCAL_YEARS));
    expect(defaultFiscalYear({ year: 2000, month: 1, day: 1 })).toBe(Math.min(...ACCEPTED_FISCAL_YEARS));
  });
});

describe("defaultSettings", () => {
  it("starts with no agency, the 85/90/95 thresholds and their bands, TH SarabunPSK and Thai digits", () => {
    expect(FALLBACK).toEqual({
      agency: "",
      fiscalYear: 2568,
      thresholds: { pass: 85, strength: 90, excellence: 95 },
      bandNames: { below85: "ไม่ผ่านเกณฑ์", below90: "จุดอ่อนที่ต้องพัฒนา", below95: "จุดแข็ง", top: "ดีเยี่ยม" },
      documentFont: DEFAULT_DOCUMENT_FONT,
      digitStyle: "thai",
    });
    expect(DEFAULT_DOCUMENT_FONT).toBe("TH SarabunPSK");
  });
});

/** A name as the pane saves it: one line, trimmed, up to 40 characters, "=…" included. */
const bandName = fc
  .string({ minLength: 1, maxLength: BAND_NAME_LIMIT })
  .map((name) => name.replace(/[\r\n]/g, " ").trim())
  .filter((name) => name !== "");

describe("settingsToEntries and settingsFromEntries", () => {
  const settingsArbitrary: fc.Arbitrary<WorkbookSettings> = fc.record({
    agency: fc.string(),
    fiscalYear: fc.constantFrom(...ACCEPTED_FISCAL_YEARS),
    thresholds: fc
      .uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 3, maxLength: 3 })
      .map((numbers) => [...numbers].sort((a, b) => a - b).map((number) => number / 100))
      .map(([pass, strength, excellence]) => ({
        pass: pass as number,
        strength: strength as number,
        excellence: excellence as number,
      })),
    bandNames: fc.record({
      below85: bandName,
      below90: bandName,
      below95: bandName,
      top: bandName,
    }),
    documentFont: fc.constantFrom("TH SarabunPSK", "TH SarabunIT๙", "Angsana New"),
    digitStyle: fc.constantFrom("thai" as const, "arabic" as const),
  });

  it("round-trip every valid setting without a problem (property)", () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        const { settings: back, problems } = read(settingsToEntries(settings));
        expect(problems).toEqual([]);
        expect(back).toEqual({ ...settings, agency: settings.agency.trim() });
      }),
    );
  });

  it("store one row per setting, each under its own key", () => {
    const keys = settingsToEntries(FALLBACK).map(([key]) => key);
    expect(keys).toEqual([...Object.values(SETTING_KEYS), ...BANDS.map((band) => BAND_NAME_KEYS[band])]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keep an agency's name that looks like a formula as the text it is", () => {
    expect(read(storedWith(SETTING_KEYS.agency, '=HYPERLINK("x")')).settings.agency).toBe('=HYPERLINK("x")');
  });

  it("read numbers typed with Thai digits or stored as text", () => {
    const entries = storedWith(SETTING_KEYS.fiscalYear, "๒๕๖๗");
    entries.push([SETTING_KEYS.pass, "๘๐"], [SETTING_KEYS.strength, "88"], [SETTING_KEYS.excellence, 93]);
    const { settings, problems } = read(entries);
    expect(problems).toEqual([]);
    expect(settings.fiscalYear).toBe(2567);
    expect(settings.thresholds).toEqual({ pass: 80, strength: 88, excellence: 93 });
  });

  it("keep 2570, whose rules NACC has not published yet, and refuse the year after it", () => {
    expect(read(storedWith(SETTING_KEYS.fiscalYear, 2570))).toEqual({
      settings: { ...FALLBACK, fiscalYear: 2570, digitStyle: "arabic" },
      problems: [],
    });
    expect(read(storedWith(SETTING_KEYS.fiscalYear, 2571)).problems).toEqual(["fiscalYear"]);
  });

  it("fall back to the defaults, without a problem, when nothing is stored", () => {
    expect(read([])).toEqual({ settings: FALLBACK, problems: [] });
  });

  it.each([
    ["a year with no framework", SETTING_KEYS.fiscalYear, 2500, "fiscalYear"],
    ["a year that is not a number", SETTING_KEYS.fiscalYear, "ปีนี้", "fiscalYear"],
    ["thresholds out of order", SETTING_KEYS.strength, 80, "thresholds"],
    ["a threshold over 100", SETTING_KEYS.excellence, 101, "thresholds"],
    ["an emptied font", SETTING_KEYS.documentFont, "  ", "documentFont"],
    ["an unknown digit style", SETTING_KEYS.digitStyle, "roman", "digitStyle"],
    ["an emptied band name", BAND_NAME_KEYS.below95, " ", "bandNames"],
    ["a band name of two lines", BAND_NAME_KEYS.top, "ดี\nเยี่ยม", "bandNames"],
    [
      "a band name too long for its column",
      BAND_NAME_KEYS.below90,
      "ก".repeat(BAND_NAME_LIMIT + 1),
      "bandNames",
    ],
  ])("name %s as a problem and use the default instead", (_, key, value, problem) => {
    const { settings, problems } = read(storedWith(key, value));
    expect(problems).toEqual([problem]);
    const field = problem as keyof WorkbookSettings;
    expect(settings[field]).toEqual(FALLBACK[field]);
  });

  it("name each band as the workbook stores it, and keep the defaults of a workbook made before", () => {
    const renamed = storedWith(BAND_NAME_KEYS.below95, "  ดี  ");
    expect(read(renamed).settings.bandNames).toEqual({ ...DEFAULT_BAND_NAMES, below95: "ดี" });
    const earlier = storedWith(SETTING_KEYS.agency, "อบต.").filter(([key]) => !key.startsWith("band"));
    expect(read(earlier)).toEqual({
      settings: { ...FALLBACK, agency: "อบต.", fiscalYear: 2566, digitStyle: "arabic" },
      problems: [],
    });
  });

  it("name thresholds as a problem when all three were edited into nonsense", () => {
    const entries = storedWith(SETTING_KEYS.pass, "x").map(([key, value]): [string, unknown] =>
      key === SETTING_KEYS.strength || key === SETTING_KEYS.excellence ? [key, "ไม่ทราบ"] : [key, value],
    );
    const { settings, problems } = read(entries);
    expect(problems).toEqual(["thresholds"]);
    expect(settings.thresholds).toEqual(FALLBACK.thresholds);
  });

  it("name a font or digit style stored as something other than text as a problem", () => {
    expect(read(storedWith(SETTING_KEYS.documentFont, true)).problems).toEqual(["documentFont"]);
    expect(read(storedWith(SETTING_KEYS.digitStyle, 7)).problems).toEqual(["digitStyle"]);
  });
});
