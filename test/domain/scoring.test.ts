import { findFramework } from "../../src/domain/frameworks";
import type { Framework, ToolId } from "../../src/domain/framework";
import { gradeOf, rankIndicators, scoreAssessment, ScoreCountError } from "../../src/domain/scoring";
import { validateThresholds } from "../../src/domain/thresholds";
import fc from "fast-check";
import { SEED_2565_SCORES } from "../support/seedScores";

function framework(year: number): Framework {
  const found = findFramework(year);
  if (!found) throw new Error(`test needs the ${year} framework`);
  return found;
}

const tools = (IIT: number, EIT: number, OIT: number): Record<ToolId, number> => ({ IIT, EIT, OIT });

describe("scoreAssessment", () => {
  it("reproduces NACC's published worked example: IIT 75.404, EIT 80.35, OIT 100 give 86.73", () => {
    const scores = [75.4, 75.41, 75.4, 75.41, 75.4, 80.35, 80.35, 80.35, 100, 100];
    const assessment = scoreAssessment(framework(2566), scores);
    expect(assessment.total).toBe(86.73);
    expect(assessment.tools).toEqual({ IIT: 75.4, EIT: 80.35, OIT: 100 });
    // The total passes, but IIT is under 85, so the every-tool rule keeps it at ผ่าน.
    expect(assessment.grade.label).toBe("ผ่าน");
    expect(assessment.passed).toBe(true);
    expect(scoreAssessment(framework(2565), scores).grade.label).toBe("A");
  });

  it("reproduces the 2565 analysis report in seeds/: total 77.98, level B", () => {
    const assessment = scoreAssessment(framework(2565), SEED_2565_SCORES);
    expect(assessment.total).toBe(77.98);
    expect(assessment.grade.label).toBe("B");
    expect(assessment.passed).toBe(false);
    // The report names these as the lowest of each tool.
    expect(assessment.lowestByTool.IIT.number).toBe(3);
    expect(assessment.lowestByTool.EIT.number).toBe(8);
    expect(assessment.lowestByTool.OIT.number).toBe(10);
    // Tool means: 93.378, 85.59, 60.725 (half rounds up, as Excel's ROUND does).
    expect(assessment.tools).toEqual({ IIT: 93.38, EIT: 85.59, OIT: 60.73 });
  });

  it("bands each indicator against the thresholds, a score on a threshold not being below it", () => {
    const scores = [84.99, 85, 89.99, 90, 94.99, 95, 100, 0, 50, 90];
    const bands = scoreAssessment(framework(2568), scores).indicators.map((indicator) => indicator.band);
    expect(bands).toEqual([
      "below85",
      "below90",
      "below90",
      "below95",
      "below95",
      "top",
      "top",
      "below85",
      "below85",
      "below95",
    ]);
  });

  it("uses the agency's own thresholds when given", () => {
    const thresholds = validateThresholds([80, 88, 93]);
    if (!thresholds.ok) throw new Error("thresholds should be valid");
    const scores = [79.99, 80, 87.99, 88, 92.99, 93, 50, 50, 50, 50];
    const bands = scoreAssessment(framework(2568), scores, thresholds.thresholds).indicators.map(
      (i) => i.band,
    );
    expect(bands.slice(0, 6)).toEqual(["below85", "below90", "below90", "below95", "below95", "top"]);
  });

  it("names each indicator and its tool in number order", () => {
    const assessment = scoreAssessment(framework(2568), Array(10).fill(90));
    expect(assessment.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(assessment.indicators[8]).toMatchObject({ name: "การเปิดเผยข้อมูล", tool: "OIT" });
    expect(assessment.indicators.filter((i) => i.tool === "IIT")).toHaveLength(5);
  });

  it("refuses a wrong number of scores", () => {
    expect(() => scoreAssessment(framework(2568), [90, 90])).toThrow(ScoreCountError);
  });

  it("keeps the total between the lowest and highest tool score (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 10, maxLength: 10 }), (cents) => {
        const assessment = scoreAssessment(
          framework(2568),
          cents.map((c) => c / 100),
        );
        const toolScores = Object.values(assessment.tools);
        expect(assessment.total).toBeGreaterThanOrEqual(Math.min(...toolScores) - 0.01);
        expect(assessment.total).toBeLessThanOrEqual(Math.max(...toolScores) + 0.01);
        expect(assessment.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("result scale up to 2565: letters", () => {
  it.each([
    [100, "AA"],
    [95, "AA"],
    [94.99, "A"],
    [85, "A"],
    [84.99, "B"],
    [75, "B"],
    [74.99, "C"],
    [65, "C"],
    [64.99, "D"],
    [55, "D"],
    [54.99, "E"],
    [50, "E"],
    [49.99, "F"],
    [0, "F"],
  ])("a total of %p is %p", (total, letter) => {
    expect(gradeOf(framework(2565), total, tools(total, total, total)).label).toBe(letter);
  });

  it("passes from 85", () => {
    expect(scoreAssessment(framework(2565), Array(10).fill(85)).passed).toBe(true);
    expect(scoreAssessment(framework(2565), Array(10).fill(84.99)).passed).toBe(false);
  });
});

describe("result scale from 2566: pass labels with the every-tool rule", () => {
  it.each([
    [95, tools(95, 95, 95), "ผ่านดีเยี่ยม"],
    [100, tools(100, 100, 100), "ผ่านดีเยี่ยม"],
    [96, tools(94.99, 97, 97), "ผ่านดี"],
    [94.99, tools(94.99, 94.99, 94.99), "ผ่านดี"],
    [85, tools(85, 85, 85), "ผ่านดี"],
    [96, tools(84.99, 100, 100), "ผ่าน"],
    [85, tools(84.99, 85, 85.01), "ผ่าน"],
    [84.99, tools(84.99, 84.99, 84.99), "ไม่ผ่าน"],
    [84.99, tools(100, 100, 62.48), "ไม่ผ่าน"],
    [0, tools(0, 0, 0), "ไม่ผ่าน"],
  ])("a total of %p with tools %p is %p", (total, toolScores, label) => {
    for (const year of [2566, 2567, 2568, 2569]) {
      expect(gradeOf(framework(year), total, toolScores).label).toBe(label);
    }
  });

  it("judges the every-tool rule on the rounded tool scores the agency is shown", () => {
    // IIT mean 84.996 shows as 85.00, and so counts as reaching 85.
    const scores = [84.99, 84.99, 85, 85, 85.0, 90, 90, 90, 90, 90];
    const assessment = scoreAssessment(framework(2568), scores);
    expect(assessment.tools.IIT).toBe(85);
    expect(assessment.grade.label).toBe("ผ่านดี");
  });
});

describe("rankIndicators", () => {
  it("ranks high to low and breaks ties by indicator number", () => {
    const assessment = scoreAssessment(framework(2568), [90, 95, 90, 80, 95, 70, 100, 90, 60, 95]);
    expect(assessment.ranking.map((r) => [r.rank, r.number])).toEqual([
      [1, 7],
      [2, 2],
      [3, 5],
      [4, 10],
      [5, 1],
      [6, 3],
      [7, 8],
      [8, 4],
      [9, 6],
      [10, 9],
    ]);
    expect(rankIndicators([])).toEqual([]);
  });

  it("names the first of equal lowest scores within a tool", () => {
    const assessment = scoreAssessment(framework(2568), [90, 80, 80, 95, 95, 70, 70, 99, 50, 50]);
    expect(assessment.lowestByTool).toMatchObject({
      IIT: { number: 2 },
      EIT: { number: 6 },
      OIT: { number: 9 },
    });
  });
});
