// "Start the new fiscal year" in the pane: the next year's workbook is planned from this one, built as an
// .xlsx in the pane, and opened in a window of its own; an Excel that cannot open one (before ExcelApi
// 1.8) is offered the file to save. This workbook is never written: it stays the record of its year.
import type { NextYearPlan, NextYearReport } from "../layout/nextYear";
import type { WorkbookPlan } from "../layout/plan";

export interface NextYearSteps {
  readonly plan: () => Promise<NextYearPlan>;
  readonly bytesOf: (plan: WorkbookPlan) => Promise<Uint8Array>;
  /** Opens the workbook from base64; false where this Excel cannot. */
  readonly open: (base64: string) => Promise<boolean>;
  /** Offers the file to save; false where this window cannot download. */
  readonly download: (fileName: string, bytes: Uint8Array) => boolean;
}

export interface NextYearDelivery {
  readonly report: NextYearReport;
  readonly fileName: string;
  readonly delivered: "opened" | "downloaded" | "notDelivered";
}

/** btoa takes a string of bytes: built in slices, as one call with every byte would overflow the stack. */
export function base64Of(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

export async function startNextYear(steps: NextYearSteps): Promise<NextYearDelivery> {
  const { plan, report } = await steps.plan();
  const bytes = await steps.bytesOf(plan);
  const fileName = `ITA${report.toYear}.xlsx`;
  if (await steps.open(base64Of(bytes))) return { report, fileName, delivered: "opened" };
  return { report, fileName, delivered: steps.download(fileName, bytes) ? "downloaded" : "notDelivered" };
}
