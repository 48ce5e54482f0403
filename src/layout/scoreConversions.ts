// The one fix a check offers to make itself: scores typed in Thai digits or stored as text hold a number
// the totals skip. The check already read that number, so converting is a write of it and nothing else.
import type { Problem } from "./workbookCheck";

export interface ScoreConversion {
  readonly sheet: string;
  /** "D7" */
  readonly address: string;
  readonly value: number;
}

/** The cells of the problems that a conversion fixes; other problems are left to the user. */
export function scoreConversions(problems: readonly Problem[]): ScoreConversion[] {
  return problems.flatMap((problem) =>
    (problem.rule === "score.thaiDigits" || problem.rule === "score.numberAsText") &&
    problem.sheet !== null &&
    problem.row !== null &&
    problem.column !== null
      ? [{ sheet: problem.sheet, address: `${problem.column}${problem.row}`, value: problem.params.value }]
      : [],
  );
}
