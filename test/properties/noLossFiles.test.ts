// The no-loss property on .xlsx files, through the command line's own functions: a workbook made by
// `ita-tracker new` or of the user's own, cells typed into it anywhere (our grids and score cells too),
// saved; then `ita-tracker` commands on it in any order, repeated. After every command each cell the
// user typed reads back as typed. `new --force`, which replaces a file because the user said so, is not
// among them; `new` without it must leave the file alone. A new command is one more entry in COMMANDS.
import type { CellValue as ExcelCellValue, Workbook } from "exceljs";
import { Workbook as NewWorkbook } from "exceljs";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { formatIsoDate } from "../../src/domain/thaiCalendar";
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

const COMMANDS: readonly Command[] = [
  // 1 when the grids hold errors, as random typing makes them.
  {
    name: "check",
    argv: (file) => ["check", file, "--json", "--today", formatIsoDate(TODAY)],
    exits: [0, 1],
  },
  // The file exists: refused, in one line, and left as it was.
  { name: "new", argv: (file) => ["new", file, "--year", "2568"], exits: [2] },
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

/** The standard workbook, or one of the user's own sheets (some named like ours), with `typing` done. */
function userWorkbook(standard: boolean, ownSheets: readonly string[], typing: readonly Typing[]) {
  const made = standard ? standardWorkbook({ ...defaultSettings(TODAY), agency: "อบต.มะเฟือง" }) : null;
  const workbook: Workbook = made?.workbook ?? new NewWorkbook();
  for (const name of ownSheets) {
    const taken = workbook.worksheets.some((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
    if (!taken) workbook.addWorksheet(name);
  }
  if (workbook.worksheets.length === 0) workbook.addWorksheet("Sheet1");
  // The settings sheet is the add-in's record, hidden from users: nobody types in it.
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== "veryHidden");
  for (const { sheet, row, column, value } of typing) {
    const target = sheets[sheet % sheets.length];
    if (target) target.getCell(row, column).value = cellValue(value as string | number | boolean);
  }
  return { workbook, tables: made?.tables ?? [] };
}

/** Every cell of the visible sheets that holds something: what the user has in the file. */
function userCells(snapshot: WorkbookSnapshot): Map<string, Pick<CellSnapshot, "value" | "formula">> {
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

describe("no command ever changes a cell the user typed (.xlsx files)", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "ita-no-loss-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("for any workbook, any typing and any commands in any order", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        distinctSheetNames({ minLength: 0, maxLength: 3 }),
        fc.array(typing, { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom(...COMMANDS.map(({ name }) => name)), { minLength: 1, maxLength: 4 }),
        async (standard, ownSheets, typed, commands) => {
          const file = path.join(folder, `ITA-${(run += 1)}.xlsx`);
          const { workbook, tables } = userWorkbook(standard, ownSheets, typed);
          writeFileSync(file, await workbookBuffer(workbook, tables));
          const before = userCells(await readWorkbookSnapshot(file));
          for (const name of commands) {
            const command = COMMANDS.find((each) => each.name === name) as Command;
            const { code, stderr } = await runCli(command.argv(file));
            expect(command.exits).toContain(code);
            // A refusal is one line; a command that ran says nothing on stderr.
            expect(stderr === "" ? 0 : stderr.trimEnd().split("\n").length).toBe(code === 2 ? 1 : 0);
            const after = userCells(await readWorkbookSnapshot(file));
            const changed = [...before].filter(
              ([address, cell]) => JSON.stringify(after.get(address)) !== JSON.stringify(cell),
            );
            expect({ after: name, changed }).toEqual({ after: name, changed: [] });
          }
        },
      ),
      { numRuns: 50 },
    );
  }, 300_000);
});
