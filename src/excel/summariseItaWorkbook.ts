// "สรุปผล": read every sheet as a check does (one sync), work out the figures, memo and sheet (pure),
// then write the summary sheet (one sync): a summary of ours left as it was written is emptied and
// written again in place (ownSheetWrites), and anything else, an edited summary included, is left alone.
import type { CalendarDate } from "../domain/thaiCalendar";
import { settingsExtent } from "../layout/settingsSheet";
import { planSummary } from "../layout/workbookSummary";
import { sendSteps } from "./applyInsert";
import { hostCapabilities, missingFeatures, type IsSetSupported } from "./capabilities";
import { readForCheck } from "./readForCheck";
import type { SummaryOutcome } from "./summaryOutcome";
import { ownSheetSteps } from "./ownSheetWrites";
import { writeStep } from "./writeStep";

export async function summariseItaWorkbook(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
): Promise<SummaryOutcome> {
  const capabilities = hostCapabilities(isSetSupported);
  const sheets = await readForCheck(context, capabilities, settingsExtent(today));
  const { summary, memo, plan, target, oitPage } = planSummary(sheets, today);
  const steps = await ownSheetSteps(context, capabilities, [{ plan, replaces: target.replaces }]);
  steps.push(writeStep(1, null, () => context.workbook.worksheets.getItem(plan.name).activate()));
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
