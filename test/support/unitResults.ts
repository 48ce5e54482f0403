// Units as a parent office's table holds them, for consolidation tests.
import type { ToolId } from "../../src/domain/framework";
import type { UnitMeasures, UnitResult } from "../../src/domain/unitResult";

export const TYPED_SHEET = "ผลที่กรอกเอง";

/** A row typed into the parent's units table (row 2 onwards, as they come). */
export function typedUnit(
  name: string,
  given: Partial<Omit<UnitResult, "tools" | "name">> & { readonly tools?: Partial<Record<ToolId, number>> },
  row = 2,
): UnitResult {
  return {
    name,
    code: "",
    type: "",
    group: "",
    fiscalYear: 2568,
    indicators: null,
    total: null,
    level: null,
    previousTotal: null,
    measures: null,
    oit: null,
    origin: { kind: "row", sheet: TYPED_SHEET, row },
    source: "",
    cells: {},
    ...given,
    tools: given.tools ?? {},
  };
}

/** A unit read from its own workbook. */
export function fileUnit(
  name: string,
  file: string,
  given: Partial<Omit<UnitResult, "name">> = {},
): UnitResult {
  return {
    ...typedUnit(name, given),
    origin: { kind: "file", file },
    source: file,
    ...given,
  };
}

export function measures(done: number, inProgress: number, notStarted: number, overdue = 0): UnitMeasures {
  return {
    done,
    inProgress,
    notStarted,
    rows: done + inProgress + notStarted,
    overdue,
    reportedByQuarter: [inProgress + done, 0, 0, 0],
  };
}

/** Ten indicator scores, all `score`, except those given by number. */
export function indicatorScores(
  score: number,
  except: Readonly<Record<number, number | null>> = {},
): (number | null)[] {
  return Array.from({ length: 10 }, (_, index) =>
    index + 1 in except ? (except[index + 1] ?? null) : score,
  );
}
