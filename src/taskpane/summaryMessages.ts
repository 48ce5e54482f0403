// What the Summary panel says about a summary made, a copy, or a failure.
import { missingFeaturesLine } from "../excel/missingFeaturesLine";
import type { SummaryOutcome } from "../excel/summaryOutcome";
import { failureMessage } from "./failures";
import type { LocalizedMessage } from "./panelMessage";

export function summaryWritten(outcome: SummaryOutcome): LocalizedMessage {
  return (text) => {
    const missing = missingFeaturesLine(outcome.missingFeatures, text.language);
    const lines = [
      ...(outcome.keptEdited === null ? [] : [text.summary.keptEdited(outcome.keptEdited, outcome.sheet)]),
      ...(missing === null ? [] : [missing]),
    ];
    return {
      intent: missing === null ? "success" : "warning",
      title: text.summary.written(outcome.sheet),
      lines,
    };
  };
}

export function memoCopied(font: string): LocalizedMessage {
  return ({ summary }) => ({ intent: "success", title: summary.copied, lines: [summary.copiedLine(font)] });
}

export const memoSelectedToCopy: LocalizedMessage = ({ summary }) => ({
  intent: "warning",
  title: summary.copyBlocked,
  lines: [summary.copyBlockedLine],
});

export const summaryFailure = (error: unknown) => failureMessage((text) => text.summary.failed, error);
