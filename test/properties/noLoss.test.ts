// "Nothing the user typed is ever overwritten or deleted" (DESIGN.md), as a property on the fake host:
// any workbook of the user's own, any cells typed anywhere (in our grids' rows and score cells too),
// sheets deleted, ours among them, and the task pane's actions in any order, repeated, on any host from
// ExcelApi 1.1 to 1.17. After every action, every cell the user typed holds what they typed, value and
// formula, in any sheet: a summary sheet of ours that someone typed in is theirs too, and only one
// nobody typed in may be replaced. The one exception is the conversion of scores the user asked for,
// which writes into exactly the cells it listed the number their text meant. A new action is one more
// entry in ACTIONS.
import fc from "fast-check";
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { convertScores } from "../../src/excel/convertScores";
import { insertItaSheets } from "../../src/excel/insertItaSheets";
import { selectCell } from "../../src/excel/selectCell";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { cellAddress } from "../../src/layout/a1";
import { scoreConversions } from "../../src/layout/scoreConversions";
import { LAYOUT_MARKER_KEY } from "../../src/layout/settingsSheet";
import { NoItaSheetsError } from "../../src/layout/workbookSummary";
import { TODAY } from "../excel/insertFixture";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { distinctSheetNames, typedCell, typedValue, userSheetRows } from "./userContent";

/** What a cell holds, as the user left it. */
interface Typed {
  readonly value: unknown;
  readonly formula: string | null;
}

/** Every cell the user typed, by sheet and address, as it holds now. */
class TypedCells {
  private readonly sheets = new Map<string, Map<string, Typed>>();

  /** Records what landed in the cell; an empty cell is not content. */
  record(fake: FakeExcel, sheet: string, address: string): void {
    const { value, formula } = fake.sheet(sheet).cell(address);
    const cells = this.sheets.get(sheet) ?? new Map<string, Typed>();
    if (value === "" && formula === null) cells.delete(address);
    else cells.set(address, { value, formula });
    this.sheets.set(sheet, cells);
  }

  /** The user deleted the sheet, and all they typed in it with it. */
  forget(sheet: string): void {
    this.sheets.delete(sheet);
  }

  get(sheet: string, address: string): Typed | undefined {
    return this.sheets.get(sheet)?.get(address);
  }

  /** "Sheet!A1: was … now …" for every typed cell that no longer holds what was typed. */
  changes(fake: FakeExcel): string[] {
    const names = new Set(fake.sheetNames());
    return [...this.sheets].flatMap(([sheet, cells]) => {
      if (!names.has(sheet)) return [`${sheet}: the sheet is gone`];
      return [...cells].flatMap(([address, typed]) => {
        const { value, formula } = fake.sheet(sheet).cell(address);
        return value === typed.value && formula === typed.formula
          ? []
          : [`${sheet}!${address}: was ${JSON.stringify(typed)}, now ${JSON.stringify({ value, formula })}`];
      });
    });
  }
}

/** The number a score typed as text means, read without the code under test: Thai digits are ๐-๙. */
function meantNumber(typed: Typed | undefined): number | undefined {
  if (typed === undefined || typed.formula !== null || typeof typed.value !== "string") return undefined;
  const arabic = typed.value.trim().replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
  return /^\d+(\.\d+)?$/.test(arabic) ? Number(arabic) : undefined;
}

interface Action {
  readonly name: string;
  /** Runs the action as the task pane does; `typed` learns what the user asked to change. */
  readonly run: (fake: FakeExcel, typed: TypedCells) => Promise<void>;
}

const ACTIONS: readonly Action[] = [
  {
    name: "insert",
    run: async (fake) => {
      await insertItaSheets(fake.context, fake.isSetSupported, TODAY, { agency: "=อบต.มะเฟือง" });
    },
  },
  {
    name: "check",
    run: async (fake) => {
      await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
    },
  },
  {
    name: "convert scores",
    run: async (fake, typed) => {
      const { problems } = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
      const conversions = scoreConversions(problems);
      for (const { sheet, address, value } of conversions) {
        // Only a score the user typed as text, and only into the number that text means.
        expect({ address, meant: meantNumber(typed.get(sheet, address)) }).toEqual({ address, meant: value });
      }
      await convertScores(fake.context, conversions);
      conversions.forEach(({ sheet, address }) => typed.record(fake, sheet, address));
    },
  },
  {
    name: "select a problem's cell",
    run: async (fake) => {
      const { problems } = await checkItaWorkbook(fake.context, fake.isSetSupported, TODAY);
      const first = problems.find((problem) => problem.sheet !== null && problem.row !== null);
      if (first?.sheet) await selectCell(fake.context, first.sheet, `${first.column}${first.row}`);
    },
  },
  {
    name: "summary",
    run: async (fake) => {
      // Refused, before anything is written, while the workbook has nothing of ours to summarise.
      await summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY).catch((error: unknown) => {
        if (!(error instanceof NoItaSheetsError)) throw error;
      });
    },
  },
];

