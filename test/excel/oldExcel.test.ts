// Every action of the task pane on hosts that stop at an older ExcelApi set: Excel 2016 bought outright
// (1.1), early Office 2016 updates (1.4), Excel 2019's first releases (1.7), Excel 2019 (1.9) and
// Microsoft 365 (1.17). Each action runs without error and what it leaves out on that host shows. How
// many syncs each takes per host, and what an old host's insert writes, are tested beside each action
// (the summary's syncs per host here too, as its read walks the sheets only from ExcelApi 1.5).
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import type { HostFeature } from "../../src/excel/capabilities";
import { convertScores } from "../../src/excel/convertScores";
import { selectCell } from "../../src/excel/selectCell";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { scoreConversions } from "../../src/layout/scoreConversions";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { insert, TODAY } from "./insertFixture";

const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
const SCORES = DEFAULT_SHEET_NAMES.scores;

interface OldHost {
  readonly apiVersion: string;
  /** What the insert cannot set up on this host, in the order the task pane names them. */
  readonly insertLeavesOut: readonly HostFeature[];
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): without it a merged cell counts in its first row only. */
  readonly readsMergedCells: boolean;
  /** What the summary sheet goes without on this host; its values and chart are always written. */
  readonly summaryLeavesOut: readonly HostFeature[];
  /** The summary's syncs: one read and one write from ExcelApi 1.5, which walks the sheets in the read. */
  readonly summarySyncs: number;
}

const HOSTS: readonly OldHost[] = [
  {
    apiVersion: "1.1",
    insertLeavesOut: [
      "layout",
      "hiddenSettings",
      "liveColours",
      "freezePanes",
      "tabColour",
      "dropdowns",
      "printSetup",
    ],
    readsMergedCells: false,
    summaryLeavesOut: ["layout", "chartLines", "tabColour", "printSetup"],
    summarySyncs: 3,
  },
  {
    apiVersion: "1.4",
    insertLeavesOut: ["liveColours", "freezePanes", "tabColour", "dropdowns", "printSetup"],
    readsMergedCells: false,
    summaryLeavesOut: ["chartLines", "tabColour", "printSetup"],
    summarySyncs: 3,
  },
  {
    apiVersion: "1.7",
    insertLeavesOut: ["dropdowns", "printSetup"],
    readsMergedCells: false,
    summaryLeavesOut: ["printSetup"],
    summarySyncs: 2,
  },
  {
    apiVersion: "1.9",
    insertLeavesOut: [],
    readsMergedCells: false,
    summaryLeavesOut: [],
    summarySyncs: 2,
  },
  {
    apiVersion: "1.17",
    insertLeavesOut: [],
    readsMergedCells: true,
    summaryLeavesOut: [],
    summarySyncs: 2,
  },
];

/**
 * The standard workbook inserted on this host, with a measure whose second step has a row of its own
 * under status cells merged down over both rows (where the host can merge, from ExcelApi 1.2), and the
 * first indicator's score typed in Thai digits.
 */
async function filledWorkbook(apiVersion: string): Promise<FakeExcel> {
  const fake = createFakeExcel({ apiVersion });
  await insert(fake);
  const sheets = fake.context.workbook.worksheets;
  const grid = sheets.getItem(IIT);
  grid.getRange("A6:J7").values = [
    [1, "1. การปฏิบัติหน้าที่", "", "จัดทำคู่มือ", "ขั้นตอนที่ ๑", "สำนักปลัด", "ธ.ค. 2568 - มี.ค. 2569", "✓", "", ""],
    ["", "", "", "", "ขั้นตอนที่ ๒", "", "", "", "", ""],
  ];
  if (fake.isSetSupported("ExcelApi", "1.2")) {
    for (const column of ["A", "B", "C", "D", "F", "G", "H", "I", "J"]) {
      grid.getRange(`${column}6:${column}7`).merge();
    }
  }
  sheets.getItem(SCORES).getRange("C6").values = [["๙๔.๗๐"]];
  await fake.context.sync();
  fake.resetStats();
  return fake;
}

