// Why an action on the workbook failed, in the user's words, for every panel. Office's own error text is
// never shown; errors are told apart by their code.
import type { PaneText } from "./i18n/paneText";
import { quoted, type LocalizedMessage } from "./panelMessage";

function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

function sheetsOf(error: unknown): readonly string[] {
  const sheets =
    typeof error === "object" && error !== null ? (error as { sheets?: unknown }).sheets : undefined;
  return Array.isArray(sheets) ? sheets.filter((sheet): sheet is string => typeof sheet === "string") : [];
}

function failureLine(text: PaneText, error: unknown, sheet: string | undefined): string {
  switch (codeOf(error)) {
    case "AccessDenied":
      return text.failures.protectedSheets(quoted(sheetsOf(error)));
    case "InvalidOperationInCellEditMode":
      return text.failures.cellEditing;
    case "ItemNotFound":
      return text.failures.sheetGone(sheet);
    // What Office says when a member this Excel lacks is used.
    case "ApiNotFound":
      return text.failures.tooOld;
    case "SettingsIncomplete":
      return text.failures.settingsIncomplete;
    case "NoItaSheets":
      return text.failures.noItaSheets;
    default:
      return text.failures.general;
  }
}

/** `title` picks the action's own title; `sheet`: the one sheet the action went to, named if it is gone. */
export function failureMessage(
  title: (text: PaneText) => string,
  error: unknown,
  sheet?: string,
): LocalizedMessage {
  return (text) => ({ intent: "error", title: title(text), lines: [failureLine(text, error, sheet)] });
}
