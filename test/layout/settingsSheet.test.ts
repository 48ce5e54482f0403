import { SETTING_KEYS, settingsToEntries, type WorkbookSettings } from "../../src/domain/workbookSettings";
import { parseRange } from "../../src/layout/a1";
import type { SheetPlan, SheetRole } from "../../src/layout/plan";
import {
  LAYOUT_MARKER_KEY,
  LAYOUT_VERSION,
  readSettingsSheet,
  settingsSheetPlan,
  settingValueCell,
} from "../../src/layout/settingsSheet";
import { resolveSheetNames, SHEET_ROLES } from "../../src/layout/sheetNames";
import { DEFAULT_NAMES, settingsFor, TODAY } from "./fixtures";

/** What an executor reads back from the sheet: formulas where cells hold formulas, values elsewhere. */
function readBack(sheet: SheetPlan): { formulas: unknown[][]; values: unknown[][] } {
  const formulas: unknown[][] = [];
  const values: unknown[][] = [];
  for (const block of sheet.content) {
    const box = parseRange(block.address);
    for (let row = box.top; row <= box.bottom; row += 1) {
      for (let column = box.left; column <= box.right; column += 1) {
        const [r, c] = [row - box.top, column - box.left];
        const formula = block.formulas?.[r]?.[c];
        (formulas[row - 1] ??= [])[column - 1] = formula ?? block.values?.[r]?.[c];
        // A registry formula's value is the other sheet's title: text, not a name.
        (values[row - 1] ??= [])[column - 1] =
          formula !== undefined ? "ผลการประเมิน…" : block.values?.[r]?.[c];
      }
    }
  }
  return { formulas, values };
}

const SETTINGS: WorkbookSettings = settingsFor(2566, {
  thresholds: { pass: 80, strength: 88.5, excellence: 93 },
  documentFont: "TH SarabunIT๙",
  digitStyle: "arabic",
});
/** The registry's first row, 0-based: after the marker and every setting. */
const REGISTRY_ROW = 1 + settingsToEntries(SETTINGS).length;

