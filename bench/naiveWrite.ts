// Why the insert writes blocks: the cells and formats of a new workbook's sheets written as the insert
// writes them (one range per block, one sync) and the naive way (one range per cell, one sync per row),
// side by side on the fake host, as ratios of syncs and of queued operations.
import { defaultSettings } from "../src/domain/workbookSettings";
import { formatBlocks } from "../src/layout/repair";
import { hostCapabilities } from "../src/excel/capabilities";
import { contentSteps, formatSteps } from "../src/excel/cellWrites";
import type { SheetTarget, WriteStep } from "../src/excel/writeStep";
import { parseRange } from "../src/layout/a1";
import { formulasAt, valuesAt } from "../src/layout/blocks";
import type { ContentBlock, SheetPlan } from "../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../src/layout/sheetNames";
import { workbookPlan } from "../src/layout/workbookPlan";
import { cellsOf } from "../src/xlsx/cellsOf";
import { createFakeExcel, type FakeExcel } from "../test/support/fakeExcel";
import { TODAY } from "./checkRows";
import type { Figure } from "./figures";

interface Counts {
  readonly syncs: number;
  readonly operations: number;
}

const PLANS = workbookPlan(
  { ...defaultSettings(TODAY), agency: "เทศบาลตำบลคลองพน" },
  DEFAULT_SHEET_NAMES,
).sheets;

/** Writes go to a sheet the first step adds, as the insert's do. */
function newSheet(fake: FakeExcel, plan: SheetPlan): SheetTarget {
  let proxy: Excel.Worksheet | undefined;
  return {
    name: plan.name,
    capabilities: hostCapabilities(fake.isSetSupported),
    sheet: () => (proxy ??= fake.context.workbook.worksheets.add(plan.name)),
  };
}

async function inBlocks(): Promise<Counts> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  for (const plan of PLANS) {
    const target = newSheet(fake, plan);
    [...contentSteps(target, plan.content), ...formatSteps(target, formatBlocks(plan))].forEach((step) =>
      step.queue(),
    );
  }
  await fake.context.sync();
  return { syncs: fake.stats.syncs, operations: fake.stats.queuedOperations };
}

/** Each cell of a block that has something to write, as a block of its own. */
function cellBlocks(block: ContentBlock): { row: number; block: ContentBlock }[] {
  const box = parseRange(block.address);
  return [...cellsOf(box)].flatMap(({ row, column }) => {
    const formula = block.formulas?.[row - box.top]?.[column - box.left];
    const value = block.values?.[row - box.top]?.[column - box.left];
    if (formula !== undefined) return [{ row, block: formulasAt(row, column, [[formula]]) }];
    return value === undefined || value === null ? [] : [{ row, block: valuesAt(row, column, [[value]]) }];
  });
}

async function cellByCell(): Promise<Counts> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  for (const plan of PLANS) {
    const target = newSheet(fake, plan);
    const byRow = new Map<number, WriteStep[]>();
    const add = (row: number, steps: WriteStep[]) => byRow.set(row, [...(byRow.get(row) ?? []), ...steps]);
    for (const { row, block } of plan.content.flatMap(cellBlocks)) add(row, contentSteps(target, [block]));
    for (const { address, format } of formatBlocks(plan)) {
      for (const cell of cellsOf(parseRange(address))) {
        add(cell.row, formatSteps(target, [{ address: cell.address, format }]));
      }
    }
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      byRow.get(row)?.forEach((step) => step.queue());
      // The naive way on purpose: what the insert avoids.
      await fake.context.sync();
    }
  }
  return { syncs: fake.stats.syncs, operations: fake.stats.queuedOperations };
}

export async function naiveWriteFigures(): Promise<Figure[]> {
  const blocks = await inBlocks();
  const naive = await cellByCell();
  const what = "the cells and formats of a new workbook's sheets";
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return [
    {
      key: "cellWriteSyncs",
      label: `${what}, in blocks`,
      value: blocks.syncs,
      unit: "syncs",
      budget: 1,
    },
    {
      key: "cellWriteOperations",
      label: `${what}, in blocks`,
      value: blocks.operations,
      unit: "operations",
    },
    {
      key: "naiveCellWriteSyncs",
      label: `${what}, per cell, a sync per row`,
      value: naive.syncs,
      unit: "syncs",
    },
    {
      key: "naiveCellWriteOperations",
      label: `${what}, per cell, a sync per row`,
      value: naive.operations,
      unit: "operations",
    },
    {
      key: "naiveCellWriteSyncRatio",
      label: "naive / in blocks, syncs",
      value: ratio(naive.syncs, blocks.syncs),
      unit: "×",
    },
    {
      key: "naiveCellWriteOperationRatio",
      label: "naive / in blocks, queued operations",
      value: ratio(naive.operations, blocks.operations),
      unit: "×",
    },
  ];
}
