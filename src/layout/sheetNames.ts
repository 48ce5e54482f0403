// Which sheet plays which role. A sheet is ours when the settings sheet's registry points at it; a sheet
// that merely has one of our default names may be the user's own and is never taken over.
import type { ToolId } from "../domain/framework";
import type { SheetRole } from "./plan";

/** In tab order; the settings sheet is last. */
export const SHEET_ROLES: readonly SheetRole[] = [
  "scores",
  "grid-IIT",
  "grid-EIT",
  "grid-OIT",
  "oit-register",
  "settings",
];

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetRole, string>> = {
  scores: "คะแนน ITA",
  "grid-IIT": "ติดตาม IIT",
  "grid-EIT": "ติดตาม EIT",
  "grid-OIT": "ติดตาม OIT",
  "oit-register": "ทะเบียน OIT",
  settings: "ITA_Settings",
};

export type GridRole = `grid-${ToolId}`;

export function gridRole(tool: ToolId): GridRole {
  return `grid-${tool}`;
}

/** What the settings sheet says about each role: the sheet's current name, or that it was deleted. */
export type SheetRegistry = Partial<Record<SheetRole, string | "deleted">>;

export interface ResolvedSheetNames {
  readonly names: Record<SheetRole, string>;
  /** Roles that could not take their default name because a sheet of someone else has it. */
  readonly renamed: { readonly role: SheetRole; readonly wanted: string; readonly got: string }[];
}

const MAX_SHEET_NAME = 31;

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLocaleUpperCase();
}

export function resolveSheetNames(
  existingSheetNames: readonly string[],
  registry: SheetRegistry,
): ResolvedSheetNames {
  const existing = new Map(existingSheetNames.map((name) => [key(name), name]));
  const claimed = new Set<string>();
  const liveName = (role: SheetRole): string | undefined => {
    const registered = registry[role];
    return registered === undefined || registered === "deleted" ? undefined : existing.get(key(registered));
  };
  const taken = [...existingSheetNames];
  const names = {} as Record<SheetRole, string>;
  const renamed: ResolvedSheetNames["renamed"] = [];

  for (const role of SHEET_ROLES) {
    const current = liveName(role);
    // A registry edited to point two roles at one sheet gives it to the first role only.
    if (current !== undefined && !claimed.has(key(current))) {
      claimed.add(key(current));
      names[role] = current;
      continue;
    }
    const wanted = DEFAULT_SHEET_NAMES[role];
    const got = freeSheetName(wanted, taken);
    taken.push(got);
    names[role] = got;
    if (got !== wanted) renamed.push({ role, wanted, got });
  }
  return { names, renamed };
}

/** `wanted`, else "wanted (2)", "wanted (3)" …, shortened to Excel's 31 characters, unlike every taken name. */
export function freeSheetName(wanted: string, takenNames: readonly string[]): string {
  const taken = new Set(takenNames.map(key));
  for (let number = 1; ; number += 1) {
    const suffix = number === 1 ? "" : ` (${number})`;
    const name = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(key(name))) return name;
  }
}
