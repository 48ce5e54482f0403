// The standard ITA workbook: the score sheet, a tracking grid per tool, the OIT register, and the hidden
// settings sheet.
import type { ToolId } from "../domain/framework";
import { rulesInForce } from "../domain/frameworks";
import type { CarriedMeasure } from "../domain/measureCarry";
import type { OitRegisterEntry } from "../domain/oitRegister";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { oitRegisterPlan } from "./oitRegisterSheet";
import type { SheetPlan, SheetRole, WorkbookPlan } from "./plan";
import { scoreSheetPlan } from "./scoreSheet";
import { settingsSheetPlan } from "./settingsSheet";
import { trackingGridPlan } from "./trackingGrid";

/** What a workbook made for the next year starts with, from the year before (nextYearPlan). */
export interface CarriedWork {
  /** Last year's indicator scores, in indicator-number order; null where there was none. */
  readonly previousScores: readonly (number | null)[];
  readonly measures: Readonly<Record<ToolId, readonly CarriedMeasure[]>>;
  readonly oitRegister: readonly OitRegisterEntry[];
  /** The carried measures' records of last year, on a sheet of their own; absent when nothing was carried. */
  readonly records?: SheetPlan;
}

/** `names` come from resolveSheetNames, so formulas reference each sheet by the name it really has. */
export function workbookPlan(
  settings: WorkbookSettings,
  names: Readonly<Record<SheetRole, string>>,
  carried?: CarriedWork,
): WorkbookPlan {
  const framework = rulesInForce(settings.fiscalYear)?.framework;
  if (!framework) throw new RangeError(`No ITA rules are known for fiscal year ${settings.fiscalYear}.`);
  return {
    sheets: [
      scoreSheetPlan(settings, framework, names, carried?.previousScores),
      ...framework.tools.map((tool) =>
        trackingGridPlan(settings, framework, tool.id, names, carried?.measures[tool.id]),
      ),
      oitRegisterPlan(settings, framework, names, carried?.oitRegister),
      ...(carried?.records ? [carried.records] : []),
      settingsSheetPlan(settings, names),
    ],
  };
}
