// Which units read from files go on the parent's sheet of units read from files. Rows the parent typed
// are the parent's: a file of a unit typed in is reported and left out, never put over the typed row.
// The sheet of files is the add-in's: a unit read again replaces its earlier read, one not read this time
// keeps it. A file of the year before gives last year's total to its unit; a second file of one unit, or
// a file of another year, is reported and left out.
import { unitKey, unitTotal, type ConsolidationFinding, type RegistryEntry } from "./consolidation";
import type { UnitResult } from "./unitResult";

export interface UnitRows {
  /** The sheet of files as it will stand: earlier reads not read again, then this read's units. */
  readonly fromFiles: readonly UnitResult[];
  /** This read's units that went on the sheet, in the order their files were read. */
  readonly added: readonly UnitResult[];
  readonly findings: readonly ConsolidationFinding[];
}

export interface UnitRowsInput {
  /** The rows the parent typed or pasted. */
  readonly typed: readonly UnitResult[];
  /** The rows of the sheet of files, as the last consolidation left them. */
  readonly earlier: readonly UnitResult[];
  /** What this consolidation read, in the order the files were given. */
  readonly files: readonly UnitResult[];
  readonly registry: readonly RegistryEntry[];
  readonly fiscalYear: number;
}

const key = (unit: UnitResult) => unitKey(unit.name);

/** The registry's code, type and group for a unit its own file does not give them for. */
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

export function unitRows({ typed, earlier, files, registry, fiscalYear }: UnitRowsInput): UnitRows {
  const findings: ConsolidationFinding[] = [];
  const typedThisYear = new Map(
    typed.filter((row) => row.fiscalYear === fiscalYear).map((row) => [key(row), row]),
  );
  const added = new Map<string, UnitResult>();
  const lastYear = new Map<string, UnitResult>();

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
    const typedRow = typedThisYear.get(key(file));
    const first = added.get(key(file));
    if (typedRow) findings.push({ kind: "alreadyInTable", name, origin, row: typedRow.origin });
    else if (first) findings.push({ kind: "duplicate", name, origin, first: first.origin });
    else added.set(key(file), withRegistry(file, registry));
  }

  const fresh = [...added.values()].map((unit) => {
    const previous = lastYear.get(key(unit));
    lastYear.delete(key(unit));
    const total = previous && unit.previousTotal === null ? unitTotal(previous) : null;
    return total === null ? unit : { ...unit, previousTotal: total };
  });
  // Last year's files not used for a unit's comparison are of another year than the rest.
  for (const unit of lastYear.values()) {
    findings.push({ kind: "otherYear", name: unit.name, origin: unit.origin, year: unit.fiscalYear });
  }
  const kept = earlier.filter((row) => !added.has(key(row)));
  return { fromFiles: [...kept, ...fresh], added: fresh, findings };
}
