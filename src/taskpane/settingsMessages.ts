// What the Settings panel says about a read, a save, or a failure.
import type { SettingsSaved } from "../excel/saveSettings";
import { failureMessage } from "./failures";
import type { LocalizedMessage } from "./panelMessage";

export function savedMessage(saved: SettingsSaved): LocalizedMessage {
  return ({ settings }) =>
    saved === "saved"
      ? { intent: "success", title: settings.saved, lines: settings.savedLines }
      : { intent: "warning", title: settings.notYetSaved, lines: settings.noSheetsLines };
}

export const unreadableSettings: LocalizedMessage = ({ settings }) => ({
  intent: "warning",
  title: settings.unreadable,
  lines: [settings.unreadableLine],
});

export const readSettingsFailure = (error: unknown) =>
  failureMessage((text) => text.settings.readFailed, error);
export const saveSettingsFailure = (error: unknown) =>
  failureMessage((text) => text.settings.saveFailed, error);
