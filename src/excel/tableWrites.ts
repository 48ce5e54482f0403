// The tracking grid's Excel table, over cells the content steps have already written: its header row
// names the columns, and each calculated column gets its formulas written to the column's whole body at
// once, which is how Excel learns to fill them into rows added later.
import { parseRange } from "../layout/a1";
import { plannedCell } from "../layout/blocks";
import { sheetPrefix } from "../layout/formulaText";
import type { SheetPlan, TablePlan } from "../layout/plan";
import { freeTableName } from "../layout/tableName";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

/**
 * The plain style with stripes off: the plan's own fills and borders are the look, on screen and on
 * paper, as in the .xlsx the command line makes. (Office.js has no documented name for "no style".)
 */
export const TABLE_STYLE = "TableStyleLight1";

/** Each calculated column's body as the plan's content holds it, row by row (relative references moved). */
function calculatedBodies(plan: SheetPlan, table: TablePlan): { header: string; formulas: string[][] }[] {
  const box = parseRange(table.address);
  return table.calculatedColumns.map(({ header }) => {
    const column = Array.from({ length: box.right - box.left + 1 }, (_, index) => box.left + index).find(
      (candidate) => plannedCell(plan.content, box.top, candidate).value === header,
    );
    const formulas = Array.from({ length: box.bottom - box.top }, (_, index) => {
      const formula =
        column === undefined ? undefined : plannedCell(plan.content, box.top + 1 + index, column).formula;
      if (formula === undefined) {
        throw new RangeError(`The plan of ${plan.name} gives no formula for every row of column "${header}"`);
      }
      return [formula];
    });
    return { header, formulas };
  });
}

export function tableSteps(target: SheetTarget, plan: SheetPlan, takenNames: readonly string[]): WriteStep[] {
  const { table } = plan;
  if (table === undefined) return [];
  const name = freeTableName(table.name, takenNames);
  // tables.add reads an address without a sheet name against the active sheet, so it is always named.
  const address = `${sheetPrefix(target.name)}${table.address}`;
  const bodies = calculatedBodies(plan, table);
  const banding = target.capabilities.tableBanding;
  const operations = 3 + (banding ? 1 : 0) + bodies.length * 3;
  return [
    writeStep(operations, [address, name, TABLE_STYLE, bodies], () => {
      const added = target.sheet().tables.add(address, true);
      added.name = name;
      added.style = TABLE_STYLE;
      if (banding) added.showBandedRows = false;
      for (const { header, formulas } of bodies) {
        added.columns.getItem(header).getDataBodyRange().formulas = formulas;
      }
    }),
  ];
}
