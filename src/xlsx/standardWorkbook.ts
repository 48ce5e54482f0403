import { Workbook } from "exceljs";
import type { WorkbookSettings } from "../domain/workbookSettings";
import type { WorkbookPlan } from "../layout/plan";
import { resolveSheetNames } from "../layout/sheetNames";
import { workbookPlan } from "../layout/workbookPlan";
import { allContent, applyWorkbookPlan } from "./applyWorkbookPlan";
import { workbookBuffer } from "./workbookBuffer";

/** A new workbook holding the sheets of `plan`, ready to save with `workbookBuffer`. */
export function plannedWorkbook(plan: WorkbookPlan) {
  const workbook = new Workbook();
  const tables = applyWorkbookPlan(workbook, plan, allContent(plan));
  return { workbook, plan, tables };
}

/** A new workbook holding the standard ITA sheets for `settings`, ready to save with `workbookBuffer`. */
export function standardWorkbook(settings: WorkbookSettings) {
  return plannedWorkbook(workbookPlan(settings, resolveSheetNames([], {}).names));
}

/** The .xlsx bytes of a new workbook holding the sheets of `plan`: what next-year writes, on disk or in the pane. */
export async function plannedWorkbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const { workbook, tables } = plannedWorkbook(plan);
  return workbookBuffer(workbook, tables);
}
