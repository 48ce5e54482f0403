import type { TrackedRow } from "../../src/domain/gridCheck";

/** A measure row as the check reads it from a grid: in progress, not overdue, the rest as given. */
export function trackedRow(row: number, measure: string, given: Partial<TrackedRow> = {}): TrackedRow {
  return {
    row,
    status: "inProgress",
    overdue: false,
    measure,
    steps: "",
    responsible: "กองคลัง",
    period: "",
    monitoring: "",
    reported: [],
    ...given,
  };
}
