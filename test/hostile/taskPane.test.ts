// Hostile input meets the task pane's actions on the fake host. Every action finishes, or refuses in
// words the pane has for that refusal (never its "Excel could not do it, try again"), and no cell that
// held something changes, but the scores the user asked to convert: a summary sheet is only ever added,
// or replaced while nobody has typed in it. Then each case does what docs/hostile-input.md says. A new
// action is one more entry in ACTIONS.
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { problemMessage } from "../../src/domain/checkMessages";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { convertScores } from "../../src/excel/convertScores";
import { ProtectedSheetsError } from "../../src/excel/insertItaSheets";
import { selectCell } from "../../src/excel/selectCell";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { scoreConversions } from "../../src/layout/scoreConversions";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import type { Problem } from "../../src/layout/workbookCheck";
import { NoItaSheetsError } from "../../src/layout/workbookSummary";
import { failureMessage } from "../../src/taskpane/failures";
import { TH } from "../../src/taskpane/i18n/th";
import { insert, TODAY } from "../excel/insertFixture";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import {
  AGENCY,
  columnOf,
  excelWith,
  HEADERS,
  hostileCase,
  IIT,
  SCORES,
  SHARED_CASES,
  type HostileContent,
} from "./hostileContent";

interface PaneAction {
  readonly name: string;
  readonly run: (fake: FakeExcel) => Promise<unknown>;
}

function check(fake: FakeExcel) {
  return checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
}

function summarise(fake: FakeExcel) {
  return summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
}

/** In the order a user goes through the pane. */
const ACTIONS: readonly PaneAction[] = [
  { name: "insert", run: (fake) => insert(fake, { agency: AGENCY }) },
  { name: "check", run: check },
  {
    name: "convert scores",
    run: async (fake) => convertScores(fake.context, scoreConversions((await check(fake)).problems)),
  },
  {
    name: "select a problem's cell",
    run: async (fake) => {
      const first = (await check(fake)).problems.find((problem) => problem.row !== null);
      if (first?.sheet) await selectCell(fake.context, first.sheet, `${first.column}${first.row}`);
    },
  },
  { name: "summary", run: summarise },
];

/** What the pane says when an action fails: its words for the error's code. */
function paneLine(error: unknown): string {
  return failureMessage(() => "", error)(TH).lines[0] as string;
}

/** Each action in turn: the line the pane shows for its failure, or null when it finished. */
async function everyAction(fake: FakeExcel): Promise<Record<string, string | null>> {
  const refusals: Record<string, string | null> = {};
  for (const action of ACTIONS) {
    try {
      await action.run(fake);
      refusals[action.name] = null;
    } catch (error) {
      refusals[action.name] = paneLine(error);
    }
  }
  return refusals;
}

/** Every cell of the sheets that holds something, by "Sheet!A1", with its formula or value. */
function filledCells(fake: FakeExcel): Map<string, unknown> {
  return new Map(
    fake.sheetNames().flatMap((sheet) =>
      fake
        .sheet(sheet)
        .formulas("A1:V60")
        .flatMap((row, r) =>
          row.flatMap((cell, c) =>
            cell === "" ? [] : [[`${sheet}!${String.fromCharCode(65 + c)}${r + 1}`, cell] as const],
          ),
        ),
    ),
  );
}

function problemsAt(problems: readonly Problem[], sheet: string): string[] {
  return problems
    .filter((problem) => problem.sheet === sheet)
    .map((problem) => `${problem.column}${problem.row} ${problem.rule}`);
}

async function checked(content: HostileContent, apiVersion?: string): Promise<readonly Problem[]> {
  return (await check(await excelWith(content, apiVersion))).problems;
}

/** Cases only Excel meets: a sheet locked, a name taken, a grid too long to type by hand. */
const EXCEL_CASES: readonly { title: string; workbook: () => Promise<FakeExcel> }[] = [
  ...SHARED_CASES.map(({ title, content }) => ({ title, workbook: () => excelWith(content) })),
  { title: "protected sheets", workbook: protectedWorkbook },
  { title: "a sheet named like ours that is not ours", workbook: namesTaken },
  { title: "a summary sheet someone typed in", workbook: () => summaryTypedIn(TYPED_ON_SUMMARY) },
  { title: "a 50,000-row grid", workbook: () => longGrid(50_000) },
];

/** Our grid and score sheet protected after scores were typed in Thai digits, and a sheet of the user's own. */
async function protectedWorkbook(): Promise<FakeExcel> {
  const fake = await excelWith(hostileCase("Thai digits").content);
  fake.context.workbook.worksheets.add("ของฉัน").getRange("A1").values = [["บันทึก"]];
  for (const sheet of [IIT, SCORES, "ของฉัน"])
    fake.context.workbook.worksheets.getItem(sheet).protection.protect();
  await fake.context.sync();
  return fake;
}

