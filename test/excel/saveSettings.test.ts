import { validateThresholds } from "../../src/domain/thresholds";
import { readWorkbookSettings } from "../../src/excel/readSettings";
import { saveSettings, SettingsIncompleteError } from "../../src/excel/saveSettings";
import { settingValueCell } from "../../src/layout/settingsSheet";
import type { SettingsChoice } from "../../src/layout/settingsWrites";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { insert, TODAY } from "./insertFixture";

const SETTINGS_SHEET = DEFAULT_SHEET_NAMES.settings;
const CHOICE: SettingsChoice = {
  thresholds: { pass: 80, strength: 88.5, excellence: 93 },
  bandNames: { below85: "ต่ำกว่าเกณฑ์", below90: "ควรพัฒนา", below95: "ดี", top: '="AA"' },
  documentFont: "TH SarabunIT๙",
  digitStyle: "arabic",
};

const read = (fake: FakeExcel) => readWorkbookSettings(fake.context, fake.isSetSupported, TODAY);
const save = (fake: FakeExcel, choice = CHOICE) =>
  saveSettings(fake.context, fake.isSetSupported, TODAY, choice);

async function inserted(apiVersion?: string): Promise<FakeExcel> {
  const fake = createFakeExcel({ ...(apiVersion && { apiVersion }) });
  await insert(fake, { agency: "อบต.มะเฟือง", fiscalYear: 2568 });
  fake.resetStats();
  return fake;
}

describe("reading the settings", () => {
  test("a workbook without ITA sheets has none, read in one sync", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [["งบประมาณ", 1]] } });
    await expect(read(fake)).resolves.toBeNull();
    expect(fake.stats.syncs).toBe(1);
  });

  test("the settings an insert stored, in one sync", async () => {
    const fake = await inserted();
    const reading = await read(fake);
    expect(reading?.settings).toMatchObject({ agency: "อบต.มะเฟือง", fiscalYear: 2568, digitStyle: "thai" });
    expect(reading?.problems).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });
});

describe("saving the settings", () => {
  test("writes the nine value cells in one write sync after one read, and reads back what was saved", async () => {
    const fake = await inserted();
    await expect(save(fake)).resolves.toBe("saved");
    expect(fake.stats.operationsPerSync).toHaveLength(2);
    // The sheet, then a range and its values for each of the nine cells.
    expect(fake.stats.operationsPerSync[1]).toBe(1 + 9 * 2);
    expect(fake.stats.pendingOperations).toBe(0);

    const reading = await read(fake);
    expect(reading?.settings).toEqual({ agency: "อบต.มะเฟือง", fiscalYear: 2568, ...CHOICE });
  });

  test("the score sheet's live colours read the cells written", async () => {
    const fake = await inserted();
    const before = await read(fake);
    await save(fake);
    const passCell = settingValueCell(before!.settings, "thresholdPass");
    // The colour rules compare with the legend's threshold cells, which are formulas over the settings.
    const legend = fake.sheet(DEFAULT_SHEET_NAMES.scores).formulas("A1:H40").flat();
    expect(legend).toContain(`=${SETTINGS_SHEET}!${passCell}`);
    expect(fake.sheet(SETTINGS_SHEET).cell(passCell.replaceAll("$", "")).value).toBe(80);
  });

  test("the score sheet's bands take the names saved, through its legend, also a name that looks like a formula", async () => {
    const fake = await inserted();
    const scores = fake.context.workbook.worksheets.getItem(DEFAULT_SHEET_NAMES.scores);
    scores.getRange("C6").values = [[94]];
    await fake.context.sync();
    await save(fake);
    const reading = await read(fake);
    const nameCell = settingValueCell(reading!.settings, "bandBelowExcellence");
    const sheet = fake.sheet(DEFAULT_SHEET_NAMES.scores);
    expect(sheet.formulas("A1:H40").flat()).toContain(`=${SETTINGS_SHEET}!${nameCell}`);
    expect(
      fake
        .sheet(SETTINGS_SHEET)
        .cell(settingValueCell(reading!.settings, "bandExcellent").replaceAll("$", "")),
    ).toMatchObject({ value: '="AA"', formula: null });
    // 94 is between 88.5 and 93 no longer: the band formula of C6 names the legend's cell, not a word.
    expect(sheet.cell("D6").formula).toMatch(/^=IF\(COUNT\(\$?C\$?6\)=0,"",IF\(/);
    expect(sheet.cell("D6").formula).not.toMatch(/จุดแข็ง|ดีเยี่ยม/);
  });

  test("refuses a band name that is empty or of two lines before reading anything", async () => {
    const fake = await inserted();
    for (const below95 of [" ", "ดี\nมาก", "ก".repeat(41)]) {
      await expect(save(fake, { ...CHOICE, bandNames: { ...CHOICE.bandNames, below95 } })).rejects.toThrow(
        RangeError,
      );
    }
    expect(fake.stats.syncs).toBe(0);
  });

  test("a font name that looks like a formula is stored as text", async () => {
    const fake = await inserted();
    await save(fake, { ...CHOICE, documentFont: '=HYPERLINK("http://example.invalid")' });
    const reading = await read(fake);
    const fontCell = settingValueCell(reading!.settings, "documentFont").replaceAll("$", "");
    expect(fake.sheet(SETTINGS_SHEET).cell(fontCell)).toMatchObject({
      value: '=HYPERLINK("http://example.invalid")',
      formula: null,
    });
  });

  test("refuses, writing nothing, when the workbook has no ITA sheets yet", async () => {
    const fake = createFakeExcel();
    await expect(save(fake)).resolves.toBe("noItaSheets");
    expect(fake.stats.syncs).toBe(1);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  test("refuses, writing nothing, when a setting's row was removed from the settings sheet", async () => {
    const fake = await inserted();
    const reading = await read(fake);
    const strengthKey = settingValueCell(reading!.settings, "thresholdStrength").replace(/\$B\$/, "A");
    const sheet = fake.context.workbook.worksheets.getItem(SETTINGS_SHEET);
    sheet.getRange(strengthKey).values = [["note"]];
    await fake.context.sync();
    fake.resetStats();

    await expect(save(fake)).rejects.toBeInstanceOf(SettingsIncompleteError);
    await expect(save(fake)).rejects.toMatchObject({ code: "SettingsIncomplete" });
    expect(fake.stats.operationsPerSync.every((operations, index) => index % 1 === 0 && operations > 0)).toBe(
      true,
    );
    expect(fake.stats.syncs).toBe(2);
    expect((await read(fake))?.settings.thresholds).toEqual(reading!.settings.thresholds);
  });

  test("on Excel 2016 (ExcelApi 1.1) the sheets are read in two syncs, then written in one", async () => {
    const fake = await inserted("1.1");
    await expect(save(fake)).resolves.toBe("saved");
    expect(fake.stats.syncs).toBe(3);
    expect((await read(fake))?.settings.thresholds).toEqual(CHOICE.thresholds);
  });

  test.each([
    { pass: 90, strength: 85, excellence: 95 },
    { pass: 85, strength: 90, excellence: 101 },
    { pass: Number.NaN, strength: 90, excellence: 95 },
  ])("refuses thresholds %p before reading anything", async (thresholds) => {
    expect(validateThresholds(Object.values(thresholds)).ok).toBe(false);
    const fake = await inserted();
    await expect(save(fake, { ...CHOICE, thresholds })).rejects.toThrow(RangeError);
    expect(fake.stats.syncs).toBe(0);
  });
});
