// A parent office's view of its units for one fiscal year: every unit scored by its year's rules, ranked,
// counted by level, averaged by type and group, each indicator across units, year on year, the measures
// and OIT readiness rolled up, and what does not add up named with its file or cell. The rows given are
// the parent's units table as it will stand (units.ts decides which files become rows), so that these
// figures and the table's own formulas are the same numbers.
import { TOOL_IDS, type Framework, type Grade, type ToolId } from "./framework";
import { indicatorsOfTool, rulesInForce } from "./frameworks";
import { roundHalfAwayFromZero } from "./rounding";
import { gradeOf, scoreAssessment } from "./scoring";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";
import type { UnitMeasures, UnitOrigin, UnitResult } from "./unitResult";

/** A unit the parent follows, as its registry lists it. */
export interface RegistryEntry {
  readonly name: string;
  readonly code: string;
  readonly type: string;
  readonly group: string;
  readonly row: number;
}

export interface ScoredUnit {
  readonly unit: UnitResult;
  /** Each tool's score, two decimals; null unless every tool could be scored. */
  readonly tools: Readonly<Record<ToolId, number>> | null;
  readonly total: number | null;
  readonly grade: Grade | null;
  /** 1 for the highest total; equal totals share a rank. Null for a unit without a total. */
  readonly rank: number | null;
  /** This year's total less last year's, where both are known. */
  readonly change: number | null;
}

export type ConsolidationFinding =
  /** The same unit twice for one year: the later one is left out. */
  | {
      readonly kind: "duplicate";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly first: UnitOrigin;
    }
  /** A unit of another year than the consolidation's, not last year's to compare with. */
  | {
      readonly kind: "otherYear";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly year: number | null;
      readonly cell?: string;
    }
  /** A year no rules are known for: the unit cannot be scored. */
  | { readonly kind: "noRules"; readonly name: string; readonly origin: UnitOrigin; readonly year: number }
  /** Tools that neither their indicators nor a tool score give: the unit is not ranked. */
  | {
      readonly kind: "missingTool";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly tools: readonly ToolId[];
      readonly cells: readonly string[];
    }
  | {
      readonly kind: "totalMismatch";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly given: number;
      readonly computed: number;
      readonly cell?: string;
    }
  | {
      readonly kind: "levelMismatch";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly given: string;
      readonly computed: string;
      readonly cell?: string;
    }
  /** Tool scores that add up to the total without weights: typed weighted (out of 30, 30, 40). */
  | {
      readonly kind: "toolsWeighted";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly cells: readonly string[];
    }
  | {
      readonly kind: "notInRegistry";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly cell?: string;
    }
  /** A cell that should hold a number and holds text: left out, as the table's formulas leave it. */
  | { readonly kind: "notANumber"; readonly name: string; readonly origin: UnitOrigin; readonly cell: string }
  /** A file of a unit the table already has a row for with other figures: the row is kept as it is. */
  | {
      readonly kind: "alreadyInTable";
      readonly name: string;
      readonly origin: UnitOrigin;
      readonly row: UnitOrigin;
    };

export interface IndicatorAcrossUnits {
  readonly number: number;
  readonly name: string;
  readonly tool: ToolId;
  /** Units with a score for it. */
  readonly units: number;
  /** Two decimals; null where no unit has a score. */
  readonly mean: number | null;
  readonly median: number | null;
  readonly lowest: number | null;
  /** Units scoring under the pass mark. */
  readonly belowPass: number;
}

export interface GroupAverage {
  /** The type or group as written; "" for units without one. */
  readonly key: string;
  /** Units with a total. */
  readonly units: number;
  readonly average: number;
}

export interface Consolidation {
  readonly fiscalYear: number;
  readonly framework: Framework;
  readonly thresholds: Thresholds;
  /** Every unit of the table, units with a total first by rank (then by name), then the rest by name. */
  readonly units: readonly ScoredUnit[];
  /** The year's grades, highest first, with how many units have each. */
  readonly levels: readonly { readonly grade: Grade; readonly count: number }[];
  readonly byType: readonly GroupAverage[];
  readonly byGroup: readonly GroupAverage[];
  /** Units whose total is under the pass mark, lowest first. */
  readonly belowPass: readonly ScoredUnit[];
  /** Units at the pass mark or over with a tool under it: not ผ่านดี, whatever the total. */
  readonly weakTool: readonly ScoredUnit[];
  readonly indicators: readonly IndicatorAcrossUnits[];
  /** The three indicators with the lowest mean, lowest first. */
  readonly weakest: readonly IndicatorAcrossUnits[];
  /** Units whose total rose on last year's, the largest rise first; fell, the largest fall first. */
  readonly rose: readonly ScoredUnit[];
  readonly fell: readonly ScoredUnit[];
  /** The measures of every unit that sent them, added up; null when none did. */
  readonly measures: UnitMeasures | null;
  readonly oit: { readonly complete: number; readonly total: number } | null;
  /** How many units the registry lists; 0 where the parent keeps none. */
  readonly registered: number;
  /** Registry entries no unit of the table matches. */
  readonly notSent: readonly RegistryEntry[];
  readonly findings: readonly ConsolidationFinding[];
}

