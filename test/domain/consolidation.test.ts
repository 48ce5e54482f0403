import { commonYear, consolidate, type RegistryEntry } from "../../src/domain/consolidation";
import { findFramework } from "../../src/domain/frameworks";
import { gradeOf } from "../../src/domain/scoring";
import { roundHalfAwayFromZero } from "../../src/domain/rounding";
import { PHICHIT_2564, UP_2563 } from "../support/publishedTables";
import { fileUnit, indicatorScores, measures, typedUnit, TYPED_SHEET } from "../support/unitResults";

const registryEntry = (name: string, row: number, given: Partial<RegistryEntry> = {}): RegistryEntry => ({
  name,
  code: "",
  type: "",
  group: "",
  row,
  ...given,
});

describe("consolidate: published results reproduced", () => {
  const units = UP_2563.map(({ name, indicators, total, level }, index) =>
    typedUnit(name, { fiscalYear: 2563, indicators, total, level }, index + 2),
  );
  const result = consolidate({ units, registry: [], fiscalYear: 2563 });

  it("gives the University of Phayao's 39 units of 2563 the totals and letters it published", () => {
    const byName = new Map(result.units.map((unit) => [unit.unit.name, unit]));
    for (const published of UP_2563) {
      const unit = byName.get(published.name);
      expect([published.name, unit?.total, unit?.grade?.label]).toEqual([
        published.name,
        published.total,
        published.level,
      ]);
    }
    expect(result.findings).toEqual([]);
  });

  it("ranks them by total, the two printed 68.85 sharing a rank", () => {
    const ranked = result.units.map(({ unit, rank, total }) => [rank, total, unit.name]);
    expect(ranked[0]).toEqual([1, 87.41, "วิทยาลัยการศึกษา"]);
    expect(ranked.at(-1)).toEqual([39, 55.31, "คณะทันตแพทยศาสตร์"]);
    const tied = result.units.filter(({ total }) => total === 68.85).map(({ rank }) => rank);
    expect(tied).toEqual([tied[0], tied[0]]);
    expect(result.units.filter(({ rank }) => rank === (tied[0] as number) + 1)).toEqual([]);
    const totals = result.units.map(({ total }) => total as number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("counts the letters and finds none at 85 or over with a tool under it", () => {
    expect(result.levels.map(({ grade, count }) => [grade.label, count])).toEqual([
      ["AA", 0],
      ["A", 4],
      ["B", 7],
      ["C", 20],
      ["D", 8],
      ["E", 0],
      ["F", 0],
    ]);
    expect(result.belowPass).toHaveLength(35);
    // กองกลาง (86.29) and three others pass, each with a tool under 85.
    expect(result.weakTool.map(({ unit }) => unit.name).sort()).toEqual(
      ["วิทยาลัยการศึกษา", "กองกลาง", "กองแผนงาน", "วิทยาเขตเชียงราย มหาวิทยาลัยพะเยา"].sort(),
    );
  });

  it("reads the 2564 Phichit table's letters from its totals and its OIT from indicators 9 and 10", () => {
    const framework = findFramework(2564);
    if (!framework) throw new Error("2564 has rules");
    for (const published of PHICHIT_2564) {
      const grade = gradeOf(framework, published.total, { IIT: 0, EIT: 0, OIT: 0 });
      const oit = roundHalfAwayFromZero(((published.indicator9 + published.indicator10) / 2) * 0.4);
      expect([published.total, grade.label, oit]).toEqual([
        published.total,
        published.level,
        published.oitWeighted,
      ]);
    }
  });
});

describe("consolidate: the parent's figures", () => {
  const registry = [
    registryEntry("อบต.หนึ่ง", 2, { type: "อบต.", group: "อำเภอเมือง" }),
    registryEntry("อบต.สอง", 3, { type: "อบต.", group: "อำเภอเมือง" }),
    registryEntry("เทศบาลตำบลสาม", 4, { type: "เทศบาล", group: "อำเภอใหม่" }),
    registryEntry("อบต.สี่", 5, { type: "อบต.", group: "อำเภอใหม่" }),
  ];
  const units = [
    typedUnit(
      "อบต.หนึ่ง",
      { type: "อบต.", group: "อำเภอเมือง", indicators: indicatorScores(96), previousTotal: 90 },
      2,
    ),
    fileUnit("อบต. สอง", "สอง.xlsx", {
      type: "อบต.",
      group: "อำเภอเมือง",
      indicators: indicatorScores(90, { 9: 70, 10: 80 }),
      measures: measures(2, 1, 1, 1),
      oit: { complete: 20, total: 26 },
      previousTotal: 88.5,
    }),
    typedUnit(
      "เทศบาลตำบลสาม",
      { type: "เทศบาล", group: "อำเภอใหม่", tools: { IIT: 80, EIT: 85, OIT: 90 }, total: 85.5, level: "ผ่าน" },
      4,
    ),
    typedUnit("อบต.ห้า", { indicators: indicatorScores(88, { 7: null }) }, 5),
  ];
  const result = consolidate({ units, registry, fiscalYear: 2568 });
  const named = (name: string) => result.units.find(({ unit }) => unit.name === name);

  it("scores each unit by its indicators, or by its tools where only they are given", () => {
    expect(named("อบต.หนึ่ง")).toMatchObject({ total: 96, grade: { label: "ผ่านดีเยี่ยม" }, rank: 1 });
    // 90 × 0.6 + 75 × 0.4 = 84: under the pass mark.
    expect(named("อบต. สอง")).toMatchObject({ total: 84, grade: { label: "ไม่ผ่าน" }, rank: 3 });
    // 80 × 0.3 + 85 × 0.3 + 90 × 0.4 = 85.5, IIT under 85: ผ่าน, not ผ่านดี.
    expect(named("เทศบาลตำบลสาม")).toMatchObject({ total: 85.5, grade: { label: "ผ่าน" }, rank: 2 });
  });

  it("does not rank a unit with a tool it cannot score, and says which cell is empty", () => {
    expect(named("อบต.ห้า")).toMatchObject({ total: null, grade: null, rank: null });
    expect(result.units.at(-1)?.unit.name).toBe("อบต.ห้า");
    expect(result.findings).toContainEqual({
      kind: "missingTool",
      name: "อบต.ห้า",
      origin: { kind: "row", sheet: TYPED_SHEET, row: 5 },
      tools: ["EIT"],
      cells: [],
    });
  });

  it("lists the units under 85 and those at 85 or over with a tool under it", () => {
    expect(result.belowPass.map(({ unit }) => unit.name)).toEqual(["อบต. สอง"]);
    expect(result.weakTool.map(({ unit }) => unit.name)).toEqual(["เทศบาลตำบลสาม"]);
  });

  it("counts the year's levels, and averages by type and by group", () => {
    expect(result.levels.map(({ grade, count }) => [grade.label, count])).toEqual([
      ["ผ่านดีเยี่ยม", 1],
      ["ผ่านดี", 0],
      ["ผ่าน", 1],
      ["ไม่ผ่าน", 1],
    ]);
    expect(result.byType).toEqual([
      { key: "เทศบาล", units: 1, average: 85.5 },
      { key: "อบต.", units: 2, average: 90 },
    ]);
    // In Thai dictionary order: เมือง (ม) before ใหม่ (ห).
    expect(result.byGroup).toEqual([
      { key: "อำเภอเมือง", units: 2, average: 90 },
      { key: "อำเภอใหม่", units: 1, average: 85.5 },
    ]);
  });

  it("gives each indicator across units its mean, median, lowest and count under 85, weakest first", () => {
    expect(result.indicators[8]).toEqual({
      number: 9,
      name: "การเปิดเผยข้อมูล",
      tool: "OIT",
      units: 3,
      mean: 84.67,
      median: 88,
      lowest: 70,
      belowPass: 1,
    });
    // Indicator 7 is left out where อบต.ห้า has no score for it.
    expect(result.indicators[6]).toMatchObject({ units: 2, mean: 93 });
    expect(result.weakest.map(({ number }) => number)).toEqual([9, 10, 1]);
  });

  it("compares each unit with last year's total where it has one", () => {
    expect(result.rose.map(({ unit, change }) => [unit.name, change])).toEqual([["อบต.หนึ่ง", 6]]);
    expect(result.fell.map(({ unit, change }) => [unit.name, change])).toEqual([["อบต. สอง", -4.5]]);
  });

  it("rolls up the measures and OIT readiness of the units that sent them", () => {
    expect(result.measures).toEqual(measures(2, 1, 1, 1));
    expect(result.oit).toEqual({ complete: 20, total: 26 });
  });

  it("matches the registry by name whatever the spacing, and lists who has sent nothing", () => {
    expect(result.notSent.map(({ name }) => name)).toEqual(["อบต.สี่"]);
    expect(result.findings).toContainEqual({
      kind: "notInRegistry",
      name: "อบต.ห้า",
      origin: { kind: "row", sheet: TYPED_SHEET, row: 5 },
    });
  });

  it("accepts the typed level and total where they agree with the figures", () => {
    expect(result.findings.filter(({ name }) => name === "เทศบาลตำบลสาม")).toEqual([]);
  });
});

describe("consolidate: findings", () => {
  const origin = (row: number) => ({ kind: "row" as const, sheet: TYPED_SHEET, row });

  it("names a unit typed twice for the year, and a row of another year, each with its row", () => {
    const units = [
      typedUnit("อบต.หนึ่ง", { indicators: indicatorScores(90) }, 2),
      typedUnit("อบต.  หนึ่ง", { indicators: indicatorScores(91) }, 3),
      typedUnit("อบต.สอง", { indicators: indicatorScores(92), fiscalYear: 2567, cells: { year: "E4" } }, 4),
    ];
    const { findings } = consolidate({ units, registry: [], fiscalYear: 2568 });
    expect(findings).toEqual([
      { kind: "duplicate", name: "อบต.  หนึ่ง", origin: origin(3), first: origin(2) },
      { kind: "otherYear", name: "อบต.สอง", origin: origin(4), year: 2567, cell: "E4" },
    ]);
  });

  it("names a total and a level that do not match the indicators under the year's weights", () => {
    const unit = typedUnit(
      "อบต.หนึ่ง",
      { indicators: indicatorScores(90), total: 91, level: "ผ่านดีเยี่ยม", cells: { total: "T2", level: "U2" } },
      2,
    );
    const { findings } = consolidate({ units: [unit], registry: [], fiscalYear: 2568 });
    expect(findings).toEqual([
      { kind: "totalMismatch", name: "อบต.หนึ่ง", origin: origin(2), given: 91, computed: 90, cell: "T2" },
      {
        kind: "levelMismatch",
        name: "อบต.หนึ่ง",
        origin: origin(2),
        given: "ผ่านดีเยี่ยม",
        computed: "ผ่านดี",
        cell: "U2",
      },
    ]);
  });

  it("allows a cent between a total and one worked from tools rounded to two places", () => {
    // 0.3 × 89.99 + 0.3 × 90.01 + 0.4 × 90.005 ≈ 90.002: printed 90.01 by a publisher rounding earlier.
    const unit = typedUnit("อบต.หนึ่ง", { tools: { IIT: 89.99, EIT: 90.01, OIT: 90.01 }, total: 90.01 }, 2);
    expect(consolidate({ units: [unit], registry: [], fiscalYear: 2568 }).findings).toEqual([]);
  });

  it("names tool scores typed weighted (out of 30, 30 and 40) when they add up to the total", () => {
    const unit = typedUnit(
      "อบต.หนึ่ง",
      {
        tools: { IIT: 27.5, EIT: 27, OIT: 36 },
        total: 90.5,
        cells: { tools: { IIT: "P2", EIT: "Q2", OIT: "R2" }, total: "S2" },
      },
      2,
    );
    const { findings } = consolidate({ units: [unit], registry: [], fiscalYear: 2568 });
    expect(findings.map(({ kind }) => kind)).toEqual(["toolsWeighted", "totalMismatch"]);
    expect(findings[0]).toMatchObject({ cells: ["P2", "Q2", "R2"] });
  });

  it("names a year without rules, and leaves its unit unscored", () => {
    const unit = typedUnit("อบต.หนึ่ง", { indicators: indicatorScores(90), fiscalYear: 2550 }, 2);
    const result = consolidate({ units: [unit], registry: [], fiscalYear: 2568 });
    expect(result.findings.map(({ kind }) => kind)).toEqual(["otherYear", "noRules"]);
    expect(result.units[0]).toMatchObject({ total: null, rank: null });
  });

  it("names the missing indicator cells of a unit read from its workbook", () => {
    const cells = Array.from({ length: 10 }, (_, index) => `'คะแนน ITA'!C${index + 6}`);
    const unit = fileUnit("อบต.หนึ่ง", "หนึ่ง.xlsx", {
      indicators: indicatorScores(90, { 9: null }),
      cells: { indicators: cells },
    });
    expect(consolidate({ units: [unit], registry: [], fiscalYear: 2568 }).findings).toEqual([
      {
        kind: "missingTool",
        name: "อบต.หนึ่ง",
        origin: { kind: "file", file: "หนึ่ง.xlsx" },
        tools: ["OIT"],
        cells: ["'คะแนน ITA'!C14"],
      },
    ]);
  });

  it("refuses a year without rules to consolidate for", () => {
    expect(() => consolidate({ units: [], registry: [], fiscalYear: 2550 })).toThrow(RangeError);
  });
});

describe("commonYear", () => {
  it("is the year most units are of, the latest of years equally common", () => {
    const of = (...years: (number | null)[]) => years.map((fiscalYear) => typedUnit("x", { fiscalYear }));
    expect(commonYear(of(2567, 2568, 2568, null))).toBe(2568);
    expect(commonYear(of(2567, 2568))).toBe(2568);
    expect(commonYear(of(null))).toBeNull();
  });
});
