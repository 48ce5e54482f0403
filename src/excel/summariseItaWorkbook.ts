// "สรุปผล": read every sheet as a check does (one sync), work out the figures, memo and sheet (pure),
// then write the summary sheet (one sync): a summary of ours left as it was written is replaced where
// it stands, and anything else, an edited summary included, is left alone.
import type { CalendarDate } from "../domain/thaiCalendar";
import { settingsExtent } from "../layout/settingsSheet";
import { freeSheetName } from "../layout/sheetNames";
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

  // A summary being replaced stays until the new one is written under a name of its own: a workbook must
  // keep a visible sheet, and the summary may be the only one. Then the old goes and the new takes its
  // name and place, in the same request.
  const writtenAs = replaces
    ? freeSheetName(
        `${plan.name} ใหม่`,
        sheets.map((sheet) => sheet.name),
      )
    : plan.name;
  const steps = [
    ...sheetSteps(
      context,
      capabilities,
      { plan: { ...plan, name: writtenAs }, existing: null, writes: plan.content },
      [],
    ),
    writeStep(3, replaces, () => {
      const written = worksheets.getItem(writtenAs);
      if (replaces) {
        worksheets.getItem(replaces.name).delete();
        written.name = plan.name;
        written.position = replaces.position;
      }
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
