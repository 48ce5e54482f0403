// The text of the language the pane shows, for every component below the App, so that switching the
// language re-renders each of them in the other one.
import { createContext, useContext } from "react";
import type { PaneText } from "./paneText";
import { TH } from "./th";

export const PaneTextContext = createContext<PaneText>(TH);

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