/** Sheets of the user's own under our default names and the summary's, before any insert. */
async function namesTaken(): Promise<FakeExcel> {
  return createFakeExcel({
    sheets: {
      [IIT]: [["บันทึกของฉัน"], ["ยังไม่ดำเนินการ", "ดำเนินการแล้ว"], ["✓", "✓"]],
      [DEFAULT_SHEET_NAMES.settings]: [
        ["agency", "ของฉัน"],
        ["sheet:scores", "=A1"],
      ],
      [SUMMARY_SHEET_NAME]: [["สรุปของฉัน", "ดำเนินการแล้ว"]],
    },
  });
}

/**
 * Typed on a summary sheet of ours: under its text, in the hidden column beside its marker, and right of
 * it, where its fingerprint does not look.
 */
const TYPED_ON_SUMMARY: Readonly<Record<string, string>> = {
  A45: "เสนอผู้บริหารแล้ว",
  H5: "หมายเหตุ",
  J3: "บันทึกของฉัน",
};

/** A summary made from the Thai digits case, then `typed` into it. */
async function summaryTypedIn(typed: Readonly<Record<string, string>>): Promise<FakeExcel> {
  const fake = await excelWith(hostileCase("Thai digits").content);
  await summarise(fake);
  const sheet = fake.context.workbook.worksheets.getItem(SUMMARY_SHEET_NAME);
  for (const [address, text] of Object.entries(typed)) sheet.getRange(address).values = [[text]];
  await fake.context.sync();
  fake.resetStats();
  return fake;
}

/** The grid with `rows` measures typed below its header, measure to period, none with a status marked. */
async function longGrid(rows: number): Promise<FakeExcel> {
  const fake = await excelWith({});
  const columns = HEADERS.slice(HEADERS.indexOf("มาตรการ/กิจกรรม"), HEADERS.indexOf("ระยะเวลาดำเนินการ") + 1);
  const typed = (header: string, index: number) =>
    ({
      "มาตรการ/กิจกรรม": `'มาตรการ ${index + 1}`,
      ผู้รับผิดชอบ: "สำนักปลัด",
      ระยะเวลาดำเนินการ: "ธ.ค. 2568 - มี.ค. 2569",
    })[header] ?? "";
  if (rows > 0) {
    const address = `${columnOf(columns[0] as string)}6:${columnOf(columns.at(-1) as string)}${rows + 5}`;
    fake.context.workbook.worksheets.getItem(IIT).getRange(address).values = Array.from(
      { length: rows },
      (_, index) => columns.map((header) => typed(header, index)),
    );
    await fake.context.sync();
  }
  fake.resetStats();
  return fake;
}

describe.each(EXCEL_CASES)("$title, in Excel", ({ title, workbook }) => {
  test("every action finishes or refuses in words of its own, and changes no filled cell but scores it converts", async () => {
    const fake = await workbook();
    const before = filledCells(fake);
    const converting = scoreConversions((await check(fake)).problems);
    const refusals = await everyAction(fake);
    for (const [action, line] of Object.entries(refusals)) {
      expect({ action, line }).not.toEqual({ action, line: TH.failures.general });
    }
    const after = filledCells(fake);
    const converted = new Set(converting.map(({ sheet, address }) => `${sheet}!${address}`));
    const changed = [...before].filter(([cell, was]) => after.get(cell) !== was && !converted.has(cell));
    expect({ title, changed }).toEqual({ title, changed: [] });
  }, 60_000);
});

describe("merged cells across the grid", () => {
  const { content } = hostileCase("merged cells across the grid");

  test("check: a measure merged down its steps' rows is one measure; a merge across columns fills each", async () => {
    expect(problemsAt(await checked(content), IIT)).toEqual([]);
  });

  test("check before ExcelApi 1.13, which cannot read merged areas: the steps' rows are read as measures", async () => {
    const rows = problemsAt(await checked(content, "1.9"), IIT).map((line) => Number(/\d+/.exec(line)?.[0]));
    expect([...new Set(rows)]).toEqual([13, 14, 15]);
  });

  test("insert: keeps the merges and writes nothing into the merged rows", async () => {
    const fake = await excelWith(content);
    const merges = fake.sheet(IIT).merges();
    const rows = fake.sheet(IIT).formulas("A12:T15");
    await insert(fake, { agency: AGENCY });
    expect(fake.sheet(IIT).merges()).toEqual(merges);
    expect(fake.sheet(IIT).formulas("A12:T15")).toEqual(rows);
  });
});

