// The task pane's actions on the fake host, with the IIT grid holding 10, 1,000 and 10,000 typed rows:
// how many syncs each makes and how many operations it queues. Each stays within the syncs the earlier
// issues allow it, and neither figure may grow with the rows (its budget is the figure at 10 rows).
// A new action is one more entry in HOST_ACTIONS.
import { findFramework } from "../src/domain/frameworks";
import { defaultSettings } from "../src/domain/workbookSettings";
import { checkItaWorkbook } from "../src/excel/checkItaWorkbook";
import { insertItaSheets } from "../src/excel/insertItaSheets";
import { summariseItaWorkbook } from "../src/excel/summariseItaWorkbook";
import { rangeAddress } from "../src/layout/a1";
import { scoreSheetLayout } from "../src/layout/scoreSheet";
import { DEFAULT_SHEET_NAMES } from "../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../src/layout/trackingGrid";
import { createFakeExcel, type FakeExcel } from "../test/support/fakeExcel";
import { SEED_2565_SCORES } from "../test/support/seedScores";
import { TODAY, trackingRows } from "./checkRows";
import type { Figure } from "./figures";

interface HostAction {
  readonly name: string;
  /** The syncs the action may make on a host with ExcelApi 1.5 or later. */
  readonly syncBudget: number;
  readonly run: (fake: FakeExcel) => Promise<unknown>;
}

const HOST_ACTIONS: readonly HostAction[] = [
  // One read and one write.
  { name: "insert", syncBudget: 2, run: (fake) => insertItaSheets(fake.context, fake.isSetSupported, TODAY) },
  // One read, nothing written.
  { name: "check", syncBudget: 1, run: (fake) => checkItaWorkbook(fake.context, fake.isSetSupported, TODAY) },
  // One read and one write; a summary replacing its own untouched sheet lists that sheet's charts in a
  // third (test/excel/summariseItaWorkbook.test.ts).
  {
    name: "summary",
    syncBudget: 3,
    run: (fake) => summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY),
  },
];

/** The first figure is the one the budgets of the others compare with. */
const GRID_ROWS = [10, 1_000, 10_000] as const;
const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];

/**
 * The standard workbook with its scores typed and `rows` rows typed into its IIT grid, and the counters
 * at zero. None of the rows is overdue on TODAY, so the summary sheet lists the same rows at every size.
 */
async function workbookWithRows(rows: number): Promise<FakeExcel> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  await insertItaSheets(fake.context, fake.isSetSupported, TODAY);
  const framework = findFramework(defaultSettings(TODAY).fiscalYear);
  if (!framework) throw new Error("no ITA framework for the benchmark's day");
  const scores = scoreSheetLayout(framework).lookup.scores.replace(/\$/g, "");
  const worksheets = fake.context.workbook.worksheets;
  worksheets.getItem(DEFAULT_SHEET_NAMES.scores).getRange(scores).values = SEED_2565_SCORES.map((score) => [
    score,
  ]);
  const headers = fake.sheet(IIT).tables()[0]?.headers ?? [];
  const address = rangeAddress({
    top: GRID_FIRST_DATA_ROW,
    left: 1,
    bottom: GRID_FIRST_DATA_ROW + rows - 1,
    right: headers.length,
  });
  worksheets.getItem(IIT).getRange(address).values = trackingRows(rows, headers);
  await fake.context.sync();
  fake.resetStats();
  return fake;
}

/** "insertSyncs" at 10,000 rows, the figure tracked over time; "insertSyncs10Rows" and so on below it. */
function keyOf(action: HostAction, figure: "Syncs" | "Operations", rows: number): string {
  return `${action.name}${figure}${rows === 10_000 ? "" : `${rows}Rows`}`;
}

async function actionFigures(action: HostAction): Promise<Figure[]> {
  const counted = [];
  for (const rows of GRID_ROWS) {
    const fake = await workbookWithRows(rows);
    await action.run(fake);
    counted.push({ rows, syncs: fake.stats.syncs, operations: fake.stats.queuedOperations });
  }
  const fewest = counted[0] as (typeof counted)[number];
  return counted.flatMap(({ rows, syncs, operations }) => {
    const label = `${action.name} with ${rows.toLocaleString("en")} grid rows (fake host, ExcelApi 1.17)`;
    return [
      {
        key: keyOf(action, "Syncs", rows),
        label,
        value: syncs,
        unit: "syncs",
        budget: action.syncBudget,
      },
      {
        key: keyOf(action, "Operations", rows),
        label,
        value: operations,
        unit: "operations",
        ...(rows !== fewest.rows && { budget: fewest.operations }),
      },
    ] satisfies Figure[];
  });
}

export async function hostActionFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const action of HOST_ACTIONS) figures.push(...(await actionFigures(action)));
  return figures;
}
