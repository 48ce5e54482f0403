import type { PaneText } from "./i18n/paneText";

/** What a panel shows in its MessageBar. */
export interface PanelMessage {
  readonly intent: "success" | "warning" | "error";
  readonly title: string;
  readonly lines: readonly string[];
}

/**
 * A message as the pane keeps it: worded when shown, in the language shown then, so that switching the
 * language also switches the message already on screen.
 */
export type LocalizedMessage = (text: PaneText) => PanelMessage;

export function quoted(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(", ");
}
