import type { Framework, ToolId } from "../../src/domain/framework";
import { TOOL_IDS } from "../../src/domain/framework";
import { findFramework, rulesInForce } from "../../src/domain/frameworks";
import { scoreAssessment } from "../../src/domain/scoring";
import { compareYears } from "../../src/domain/yearComparison";
import { SEED_2565_SCORES } from "../support/seedScores";

const F2568 = findFramework(2568) as Framework;
const F2569 = findFramework(2569) as Framework;

/**
 * This year's scores against the 2565 seed's, each moved by a figure worked out by hand:
 * 0, +1.50, -2.25, +3.10, -0.40, +5.00, -7.24, +0.82, +1.80, +20.75.
 */
const CURRENT: readonly number[] = [98.21, 95.95, 86.75, 97.45, 90.48, 92.35, 80.0, 83.0, 92.0, 52.0];
const CHANGES: readonly number[] = [0, 1.5, -2.25, 3.1, -0.4, 5.0, -7.24, 0.82, 1.8, 20.75];

function compare(current: readonly unknown[], previous: readonly unknown[], year = 2568) {
  return compareYears({ framework: F2569, cells: current }, { year, framework: F2568, cells: previous });
}

/** Ten scores of `base`, with some replaced by index. */
function scores(base: number, replaced: Readonly<Record<number, unknown>> = {}): unknown[] {
  return Array.from({ length: 10 }, (_, index) => (index in replaced ? replaced[index] : base));
}

const byNumber = (indicators: readonly { number: number }[]) => indicators.map(({ number }) => number);

