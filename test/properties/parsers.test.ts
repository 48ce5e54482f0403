// Every reader of what users type or files hold answers anything without throwing, in its own terms.
// parsePeriod, parseStatusMark, parseThaiNumber, parseQuestionCode and checkWorkbook have theirs beside
// them in test/domain and test/layout; these are the others.
import fc from "fast-check";
import { cellText, isBlankCell, withoutMarkup } from "../../src/domain/cellText";
import {
  findFramework,
  indicatorByName,
  rulesInForce,
  SUPPORTED_FISCAL_YEARS,
} from "../../src/domain/frameworks";
import { headerKey } from "../../src/domain/gridColumns";
import { toolNamedIn } from "../../src/domain/gridTool";
import { readIndicatorScore } from "../../src/domain/indicatorScore";
import {
  excelSerialToDate,
  isValidDate,
  parseIsoDate,
  type CalendarDate,
} from "../../src/domain/thaiCalendar";
import { parseThresholds, type Thresholds } from "../../src/domain/thresholds";
import {
  defaultSettings,
  SETTING_KEYS,
  settingsFromEntries,
  type WorkbookSettings,
} from "../../src/domain/workbookSettings";
import { sheetNameFromReference } from "../../src/layout/formulaText";
import { readSettingsSheet } from "../../src/layout/settingsSheet";

const TODAY: CalendarDate = { year: 2025, month: 11, day: 21 };
const RUNS = { numRuns: 2000 };

/** Anything a cell, an option or a file may hand over, Thai text and digits included. */
const anyInput = fc.oneof(
  fc.anything(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: fc.constantFrom(..."๐๑๒๓๔๕๖๗๘๙0123456789.,-+ eE%/:กขค<p>") }),
  fc.double(),
);

function expectValidThresholds({ pass, strength, excellence }: Thresholds) {
  expect([pass, strength, excellence].every((value) => value >= 0 && value <= 100)).toBe(true);
  expect(pass < strength && strength < excellence).toBe(true);
}

function expectValidSettings(settings: WorkbookSettings) {
  expect(rulesInForce(settings.fiscalYear)).toBeDefined();
  expectValidThresholds(settings.thresholds);
  expect(typeof settings.agency).toBe("string");
  expect(settings.documentFont).not.toBe("");
  expect(["thai", "arabic"]).toContain(settings.digitStyle);
}

describe("readers of typed values never throw", () => {
  test("readIndicatorScore: a score from 0 to 100, or why not", () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const result = readIndicatorScore(value);
        if (result.ok) expect(result.score >= 0 && result.score <= 100).toBe(true);
        else expect(["empty", "notNumber", "outOfRange"]).toContain(result.problem);
      }),
      RUNS,
    );
  });

  test("parseThresholds: three rising numbers from 0 to 100, or why not", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom(..."๘๕90,/ .5-") })),
        (text) => {
          const result = parseThresholds(text);
          if (result.ok) expectValidThresholds(result.thresholds);
          else expect(["count", "notNumber", "outOfRange", "notAscending"]).toContain(result.problem);
        },
      ),
      RUNS,
    );
  });

  test("parseIsoDate and excelSerialToDate: a day that exists, or null", () => {
    fc.assert(
      fc.property(fc.string(), fc.double(), (text, serial) => {
        for (const date of [parseIsoDate(text), excelSerialToDate(serial)]) {
          if (date !== null) expect(isValidDate(date)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test("cellText, withoutMarkup, isBlankCell and headerKey: text and yes or no", () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        expect(typeof cellText(value)).toBe("string");
        expect(typeof isBlankCell(value)).toBe("boolean");
        expect(headerKey(value)).not.toMatch(/\s/);
        if (typeof value === "string") expect(typeof withoutMarkup(value)).toBe("string");
      }),
      RUNS,
    );
  });

  test("indicatorByName and toolNamedIn: one of the year's indicators and tools, or none", () => {
    const framework = findFramework(SUPPORTED_FISCAL_YEARS[0] as number);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.array(fc.string()), (text, texts) => {
        const indicator = framework && indicatorByName(framework, text);
        if (indicator) expect(framework?.indicators).toContain(indicator);
        expect([null, "IIT", "EIT", "OIT"]).toContain(toolNamedIn(texts));
      }),
      RUNS,
    );
  });

  test("sheetNameFromReference: a name Excel allows, or null", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string().map((text) => `='${text}'!$A$1`),
        ),
        (formula) => {
          const name = sheetNameFromReference(formula);
          if (name !== null) {
            expect(name.length).toBeGreaterThan(0);
            expect(name.length).toBeLessThanOrEqual(31);
            expect(name).not.toMatch(/[:\\/?*[\]]/);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("the settings readers never throw, and always give settings an action can use", () => {
  const key = fc.oneof(fc.constantFrom(...Object.values(SETTING_KEYS)), fc.string());

  test("settingsFromEntries, whatever was stored under whatever key", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, anyInput)), (entries) => {
        const { settings, problems } = settingsFromEntries(new Map(entries), defaultSettings(TODAY));
        expectValidSettings(settings);
        expect(new Set(problems).size).toBe(problems.length);
      }),
      RUNS,
    );
  });

  test("readSettingsSheet, whatever a sheet holds from A1", () => {
    const cells = fc.array(fc.array(fc.oneof(anyInput, key), { maxLength: 4 }), { maxLength: 16 });
    fc.assert(
      fc.property(cells, cells, (formulas, values) => {
        const reading = readSettingsSheet(formulas, values, TODAY);
        expectValidSettings(reading.settings);
        expect(typeof reading.isOurs).toBe("boolean");
      }),
      RUNS,
    );
  });
});
