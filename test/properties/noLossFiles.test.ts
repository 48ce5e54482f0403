// The no-loss property on .xlsx files, through the command line's own functions: a workbook made by
// `ita-tracker new` or of the user's own, cells typed into it anywhere (our grids and score cells too),
// saved; then `ita-tracker` commands on it in any order, repeated, with more typing between them, into
// the summary sheet `summary --write` adds too. After every command each cell the user typed reads back
// as typed: a summary sheet someone typed in is kept, and only one nobody typed in is replaced.
// `new --force`, which replaces a file because the user said so, is not among them; `new` without it
// must leave the file alone. A new command is one more entry in COMMANDS.
import type { CellValue as ExcelCellValue, Workbook } from "exceljs";
import { Workbook as NewWorkbook } from "exceljs";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { formatIsoDate } from "../../src/domain/thaiCalendar";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import type { CellSnapshot, WorkbookSnapshot } from "../../src/xlsx/snapshot";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { TODAY } from "../excel/insertFixture";
import { distinctSheetNames, typedCell, typedValue } from "./userContent";

interface Command {
  readonly name: string;
  readonly argv: (file: string) => string[];
  /** The exit codes that mean the command did its job (or refused as it should). */
  readonly exits: readonly number[];
}

const ON_TODAY = ["--today", formatIsoDate(TODAY)];

const COMMANDS: readonly Command[] = [
  // 1 when the grids hold errors, as random typing makes them.
  { name: "check", argv: (file) => ["check", file, "--json", ...ON_TODAY], exits: [0, 1] },
  // The file exists: refused, in one line, and left as it was.
  { name: "new", argv: (file) => ["new", file, "--year", "2568"], exits: [2] },
  // 2 for a workbook with neither a score sheet nor a grid, which it refuses in one line.
  { name: "summary", argv: (file) => ["summary", file, "--json", ...ON_TODAY], exits: [0, 2] },
  { name: "summary --write", argv: (file) => ["summary", file, "--write", ...ON_TODAY], exits: [0, 2] },
];

type Typing = {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
};

/** What a user types into a cell of a file, as Excel saves it: "=…" as a formula, the rest as values. */
function cellValue(value: string | number | boolean): ExcelCellValue {
  return typeof value === "string" && value.length > 1 && value.startsWith("=")
    ? { formula: value.slice(1) }
    : value;
}

/** Types into the sheets a user sees; the settings sheet is the add-in's record, hidden from them. */
function typeInto(workbook: Workbook, typing: readonly Typing[]): void {
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== "veryHidden");
  for (const { sheet, row, column, value } of typing) {
    const target = sheets[sheet % sheets.length];
    if (target) target.getCell(row, column).value = cellValue(value as string | number | boolean);
  }
}

/** The standard workbook, or one of the user's own sheets (some named like ours), with `typing` done. */
function userWorkbook(standard: boolean, ownSheets: readonly string[], typing: readonly Typing[]) {
  const made = standard ? standardWorkbook({ ...defaultSettings(TODAY), agency: "อบต.มะเฟือง" }) : null;
  const workbook: Workbook = made?.workbook ?? new NewWorkbook();
  for (const name of ownSheets) {
    const taken = workbook.worksheets.some((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
    if (!taken) workbook.addWorksheet(name);
  }
  if (workbook.worksheets.length === 0) workbook.addWorksheet("Sheet1");
  typeInto(workbook, typing);
  return { workbook, tables: made?.tables ?? [] };
}

type UserCells = Map<string, Pick<CellSnapshot, "value" | "formula">>;

/**
 * Opens the file as a user would, types into it, saves it, and adds to `typed` each cell the typing
 * changed: typing over a cell what it already held leaves nothing to tell it from the cell as it was.
 */
async function typeIntoFile(file: string, typing: readonly Typing[], typed: UserCells): Promise<void> {
  const was = userCells(await readWorkbookSnapshot(file));
  const { workbook, tables } = await loadWorkbook(file);
  typeInto(workbook, typing);
  writeFileSync(file, await workbookBuffer(workbook, tables));
  const now = userCells(await readWorkbookSnapshot(file));
  for (const [address, cell] of now) {
    if (JSON.stringify(cell) !== JSON.stringify(was.get(address))) typed.set(address, cell);
  }
}

/** Every cell of the visible sheets that holds something: what the user has in the file. */
function userCells(snapshot: WorkbookSnapshot): UserCells {
  return new Map(
    snapshot.sheets
      .filter((sheet) => sheet.visibility !== "VeryHidden")
      .flatMap((sheet) =>
        Object.entries(sheet.cells)
          .filter(([, cell]) => cell.value !== null || cell.formula !== null)
          .map(([address, { value, formula }]) => [`${sheet.name}!${address}`, { value, formula }] as const),
      ),
  );
}

const typing: fc.Arbitrary<Typing> = fc
  .tuple(fc.nat(), typedCell, typedValue)
  .map(([sheet, cell, value]) => ({ sheet, ...cell, value }));

type Step =
  | { readonly kind: "command"; readonly name: string }
  | { readonly kind: "type"; readonly typing: readonly Typing[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(...COMMANDS.map(({ name }) => name))
      .map((name): Step => ({ kind: "command", name })),
    weight: 3,
  },
  {
    arbitrary: fc
      .array(typing, { minLength: 1, maxLength: 6 })
      .map((cells): Step => ({ kind: "type", typing: cells })),
    weight: 1,
  },
);

describe("no command ever changes a cell the user typed (.xlsx files)", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "ita-no-loss-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("for any workbook, any typing and any commands in any order, typing between them", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        distinctSheetNames({ minLength: 0, maxLength: 3 }),
        fc.array(typing, { minLength: 1, maxLength: 30 }),
        fc.array(step, { minLength: 1, maxLength: 5 }),
        async (standard, ownSheets, typed, steps) => {
          const file = path.join(folder, `ITA-${(run += 1)}.xlsx`);
          const { workbook, tables } = userWorkbook(standard, ownSheets, typed);
          writeFileSync(file, await workbookBuffer(workbook, tables));
          const before = userCells(await readWorkbookSnapshot(file));
          for (const each of steps) {
            if (each.kind === "type") {
              await typeIntoFile(file, each.typing, before);
              continue;
            }
            const command = COMMANDS.find(({ name }) => name === each.name) as Command;
            const { code, stderr } = await runCli(command.argv(file));
            expect(command.exits).toContain(code);
            // A refusal is one line; a command that ran says nothing on stderr.
            expect(stderr === "" ? 0 : stderr.trimEnd().split("\n").length).toBe(code === 2 ? 1 : 0);
            const after = userCells(await readWorkbookSnapshot(file));
            const changed = [...before].filter(
              ([address, cell]) => JSON.stringify(after.get(address)) !== JSON.stringify(cell),
            );
            expect({ after: each.name, changed }).toEqual({ after: each.name, changed: [] });
          }
        },
      ),
      { numRuns: 50 },
    );
  }, 300_000);
});