describe("hidden, moved and deleted columns", () => {
  /** Each problem of the grid as "row rule header", the header read from the case's own header row. */
  function byHeader(problems: readonly Problem[], content: HostileContent): string[] {
    return problems
      .filter((problem) => problem.sheet === IIT)
      .map((problem) => `${problem.row} ${problem.rule} ${content.grid?.[`${problem.column}5`] as string}`);
  }

  test("check: finds each column by its header wherever it was moved, with one deleted", async () => {
    const expected = [
      "7 required.responsible ผู้รับผิดชอบ",
      "8 required.summaryWhenDone สรุปผลการดำเนินการ",
      "9 indicator.wrongTool ตัวชี้วัด",
    ];
    for (const title of ["moved columns", "deleted columns"]) {
      const { content } = hostileCase(title);
      expect({ title, found: byHeader(await checked(content), content) }).toEqual({ title, found: expected });
    }
  });

  test("insert: writes no header over a moved one, and says the grid was left as it is", async () => {
    const fake = await excelWith(hostileCase("moved columns").content);
    const result = await insert(fake, { agency: AGENCY });
    expect(result.repaired).toEqual([]);
    expect(result.rearranged).toEqual([IIT]);
  });

  test("insert after a deletion: the grid is left as it is, not refilled by column under the wrong headers", async () => {
    const fake = await excelWith(hostileCase("deleted columns").content);
    const before = filledCells(fake);
    const result = await insert(fake, { agency: AGENCY });
    expect(result.repaired).toEqual([]);
    expect(result.rearranged).toEqual([IIT]);
    expect(fake.sheet(IIT).values("S5:T5")).toEqual([["ระดับ", ""]]);
    expect(filledCells(fake)).toEqual(before);
  });

  test("hidden: nothing in src/excel reads or sets whether a row or column is hidden", () => {
    const folder = path.join(__dirname, "..", "..", "src", "excel");
    const touching = readdirSync(folder).filter((file) =>
      /columnHidden|rowHidden|\.hidden\b|getHiddenRanges/.test(readFileSync(path.join(folder, file), "utf8")),
    );
    expect(touching).toEqual([]);
  });
});

test("formulas returning #REF! or #N/A: a status, period or score showing an error is reported with it", async () => {
  const problems = await checked(hostileCase("formulas returning #REF! or #N/A").content);
  expect(
    problems.map(({ sheet, column, row, rule, params }) => [sheet, `${column}${row}`, rule, params]),
  ).toEqual([
    [SCORES, "C6", "score.notNumber", { text: "#N/A" }],
    [SCORES, "C7", "score.notNumber", { text: "#DIV/0!" }],
    [IIT, `${columnOf("ยังไม่ดำเนินการ")}6`, "status.unknownMark", { text: "#N/A" }],
    [IIT, `${columnOf("ระยะเวลาดำเนินการ")}7`, "period.unreadable", { text: "#REF!" }],
  ]);
});

describe("what the summary counts in each case", () => {
  /** Each tool's rows as not started, in progress, done and in all, as the summary counts IIT's. */
  const counted = (notStarted: number, inProgress: number, done: number, rows: number) => ({
    notStarted,
    inProgress,
    done,
    rows,
  });

  test.each([
    // A measure merged down over its three steps' rows is one row.
    ["merged cells across the grid", counted(2, 0, 0, 2), 10, []],
    ["moved columns", counted(3, 0, 1, 4), 10, []],
    ["deleted columns", counted(3, 0, 1, 4), 10, []],
    // A status showing #N/A is none of the three; scores showing errors are missing.
    ["formulas returning #REF! or #N/A", counted(2, 0, 0, 3), 10, []],
    ["cells of 100,000 characters", counted(2, 0, 0, 2), 10, []],
    // ✔️ is a mark; 👍🏽 is none.
    ["emoji and stacked Thai marks", counted(3, 0, 0, 4), 10, []],
    ["text starting with = + - @", counted(2, 0, 0, 2), 10, []],
    // Two scores typed as text or in Thai digits count as numbers: the eight others are missing.
    ["numbers stored as text", counted(1, 0, 0, 1), 8, []],
    ["Thai digits", counted(1, 0, 0, 1), 8, []],
    // The date cell is quoted as the date Excel shows, as the check quotes it.
    ["dates as serial numbers and as text", counted(2, 2, 0, 4), 10, ["6 31 มี.ค. 2568", "7 31/3/2568"]],
  ])(
    "%s: IIT's rows by status, the scores missing and the rows overdue",
    async (title, progress, missing, overdue) => {
      const { summary } = await summarise(await excelWith(hostileCase(title).content));
      expect(summary.progress.IIT).toEqual(progress);
      expect(summary.missingScores).toHaveLength(missing);
      expect(summary.overdue.map(({ row, period }) => `${row} ${period}`)).toEqual(overdue);
    },
  );
});

