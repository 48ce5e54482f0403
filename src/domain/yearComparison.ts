// Last year's scores beside this year's, as agencies' analysis reports set them: each indicator's change,
// up or down, each tool's and the total's. Each year is scored by its own rules (frameworkData), so a
// year whose weights differed is totalled as NACC totalled it then.
import type { Framework, ToolId } from "./framework";
import { TOOL_IDS } from "./framework";
import { cellScores } from "./indicatorScore";
import { roundHalfAwayFromZero } from "./rounding";
import { scoreAssessment, type Assessment } from "./scoring";

/** A figure in both years; `change` is this year's less last year's, null unless both are known. */
export interface ScoreChange {
  readonly previous: number | null;
  readonly current: number | null;
  readonly change: number | null;
}

export interface IndicatorChange extends ScoreChange {
  readonly number: number;
  readonly name: string;
  readonly tool: ToolId;
}

export interface YearComparison {
  readonly previousYear: number;
  /** In indicator-number order. */
  readonly indicators: readonly IndicatorChange[];
  readonly tools: Readonly<Record<ToolId, ScoreChange>>;
  readonly total: ScoreChange;
  /** Indicators known in both years whose score rose, the largest rise first (then by number). */
  readonly up: readonly IndicatorChange[];
  /** Indicators known in both years whose score fell, the largest fall first (then by number). */
  readonly down: readonly IndicatorChange[];
}

function changeOf(previous: number | null, current: number | null): ScoreChange {
  const change = previous === null || current === null ? null : roundHalfAwayFromZero(current - previous);
  return { previous, current, change };
}

/** The scores as numbers, null where a cell holds none; scored when all are there. */
function readYear(
  framework: Framework,
  cells: readonly unknown[],
): { scores: (number | null)[]; assessment: Assessment | null } {
  const scores = cellScores(cells, framework.indicators.length);
  const complete = scores.every((score) => score !== null);
  return { scores, assessment: complete ? scoreAssessment(framework, scores as number[]) : null };
}

/**
 * Compares two years' score cells (`previous.year` as titled: 2570 follows 2569's rules), each in indicator-number order as the score sheet lists them.
 * Indicators are matched by number: the ten indicators have kept their numbers in every year known.
 */
export function compareYears(
  current: { readonly framework: Framework; readonly cells: readonly unknown[] },
  previous: { readonly year: number; readonly framework: Framework; readonly cells: readonly unknown[] },
): YearComparison {
  const now = readYear(current.framework, current.cells);
  const then = readYear(previous.framework, previous.cells);
  const previousOf = new Map(
    [...previous.framework.indicators]
      .sort((a, b) => a.number - b.number)
      .map((indicator, index) => [indicator.number, then.scores[index] ?? null]),
  );
  const indicators = [...current.framework.indicators]
    .sort((a, b) => a.number - b.number)
    .map((indicator, index) => ({
      number: indicator.number,
      name: indicator.nameTh,
      tool: indicator.tool,
      ...changeOf(previousOf.get(indicator.number) ?? null, now.scores[index] ?? null),
    }));
  const tools = Object.fromEntries(
    TOOL_IDS.map((tool) => [
      tool,
      changeOf(then.assessment?.tools[tool] ?? null, now.assessment?.tools[tool] ?? null),
    ]),
  ) as Record<ToolId, ScoreChange>;
  const moved = (sign: 1 | -1) =>
    indicators
      .filter(({ change }) => change !== null && Math.sign(change) === sign)
      .sort((a, b) => sign * ((b.change as number) - (a.change as number)) || a.number - b.number);
  return {
    previousYear: previous.year,
    indicators,
    tools,
    total: changeOf(then.assessment?.total ?? null, now.assessment?.total ?? null),
    up: moved(1),
    down: moved(-1),
  };
}
