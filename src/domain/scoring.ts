import { bandOf, type Band } from "./bands";
import type { Framework, Grade, Indicator, ToolId } from "./framework";
import { TOOL_IDS } from "./framework";
import { roundHalfAwayFromZero } from "./rounding";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";

export interface ScoredIndicator {
  readonly number: number;
  readonly name: string;
  readonly tool: ToolId;
  readonly score: number;
  readonly band: Band;
}

export interface RankedIndicator extends ScoredIndicator {
  /** 1 for the highest score; equal scores are ranked by indicator number. */
  readonly rank: number;
}

export interface Assessment {
  readonly fiscalYear: number;
  /** Weighted total, two decimals, as NACC publishes it. */
  readonly total: number;
  /** Mean of each tool's indicators, two decimals. */
  readonly tools: Readonly<Record<ToolId, number>>;
  readonly grade: Grade;
  readonly passed: boolean;
  /** In indicator-number order. */
  readonly indicators: readonly ScoredIndicator[];
  readonly ranking: readonly RankedIndicator[];
  readonly lowestByTool: Readonly<Record<ToolId, ScoredIndicator>>;
  readonly thresholds: Thresholds;
}

export class ScoreCountError extends Error {
  constructor(
    readonly expected: number,
    readonly received: number,
  ) {
    super(`expected ${expected} indicator scores, received ${received}`);
    this.name = "ScoreCountError";
  }
}

/**
 * Scores one assessment from its indicator scores, given in indicator-number order.
 * The total is weighted from unrounded tool means and then rounded, as in NACC's worked example;
 * the result is judged on the rounded figures, because those are what the agency is shown.
 */
export function scoreAssessment(
  framework: Framework,
  scores: readonly number[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Assessment {
  const ordered = [...framework.indicators].sort((a, b) => a.number - b.number);
  if (scores.length !== ordered.length) throw new ScoreCountError(ordered.length, scores.length);

  const indicators = ordered.map((indicator, index) =>
    scoreIndicator(indicator, scores[index] as number, thresholds),
  );
  const meanByTool = toolMeans(indicators);
  const weighted = framework.tools.reduce((sum, tool) => sum + tool.weight * meanByTool[tool.id], 0);
  const total = roundHalfAwayFromZero(weighted);
  const tools = mapTools((tool) => roundHalfAwayFromZero(meanByTool[tool]));
  const grade = gradeOf(framework, total, tools);

  return {
    fiscalYear: framework.fiscalYear,
    total,
    tools,
    grade,
    passed: total >= framework.resultScale.passMark,
    indicators,
    ranking: rankIndicators(indicators),
    lowestByTool: mapTools((tool) => lowestOf(indicators.filter((indicator) => indicator.tool === tool))),
    thresholds,
  };
}

function scoreIndicator(indicator: Indicator, score: number, thresholds: Thresholds): ScoredIndicator {
  return {
    number: indicator.number,
    name: indicator.nameTh,
    tool: indicator.tool,
    score,
    band: bandOf(score, thresholds),
  };
}

function toolMeans(indicators: readonly ScoredIndicator[]): Record<ToolId, number> {
  return mapTools((tool) => {
    const scores = indicators
      .filter((indicator) => indicator.tool === tool)
      .map((indicator) => indicator.score);
    return scores.reduce((sum, score) => sum + score, 0) / scores.length;
  });
}

/** The first grade, from the highest, whose total and every-tool conditions hold. */
export function gradeOf(framework: Framework, total: number, tools: Readonly<Record<ToolId, number>>): Grade {
  const grades = framework.resultScale.grades;
  const reached = grades.find(
    (grade) =>
      total >= grade.minTotal &&
      (grade.minEveryTool === undefined ||
        TOOL_IDS.every((tool) => tools[tool] >= (grade.minEveryTool as number))),
  );
  // The scale's last grade starts at 0, so only a negative total could miss every grade.
  return reached ?? (grades[grades.length - 1] as Grade);
}

/** High to low; equal scores by indicator number. */
export function rankIndicators(indicators: readonly ScoredIndicator[]): RankedIndicator[] {
  return [...indicators]
    .sort((a, b) => b.score - a.score || a.number - b.number)
    .map((indicator, index) => ({ ...indicator, rank: index + 1 }));
}

/** The lowest score; of equal scores, the lowest indicator number. */
function lowestOf(indicators: readonly ScoredIndicator[]): ScoredIndicator {
  return indicators.reduce((lowest, indicator) => (indicator.score < lowest.score ? indicator : lowest));
}

function mapTools<T>(valueOf: (tool: ToolId) => T): Record<ToolId, T> {
  return { IIT: valueOf("IIT"), EIT: valueOf("EIT"), OIT: valueOf("OIT") };
}
