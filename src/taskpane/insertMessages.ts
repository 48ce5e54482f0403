// What the Start panel says: which framework a year means, what an insert did, and why one failed.
import { figuresConfirmed, rulesInForce } from "../domain/frameworks";
import type { InsertResult } from "../excel/insertItaSheets";
import { missingFeaturesLine } from "../excel/missingFeaturesLine";
import { failureMessage } from "./failures";
import type { PaneText } from "./i18n/paneText";
import { quoted, type LocalizedMessage } from "./panelMessage";

/**
 * The lines under the fiscal year: what the result looks like under that year's rules, or that NACC has
 * not published them and whose stand in, then whether the figures are confirmed.
 */
export function frameworkHint(text: PaneText, fiscalYear: number): readonly string[] {
  const rules = rulesInForce(fiscalYear);
  if (rules === undefined) return [];
  return [
    rules.published
      ? text.start.frameworkHint(rules.framework)
      : text.start.unpublishedHint(fiscalYear, rules.rulesFrom),
    ...(figuresConfirmed(rules.framework) ? [] : [text.start.unconfirmedHint]),
  ];
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
