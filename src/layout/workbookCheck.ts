// The pure middle of a check, as insertPlan is of an insert: what an executor read of every sheet in,
// the problems out, each at a sheet, a row and a column letter. Which sheet is which comes from the
// settings sheet's registry where the workbook has one, and from the sheets' own headers otherwise.
import {
  RULE_SEVERITY,
  type Finding,
  type RuleId,
  type RuleParams,
  type Severity,
} from "../domain/checkRules";
import { TOOL_IDS, type Framework, type RulesInForce, type ToolId } from "../domain/framework";
import { rulesInForce } from "../domain/frameworks";
import { readTrackingGrid } from "../domain/gridCheck";
import { findTrackingGrid } from "../domain/gridColumns";
import { toolOfTitle } from "../domain/gridTool";
import type { OitRegisterRow } from "../domain/oitRegister";
import { checkOitRegister } from "../domain/oitRegisterCheck";
import {
  checkScoreTable,
  findScoreTable,
  previousScoreCells,
  scoreCells,
  scoreRows,
} from "../domain/scoreCheck";
import { SheetCells, type CellArea, type Cells } from "../domain/sheetCells";
import type { TrackedGrid } from "../domain/summary";
import type { CalendarDate } from "../domain/thaiCalendar";
import { defaultFiscalYear, defaultSettings, type WorkbookSettings } from "../domain/workbookSettings";
import { columnLetter, parseRange } from "./a1";
import { sheetPrefix } from "./formulaText";
import { findSettings, type SheetContents } from "./insertPlan";
import { readOitRegisterForCheck } from "./oitRegisterSheet";
import { gridRole, type SheetRegistry } from "./sheetNames";
import { SUMMARY_MARK } from "./sheetMark";

export interface CheckedSheet {
  readonly name: string;
  /** The sheet's values from A1 to its last used cell, as range.values gives them. */
  readonly values: Cells;
  /** Its merged areas, "B6:B8" or "'ติดตาม IIT'!B6:B8"; without them a merged cell counts in its first row only. */
  readonly merges?: readonly string[];
}

/** What both executors read for a check: the values to check, and formulas for the settings sheet. */
export type SheetForCheck = SheetContents & CheckedSheet;

/** What the settings sheet says (readSettingsSheet): the workbook's year, and which sheet is which. */
export interface StoredWorkbook {
  readonly settings: WorkbookSettings;
  readonly registry: SheetRegistry;
}

export interface WorkbookCheckInput {
  /** Every sheet, in tab order. */
  readonly sheets: readonly CheckedSheet[];
  /** Null for a workbook without our settings sheet: defaults for `today` are assumed. */
  readonly stored: StoredWorkbook | null;
  readonly today: CalendarDate;
}

/**
 * One problem. `sheet` is null for the workbook as a whole (no grid at all, a grid deleted); `row` and
 * `column` are null for a sheet as a whole (its headers gone).
 */
export type Problem = {
  readonly [R in RuleId]: {
    readonly rule: R;
    readonly severity: Severity;
    readonly sheet: string | null;
    readonly row: number | null;
    readonly column: string | null;
    readonly params: RuleParams[R];
  };
}[RuleId];

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  /** Sheets with at least one problem; problems of the workbook as a whole are in the totals only. */
  readonly bySheet: Readonly<Record<string, { readonly errors: number; readonly warnings: number }>>;
}

export interface WorkbookCheck {
  /** The workbook's own problems first, then sheet by sheet in tab order, row by row, left to right. */
  readonly problems: readonly Problem[];
  readonly counts: ProblemCounts;
  /**
   * The host could not say which cells are merged (Excel before ExcelApi 1.13, or past its 512 areas):
   * a row under a merged cell may then be reported as missing what the merged cell holds.
   */
  readonly mergesUnknown?: boolean;
}

