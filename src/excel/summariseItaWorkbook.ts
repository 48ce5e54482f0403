// "สรุปผล": read every sheet as a check does (one sync), work out the figures, memo and sheet (pure),
// then write the summary sheet (one sync): a summary of ours left as it was written is emptied and
// written again in place, and anything else, an edited summary included, is left alone.
import type { CalendarDate } from "../domain/thaiCalendar";
import { settingsExtent } from "../layout/settingsSheet";
import { planSummary } from "../layout/workbookSummary";
import { newSheetSteps, sendSteps, sheetSteps, sheetTarget } from "./applyInsert";
import { hostCapabilities, missingFeatures, type IsSetSupported } from "./capabilities";
import { readForCheck } from "./readForCheck";
import type { SummaryOutcome } from "./summaryOutcome";
import type { SheetToWrite as PlannedSheet } from "../layout/insertPlan";
import type { ExcelSheetContents } from "./readForInsert";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

type SheetToWrite = PlannedSheet<ExcelSheetContents>;

export async function summariseItaWorkbook(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
): Promise<SummaryOutcome> {
  const capabilities = hostCapabilities(isSetSupported);
  const sheets = await readForCheck(context, capabilities, settingsExtent(today));
  const { summary, memo, plan, target, oitPage } = planSummary(sheets, today);
  const worksheets = context.workbook.worksheets;
  const { replaces } = target;
  const summarySheet: SheetToWrite = {
    plan,
    existing: null,
    writes: plan.content,
    validations: plan.validations,
  };

  let steps: WriteStep[];
  if (replaces) {
    const charts = await chartsOn(context, replaces.name);
    const summaryTarget = sheetTarget(context, capabilities, plan.name, false);
    steps = [emptiedSheetStep(summaryTarget, charts), ...newSheetSteps(summaryTarget, summarySheet, [])];
  } else {
    steps = sheetSteps(context, capabilities, summarySheet, []);
  }
  steps.push(writeStep(1, null, () => worksheets.getItem(plan.name).activate()));
  await sendSteps(context, steps);
  return {
    summary,
    memo,
    sheet: plan.name,
    keptEdited: target.keptEdited,
    missingFeatures: missingFeatures({ sheets: [plan] }, capabilities),
    oitPage,
  };
}

/**
 * The charts on the summary being replaced. One more sync, made only then: Office.js removes a chart
 * only by its proxy, so the old summary's charts must be listed before they can go.
 */
async function chartsOn(context: Excel.RequestContext, sheetName: string): Promise<Excel.Chart[]> {
  const charts = context.workbook.worksheets.getItem(sheetName).charts.load("items/name");
  await context.sync();
  return charts.items;
}

/**
 * Empties the summary being replaced (its charts, merges, cells, their formats and its page breaks) where it stands. It is
 * not deleted and added again: a formula, chart or link elsewhere that points at its cells would turn to
 * #REF! with the deleted sheet, and stays on the same sheet this way.
 */
function emptiedSheetStep(target: SheetTarget, charts: readonly Excel.Chart[]): WriteStep {
  return writeStep(charts.length + 4, target.name, () => {
    charts.forEach((chart) => chart.delete());
    const everything = target.sheet().getRange();
    if (target.capabilities.features.layout) everything.unmerge();
    everything.clear("All");
    if (target.capabilities.features.printSetup) target.sheet().horizontalPageBreaks.removePageBreaks();
  });
}