test("cells of 100,000 characters: reported with a short quote of them", async () => {
  const problems = await checked(hostileCase("cells of 100,000 characters").content);
  expect(problems.map((problem) => problem.rule)).toEqual(["score.outOfRange", "period.unreadable"]);
  for (const problem of problems) {
    for (const language of ["th", "en"] as const) {
      expect(problemMessage(problem, language).length).toBeLessThan(200);
    }
  }
});

describe("emoji and stacked Thai marks", () => {
  test("check: a status sign that is no mark is quoted whole; an emoji tick (✔️) is a mark", async () => {
    const problems = await checked(hostileCase("emoji and stacked Thai marks").content);
    expect(problems.map(({ column, row, rule, params }) => [`${column}${row}`, rule, params])).toEqual([
      [`${columnOf("ยังไม่ดำเนินการ")}6`, "status.unknownMark", { text: "👍🏽" }],
      [`${columnOf("ระยะเวลาดำเนินการ")}9`, "period.unreadable", { text: "👍🏽" }],
    ]);
    expect(problemMessage(problems[0] as Problem, "th")).toContain("“👍🏽”");
  });

  test("insert: an agency named with them is written as typed", async () => {
    const agency = "อบต.ก่่่ 👨‍👩‍👧 👍🏽";
    const fake = createFakeExcel();
    await insert(fake, { agency });
    // A grid's titles start after its number and indicator, which its second printed page repeats.
    expect([fake.sheet(SCORES).cell("A2").value, fake.sheet(IIT).cell("C2").value]).toEqual([agency, agency]);
  });
});

test("text starting with = + - @: typed as text, it is read as text", async () => {
  const fake = await excelWith(hostileCase("text starting with = + - @").content);
  expect(fake.sheet(IIT).cell(`${columnOf("มาตรการ/กิจกรรม")}6`)).toMatchObject({
    value: "=SUM(1,2)",
    formula: null,
  });
  expect((await check(fake)).problems).toEqual([]);
});

describe("numbers stored as text and Thai digits", () => {
  test.each([
    ["numbers stored as text", "score.numberAsText", [95, 88.5]],
    ["Thai digits", "score.thaiDigits", [94.7, 100]],
  ] as const)(
    "%s: a warning on each score, converted on request into numbers, then a clean check",
    async (title, rule, numbers) => {
      const fake = await excelWith(hostileCase(title).content);
      const { problems } = await check(fake);
      expect(
        problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row} ${problem.rule}`),
      ).toEqual([`${SCORES}!C6 ${rule}`, `${SCORES}!C7 ${rule}`]);
      expect(await convertScores(fake.context, scoreConversions(problems))).toBe(2);
      expect(fake.sheet(SCORES).values("C6:C7")).toEqual(numbers.map((number) => [number]));
      expect((await check(fake)).problems).toEqual([]);
    },
  );
});

test("dates as serial numbers and as text: read as the day they are, a year typed as a number is not a period", async () => {
  const problems = await checked(hostileCase("dates as serial numbers and as text").content);
  const period = columnOf("ระยะเวลาดำเนินการ");
  const end = { year: 2025, month: 3, day: 31 };
  expect(problems.map(({ column, row, rule, params }) => [`${column}${row}`, rule, params])).toEqual([
    ["C6", "score.outOfRange", { text: "45747" }],
    [`${period}6`, "period.overdue", { text: "31 มี.ค. 2568", end }],
    [`${period}7`, "period.overdue", { text: "31/3/2568", end }],
    [`${period}8`, "period.unreadable", { text: "2568" }],
  ]);
});

describe("protected sheets", () => {
  test("insert: refused before anything is written, naming the sheets", async () => {
    const fake = await protectedWorkbook();
    const before = filledCells(fake);
    const failure = insert(fake, { agency: AGENCY });
    await expect(failure).rejects.toBeInstanceOf(ProtectedSheetsError);
    const line = paneLine(await failure.catch((error: unknown) => error));
    expect(line).toBe(TH.failures.protectedSheets(`“${SCORES}”, “${IIT}”`));
    expect(filledCells(fake)).toEqual(before);
  });

  test("check: reads protected sheets; converting a protected score is refused in the pane's words", async () => {
    const fake = await protectedWorkbook();
    const { problems } = await check(fake);
    expect(problems.map((problem) => problem.rule)).toEqual(["score.thaiDigits", "score.thaiDigits"]);
    const failure = convertScores(fake.context, scoreConversions(problems)).catch((error: unknown) => error);
    expect(paneLine(await failure)).toBe(TH.failures.protectedSheets(""));
    expect(fake.sheet(SCORES).values("C6")).toEqual([["๙๔.๗๐"]]);
  });

  test("insert: a protected sheet of the user's own does not stop it", async () => {
    const fake = await excelWith({});
    fake.context.workbook.worksheets.add("ของฉัน").protection.protect();
    await fake.context.sync();
    await expect(insert(fake, { agency: AGENCY })).resolves.toMatchObject({ created: [], repaired: [] });
  });
});

test("a sheet named like ours that is not ours: left alone, ours take another name, and the check reads it by its headers", async () => {
  const fake = await namesTaken();
  const theirs = [IIT, DEFAULT_SHEET_NAMES.settings, SUMMARY_SHEET_NAME];
  const before = theirs.map((sheet) => fake.sheet(sheet).formulas("A1:T40"));
  const result = await insert(fake, { agency: AGENCY });
  expect(result.renamed).toEqual([
    { wanted: IIT, got: `${IIT} (2)` },
    { wanted: DEFAULT_SHEET_NAMES.settings, got: `${DEFAULT_SHEET_NAMES.settings} (2)` },
  ]);
  const { problems } = await check(fake);
  // The user's own two-status table is a grid to the check; ours are fresh and clean.
  expect(
    problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row} ${problem.rule}`),
  ).toEqual([`${IIT}!A3 status.many`]);
  expect(await summarise(fake)).toMatchObject({ sheet: `${SUMMARY_SHEET_NAME} (2)`, keptEdited: null });
  expect(theirs.map((sheet) => fake.sheet(sheet).formulas("A1:T40"))).toEqual(before);
});

