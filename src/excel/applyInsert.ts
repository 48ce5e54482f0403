// The write of an insert, as one request whatever the number of sheets: sheets of ours that are missing
// are added with everything their plan holds; sheets of ours that exist get only the repair writes, and
// their formats re-applied to the cells those writes cover (empty, or already holding our content), so
// no cell someone typed in is changed, and nothing is deleted. A sheet of someone else is never listed.
import { formatBlocks } from "../layout/repair";
import { contentSteps, formatSteps } from "./cellWrites";
import { chartSteps } from "./chartWrites";
import type { HostCapabilities } from "./capabilities";
import { OwnedCells } from "../layout/ownedCells";
import type { SheetToWrite as PlannedSheet } from "../layout/insertPlan";
import type { ExcelSheetContents } from "./readForInsert";
import { REQUEST_BUDGET_BYTES, splitIntoRequests } from "./requestSize";
import { conditionalFormatSteps, validationSteps } from "./ruleWrites";
import { freezeSteps, layoutSteps, printSteps, tabColourSteps, visibilitySteps } from "./sheetSetupWrites";
import { tableSteps } from "./tableWrites";
import type { SheetTarget, WriteStep } from "./writeStep";

type SheetToWrite = PlannedSheet<ExcelSheetContents>;

/** Everything `sheet`'s plan holds, onto a sheet that is new or has been emptied. */
export function newSheetSteps(
  target: SheetTarget,
  sheet: SheetToWrite,
  tableNames: readonly string[],
): WriteStep[] {
  const { plan } = sheet;
  return [
    ...contentSteps(target, sheet.writes),
    ...formatSteps(target, formatBlocks(plan)),
    ...layoutSteps(target, plan),
    ...tableSteps(target, plan, tableNames),
    ...validationSteps(target, sheet.validations),
    ...conditionalFormatSteps(target, plan.conditionalFormats),
    ...freezeSteps(target, plan),
    ...tabColourSteps(target, plan),
    ...printSteps(target, plan),
    ...chartSteps(target, plan),
    ...visibilitySteps(target, plan, "Visible"),
  ];
}

/**
 * Formats go to the owned part of each block. Live colours cannot be read back cheaply, so they are added
 * only where the read found none of them left (a second insert must not stack duplicates); drop-downs go
 * back into each area that lost every one of them.
 */
function existingSheetSteps(
  target: SheetTarget,
  sheet: SheetToWrite,
  existing: ExcelSheetContents,
): WriteStep[] {
  const { plan } = sheet;
  if (sheet.rearranged) return visibilitySteps(target, plan, existing.visibility);
  const owned = new OwnedCells(sheet.writes);
  const formats = formatBlocks(plan).flatMap(({ address, format }) =>
    owned.within(address).map((part) => ({ address: part, format })),
  );
  return [
    ...contentSteps(target, sheet.writes),
    ...formatSteps(target, formats),
    ...validationSteps(target, sheet.validations),
    ...(existing.hasConditionalFormats === false
      ? conditionalFormatSteps(target, plan.conditionalFormats)
      : []),
    ...visibilitySteps(target, plan, existing.visibility),
  ];
}

/** The sheet `name`, added by the first step that needs it where `adding`, found otherwise. */
export function sheetTarget(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  name: string,
  adding: boolean,
): SheetTarget {
  let proxy: Excel.Worksheet | undefined;
  const worksheets = context.workbook.worksheets;
  return {
    name,
    capabilities,
    sheet: () => (proxy ??= adding ? worksheets.add(name) : worksheets.getItem(name)),
  };
}

/** The steps that write one sheet: all of a new one, or a repair of an existing one. */
export function sheetSteps(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  sheet: SheetToWrite,
  tableNames: readonly string[],
): WriteStep[] {
  const target = sheetTarget(context, capabilities, sheet.plan.name, sheet.existing === null);
  return sheet.existing === null
    ? newSheetSteps(target, sheet, tableNames)
    : existingSheetSteps(target, sheet, sheet.existing);
}

/** Queues and syncs `steps`; returns the number of requests sent: one, unless they outgrow `budget`. */
export async function sendSteps(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  const requests = splitIntoRequests(steps, (step) => step.bytes, budget);
  for (const request of requests) {
    request.forEach((step) => step.queue());
    // One request in practice; more only past Excel on the web's request size limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return requests.length;
}

/** Returns the number of requests sent: one, unless the writes outgrow `budget` (see requestSize.ts). */
export async function applyInsert(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  sheets: readonly SheetToWrite[],
  tableNames: readonly string[],
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  const steps = sheets.flatMap((sheet) => sheetSteps(context, capabilities, sheet, tableNames));
  return await sendSteps(context, steps, budget);
}
