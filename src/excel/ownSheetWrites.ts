// The sheets the add-in writes whole (a summary, a parent office's sheets): each added, or written again
// in place of its earlier self. A sheet replaced is emptied where it stands (its charts, tables, merges,
// cells, formats and page breaks), not deleted and added again: a formula, chart or link elsewhere that
// points at its cells would turn to #REF! with a deleted sheet, and stays on the same sheet this way.
import type { SheetPlan } from "../layout/plan";
import { newSheetSteps, sheetSteps, sheetTarget } from "./applyInsert";
import type { HostCapabilities } from "./capabilities";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

export interface OwnSheetToWrite {
  readonly plan: SheetPlan;
  /** The earlier sheet of ours it replaces, left as written; null for a sheet to add. */
  readonly replaces: { readonly name: string } | null;
}

interface Emptied {
  readonly charts: Excel.ChartCollection;
  readonly tables: Excel.TableCollection;
}

/**
 * The steps writing `sheets`, in their order. One sync first, made only when a sheet is replaced or a
 * plan has a table: Office.js removes a chart or a table only by its proxy, so those on the sheets
 * replaced must be listed before they can go, and a new table needs a name no table or defined name has.
 */
export async function ownSheetSteps(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  sheets: readonly OwnSheetToWrite[],
): Promise<WriteStep[]> {
  const { emptied, taken } = await listed(context, sheets);
  return sheets.flatMap(({ plan, replaces }) => {
    const sheet = { plan, existing: null, writes: plan.content, validations: plan.validations };
    if (replaces === null) return sheetSteps(context, capabilities, sheet, taken);
    const target = sheetTarget(context, capabilities, plan.name, false);
    return [
      emptiedSheetStep(target, emptied.get(replaces.name) as Emptied),
      ...newSheetSteps(target, sheet, taken),
    ];
  });
}

/** The charts and tables of the sheets replaced, and the names a new table may not take: one sync, if any. */
async function listed(
  context: Excel.RequestContext,
  sheets: readonly OwnSheetToWrite[],
): Promise<{ emptied: ReadonlyMap<string, Emptied>; taken: readonly string[] }> {
  const replaced = sheets.flatMap(({ replaces }) => (replaces === null ? [] : [replaces.name]));
  if (replaced.length === 0 && !sheets.some(({ plan }) => plan.table !== undefined)) {
    return { emptied: new Map(), taken: [] };
  }
  const emptied = new Map<string, Emptied>(
    replaced.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name);
      return [name, { charts: sheet.charts.load("items/name"), tables: sheet.tables.load("items/name") }];
    }),
  );
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const replacedTables = new Set(
    [...emptied.values()].flatMap(({ tables: onSheet }) => onSheet.items.map(({ name }) => name)),
  );
  // A replaced sheet's tables go with it: their names are free again.
  const taken = [...tables.items, ...names.items]
    .map(({ name }) => name)
    .filter((name) => !replacedTables.has(name));
  return { emptied, taken };
}

function emptiedSheetStep(target: SheetTarget, { charts, tables }: Emptied): WriteStep {
  return writeStep(charts.items.length + tables.items.length + 4, target.name, () => {
    charts.items.forEach((chart) => chart.delete());
    tables.items.forEach((table) => table.delete());
    const everything = target.sheet().getRange();
    if (target.capabilities.features.layout) everything.unmerge();
    everything.clear("All");
    if (target.capabilities.features.printSetup) target.sheet().horizontalPageBreaks.removePageBreaks();
  });
}
