// "รวมผล" in the pane: the units read from files in the browser, and this workbook read as a check reads
// it (one sync), make the parent's figures and sheets (pure, parentWorkbook.ts), which are then written
// in one request: the registry and the typed table where missing, the units read from files and the
// summary in place of their earlier selves where left as written. Nothing a person typed is written over.
import type { UnreadableFile } from "../domain/consolidationMessages";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { UnitResult } from "../domain/unitResult";
import type { UnreadFile } from "../layout/consolidationSheet";
import { planConsolidation, type ConsolidationPlan } from "../layout/parentWorkbook";
import { settingsExtent } from "../layout/settingsSheet";
import { sendSteps } from "./applyInsert";
import { hostCapabilities, missingFeatures, type HostFeature, type IsSetSupported } from "./capabilities";
import { ownSheetSteps } from "./ownSheetWrites";
import { readForCheck } from "./readForCheck";
import { writeStep } from "./writeStep";

/** What the browser read of the files chosen: the units, and each file it could not read. */
export interface UnitFilesRead {
  readonly units: readonly UnitResult[];
  readonly unread: readonly { readonly file: string; readonly reason: UnreadableFile }[];
}

export interface ConsolidationOutcome {
  readonly plan: ConsolidationPlan;
  readonly unread: readonly UnreadFile[];
  /** The sheets written, in their order, by the names they have. */
  readonly sheets: readonly string[];
  readonly missingFeatures: readonly HostFeature[];
}

export async function consolidateWorkbook(
  context: Excel.RequestContext,
  isSetSupported: IsSetSupported,
  today: CalendarDate,
  read: UnitFilesRead,
): Promise<ConsolidationOutcome> {
  const capabilities = hostCapabilities(isSetSupported);
  const sheets = await readForCheck(context, capabilities, settingsExtent(today));
  const plan = planConsolidation({ sheets, files: read.units, unread: read.unread, today });
  const steps = await ownSheetSteps(context, capabilities, plan.sheets);
  const summary = plan.sheets[plan.sheets.length - 1]?.plan.name;
  if (summary) steps.push(writeStep(1, null, () => context.workbook.worksheets.getItem(summary).activate()));
  await sendSteps(context, steps);
  return {
    plan,
    unread: read.unread,
    sheets: plan.sheets.map(({ plan: sheet }) => sheet.name),
    missingFeatures: missingFeatures({ sheets: plan.sheets.map(({ plan: sheet }) => sheet) }, capabilities),
  };
}
