import type { Language } from "../../src/domain/checkMessages";
import type { AppProps } from "../../src/taskpane/App";

export const never = () => new Promise<never>(() => undefined);

/** Props for the whole pane whose actions never end, unless a test gives its own. */
export function appProps(language: Language, more: Partial<AppProps> = {}): AppProps {
  return {
    language,
    insertSheets: never,
    startNextYear: never,
    checkWorkbook: never,
    selectCell: never,
    convertScores: never,
    summarise: never,
    readUnitFile: never,
    consolidate: never,
    readSettings: never,
    saveSettings: never,
    askHost: never,
    today: { year: 2025, month: 6, day: 1 },
    ...more,
  };
}