type Step =
  | { readonly kind: "action"; readonly name: string }
  | { readonly kind: "delete"; readonly sheet: number }
  | {
      readonly kind: "type";
      readonly sheet: number;
      readonly cells: readonly { row: number; column: number; value: string | number | boolean }[];
    };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(...ACTIONS.map(({ name }) => name))
      .map((name): Step => ({ kind: "action", name })),
    weight: 4,
  },
  { arbitrary: fc.nat().map((sheet): Step => ({ kind: "delete", sheet })), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      sheet: fc.nat(),
      cells: fc.array(
        fc.tuple(typedCell, typedValue).map(([cell, value]) => ({ ...cell, value })),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    weight: 4,
  },
);

/** The sheets a user can type in: every sheet but our hidden record of settings. */
function userSheets(fake: FakeExcel): string[] {
  return fake.sheetNames().filter((name) => fake.sheet(name).cell("A1").value !== LAYOUT_MARKER_KEY);
}

/** Deletes one of the user's sheets, ours among them, unless it is the last one shown, which Excel keeps. */
async function deleteSheet(fake: FakeExcel, typed: TypedCells, { sheet }: Extract<Step, { kind: "delete" }>) {
  const visible = fake.sheetNames().filter((name) => fake.sheet(name).visibility === "Visible");
  if (visible.length < 2) return;
  const name = visible[sheet % visible.length] as string;
  fake.context.workbook.worksheets.getItem(name).delete();
  await fake.context.sync();
  typed.forget(name);
}

async function type(fake: FakeExcel, typed: TypedCells, { sheet, cells }: Extract<Step, { kind: "type" }>) {
  const sheets = userSheets(fake);
  if (sheets.length === 0) return;
  const name = sheets[sheet % sheets.length] as string;
  const addresses = cells.map(({ row, column }) => cellAddress(row, column));
  const was = addresses.map((address) => fake.sheet(name).cell(address));
  const worksheet = fake.context.workbook.worksheets.getItem(name);
  cells.forEach(({ value }, index) => (worksheet.getRange(addresses[index]).values = [[value]]));
  await fake.context.sync();
  addresses.forEach((address, index) => {
    const { value, formula } = fake.sheet(name).cell(address);
    const same = value === was[index]?.value && formula === was[index]?.formula;
    // Typing over a cell what it already held leaves nothing to tell it from the cell as it was.
    if (!same || typed.get(name, address) !== undefined) typed.record(fake, name, address);
  });
}

describe("no action ever changes a cell the user typed (fake host)", () => {
  test("for any workbook, any typing and any actions in any order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("1.1", "1.4", "1.7", "1.9", "1.17"),
        distinctSheetNames({ minLength: 1, maxLength: 3 }).chain((names) =>
          fc.tuple(...names.map((name) => userSheetRows.map((rows) => [name, rows] as const))),
        ),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        async (apiVersion, sheets, steps) => {
          const fake = createFakeExcel({ apiVersion, sheets: Object.fromEntries(sheets) });
          const typed = new TypedCells();
          for (const [name, rows] of sheets) {
            rows.forEach((row, r) =>
              row.forEach((_, c) => typed.record(fake, name, cellAddress(r + 1, c + 1))),
            );
          }
          for (const each of steps) {
            if (each.kind === "type") await type(fake, typed, each);
            if (each.kind === "delete") await deleteSheet(fake, typed, each);
            if (each.kind !== "action") continue;
            await (ACTIONS.find((action) => action.name === each.name) as Action).run(fake, typed);
            expect({ after: each.name, changes: typed.changes(fake) }).toEqual({
              after: each.name,
              changes: [],
            });
          }
        },
      ),
      { numRuns: 2_000 },
    );
  }, 600_000);
});