/** A check with what it read, which a summary counts and scores. */
export interface WorkbookReading extends WorkbookCheck {
  /** Every grid's rows, in tab order. */
  readonly grids: readonly TrackedGrid[];
  /** The OIT register's items, of the registered sheet or else the first found; null when there is none. */
  readonly oitRegister: readonly OitRegisterRow[] | null;
  /** The score list's cells, top to bottom, of the score sheet checked; null when none was found. */
  readonly scoreCells: readonly unknown[] | null;
  /** Their addresses with the sheet's name, "'คะแนน ITA'!C7"; null with scoreCells. */
  readonly scoreAddresses: readonly string[] | null;
  /** Last year's scores beside them (a workbook made by next-year), top to bottom; null when none. */
  readonly previousScoreCells: readonly unknown[] | null;
  /** The settings the workbook was checked with: its own, or defaults for `today`. */
  readonly settings: WorkbookSettings;
  readonly framework: Framework;
}

function problemOf<R extends RuleId>(
  rule: R,
  params: RuleParams[R],
  at: { sheet: string | null; row: number | null; column: string | null },
): Problem {
  // As with findings, the union cannot be narrowed by a generic R.
  return { rule, severity: RULE_SEVERITY[rule], params, ...at } as Problem;
}

function located(sheet: string, found: Finding): Problem {
  return problemOf(found.rule, found.params, { sheet, row: found.row, column: columnLetter(found.column) });
}

/** Excel compares sheet names without regard to case. */
function nameKey(name: string): string {
  return name.toLocaleUpperCase();
}

/** Merged areas Excel or ExcelJS gives, with or without the sheet's name; anything else is left out. */
export function mergedAreas(addresses: readonly string[]): CellArea[] {
  return addresses.flatMap((address) => {
    try {
      return [parseRange(address.slice(address.lastIndexOf("!") + 1))];
    } catch {
      return [];
    }
  });
}

/** The registry's grids that are there, by sheet name; those deleted or missing are reported. */
function registeredGrids(input: WorkbookCheckInput, problems: Problem[]): Map<string, ToolId> {
  const present = new Set(input.sheets.map((sheet) => nameKey(sheet.name)));
  const grids = new Map<string, ToolId>();
  for (const tool of TOOL_IDS) {
    const name = input.stored?.registry[gridRole(tool)];
    if (name === undefined) continue;
    if (name === "deleted" || !present.has(nameKey(name))) {
      problems.push(problemOf("grid.deleted", { tool }, { sheet: null, row: null, column: null }));
    } else if (!grids.has(nameKey(name))) {
      grids.set(nameKey(name), tool);
    }
  }
  return grids;
}

/** The rules the workbook follows; settings not read through readSettingsSheet may name a year without any. */
function frameworkOf(settings: WorkbookSettings, today: CalendarDate): Framework {
  // defaultFiscalYear only ever gives a year that has rules in force.
  const rules = rulesInForce(settings.fiscalYear) ?? (rulesInForce(defaultFiscalYear(today)) as RulesInForce);
  return rules.framework;
}

function countsOf(problems: readonly Problem[]): ProblemCounts {
  const bySheet: Record<string, { errors: number; warnings: number }> = {};
  let errors = 0;
  for (const problem of problems) {
    if (problem.severity === "error") errors += 1;
    if (problem.sheet === null) continue;
    const counts = (bySheet[problem.sheet] ??= { errors: 0, warnings: 0 });
    if (problem.severity === "error") counts.errors += 1;
    else counts.warnings += 1;
  }
  return { errors, warnings: problems.length - errors, bySheet };
}

/** A sheet that may be the one of a role: the registered sheet, or any while none is registered. */
function mayPlay(registered: string | undefined, name: string): boolean {
  return registered === undefined || registered === "deleted" || nameKey(registered) === nameKey(name);
}

/**
 * Checks every tracking grid (found by its status headers on any sheet), the OIT register and the
 * score sheet (each the registered one, or any sheet with its headers in a workbook without our
 * settings, or whose registered sheet was deleted; the first one found is summarised). A grid's tool is
 * the registry's word for a registered sheet, else the tool its title or sheet name names: the
 * registry follows renames, titles are what people edit. Never throws.
 */
