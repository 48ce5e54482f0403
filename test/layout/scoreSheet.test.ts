import fc from "fast-check";
import { DEFAULT_BAND_NAMES, BANDS, bandOf } from "../../src/domain/bands";
import type { Indicator } from "../../src/domain/framework";
import { SUPPORTED_FISCAL_YEARS } from "../../src/domain/frameworks";
import { scoreAssessment } from "../../src/domain/scoring";
import type { Thresholds } from "../../src/domain/thresholds";
import type { WorkbookSettings } from "../../src/domain/workbookSettings";
import { cellAddress, parseRange } from "../../src/layout/a1";
import type { SheetRole } from "../../src/layout/plan";
import { SCORE_HEADER } from "../../src/domain/scoreCheck";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { resolveSheetNames } from "../../src/layout/sheetNames";
import { columnWidthPoints } from "../../src/layout/columnWidth";
import { BAND_COLOURS, printableWidth } from "../../src/layout/styles";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { FormulaError, type FormulaWorkbook } from "../support/formulaEvaluator";
import { DEFAULT_NAMES, frameworkOf, settingsFor, sheetOf } from "./fixtures";
import { workbookOf } from "./planWorkbook";
import { SEED_2565_SCORES } from "../support/seedScores";

const SCORE = 3;
const BAND = 4;

/** The score sheet with `scores` typed in indicator-number order (null leaves a score empty). */
function scoreSheet(settings: WorkbookSettings, scores: readonly (number | null)[], names = DEFAULT_NAMES) {
  const framework = frameworkOf(settings.fiscalYear);
  const plan = workbookPlan(settings, names);
  const workbook = workbookOf(plan.sheets);
  const layout = scoreSheetLayout(framework);
  const rowOf = new Map<number, number>();
  layout.groups.forEach((group) =>
    group.indicators.forEach((indicator, index) => rowOf.set(indicator.number, group.firstRow + index)),
  );
  const sheet = names.scores;
  scores.forEach((score, index) =>
    workbook.set(sheet, cellAddress(rowOf.get(index + 1) as number, SCORE), score),
  );
  const at = (row: number, column: number) => workbook.value(sheet, cellAddress(row, column));
  return { framework, plan, workbook, layout, sheet, rowOf, at };
}

