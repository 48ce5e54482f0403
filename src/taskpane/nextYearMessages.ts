// What "Start the new fiscal year" says: where the new workbook is, what it carried, and what to do next.
import { TOOL_IDS } from "../domain/framework";
import { failureMessage } from "./failures";
import type { NextYearDelivery } from "./nextYearWorkbook";
import type { LocalizedMessage } from "./panelMessage";

export function nextYearOutcome({ report, fileName, delivered }: NextYearDelivery): LocalizedMessage {
  return ({ nextYear }) => {
    const carried = TOOL_IDS.reduce((sum, tool) => sum + report.carried[tool], 0);
    return {
      intent: delivered === "notDelivered" ? "warning" : "success",
      title: nextYear.delivered[delivered](report.toYear, fileName),
      lines: [
        nextYear.scoresKept(report.fromYear, report.previousScores),
        nextYear.measuresCarried(carried, report.done, report.recordSheet),
        ...(report.gridsLeft.length === 0 ? [] : [nextYear.gridsLeft(report.gridsLeft)]),
        nextYear.registerCarried(report.registerItems, report.registerUrls, report.toYear),
        ...(report.registerKeptApart === 0 ? [] : [nextYear.registerKeptApart(report.registerKeptApart)]),
        nextYear.untouched(report.fromYear),
      ],
    };
  };
}

export function nextYearFailure(error: unknown): LocalizedMessage {
  return failureMessage((text) => text.nextYear.failed, error);
}