export function checkWorkbook(input: WorkbookCheckInput): WorkbookReading {
  const { stored, today } = input;
  const settings = stored?.settings ?? defaultSettings(today);
  const framework = frameworkOf(settings, today);
  const workbookProblems: Problem[] = [];
  const grids = registeredGrids(input, workbookProblems);
  const scoreSheet = stored?.registry.scores;
  const registerSheet = stored?.registry["oit-register"];
  const sheetProblems: Problem[] = [];
  const trackedGrids: TrackedGrid[] = [];
  let scores: unknown[] | null = null;
  let scoreAddresses: string[] | null = null;
  let previousScores: unknown[] | null = null;
  let oitRegister: OitRegisterRow[] | null = null;

  for (const sheet of input.sheets) {
    // A summary sheet repeats the grids' status headers and the score header: it is ours, not theirs.
    if (SUMMARY_MARK.isOn(sheet.values)) continue;
    const cells = new SheetCells(sheet.values, mergedAreas(sheet.merges ?? []));
    const registered = grids.get(nameKey(sheet.name));
    const grid = findTrackingGrid(cells);
    let found: Finding[] = [];
    if (grid) {
      const tool = registered ?? toolOfTitle(cells, grid, sheet.name);
      const read = readTrackingGrid(cells, grid, { framework, tool, today });
      found = read.findings;
      trackedGrids.push({ sheet: sheet.name, tool, rows: read.rows });
    } else if (registered !== undefined) {
      const at = { sheet: sheet.name, row: null, column: null };
      sheetProblems.push(problemOf("grid.headersMissing", { tool: registered }, at));
    } else {
      const register = mayPlay(registerSheet, sheet.name) ? readOitRegisterForCheck(cells) : null;
      const table = register === null && mayPlay(scoreSheet, sheet.name) ? findScoreTable(cells) : null;
      if (register) {
        found = checkOitRegister(register.rows, register.columns, settings.fiscalYear);
        oitRegister ??= register.rows.map((row) => row.entry);
      } else if (table) {
        found = checkScoreTable(cells, table);
        if (scores === null) {
          scores = scoreCells(cells, table);
          const column = columnLetter(table.scoreColumn);
          scoreAddresses = scoreRows(cells, table).map((row) => `${sheetPrefix(sheet.name)}${column}${row}`);
          previousScores = previousScoreCells(cells, table);
        }
      }
    }
    const ordered = [...found].sort((a, b) => a.row - b.row || a.column - b.column);
    sheetProblems.push(...ordered.map((each) => located(sheet.name, each)));
  }

  if (trackedGrids.length === 0 && workbookProblems.length === 0 && grids.size === 0) {
    workbookProblems.push(problemOf("grid.none", {}, { sheet: null, row: null, column: null }));
  }
  const problems = [...workbookProblems, ...sheetProblems];
  return {
    problems,
    counts: countsOf(problems),
    grids: trackedGrids,
    oitRegister,
    scoreCells: scores,
    scoreAddresses,
    previousScoreCells: previousScores,
    settings,
    framework,
  };
}

/** A check of what an executor read: the settings sheet, where the workbook has ours, says what is what. */
export function checkSheets(sheets: readonly SheetForCheck[], today: CalendarDate): WorkbookReading {
  return checkWorkbook({ sheets, stored: findSettings(sheets, today), today });
}

/** The problems of one sheet, or of the workbook as a whole (`sheet` null), errors apart from warnings. */
export interface ProblemGroup {
  readonly sheet: string | null;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** As a report lists them: the workbook's own first, then sheet by sheet in tab order. */
export function problemsBySheet(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string | null, { sheet: string | null; errors: Problem[]; warnings: Problem[] }>();
  for (const problem of problems) {
    let group = groups.get(problem.sheet);
    if (group === undefined) {
      group = { sheet: problem.sheet, errors: [], warnings: [] };
      groups.set(problem.sheet, group);
    }
    (problem.severity === "error" ? group.errors : group.warnings).push(problem);
  }
  return [...groups.values()];
}