/** Names and groups in Thai dictionary order. */
const THAI_ORDER = new Intl.Collator("th");

/** A name as two people would type the same unit: spaces and case aside. */
export function unitKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, "").toLocaleLowerCase();
}

/** The year most units are of; of years equally common, the latest. Null for no year at all. */
export function commonYear(units: readonly UnitResult[]): number | null {
  const counts = new Map<number, number>();
  for (const { fiscalYear } of units) {
    if (fiscalYear !== null) counts.set(fiscalYear, (counts.get(fiscalYear) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [year, count] of counts) {
    if (best === null || count > best[1] || (count === best[1] && year > best[0])) best = [year, count];
  }
  return best?.[0] ?? null;
}

/** What the unit's figures give under the framework: tool means unrounded, where each can be had. */
function toolValues(unit: UnitResult, framework: Framework): Partial<Record<ToolId, number>> {
  const scores = unit.indicators;
  const values: Partial<Record<ToolId, number>> = {};
  for (const tool of TOOL_IDS) {
    const numbers = indicatorsOfTool(framework, tool).map(({ number }) => scores?.[number - 1] ?? null);
    if (numbers.length > 0 && numbers.every((score) => score !== null)) {
      values[tool] = (numbers as number[]).reduce((sum, score) => sum + score, 0) / numbers.length;
    } else if (unit.tools[tool] !== undefined) {
      values[tool] = unit.tools[tool];
    }
  }
  return values;
}

/** Two decimals, rounded as published, apart by more than a cent of rounding. */
const differs = (given: number, computed: number) => Math.abs(given - computed) > 0.0101;

const sameLabel = (a: string, b: string) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");

interface Scored {
  readonly tools: Record<ToolId, number> | null;
  readonly total: number | null;
  readonly grade: Grade | null;
}

/** A unit's total by its own year's rules; null where a tool is missing or the year has no rules. */
export function unitTotal(unit: UnitResult): number | null {
  const rules = unit.fiscalYear === null ? undefined : rulesInForce(unit.fiscalYear);
  return rules ? scoreUnit(unit, rules.framework, []).total : null;
}

function scoreUnit(unit: UnitResult, framework: Framework, findings: ConsolidationFinding[]): Scored {
  const { name, origin, cells } = unit;
  const complete =
    unit.indicators?.length === framework.indicators.length && unit.indicators.every((s) => s !== null);
  if (complete) {
    const assessment = scoreAssessment(framework, unit.indicators as number[]);
    return { tools: { ...assessment.tools }, total: assessment.total, grade: assessment.grade };
  }
  const values = toolValues(unit, framework);
  const missing = TOOL_IDS.filter((tool) => values[tool] === undefined);
  if (missing.length > 0) {
    // The tool's empty indicator cells, or its own cell where the row gives tools.
    const missingCells = missing.flatMap((tool) => [
      ...indicatorsOfTool(framework, tool).flatMap(({ number }) =>
        unit.indicators?.[number - 1] == null ? (cells.indicators?.[number - 1] ?? []) : [],
      ),
      ...(cells.tools?.[tool] ?? []),
    ]);
    findings.push({ kind: "missingTool", name, origin, tools: missing, cells: missingCells });
    return { tools: null, total: null, grade: null };
  }
  const tools = Object.fromEntries(TOOL_IDS.map((tool) => [tool, values[tool] as number])) as Record<
    ToolId,
    number
  >;
  const weighted = framework.tools.reduce((sum, tool) => sum + tool.weight * tools[tool.id], 0);
  const total = roundHalfAwayFromZero(weighted);
  const rounded = Object.fromEntries(
    TOOL_IDS.map((tool) => [tool, roundHalfAwayFromZero(tools[tool])]),
  ) as Record<ToolId, number>;
  return { tools: rounded, total, grade: gradeOf(framework, total, rounded) };
}

/** What the unit reported that its own figures do not bear out. */
function checkGiven(
  unit: UnitResult,
  framework: Framework,
  scored: Scored,
  findings: ConsolidationFinding[],
): void {
  const { name, origin, cells } = unit;
  const given = TOOL_IDS.map((tool) => unit.tools[tool]);
  if (unit.total !== null && given.every((score) => score !== undefined)) {
    const caps = framework.tools.map((tool) => tool.weight * 100);
    const plainSum = (given as number[]).reduce((sum, score) => sum + score, 0);
    const underCaps = (given as number[]).every((score, index) => score <= (caps[index] as number) + 0.005);
    if (underCaps && !differs(unit.total, roundHalfAwayFromZero(plainSum))) {
      findings.push({
        kind: "toolsWeighted",
        name,
        origin,
        cells: TOOL_IDS.flatMap((tool) => cells.tools?.[tool] ?? []),
      });
    }
  }
  if (unit.total !== null && scored.total !== null && differs(unit.total, scored.total)) {
    findings.push({
      kind: "totalMismatch",
      name,
      origin,
      given: unit.total,
      computed: scored.total,
      ...(cells.total && { cell: cells.total }),
    });
  }
  if (unit.level !== null && scored.grade !== null && !sameLabel(unit.level, scored.grade.label)) {
    findings.push({
      kind: "levelMismatch",
      name,
      origin,
      given: unit.level,
      computed: scored.grade.label,
      ...(cells.level && { cell: cells.level }),
    });
  }
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function indicatorsAcross(
  units: readonly ScoredUnit[],
  framework: Framework,
  thresholds: Thresholds,
): IndicatorAcrossUnits[] {
  return [...framework.indicators]
    .sort((a, b) => a.number - b.number)
    .map((indicator) => {
      const scores = units
        .map(({ unit }) => unit.indicators?.[indicator.number - 1] ?? null)
        .filter((score): score is number => score !== null)
        .sort((a, b) => a - b);
      const sum = scores.reduce((total, score) => total + score, 0);
      return {
        number: indicator.number,
        name: indicator.nameTh,
        tool: indicator.tool,
        units: scores.length,
        mean: scores.length === 0 ? null : roundHalfAwayFromZero(sum / scores.length),
        median: scores.length === 0 ? null : roundHalfAwayFromZero(median(scores)),
        lowest: scores[0] ?? null,
        belowPass: scores.filter((score) => score < thresholds.pass).length,
      };
    });
}

function averages(units: readonly ScoredUnit[], keyOf: (unit: ScoredUnit) => string): GroupAverage[] {
  const groups = new Map<string, number[]>();
  for (const unit of units) {
    if (unit.total === null) continue;
    const key = keyOf(unit);
    const totals = groups.get(key);
    if (totals) totals.push(unit.total);
    else groups.set(key, [unit.total]);
  }
  return [...groups]
    .map(([key, totals]) => ({
      key,
      units: totals.length,
      average: roundHalfAwayFromZero(totals.reduce((sum, total) => sum + total, 0) / totals.length),
    }))
    .sort((a, b) =>
      (a.key === "") !== (b.key === "") ? (a.key === "" ? 1 : -1) : THAI_ORDER.compare(a.key, b.key),
    );
}

function addMeasures(sum: UnitMeasures | null, measures: UnitMeasures): UnitMeasures {
  if (sum === null) return measures;
  return {
    done: sum.done + measures.done,
    inProgress: sum.inProgress + measures.inProgress,
    notStarted: sum.notStarted + measures.notStarted,
    rows: sum.rows + measures.rows,
    overdue: sum.overdue + measures.overdue,
    reportedByQuarter: sum.reportedByQuarter.map(
      (count, index) => count + (measures.reportedByQuarter[index] as number),
    ) as unknown as UnitMeasures["reportedByQuarter"],
  };
}

export interface ConsolidationInput {
  /** The units table's rows, in its order. */
  readonly units: readonly UnitResult[];
  readonly registry: readonly RegistryEntry[];
  readonly fiscalYear: number;
  readonly thresholds?: Thresholds;
}

/** Throws RangeError for a year without rules: the caller offers only years with them. */
export function consolidate(input: ConsolidationInput): Consolidation {
  const { fiscalYear, registry } = input;
  const rules = rulesInForce(fiscalYear);
  if (!rules) throw new RangeError(`no ITA rules are known for ${fiscalYear}`);
  const framework = rules.framework;
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  const findings: ConsolidationFinding[] = [];
  const registryByCode = new Map(
    registry.filter(({ code }) => code !== "").map((entry) => [entry.code, entry]),
  );
  const registryByName = new Map(registry.map((entry) => [unitKey(entry.name), entry]));
  const matched = new Set<RegistryEntry>();
  const seen = new Map<string, UnitOrigin>();

  const scored = input.units.map((unit): ScoredUnit => {
    const { name, origin } = unit;
    const entry =
      (unit.code !== "" ? registryByCode.get(unit.code) : undefined) ?? registryByName.get(unitKey(name));
    if (entry) matched.add(entry);
    else if (registry.length > 0) {
      findings.push({
        kind: "notInRegistry",
        name,
        origin,
        ...(unit.cells.name && { cell: unit.cells.name }),
      });
    }
    const key = `${unit.code !== "" ? `#${unit.code}` : unitKey(name)}@${unit.fiscalYear}`;
    const first = seen.get(key);
    if (first) findings.push({ kind: "duplicate", name, origin, first });
    else seen.set(key, origin);
    if (unit.fiscalYear !== fiscalYear) {
      findings.push({
        kind: "otherYear",
        name,
        origin,
        year: unit.fiscalYear,
        ...(unit.cells.year && { cell: unit.cells.year }),
      });
    }
    // Each row is scored by the rules of its own year, as the table's formulas score it.
    const ownRules = unit.fiscalYear === null ? undefined : rulesInForce(unit.fiscalYear);
    if (unit.fiscalYear !== null && !ownRules)
      findings.push({ kind: "noRules", name, origin, year: unit.fiscalYear });
    const result = ownRules
      ? scoreUnit(unit, ownRules.framework, findings)
      : { tools: null, total: null, grade: null };
    if (ownRules) checkGiven(unit, ownRules.framework, result, findings);
    return {
      unit,
      ...result,
      rank: null,
      change:
        result.total !== null && unit.previousTotal !== null
          ? roundHalfAwayFromZero(result.total - unit.previousTotal)
          : null,
    };
  });

  // Equal totals share a rank: each total's rank is one more than the number of totals above it.
  const descending = scored.flatMap(({ total }) => (total === null ? [] : [total])).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  descending.forEach((total, index) => {
    if (!rankOf.has(total)) rankOf.set(total, index + 1);
  });
  const ranked = scored.map((unit) =>
    unit.total === null ? unit : { ...unit, rank: rankOf.get(unit.total) as number },
  );
  const byName = (a: ScoredUnit, b: ScoredUnit) => THAI_ORDER.compare(a.unit.name, b.unit.name);
  const units = [
    ...ranked
      .filter((unit) => unit.rank !== null)
      .sort((a, b) => (a.rank as number) - (b.rank as number) || byName(a, b)),
    ...ranked.filter((unit) => unit.rank === null).sort(byName),
  ];
  const totalled = units.filter((unit) => unit.total !== null);
  const indicators = indicatorsAcross(units, framework, thresholds);
  const withChange = units.filter((unit) => unit.change !== null);
  return {
    fiscalYear,
    framework,
    thresholds,
    units,
    levels: framework.resultScale.grades.map((grade) => ({
      grade,
      count: totalled.filter((unit) => unit.grade?.label === grade.label).length,
    })),
    byType: averages(units, ({ unit }) => unit.type),
    byGroup: averages(units, ({ unit }) => unit.group),
    belowPass: totalled
      .filter((unit) => (unit.total as number) < thresholds.pass)
      .sort((a, b) => (a.total as number) - (b.total as number) || byName(a, b)),
    weakTool: totalled.filter(
      (unit) =>
        (unit.total as number) >= thresholds.pass &&
        unit.tools !== null &&
        TOOL_IDS.some((tool) => (unit.tools as Record<ToolId, number>)[tool] < thresholds.pass),
    ),
    indicators,
    weakest: indicators
      .filter((indicator) => indicator.mean !== null)
      .sort((a, b) => (a.mean as number) - (b.mean as number) || a.number - b.number)
      .slice(0, 3),
    rose: withChange
      .filter((unit) => (unit.change as number) > 0)
      .sort((a, b) => (b.change as number) - (a.change as number) || byName(a, b)),
    fell: withChange
      .filter((unit) => (unit.change as number) < 0)
      .sort((a, b) => (a.change as number) - (b.change as number) || byName(a, b)),
    measures: units.reduce<UnitMeasures | null>(
      (sum, { unit }) => (unit.measures ? addMeasures(sum, unit.measures) : sum),
      null,
    ),
    oit: units.reduce<{ complete: number; total: number } | null>(
      (sum, { unit }) =>
        unit.oit
          ? { complete: (sum?.complete ?? 0) + unit.oit.complete, total: (sum?.total ?? 0) + unit.oit.total }
          : sum,
      null,
    ),
    registered: registry.length,
    notSent: registry.filter((entry) => !matched.has(entry)),
    findings,
  };
}
