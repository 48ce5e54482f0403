// What the Check panel says about a whole check, a conversion, or a failure.
import type { WorkbookCheck } from "../layout/workbookCheck";
import { failureMessage } from "./failures";
import type { LocalizedMessage } from "./panelMessage";

export function checkSummary({ counts, mergesUnknown }: WorkbookCheck): LocalizedMessage {
  return ({ check }) => {
    const { errors, warnings } = counts;
    const merges = mergesUnknown === true ? [check.mergesUnknown] : [];
    if (errors + warnings === 0) {
      return { intent: "success", title: check.clean, lines: [check.cleanLine, ...merges] };
    }
    return {
      intent: errors > 0 ? "error" : "warning",
      title: check.found(errors, warnings, Object.keys(counts.bySheet).length),
      lines: [errors > 0 ? check.fixErrors : check.readWarnings, ...merges],
    };
  };
}

export function convertedMessage(count: number): LocalizedMessage {
  return ({ check }) => ({ intent: "success", title: check.converted(count), lines: [] });
}

export const checkFailure = (error: unknown) => failureMessage((text) => text.check.failed, error);
export const selectFailure = (error: unknown, sheet: string) =>
  failureMessage((text) => text.check.selectFailed, error, sheet);
export const convertFailure = (error: unknown) => failureMessage((text) => text.check.convertFailed, error);
