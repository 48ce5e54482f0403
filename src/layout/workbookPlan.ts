// The standard ITA workbook: the score sheet, a tracking grid per tool, the OIT register, and the hidden
// settings sheet.
import { rulesInForce } from "../domain/frameworks";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { oitRegisterPlan } from "./oitRegisterSheet";
import type { SheetRole, WorkbookPlan } from "./plan";
import { scoreSheetPlan } from "./scoreSheet";
import { settingsSheetPlan } from "./settingsSheet";
import { trackingGridPlan } from "./trackingGrid";

/** `names` come from resolveSheetNames, so formulas reference each sheet by the name it really has. */
export function workbookPlan(
  settings: WorkbookSettings,
  names: Readonly<Record<SheetRole, string>>,
): WorkbookPlan {
  const framework = rulesInForce(settings.fiscalYear)?.framework;
  if (!framework) throw new RangeError(`No ITA rules are known for fiscal year ${settings.fiscalYear}.`);
  return {
    sheets: [
      scoreSheetPlan(settings, framework, names),
      ...framework.tools.map((tool) => trackingGridPlan(settings, framework, tool.id, names)),
      oitRegisterPlan(settings, framework, names),
      settingsSheetPlan(settings, names),
    ],
  };
}
