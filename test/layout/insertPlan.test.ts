import { defaultSettings } from "../../src/domain/workbookSettings";
import { planInsert, type SheetContents } from "../../src/layout/insertPlan";
import { parseRange } from "../../src/layout/a1";
import type { SheetPlan } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { expectedPlan, TODAY } from "../excel/insertFixture";

/** A sheet as the read would find it after a plan was written into it: formulas, else values, from A1. */
function written(plan: SheetPlan, name = plan.name): SheetContents {
  const formulas: unknown[][] = Array.from({ length: 60 }, () => Array<unknown>(20).fill(""));
  for (const block of plan.content) {
    const box = parseRange(block.address);
    (block.formulas ?? block.values ?? []).forEach((row, r) =>
      row.forEach((cell, c) => ((formulas[box.top - 1 + r] as unknown[])[box.left - 1 + c] = cell ?? "")),
    );
  }
  return { name, visibility: "Visible", formulas, values: formulas };
}

const blank = (name: string): SheetContents => ({
  name,
  visibility: "Visible",
  formulas: [],
  values: [],
});

describe("planning an insert", () => {
  test("into a workbook without our sheets: the options, and every sheet made whole", () => {
    const planned = planInsert([blank("Sheet1")], { agency: " อบต.มะเฟือง ", fiscalYear: 2565 }, TODAY);
    expect(planned.settings).toEqual({ ...defaultSettings(TODAY), agency: "อบต.มะเฟือง", fiscalYear: 2565 });
    expect(planned.sheets.map(({ existing }) => existing)).toEqual([null, null, null, null, null, null]);
    for (const { writes, plan } of planned.sheets) expect(writes).toEqual(plan.content);
  });

  test("into a workbook without our sheets: the thresholds, font and digits chosen in the settings", () => {
    const chosen = {
      thresholds: { pass: 80, strength: 88, excellence: 96 },
      documentFont: "TH SarabunIT๙",
      digitStyle: "arabic" as const,
    };
    const planned = planInsert([blank("Sheet1")], chosen, TODAY);
    expect(planned.settings).toMatchObject(chosen);
    const stored = expectedPlan({ fiscalYear: 2567 }).sheets.map((sheet) => written(sheet));
    expect(planInsert(stored, chosen, TODAY).settings).toMatchObject({
      thresholds: defaultSettings(TODAY).thresholds,
      documentFont: defaultSettings(TODAY).documentFont,
      digitStyle: "thai",
    });
  });

  test("a workbook with our settings keeps its year and thresholds; an agency it never had is filled in", () => {
    const stored = expectedPlan({ fiscalYear: 2567, thresholds: { pass: 80, strength: 88, excellence: 96 } });
    const sheets = stored.sheets.map((sheet) => written(sheet));
    const planned = planInsert(sheets, { agency: "เทศบาล", fiscalYear: 2568 }, TODAY);
    expect(planned.settings).toMatchObject({
      fiscalYear: 2567,
      thresholds: { pass: 80, strength: 88, excellence: 96 },
      agency: "เทศบาล",
    });
    expect(planned.sheets.every(({ existing }) => existing !== null)).toBe(true);
    expect(planned.renamed).toEqual([]);
  });

  test("the settings sheet is found by its marker under another name, and its registry is followed", () => {
    const names = { settings: "การตั้งค่า", scores: "คะแนน" };
    const stored = expectedPlan({ fiscalYear: 2566 }, names);
    const sheets = [blank("คะแนน ITA"), ...stored.sheets.map((sheet) => written(sheet))];
    const planned = planInsert(sheets, {}, TODAY);
    expect(planned.settings.fiscalYear).toBe(2566);
    expect(planned.sheets.map(({ plan }) => plan.name)).toEqual([
      "คะแนน",
      DEFAULT_SHEET_NAMES["grid-IIT"],
      DEFAULT_SHEET_NAMES["grid-EIT"],
      DEFAULT_SHEET_NAMES["grid-OIT"],
      DEFAULT_SHEET_NAMES["oit-register"],
      "การตั้งค่า",
    ]);
    // The user's own "คะแนน ITA" is not ours: it is in no plan.
    expect(planned.renamed).toEqual([]);
  });

  test("our settings sheet is written whole; another sheet of ours only where nothing was typed", () => {
    const stored = expectedPlan();
    const sheets = stored.sheets.map((sheet) => written(sheet));
    const scores = sheets[0] as SheetContents & { formulas: unknown[][] };
    (scores.formulas[0] as unknown[])[0] = "ชื่อที่ผู้ใช้พิมพ์";
    const planned = planInsert(sheets, {}, TODAY);
    const [scoresPlan, , , , , settingsPlan] = planned.sheets;
    expect(settingsPlan?.writes).toEqual(settingsPlan?.plan.content);
    expect(scoresPlan?.writes.some(({ address }) => parseRange(address).top === 1)).toBe(false);
  });

  test("a workbook made before the OIT register gets it whole, and keeps every other sheet as it was", () => {
    const stored = expectedPlan({ fiscalYear: 2568 });
    const withoutRegister = stored.sheets
      .filter((sheet) => sheet.role !== "oit-register")
      .map((sheet) => written(sheet));
    // Its settings sheet registers no register: the row a later release added is not there.
    const settings = withoutRegister.at(-1) as SheetContents & { formulas: unknown[][] };
    const row = settings.formulas.findIndex((cells) => cells[0] === "sheet:oit-register");
    settings.formulas.splice(row, 1);
    const planned = planInsert(withoutRegister, {}, TODAY);
    const register = planned.sheets.find(({ plan }) => plan.role === "oit-register");
    expect(register).toMatchObject({ existing: null, plan: { name: DEFAULT_SHEET_NAMES["oit-register"] } });
    expect(register?.writes).toEqual(register?.plan.content);
    expect(planned.settings.fiscalYear).toBe(2568);
    for (const { plan, writes, existing } of planned.sheets.filter(({ plan }) =>
      plan.role.startsWith("grid-"),
    ))
      expect({ existing: existing?.name, writes }).toEqual({ existing: plan.name, writes: plan.content });
  });
});
