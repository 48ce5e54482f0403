// Which units read from files become rows of the parent's units table. The table is the parent's: a
// row already there, typed or read before, is never replaced; a file of a unit it already holds with
// other figures is reported instead. A file of the year before gives last year's total to its unit's
// new row; a second file of one unit, or a file of another year, is reported and left out.
import { unitKey, unitTotal, type ConsolidationFinding, type RegistryEntry } from "./consolidation";
import type { UnitResult } from "./unitResult";

export interface UnitRows {
  /** The table as it will stand: its rows as they are, then the new ones. */
  readonly rows: readonly UnitResult[];
  /** The new rows, in the order their files were read. */
  readonly added: readonly UnitResult[];
  /** Files already in the table with the same figures: nothing to do for them. */
  readonly unchanged: readonly UnitResult[];
  readonly findings: readonly ConsolidationFinding[];
}

const key = (unit: UnitResult) => unitKey(unit.name);

/** The figures a row holds of a unit, to tell a file read again from one that changed. */
function figures(unit: UnitResult): string {
  return JSON.stringify([unit.fiscalYear, unit.indicators, unit.previousTotal, unit.measures, unit.oit]);
}

function withRegistry(unit: UnitResult, registry: readonly RegistryEntry[]): UnitResult {
  const entry = registry.find((each) => unitKey(each.name) === key(unit));
  if (!entry) return unit;
  return {
    ...unit,
    code: unit.code || entry.code,
    type: unit.type || entry.type,
    group: unit.group || entry.group,
  };
}

export function unitRows(
  table: readonly UnitResult[],
  files: readonly UnitResult[],
  registry: readonly RegistryEntry[],
  fiscalYear: number,
): UnitRows {
  const findings: ConsolidationFinding[] = [];
  const inTable = new Map(table.filter((row) => row.fiscalYear === fiscalYear).map((row) => [key(row), row]));
  const added = new Map<string, UnitResult>();
  const lastYear = new Map<string, UnitResult>();
  const unchanged: UnitResult[] = [];

  for (const file of files) {
    const { name, origin } = file;
    if (file.fiscalYear === fiscalYear - 1 && !lastYear.has(key(file))) {
      lastYear.set(key(file), file);
      continue;
    }
    if (file.fiscalYear !== fiscalYear) {
      findings.push({ kind: "otherYear", name, origin, year: file.fiscalYear });
      continue;
    }
    const row = inTable.get(key(file));
    const earlier = added.get(key(file));
    if (row) {
      const same = row.origin.kind === "row" && row.source === file.source && figures(row) === figures(file);
      if (same) unchanged.push(file);
      else findings.push({ kind: "alreadyInTable", name, origin, row: row.origin });
    } else if (earlier) {
      findings.push({ kind: "duplicate", name, origin, first: earlier.origin });
    } else {
      added.set(key(file), withRegistry(file, registry));
    }
  }

  const rows = [...added.values()].map((unit) => {
    const previous = lastYear.get(key(unit));
    lastYear.delete(key(unit));
    const total = previous && unit.previousTotal === null ? unitTotal(previous) : null;
    return total === null ? unit : { ...unit, previousTotal: total };
  });
  // Last year's files not used for a new row's comparison are of another year than the rest.
  for (const unit of lastYear.values()) {
    findings.push({ kind: "otherYear", name: unit.name, origin: unit.origin, year: unit.fiscalYear });
  }
  return { rows: [...table, ...rows], added: rows, unchanged, findings };
}
