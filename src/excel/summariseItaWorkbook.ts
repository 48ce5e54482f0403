// "สรุปผล": read every sheet as a check does (one sync), work out the figures, memo and sheet (pure),
// then write the summary sheet (one sync): a summary of ours left as it was written is replaced where
// it stands, and anything else, an edited summary included, is left alone.
import type { CalendarDate } from "../domain/thaiCalendar";
import { settingsExtent } from "../layout/settingsSheet";
import { planSummary } from "../layout/workbookSummary";
import { sendSteps, sheetSteps } from "./applyInsert";
import { hostCapabilities, missingFeatures, type IsSetSupported } from "./capabilities";
import { readForCheck } from "./readForCheck";
import type { SummaryOutcome } from "./summaryOutcome";
import { writeStep } from "./writeStep";

export async function summariseItaWorkbook(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
): Promise<SummaryOutcome> {
  const capabilities = hostCapabilities(isSetSupported);
  const sheets = await readForCheck(context, capabilities, settingsExtent(today));
  const { summary, memo, plan, target } = planSummary(sheets, today);
  const worksheets = context.workbook.worksheets;
  const { replaces } = target;

  // Queued in order in one request: the old sheet goes before the new one takes its name.
  const steps = [
    ...(replaces ? [writeStep(1, replaces, () => worksheets.getItem(replaces.name).delete())] : []),
    ...sheetSteps(context, capabilities, { plan, existing: null, writes: plan.content }, []),
    writeStep(2, replaces, () => {
      const written = worksheets.getItem(plan.name);
      if (replaces) written.position = replaces.position;
      written.activate();
    }),
  ];
  await sendSteps(context, steps);
  return {
    summary,
    memo,
    sheet: plan.name,
    keptEdited: target.keptEdited,
    missingFeatures: missingFeatures({ sheets: [plan] }, capabilities),
  };
}
