// The three title rows every printed sheet opens with, as in the seeds: what the sheet is, the agency,
// and the fiscal year in the workbook's digits.
import { fiscalYearWords } from "../domain/oitRegister";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { rangeAddress } from "./a1";
import { valuesAt } from "./blocks";
import type { SheetPlan } from "./plan";
import { SUBTITLE_FORMAT, TITLE_FORMAT } from "./styles";

export const TITLE_ROW_COUNT = 3;

export function fiscalYearTitle(settings: WorkbookSettings): string {
  return fiscalYearWords(settings.fiscalYear, settings.digitStyle);
}

/** Rows 1-3, each merged across the sheet's columns `first` to `last`. */
export function titleRows(
  settings: WorkbookSettings,
  title: string,
  { first = 1, last }: { readonly first?: number; readonly last: number },
): Pick<SheetPlan, "content" | "formats" | "merges"> {
  const across = (row: number) => rangeAddress({ top: row, left: first, bottom: row, right: last });
  const titleAt = (row: number, text: string) => ({
    ...valuesAt(row, first, [[text]]),
    ownRow: true as const,
  });
  return {
    // An agency not yet named leaves its row empty, for a later repair to fill in.
    content: [
      titleAt(1, title),
      ...(settings.agency === "" ? [] : [titleAt(2, settings.agency)]),
      titleAt(3, fiscalYearTitle(settings)),
    ],
    formats: [
      { address: across(1), format: TITLE_FORMAT },
      { address: across(2), format: SUBTITLE_FORMAT },
      { address: across(3), format: SUBTITLE_FORMAT },
    ],
    merges: [across(1), across(2), across(3)],
  };
}
