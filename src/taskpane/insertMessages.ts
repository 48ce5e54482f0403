// What the Start panel says: which framework a year means, what an insert did, and why one failed.
import { findFramework } from "../domain/frameworks";
import type { InsertResult } from "../excel/insertItaSheets";
import { missingFeaturesLine } from "../excel/missingFeaturesLine";
import { failureMessage } from "./failures";
import type { PaneText } from "./i18n/paneText";
import { quoted, type LocalizedMessage } from "./panelMessage";

/** What the result of an assessment looks like under that year's framework. */
export function frameworkHint(text: PaneText, fiscalYear: number): string {
  const framework = findFramework(fiscalYear);
  return framework === undefined ? "" : text.start.frameworkHint(framework);
}

export function insertOutcome(result: InsertResult, requestedYear: number): LocalizedMessage {
  return (text) => {
    const { start } = text;
    const lines = [
      ...(result.created.length > 0 ? [start.created(quoted(result.created))] : []),
      ...(result.repaired.length > 0 ? [start.repaired(quoted(result.repaired))] : []),
      ...(result.rearranged.length > 0 ? [start.rearranged(quoted(result.rearranged))] : []),
      ...(result.created.length + result.repaired.length + result.rearranged.length === 0
        ? [start.unchanged]
        : []),
      ...result.renamed.map(({ wanted, got }) => start.renamed(wanted, got)),
      ...(result.fiscalYear !== requestedYear ? [start.keptYear(result.fiscalYear)] : []),
    ];
    const missing = missingFeaturesLine(result.missingFeatures, text.language);
    return {
      intent: missing === null ? "success" : "warning",
      title: start.inserted,
      lines: missing === null ? lines : [...lines, missing],
    };
  };
}

export function insertFailure(error: unknown): LocalizedMessage {
  return failureMessage((text) => text.start.failed, error);
}