function expectAgreesWithScoreAssessment(settings: WorkbookSettings, scores: readonly number[]) {
  const { framework, layout, at, rowOf } = scoreSheet(settings, scores);
  const assessment = scoreAssessment(framework, scores, settings.thresholds);
  for (const group of layout.groups) {
    expect(at(group.summaryRow, SCORE)).toBe(assessment.tools[group.tool.id]);
    expect(at(group.summaryRow, BAND)).toBe(
      settings.bandNames[bandOf(assessment.tools[group.tool.id], settings.thresholds)],
    );
  }
  expect(at(layout.totalRow, SCORE)).toBe(assessment.total);
  expect(at(layout.resultRow, SCORE)).toBe(assessment.grade.label);
  expect(at(layout.passMarkRow, BAND)).toBe(assessment.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์");
  for (const indicator of assessment.indicators) {
    expect(at(rowOf.get(indicator.number) as number, BAND)).toBe(settings.bandNames[indicator.band]);
  }
  return assessment;
}

const NACC_EXAMPLE = [75.4, 75.41, 75.4, 75.41, 75.4, 80.35, 80.35, 80.35, 100, 100];

describe("the score sheet's formulas", () => {
  it("reproduce the 2565 analysis report in seeds/: total 77.98, level B", () => {
    const assessment = expectAgreesWithScoreAssessment(settingsFor(2565), SEED_2565_SCORES);
    expect(assessment.total).toBe(77.98);
    expect(assessment.grade.label).toBe("B");
  });

  it("reproduce NACC's worked example: 86.73, ผ่าน in 2566 (IIT under 85), A in 2565", () => {
    expect(expectAgreesWithScoreAssessment(settingsFor(2566), NACC_EXAMPLE).grade.label).toBe("ผ่าน");
    expect(expectAgreesWithScoreAssessment(settingsFor(2565), NACC_EXAMPLE).grade.label).toBe("A");
    expect(
      scoreSheet(settingsFor(2566), NACC_EXAMPLE).at(scoreSheetLayout(frameworkOf(2566)).totalRow, SCORE),
    ).toBe(86.73);
  });

  it("judge the every-tool rule on the rounded tool scores (84.995 rounds to 85: ผ่านดี)", () => {
    const scores = [84.99, 85, 85, 85, 85, 90, 90, 90, 90, 90];
    const { at, layout } = scoreSheet(settingsFor(2568), scores);
    expect(at(layout.groups[0]?.summaryRow as number, SCORE)).toBe(85);
    expect(at(layout.resultRow, SCORE)).toBe("ผ่านดี");
    expectAgreesWithScoreAssessment(settingsFor(2568), scores);
  });

  it("agree with scoreAssessment for any scores, any year and any thresholds (property)", () => {
    const score = fc.integer({ min: 0, max: 100_000 }).map((thousandths) => thousandths / 1000);
    const thresholds: fc.Arbitrary<Thresholds> = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 })
      .map((numbers) => [...numbers].sort((a, b) => a - b))
      .map(([pass, strength, excellence]) => ({
        pass: pass as number,
        strength: strength as number,
        excellence: excellence as number,
      }));
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_FISCAL_YEARS),
        fc.array(score, { minLength: 10, maxLength: 10 }),
        thresholds,
        (year, scores, chosen) => {
          expectAgreesWithScoreAssessment(settingsFor(year, { thresholds: chosen }), scores);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("agree at the grade boundaries of both scales (95, 85, 75 … exactly)", () => {
    for (const year of [2565, 2568]) {
      for (const grade of frameworkOf(year).resultScale.grades) {
        for (const total of [grade.minTotal, grade.minTotal - 0.01].filter((value) => value >= 0)) {
          expectAgreesWithScoreAssessment(settingsFor(year), Array(10).fill(total));
        }
      }
    }
  });

  it('show "" until every score they need is typed', () => {
    const scores = [...SEED_2565_SCORES.slice(0, 9), null];
    const { at, layout, rowOf } = scoreSheet(settingsFor(2565), scores);
    const [iit, eit, oit] = layout.groups;
    expect(at(iit?.summaryRow as number, SCORE)).toBe(93.38);
    expect(at(eit?.summaryRow as number, SCORE)).toBe(85.59);
    expect(at(oit?.summaryRow as number, SCORE)).toBe("");
    expect(at(oit?.summaryRow as number, BAND)).toBe("");
    expect(at(layout.totalRow, SCORE)).toBe("");
    expect(at(layout.totalRow, BAND)).toBe("");
    expect(at(layout.resultRow, SCORE)).toBe("");
    expect(at(layout.passMarkRow, BAND)).toBe("");
    expect(at(rowOf.get(10) as number, BAND)).toBe("");
  });

  it("show the framework's weights in cells, and the total changes when a weight cell does", () => {
    const { at, layout, workbook, sheet } = scoreSheet(settingsFor(2568), NACC_EXAMPLE);
    expect(layout.groups.map((group) => at(group.summaryRow, 5))).toEqual([0.3, 0.3, 0.4]);
    workbook.set(sheet, cellAddress(layout.groups[2]?.summaryRow as number, 5), 0.5);
    expect(at(layout.totalRow, SCORE)).toBe(Math.round((0.3 * 75.404 + 0.3 * 80.35 + 0.5 * 100) * 100) / 100);
  });
});

describe("the score sheet's layout", () => {
  it("lists the ten indicators grouped by tool, with the year's names, under a column headed คะแนน", () => {
    for (const year of SUPPORTED_FISCAL_YEARS) {
      const { at, layout, framework } = scoreSheet(settingsFor(year), []);
      expect(at(layout.headerRow, SCORE)).toBe(SCORE_HEADER);
      expect(SCORE_HEADER).toBe("คะแนน");
      const rows = layout.groups.flatMap((group) =>
        group.indicators.map((indicator, index) => ({
          tool: group.tool.id,
          indicator,
          row: group.firstRow + index,
        })),
      );
      expect(rows.map(({ indicator }) => indicator.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const { tool, indicator, row } of rows) {
        expect(indicator.tool).toBe(tool);
        expect(at(row, 2)).toBe(
          `${indicator.number}. ${(framework.indicators.find((i) => i.number === indicator.number) as Indicator).nameTh}`,
        );
      }
      for (const group of layout.groups) expect(at(group.firstRow, 1)).toBe(group.tool.id);
    }
  });

  it("validates the typed scores as decimals 0-100, refusing anything else, with a Thai prompt", () => {
    const { plan, layout } = scoreSheet(settingsFor(2568), []);
    const [validation] = sheetOf(plan, "scores").validations;
    expect(parseRange(validation?.address as string)).toEqual({
      top: layout.firstIndicatorRow,
      left: SCORE,
      bottom: layout.lastIndicatorRow,
      right: SCORE,
    });
    expect(validation?.rule).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(validation?.error.style).toBe("stop");
    expect(validation?.prompt?.message).toMatch(/[ก-๙]/);
  });
});

describe("the band colours and the legend", () => {
  function colourOf(
    workbook: FormulaWorkbook,
    sheet: string,
    rules: ReturnType<typeof scoreSheet>["plan"]["sheets"][0]["conditionalFormats"],
    cell: string,
  ) {
    const applying = rules.filter((rule) => {
      const box = parseRange(rule.address);
      const target = parseRange(cell);
      const inside =
        target.top >= box.top &&
        target.top <= box.bottom &&
        target.left >= box.left &&
        target.left <= box.right;
      if (!inside) return false;
      const result = workbook.evaluate(sheet, rule.formula, {
        writtenFor: cellAddress(box.top, box.left),
        appliedAt: cell,
      });
      if (result instanceof FormulaError) throw new Error(`${rule.formula} gives ${result.code}`);
      return result === true;
    });
    return applying.map((rule) => rule.format.fill);
  }

  it("colour every score, tool score and total with exactly its band's fill (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
          { minLength: 10, maxLength: 10 },
        ),
        (scores) => {
          const { plan, workbook, sheet, rowOf, layout, framework } = scoreSheet(settingsFor(2568), scores);
          const rules = sheetOf(plan, "scores").conditionalFormats;
          const assessment = scoreAssessment(framework, scores);
          for (const indicator of assessment.indicators) {
            const cell = cellAddress(rowOf.get(indicator.number) as number, SCORE);
            expect(colourOf(workbook, sheet, rules, cell)).toEqual([BAND_COLOURS[indicator.band].fill]);
          }
          const total = cellAddress(layout.totalRow, SCORE);
          expect(colourOf(workbook, sheet, rules, total)).toEqual([
            BAND_COLOURS[bandOf(assessment.total, assessment.thresholds)].fill,
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("leave an empty score uncoloured", () => {
    const { plan, workbook, sheet, rowOf, layout } = scoreSheet(settingsFor(2568), []);
    const rules = sheetOf(plan, "scores").conditionalFormats;
    expect(colourOf(workbook, sheet, rules, cellAddress(rowOf.get(1) as number, SCORE))).toEqual([]);
    expect(colourOf(workbook, sheet, rules, cellAddress(layout.totalRow, SCORE))).toEqual([]);
  });

  it("read the thresholds from the settings sheet, so changing a setting recolours and rebands live", () => {
    const { plan, workbook, sheet, rowOf, layout, at } = scoreSheet(settingsFor(2568), [
      82,
      ...Array(9).fill(96),
    ]);
    const row = rowOf.get(1) as number;
    const rules = sheetOf(plan, "scores").conditionalFormats;
    expect(at(row, BAND)).toBe(DEFAULT_BAND_NAMES.below85);
    expect(colourOf(workbook, sheet, rules, cellAddress(row, SCORE))).toEqual([BAND_COLOURS.below85.fill]);
    // ITA_Settings!B4 holds the pass threshold (see settingsSheet.test.ts).
    workbook.set(DEFAULT_NAMES.settings, "B4", 80);
    expect(at(row, BAND)).toBe(DEFAULT_BAND_NAMES.below90);
    expect(colourOf(workbook, sheet, rules, cellAddress(row, SCORE))).toEqual([BAND_COLOURS.below90.fill]);
    expect(at(layout.legendRows.below85, 2)).toBe("ต่ำกว่า 80");
    expect(at(layout.legendRows.below90, 2)).toBe("80 – ต่ำกว่า 90");
  });

  it("name the bands as the settings sheet does, so that renaming one in Settings renames it on every score", () => {
    const settings = settingsFor(2568, { bandNames: { ...DEFAULT_BAND_NAMES, below95: "ดีมาก" } });
    const { workbook, at, rowOf, layout, plan } = scoreSheet(settings, [93.4, ...Array(9).fill(96)]);
    const row = rowOf.get(1) as number;
    expect(at(row, BAND)).toBe("ดีมาก");
    expect(at(layout.legendRows.below95, BAND)).toBe("ดีมาก");
    const settingsSheet = sheetOf(plan, "settings");
    const stored = settingsSheet.content
      .flatMap((block) => block.values ?? [])
      .findIndex(([key]) => key === "bandBelowExcellence");
    expect(stored).toBeGreaterThan(0);
    // The names follow the cell, as the thresholds do: a rename written there renames the bands.
    workbook.set(DEFAULT_NAMES.settings, `B${stored + 1}`, "แข็ง");
    expect(at(row, BAND)).toBe("แข็ง");
    expect(at(layout.legendRows.below95, BAND)).toBe("แข็ง");
  });

  it("call an indicator of 90 or more a strength or excellent by default, never urgent", () => {
    const { at, rowOf } = scoreSheet(settingsFor(2568), [93.4, 95, 90, ...Array(7).fill(96)]);
    const bands = [1, 2, 3].map((number) => at(rowOf.get(number) as number, BAND));
    expect(bands).toEqual(["จุดแข็ง", "ดีเยี่ยม", "จุดแข็ง"]);
    expect(Object.values(DEFAULT_BAND_NAMES).filter((name) => name.includes("เร่ง"))).toEqual([]);
  });

  it("show each band's colour, its range in words and its meaning at the workbook's thresholds", () => {
    const settings = settingsFor(2568, { thresholds: { pass: 80, strength: 88, excellence: 93 } });
    const { plan, at, layout } = scoreSheet(settings, []);
    const sheet = sheetOf(plan, "scores");
    const words = BANDS.map((band) => at(layout.legendRows[band], 2));
    expect(words).toEqual(["ต่ำกว่า 80", "80 – ต่ำกว่า 88", "88 – ต่ำกว่า 93", "93 ขึ้นไป"]);
    expect(BANDS.map((band) => at(layout.legendRows[band], BAND))).toEqual(
      BANDS.map((band) => DEFAULT_BAND_NAMES[band]),
    );
    expect(BANDS.slice(0, 3).map((band) => at(layout.legendRows[band], SCORE))).toEqual([80, 88, 93]);
    for (const band of BANDS) {
      const swatch = sheet.formats.find((block) => block.address === cellAddress(layout.legendRows[band], 1));
      expect(swatch?.format.fill).toBe(BAND_COLOURS[band].fill);
    }
    // The colours compare with the legend's cells, never with numbers of their own.
    for (const rule of sheet.conditionalFormats) expect(rule.formula).not.toMatch(/(<|>=)\s*\d/);
  });

  it("use four distinct fills, lightest for the top band, each with dark text", () => {
    const lightness = (colour: string) => {
      const [r, g, b] = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
      return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
    };
    const fills = BANDS.map((band) => BAND_COLOURS[band].fill);
    expect(new Set(fills).size).toBe(4);
    for (const band of BANDS) {
      expect(lightness(BAND_COLOURS[band].fill)).toBeGreaterThan(170);
      expect(lightness(BAND_COLOURS[band].fontColor)).toBeLessThan(100);
    }
    expect(lightness(BAND_COLOURS.below85.fill)).toBeLessThan(lightness(BAND_COLOURS.below90.fill));
    expect(lightness(BAND_COLOURS.below90.fill)).toBeLessThan(lightness(BAND_COLOURS.below95.fill));
  });

  it("reference the settings sheet by the name it really has", () => {
    const names: Record<SheetRole, string> = resolveSheetNames(["ita_settings", "คะแนน ITA"], {}).names;
    expect(names.settings).toBe("ITA_Settings (2)");
    const settings = settingsFor(2568);
    const { at, layout, workbook } = scoreSheet(settings, Array(10).fill(90), names);
    expect(at(layout.legendRows.below85, SCORE)).toBe(85);
    workbook.set(names.settings, "B4", 70);
    expect(at(layout.legendRows.below85, SCORE)).toBe(70);
  });
});

describe("the score sheet on paper", () => {
  it.each([
    ["alone", settingsFor(2568)],
    ["beside last year's scores", settingsFor(2569, { previousYear: 2568 })],
  ])("fits a portrait page at full size %s, so nothing on it prints smaller", (_case, settings) => {
    const sheet = sheetOf(workbookPlan(settings, DEFAULT_NAMES), "scores");
    const width = sheet.columnWidths.reduce((sum, { width }) => sum + columnWidthPoints(width), 0);
    expect(width).toBeLessThanOrEqual(printableWidth("Portrait"));
    expect(sheet.print?.orientation).toBe("Portrait");
  });
});
