// Settings, frameworks and names the layout tests share.
import type { Framework } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import { defaultSettings, type WorkbookSettings } from "../../src/domain/workbookSettings";
import type { SheetPlan, SheetRole, WorkbookPlan } from "../../src/layout/plan";
import { resolveSheetNames } from "../../src/layout/sheetNames";

export const TODAY = { year: 2025, month: 3, day: 30 };

export function settingsFor(fiscalYear: number, overrides: Partial<WorkbookSettings> = {}): WorkbookSettings {
  return { ...defaultSettings(TODAY), agency: "องค์การบริหารส่วนตำบลมะเฟือง", fiscalYear, ...overrides };
}

export function frameworkOf(fiscalYear: number): Framework {
  const framework = findFramework(fiscalYear);
  if (!framework) throw new Error(`tests need the ${fiscalYear} framework`);
  return framework;
}

export const DEFAULT_NAMES: Record<SheetRole, string> = resolveSheetNames([], {}).names;

export function sheetOf(plan: WorkbookPlan, role: SheetRole): SheetPlan {
  const sheet = plan.sheets.find((candidate) => candidate.role === role);
  if (!sheet) throw new Error(`the plan has no ${role} sheet`);
  return sheet;
}
