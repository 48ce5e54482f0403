// The rules of a check: what reviewers find by eye in tracking grids, score sheets and the OIT
// register, each under an id that stays the same across releases (the task pane and scripts key on it),
// with its severity. An error is a mistake to fix before reporting; a warning asks the user to look.
import type { ToolId } from "./framework";
import type { CalendarDate, FiscalQuarter } from "./thaiCalendar";

export type Severity = "error" | "warning";

type NoParams = Readonly<Record<string, never>>;

/** What each rule's problem carries besides its place: enough to write its message in either language. */
export interface RuleParams {
  /** No tracking grid anywhere in the workbook. */
  "grid.none": NoParams;
  /** The settings sheet registers a grid whose sheet was deleted. */
  "grid.deleted": { readonly tool: ToolId };
  /** A registered grid's sheet no longer has its status headers. */
  "grid.headersMissing": { readonly tool: ToolId };
  "status.none": NoParams;
  "status.many": { readonly count: number };
  "status.unknownMark": { readonly text: string };
  "required.measure": NoParams;
  "required.responsible": NoParams;
  "required.summaryWhenDone": NoParams;
  "required.indicator": NoParams;
  "required.period": NoParams;
  "indicator.wrongTool": { readonly text: string; readonly indicatorTool: ToolId; readonly gridTool: ToolId };
  "indicator.unknown": { readonly text: string };
  "period.unreadable": { readonly text: string };
  "period.overdue": { readonly text: string; readonly end: CalendarDate };
  "period.notStarted": { readonly text: string; readonly start: CalendarDate };
  "progress.quarterEmpty": { readonly quarter: FiscalQuarter };
  "score.outOfRange": { readonly text: string };
  "score.notNumber": { readonly text: string };
  /** `value` is the number to write instead, for a one-click fix. */
  "score.thaiDigits": { readonly text: string; readonly value: number };
  "score.numberAsText": { readonly text: string; readonly value: number };
  /** An OIT register item someone is working on without a URL; `code` is "" for an item typed without one. */
  "oit.noEvidence": { readonly code: string };
  "oit.completeWithoutEvidence": { readonly code: string };
  "oit.badUrl": { readonly text: string };
  "oit.notHttps": { readonly text: string };
  /** `codes` are the other items' codes ("" for an item typed without one). */
  "oit.sharedUrl": { readonly text: string; readonly codes: readonly string[] };
  /** `needed` is the period the item needs, as its row states it. */
  "oit.wrongPeriod": { readonly text: string; readonly needed: string };
  "oit.status": { readonly text: string };
}

export type RuleId = keyof RuleParams;

export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  "grid.none": "error",
  // Deleting a grid may be deliberate (an agency that tracks one tool elsewhere): worth a look only.
  "grid.deleted": "warning",
  "grid.headersMissing": "error",
  "status.none": "error",
  "status.many": "error",
  "status.unknownMark": "error",
  "required.measure": "error",
  "required.responsible": "error",
  "required.summaryWhenDone": "error",
  "required.indicator": "warning",
  "required.period": "warning",
  "indicator.wrongTool": "error",
  "indicator.unknown": "warning",
  "period.unreadable": "warning",
  "period.overdue": "warning",
  "period.notStarted": "warning",
  "progress.quarterEmpty": "warning",
  "score.outOfRange": "error",
  "score.notNumber": "error",
  // Read as numbers by the check, but Excel's formulas skip text: the pane offers to convert them.
  "score.thaiDigits": "warning",
  "score.numberAsText": "warning",
  // An item in hand may still be waiting for its page: worth a look, not a mistake.
  "oit.noEvidence": "warning",
  "oit.completeWithoutEvidence": "error",
  "oit.badUrl": "error",
  // An http page still opens, but browsers mark it unsafe and assessors may not accept it.
  "oit.notHttps": "warning",
  // One page may answer two items on purpose (a guideline and its channel): the user decides.
  "oit.sharedUrl": "warning",
  "oit.wrongPeriod": "warning",
  "oit.status": "error",
};

/** A problem found on a sheet, at a 1-based row and column. */
export type Finding = {
  readonly [R in RuleId]: {
    readonly rule: R;
    readonly row: number;
    readonly column: number;
    readonly params: RuleParams[R];
  };
}[RuleId];

export function finding<R extends RuleId>(
  rule: R,
  row: number,
  column: number,
  params: RuleParams[R],
): Finding {
  // TypeScript cannot narrow the union by a generic R; each R gives exactly its own member.
  return { rule, row, column, params } as Finding;
}