describe("the settings sheet", () => {
  const sheet = settingsSheetPlan(SETTINGS, DEFAULT_NAMES);

  it("is very hidden, named as resolved, and holds no formats, validations or colours", () => {
    expect(sheet.role).toBe("settings");
    expect(sheet.name).toBe("ITA_Settings");
    expect(sheet.visibility).toBe("VeryHidden");
    expect([sheet.formats, sheet.validations, sheet.conditionalFormats, sheet.merges]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it("stores the marker, every setting, and a reference to each role's sheet", () => {
    const { formulas, values } = readBack(sheet);
    expect(values[0]).toEqual([LAYOUT_MARKER_KEY, LAYOUT_VERSION]);
    expect(values.slice(1, REGISTRY_ROW)).toEqual(settingsToEntries(SETTINGS));
    const registry = formulas.slice(REGISTRY_ROW).map(([key, formula]) => [key, formula]);
    expect(registry).toEqual([
      ["sheet:scores", "='คะแนน ITA'!$A$1"],
      ["sheet:grid-IIT", "='ติดตาม IIT'!$A$1"],
      ["sheet:grid-EIT", "='ติดตาม EIT'!$A$1"],
      ["sheet:grid-OIT", "='ติดตาม OIT'!$A$1"],
      ["sheet:oit-register", "='ทะเบียน OIT'!$A$1"],
      ["sheet:settings", "=ITA_Settings!$A$1"],
    ]);
  });

  it("keeps an agency's name that looks like a formula or a phone number as a value", () => {
    for (const agency of ['=HYPERLINK("x")', "+66 2 123", "@mention", "-1"]) {
      const plan = settingsSheetPlan({ ...SETTINGS, agency }, DEFAULT_NAMES);
      const cells = plan.content.flatMap((block) => (block.values ?? []).flat());
      expect(cells).toContain(agency);
      const formulas = plan.content.flatMap((block) => (block.formulas ?? []).flat());
      for (const formula of formulas) expect(formula).not.toContain(agency);
    }
  });

  it("says where each threshold is stored", () => {
    expect(settingValueCell(SETTINGS, SETTING_KEYS.pass)).toBe("$B$4");
    expect(settingValueCell(SETTINGS, SETTING_KEYS.excellence)).toBe("$B$6");
    expect(() => settingValueCell(SETTINGS, "nothing")).toThrow(RangeError);
    const { values } = readBack(sheet);
    expect(values[3]).toEqual([SETTING_KEYS.pass, 80]);
  });
});

describe("readSettingsSheet", () => {
  it("reads back the year a next-year workbook compares with, and drops one that is not earlier", () => {
    const compared = { ...SETTINGS, fiscalYear: 2569, previousYear: 2568 };
    const { formulas, values } = readBack(settingsSheetPlan(compared, DEFAULT_NAMES));
    expect(readSettingsSheet(formulas, values, TODAY)).toMatchObject({ settings: compared, problems: [] });
    const later = readBack(settingsSheetPlan({ ...compared, previousYear: 2570 }, DEFAULT_NAMES));
    const reading = readSettingsSheet(later.formulas, later.values, TODAY);
    expect(reading.settings.previousYear).toBeUndefined();
    expect(reading.problems).toEqual(["previousYear"]);
  });

  it("reads back what the plan wrote: settings, no problem, each role's sheet, and that it is ours", () => {
    const names = resolveSheetNames(["คะแนน ITA"], {}).names;
    const { formulas, values } = readBack(settingsSheetPlan(SETTINGS, names));
    const reading = readSettingsSheet(formulas, values, TODAY);
    expect(reading.settings).toEqual(SETTINGS);
    expect(reading.problems).toEqual([]);
    expect(reading.isOurs).toBe(true);
    expect(reading.registry).toEqual(names);
    expect(reading.registry.scores).toBe("คะแนน ITA (2)");
  });

  it("follows a renamed sheet and notices a deleted one", () => {
    const { formulas, values } = readBack(settingsSheetPlan(SETTINGS, DEFAULT_NAMES));
    const row = (role: SheetRole) => REGISTRY_ROW + SHEET_ROLES.indexOf(role);
    (formulas[row("grid-IIT")] as unknown[])[1] = "='IIT ปี 68'!$A$1";
    (formulas[row("grid-EIT")] as unknown[])[1] = "=#REF!$A$1";
    (formulas[row("grid-OIT")] as unknown[])[1] = "";
    // ExcelJS gives formulas without their "=".
    (formulas[row("scores")] as unknown[])[1] = "'ผลคะแนน'!$A$1";
    const { registry } = readSettingsSheet(formulas, values, TODAY);
    expect(registry).toEqual({
      scores: "ผลคะแนน",
      "grid-IIT": "IIT ปี 68",
      "grid-EIT": "deleted",
      "grid-OIT": "deleted",
      "oit-register": "ทะเบียน OIT",
      settings: "ITA_Settings",
    });
  });

  it("finds rows by key, wherever they are, and ignores rows it does not know", () => {
    const { formulas, values } = readBack(settingsSheetPlan(SETTINGS, DEFAULT_NAMES));
    const order = [...values.keys()].reverse();
    const reading = readSettingsSheet(
      [["note", "x"], ...order.map((index) => formulas[index] as unknown[])],
      [["note", "x"], ...order.map((index) => values[index] as unknown[])],
      TODAY,
    );
    expect(reading.settings).toEqual(SETTINGS);
    expect(reading.problems).toEqual([]);
    expect(reading.registry["grid-OIT"]).toBe("ติดตาม OIT");
  });

  it("names nonsense it had to replace with defaults", () => {
    const { formulas, values } = readBack(settingsSheetPlan(SETTINGS, DEFAULT_NAMES));
    (values[3] as unknown[])[1] = "ผ่าน";
    (values[7] as unknown[])[1] = "both";
    const reading = readSettingsSheet(formulas, values, TODAY);
    expect(reading.problems).toEqual(["thresholds", "digitStyle"]);
    expect(reading.settings.thresholds).toEqual({ pass: 85, strength: 90, excellence: 95 });
    expect(reading.settings.documentFont).toBe("TH SarabunIT๙");
  });

  it("reads a sheet without our marker as not ours, with default settings", () => {
    const reading = readSettingsSheet([["x", 1]], [["x", 1]], TODAY);
    expect(reading).toEqual({
      settings: settingsFor(2568, { agency: "" }),
      problems: [],
      registry: {},
      isOurs: false,
    });
    expect(readSettingsSheet([], [], TODAY).isOurs).toBe(false);
  });
});
