// What the support tool says about a run of the Excel check, and about copying its report.
import { codeOf } from "../excel/hostErrors";
import { failureMessage } from "./failures";
import type { LocalizedMessage } from "./panelMessage";

export function hostProbeMessage(differing: number, total: number): LocalizedMessage {
  return ({ hostProbe }) =>
    differing === 0
      ? { intent: "success", title: hostProbe.allSame(total), lines: [hostProbe.nextStep] }
      : { intent: "warning", title: hostProbe.someDiffer(differing, total), lines: [hostProbe.nextStep] };
}

export function hostProbeFailure(error: unknown): LocalizedMessage {
  if (codeOf(error) === "NotANewWorkbook") {
    return ({ hostProbe }) => ({
      intent: "warning",
      title: hostProbe.notNewWorkbook,
      lines: [hostProbe.notNewWorkbookLine],
    });
  }
  return failureMessage((text) => text.hostProbe.failed, error);
}

export const reportCopied: LocalizedMessage = ({ hostProbe }) => ({
  intent: "success",
  title: hostProbe.copied,
  lines: [],
});

export const reportSelectedToCopy: LocalizedMessage = ({ hostProbe }) => ({
  intent: "warning",
  title: hostProbe.selectedToCopy,
  lines: [],
});