describe("compareYears: each indicator", () => {
  const comparison = compare(CURRENT, SEED_2565_SCORES);

  it("gives both years' scores and this year's less last year's, in indicator-number order", () => {
    expect(byNumber(comparison.indicators)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    comparison.indicators.forEach((indicator, index) => {
      expect(indicator.previous).toBe(SEED_2565_SCORES[index]);
      expect(indicator.current).toBe(CURRENT[index]);
      expect(indicator.change).toBe(CHANGES[index]);
    });
  });

  it("names each indicator and its tool as this year's framework does", () => {
    const ordered = [...F2569.indicators].sort((a, b) => a.number - b.number);
    expect(comparison.indicators.map(({ number, name, tool }) => ({ number, name, tool }))).toEqual(
      ordered.map(({ number, nameTh, tool }) => ({ number, name: nameTh, tool })),
    );
  });

  it.each([
    ["a half cent up rounds up", 90, 90.125, 0.13],
    ["a half cent down rounds down, away from zero", 90.125, 90, -0.13],
    ["1.005 rounds to 1.01 as Excel rounds it, though 91.005 - 90 is 1.00499… in binary", 90, 91.005, 1.01],
    ["a change under half a cent is none", 90, 90.004, 0],
  ])("rounds to two decimals half away from zero: %s", (_, previous, current, change) => {
    const comparison = compare(scores(80, { 0: current }), scores(80, { 0: previous }));
    expect(comparison.indicators[0]?.change).toBe(change);
  });

  it("reads cells as staff type them: Thai digits and numbers stored as text", () => {
    const comparison = compare(scores(90, { 1: "๙๕.๕๐" }), scores(90, { 1: " 93.25 " }));
    expect(comparison.indicators[1]).toMatchObject({ previous: 93.25, current: 95.5, change: 2.25 });
  });
});

describe("compareYears: tools and total", () => {
  it("gives each tool's and the total's change as the two years' assessments differ", () => {
    const then = scoreAssessment(F2568, SEED_2565_SCORES);
    const now = scoreAssessment(F2569, CURRENT);
    const comparison = compare(CURRENT, SEED_2565_SCORES);
    for (const tool of TOOL_IDS) {
      const { previous, current, change } = comparison.tools[tool];
      expect(previous).toBe(then.tools[tool]);
      expect(current).toBe(now.tools[tool]);
      expect(change).toBeCloseTo(now.tools[tool] - then.tools[tool], 10);
    }
    expect(comparison.total.previous).toBe(then.total);
    expect(comparison.total.current).toBe(now.total);
    expect(comparison.total.change).toBeCloseTo(now.total - then.total, 10);
  });

  it("gives two-decimal changes even where the means' difference is not one in binary", () => {
    const comparison = compare(CURRENT, SEED_2565_SCORES);
    const changes = [comparison.total, ...TOOL_IDS.map((tool) => comparison.tools[tool])].map(
      ({ change }) => change as number,
    );
    for (const change of changes) expect(Math.round(change * 100) / 100).toBe(change);
  });

  it("gives no change where both years scored the same", () => {
    const comparison = compare(SEED_2565_SCORES, SEED_2565_SCORES);
    expect(comparison.total).toEqual({ previous: 77.98, current: 77.98, change: 0 });
    for (const tool of TOOL_IDS) expect(comparison.tools[tool].change).toBe(0);
    expect(comparison.up).toEqual([]);
    expect(comparison.down).toEqual([]);
  });
});

describe("compareYears: the indicators that rose and fell", () => {
  const comparison = compare(CURRENT, SEED_2565_SCORES);

  it("lists rises largest first and falls largest first, leaving out the unchanged", () => {
    // Rises: 10 (+20.75), 6 (+5.00), 4 (+3.10), 9 (+1.80), 2 (+1.50), 8 (+0.82).
    expect(byNumber(comparison.up)).toEqual([10, 6, 4, 9, 2, 8]);
    // Falls: 7 (-7.24), 3 (-2.25), 5 (-0.40); indicator 1 is unchanged.
    expect(byNumber(comparison.down)).toEqual([7, 3, 5]);
  });

  it("lists the same entries as the indicators", () => {
    const ofNumber = new Map(comparison.indicators.map((indicator) => [indicator.number, indicator]));
    for (const indicator of [...comparison.up, ...comparison.down]) {
      expect(indicator).toEqual(ofNumber.get(indicator.number));
    }
  });

  it("orders equal changes by indicator number", () => {
    // Changes: +1 +2 +1 -1 -2 -1 +2 0 0 0.
    const tied = compare([91, 92, 91, 89, 88, 89, 92, 90, 90, 90], scores(90));
    expect(byNumber(tied.up)).toEqual([2, 7, 1, 3]);
    expect(byNumber(tied.down)).toEqual([5, 4, 6]);
  });
});

describe("compareYears: scores missing in one year", () => {
  it.each([
    ["empty", ""],
    ["not a number", "abc"],
    ["out of range", 101],
  ])("has no change for an indicator whose score this year is %s, and no tool or total change", (_, cell) => {
    const previous = scores(90);
    const comparison = compare(scores(92, { 2: cell }), previous);
    const then = scoreAssessment(F2568, previous as number[]);
    expect(comparison.indicators[2]).toMatchObject({ number: 3, previous: 90, current: null, change: null });
    expect(comparison.indicators.filter(({ change }) => change === null)).toHaveLength(1);
    for (const tool of TOOL_IDS) {
      expect(comparison.tools[tool]).toEqual({ previous: then.tools[tool], current: null, change: null });
    }
    expect(comparison.total).toEqual({ previous: then.total, current: null, change: null });
    expect(byNumber(comparison.up)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("has no change for an indicator whose score last year is missing, and no tool or total change", () => {
    const current = scores(88);
    const comparison = compare(current, scores(90, { 0: "abc", 9: "" }));
    const now = scoreAssessment(F2569, current as number[]);
    expect(comparison.indicators[0]).toMatchObject({ previous: null, current: 88, change: null });
    expect(comparison.indicators[9]).toMatchObject({ previous: null, current: 88, change: null });
    const tools: Record<ToolId, unknown> = { IIT: null, EIT: null, OIT: null };
    for (const tool of TOOL_IDS) tools[tool] = { previous: null, current: now.tools[tool], change: null };
    expect(comparison.tools).toEqual(tools);
    expect(comparison.total).toEqual({ previous: null, current: now.total, change: null });
    expect(byNumber(comparison.down)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("has no change for indicators last year's cells stop short of", () => {
    const comparison = compare(scores(90), [80, 80, 80]);
    expect(comparison.indicators.map(({ change }) => change)).toEqual([
      10,
      10,
      10,
      ...Array<null>(7).fill(null),
    ]);
    expect(comparison.total.change).toBeNull();
  });

  it("keeps rises and falls to indicators known in both years", () => {
    const comparison = compare(
      scores(90, { 0: 95, 1: "", 4: 85 }),
      scores(90, { 0: 92, 2: "abc", 4: 86, 1: 10 }),
    );
    expect(byNumber(comparison.up)).toEqual([1]);
    expect(byNumber(comparison.down)).toEqual([5]);
    expect(comparison.indicators[1]?.change).toBeNull();
    expect(comparison.indicators[2]?.change).toBeNull();
  });
});

describe("compareYears: the year compared with", () => {
  it("is the year passed: 2569 against 2570 scored by 2569's rules", () => {
    const rules2570 = rulesInForce(2570);
    if (!rules2570) throw new Error("2570 must have rules in force");
    const comparison = compareYears(
      { framework: rules2570.framework, cells: CURRENT },
      { year: 2569, framework: F2569, cells: SEED_2565_SCORES },
    );
    expect(comparison.previousYear).toBe(2569);
    expect(comparison.indicators.map(({ change }) => change)).toEqual(CHANGES);
  });

  it("is the year passed even where that year is scored by another year's rules", () => {
    const rules2570 = rulesInForce(2570);
    if (!rules2570) throw new Error("2570 must have rules in force");
    expect(rules2570.rulesFrom).toBe(2569);
    const comparison = compareYears(
      { framework: F2569, cells: CURRENT },
      { year: 2570, framework: rules2570.framework, cells: SEED_2565_SCORES },
    );
    expect(comparison.previousYear).toBe(2570);
    expect(compare(CURRENT, SEED_2565_SCORES, 2567).previousYear).toBe(2567);
  });
});