describe("a summary sheet someone typed in", () => {
  test.each(Object.entries(TYPED_ON_SUMMARY))(
    "typed in %s: the sheet is kept as it is and the new summary goes beside it",
    async (address, text) => {
      const fake = await summaryTypedIn({ [address]: text });
      const before = fake.sheet(SUMMARY_SHEET_NAME).formulas("A1:V60");
      expect(await summarise(fake)).toMatchObject({
        sheet: `${SUMMARY_SHEET_NAME} (2)`,
        keptEdited: SUMMARY_SHEET_NAME,
      });
      expect(fake.sheet(SUMMARY_SHEET_NAME).formulas("A1:V60")).toEqual(before);
    },
  );
});

describe("a workbook without ITA sheets", () => {
  /** A budget sheet of the user's and nothing of ours. */
  const budgetOnly = () =>
    createFakeExcel({
      sheets: {
        งบประมาณ: [
          ["รายการ", "จำนวนเงิน"],
          ["ค่าวัสดุ", 1200],
        ],
      },
    });

  test("summary: refused after its one read, before anything is written; check: no grid", async () => {
    const fake = budgetOnly();
    const before = filledCells(fake);
    await expect(summarise(fake)).rejects.toBeInstanceOf(NoItaSheetsError);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.sheetNames()).toEqual(["งบประมาณ"]);
    expect(filledCells(fake)).toEqual(before);
    expect((await check(fake)).problems.map((problem) => problem.rule)).toEqual(["grid.none"]);
  });

  test("summary: the pane says the workbook has no ITA sheets, and what to press", async () => {
    const refusal = await summarise(budgetOnly()).catch((error: unknown) => error);
    expect(paneLine(refusal)).toBe(TH.failures.noItaSheets);
  });
});

test("a 50,000-row grid: the insert costs what it costs on an empty grid; the check reads it in one sync, the summary in one and writes in one", async () => {
  const empty = await longGrid(0);
  await insert(empty, { agency: AGENCY });
  const long = await longGrid(50_000);
  await insert(long, { agency: AGENCY });
  expect(long.stats.operationsPerSync).toEqual(empty.stats.operationsPerSync);
  long.resetStats();
  const { counts } = await check(long);
  expect(long.stats.syncs).toBe(1);
  // Every row: no status marked (an error), no indicator named (a warning).
  expect(counts.bySheet[IIT]).toEqual({ errors: 50_000, warnings: 50_000 });
  long.resetStats();
  const { summary } = await summarise(long);
  expect(long.stats.syncs).toBe(2);
  // Rows without a status mark are counted, in none of the three statuses.
  expect(summary.progress.IIT).toEqual({ notStarted: 0, inProgress: 0, done: 0, rows: 50_000 });
}, 60_000);
