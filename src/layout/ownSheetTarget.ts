// Where a sheet the add-in writes whole goes: in place of its earlier one, where that one was left as
// written, or beside it under a free name. One that someone has typed in, or renamed to keep it (last
// quarter's summary, say), is never replaced or deleted.
import type { SheetMark } from "./sheetMark";
import { freeSheetName } from "./sheetNames";
import type { CheckedSheet } from "./workbookCheck";

export interface OwnSheetTarget {
  /** The name the sheet is written under. */
  readonly name: string;
  /** A sheet of ours left as the add-in wrote it, replaced by the new one; null when it is added. */
  readonly replaces: { readonly name: string; readonly position: number } | null;
  /** A sheet of ours under our name that someone has typed in: left as it is. */
  readonly keptEdited: string | null;
}

/** `base`, or "`base` (2)" … as freeSheetName gives it when the first is taken. */
function hasName(name: string, base: string): boolean {
  const key = name.toLocaleUpperCase();
  const wanted = base.toLocaleUpperCase();
  return key === wanted || (key.startsWith(`${wanted} (`) && /\(\d+\)$/.test(key));
}

/** `taken` names sheets written in the same go, besides those in `sheets`. */
export function ownSheetTarget(
  sheets: readonly CheckedSheet[],
  mark: SheetMark,
  base: string,
  taken: readonly string[] = [],
): OwnSheetTarget {
  const named = sheets
    .map((sheet, position) => ({ sheet, position }))
    .filter(({ sheet }) => hasName(sheet.name, base) && mark.isOn(sheet.values));
  const untouched = named.find(({ sheet }) => mark.isUntouched(sheet.values));
  const edited = named.find(({ sheet }) => !mark.isUntouched(sheet.values));
  const keptEdited = edited?.sheet.name ?? null;
  if (untouched) {
    const { sheet, position } = untouched;
    return { name: sheet.name, replaces: { name: sheet.name, position }, keptEdited };
  }
  const name = freeSheetName(base, [...sheets.map((sheet) => sheet.name), ...taken]);
  return { name, replaces: null, keptEdited };
}