/** The filled workbook with the other nine scores typed as numbers: the summary ranks all ten. */
async function scoredWorkbook(apiVersion: string): Promise<FakeExcel> {
  const fake = await filledWorkbook(apiVersion);
  fake.context.workbook.worksheets.getItem(SCORES).getRange("C7:C15").values = [
    94.45, 89, 94.35, 90.88, 87.35, 87.24, 82.18, 90.2, 31.25,
  ].map((score) => [score]);
  await fake.context.sync();
  fake.resetStats();
  return fake;
}

interface Action {
  readonly name: string;
  readonly workbook: (apiVersion: string) => Promise<FakeExcel>;
  /** Runs the action and checks what it did, and left out, on `host`. */
  readonly run: (fake: FakeExcel, host: OldHost) => Promise<void>;
}

const ACTIONS: readonly Action[] = [
  {
    name: "insert",
    workbook: async (apiVersion) => createFakeExcel({ apiVersion }),
    run: async (fake, host) => {
      const result = await insert(fake);
      expect(result.created).toEqual(Object.values(DEFAULT_SHEET_NAMES).slice(0, 5));
      expect(result.missingFeatures).toEqual(host.insertLeavesOut);
    },
  },
  {
    name: "check",
    workbook: filledWorkbook,
    run: async (fake, host) => {
      const { problems } = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
      expect(problems.filter((problem) => problem.sheet === SCORES).map((problem) => problem.rule)).toEqual([
        "score.thaiDigits",
      ]);
      // What an older host leaves out, and the check does not say: the second step's row is then read as
      // a measure of its own, with no status, measure or responsible unit.
      const secondRow = problems.filter((problem) => problem.sheet === IIT && problem.row === 7);
      expect(secondRow.map((problem) => problem.rule)).toEqual(
        host.readsMergedCells
          ? []
          : [
              "required.indicator",
              "required.measure",
              "required.responsible",
              "required.period",
              "status.none",
            ],
      );
      expect(problems.filter((problem) => problem.sheet === IIT && problem.row === 6)).toEqual([]);
    },
  },
  {
    name: "convert scores",
    workbook: filledWorkbook,
    run: async (fake) => {
      const { problems } = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
      fake.resetStats();
      expect(await convertScores(fake.context, scoreConversions(problems))).toBe(1);
      expect(fake.stats.syncs).toBe(1);
      expect(fake.sheet(SCORES).cell("C6")).toMatchObject({ value: 94.7, formula: null });
    },
  },
  {
    name: "select a problem's cell",
    workbook: filledWorkbook,
    run: async (fake) => {
      await selectCell(fake.context, IIT, "H7");
      expect(fake.stats.syncs).toBe(1);
      expect(fake.activeSheetName()).toBe(IIT);
      expect(fake.sheet(IIT).selection).toBe("H7");
    },
  },
  {
    name: "summary",
    workbook: scoredWorkbook,
    run: async (fake, host) => {
      const summarise = () => summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
      const outcome = await summarise();
      expect(fake.stats.syncs).toBe(host.summarySyncs);
      expect(outcome.missingFeatures).toEqual(host.summaryLeavesOut);
      expect(outcome.summary.missingScores).toEqual([]);
      // Without chartLines the chart has the scores' columns alone, no threshold lines across them.
      const lines = host.summaryLeavesOut.includes("chartLines") ? [] : ["Line", "Line", "Line"];
      const [chart] = fake.sheet(SUMMARY_SHEET_NAME).charts();
      expect(chart?.series.map(({ chartType }) => chartType)).toEqual(["ColumnClustered", ...lines]);
      expect(fake.activeSheetName()).toBe(SUMMARY_SHEET_NAME);
      // The sheet reads back as untouched on this host too: the next summary replaces it.
      expect(await summarise()).toMatchObject({ sheet: SUMMARY_SHEET_NAME, keptEdited: null });
      expect(fake.sheetNames().filter((name) => name.startsWith(SUMMARY_SHEET_NAME))).toEqual([
        SUMMARY_SHEET_NAME,
      ]);
    },
  },
];

describe.each(ACTIONS)("$name on older Excel", (action) => {
  test.each(HOSTS)("ExcelApi $apiVersion: runs without error and shows what it leaves out", async (host) => {
    const fake = await action.workbook(host.apiVersion);
    await action.run(fake, host);
    expect(fake.stats.pendingOperations).toBe(0);
  });
});
