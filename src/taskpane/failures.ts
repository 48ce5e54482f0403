// Why an action on the workbook failed, in the user's words, for every panel. Office's own error text is
// never shown; errors are told apart by their code.
import { codeOf } from "../excel/hostErrors";
import type { PaneText } from "./i18n/paneText";
import { quoted, type LocalizedMessage } from "./panelMessage";

function sheetsOf(error: unknown): readonly string[] {
  const sheets =
    typeof error === "object" && error !== null ? (error as { sheets?: unknown }).sheets : undefined;
  return Array.isArray(sheets) ? sheets.filter((sheet): sheet is string => typeof sheet === "string") : [];
}

/**
 * "InvalidOperation" is what Microsoft's how-to page says a batch gets while a cell is being edited (on
 * Windows and the web it is InvalidOperationInCellEditMode), but Excel raises it for other refusals too,
 * such as deleting a very hidden sheet. Only Office's own words tell them apart: "…is in cell-editing
 * mode…" in the message, or the edit-mode code in the debug info. When Office speaks another language,
 * the general message is shown rather than a wrong one.
 */
function isCellEditing(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { message, debugInfo } = error as {
    message?: unknown;
    debugInfo?: { code?: unknown; message?: unknown };
  };
  return [message, debugInfo?.code, debugInfo?.message].some(
    (text) => typeof text === "string" && /cell.?edit/i.test(text),
  );
}

function failureLine(text: PaneText, error: unknown, sheet: string | undefined): string {
  switch (codeOf(error)) {
    case "AccessDenied":
      return text.failures.protectedSheets(quoted(sheetsOf(error)));
    case "InvalidOperationInCellEditMode":
      return text.failures.cellEditing;
    case "InvalidOperation":
      return isCellEditing(error) ? text.failures.cellEditing : text.failures.general;
    case "ItemNotFound":
      return text.failures.sheetGone(sheet);
    // What Office says when a member this Excel lacks is used.
    case "ApiNotFound":
      return text.failures.tooOld;
    case "SettingsIncomplete":
      return text.failures.settingsIncomplete;
    case "NoItaSheets":
      return text.failures.noItaSheets;
    case "NextYearUnknown":
      return text.failures.nextYearUnknown;
    case "SheetTooLarge":
      return text.failures.sheetTooLarge(quoted(sheetsOf(error)));
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
