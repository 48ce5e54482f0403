// What the Consolidate panel says: the parent's workbook written and what it holds, a reading stopped, or
// a failure. The findings on the units are listed apart, under the message (ConsolidatePanel).
import { missingFeaturesLine } from "../excel/missingFeaturesLine";
import type { ConsolidationOutcome } from "../excel/consolidateWorkbook";
import { failureMessage } from "./failures";
import type { LocalizedMessage } from "./panelMessage";
import type { UnitFilesReading } from "./readUnitFiles";

export function consolidationWritten(outcome: ConsolidationOutcome, filesGiven: number): LocalizedMessage {
  return (text) => {
    const { consolidation, keptEdited } = outcome.plan;
    const said = text.consolidate;
    const units = consolidation.units.length;
    const ranked = consolidation.units.filter(({ total }) => total !== null).length;
    const missing = missingFeaturesLine(outcome.missingFeatures, text.language);
    const lines = [
      ...(filesGiven > 0 ? [said.filesRead(outcome.plan.added.length, filesGiven)] : []),
      ...(units > 0 ? [said.ranked(ranked, units)] : []),
      ...consolidation.levels
        .filter(({ count }) => count > 0)
        .map(({ grade, count }) => said.level(grade.label, count)),
      ...(consolidation.notSent.length > 0 ? [said.notSent(consolidation.notSent.length)] : []),
      ...keptEdited.map((sheet) => said.keptEdited(sheet)),
      ...(missing === null ? [] : [missing]),
    ];
    return {
      intent: missing === null && keptEdited.length === 0 ? "success" : "warning",
      title: said.written(units, outcome.sheets[outcome.sheets.length - 1] ?? ""),
      lines,
    };
  };
}

/** Reading stopped before the end: nothing is written, and the message says why and what to do. */
export function readingStopped({ stopped, done, total }: UnitFilesReading): LocalizedMessage {
  return ({ consolidate }) => ({
    intent: stopped === "outOfMemory" ? "error" : "warning",
    title: consolidate.nothingWritten,
    lines: [
      stopped === "outOfMemory" ? consolidate.outOfMemory(done, total) : consolidate.cancelled(done, total),
    ],
  });
}

export const consolidationFailure = (error: unknown) =>
  failureMessage((text) => text.consolidate.failed, error);
