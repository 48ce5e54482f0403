// "Insert from the task pane and `ita-tracker new` give the same, complete workbook; both executors
// produce the same cells, formulas, validations and formats for a plan." For the same settings, the
// Office.js executor runs on the fake host and the .xlsx executor writes a file that ExcelJS reads back;
// both are reduced to the executor-neutral WorkbookSnapshot and compared sheet by sheet, every cell.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { CalendarDate } from "../../src/domain/thaiCalendar";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../src/domain/thresholds";
import { defaultSettings, type WorkbookSettings } from "../../src/domain/workbookSettings";
import { applyInsert } from "../../src/excel/applyInsert";
import { hostCapabilities } from "../../src/excel/capabilities";
import { insertItaSheets } from "../../src/excel/insertItaSheets";
import { cellAddress, columnNumber, parseRange } from "../../src/layout/a1";
import type { WorkbookPlan } from "../../src/layout/plan";
import { resolveSheetNames } from "../../src/layout/sheetNames";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { EMPTY_CELL, readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import type { CellSnapshot, Edge, SheetSnapshot, WorkbookSnapshot } from "../../src/xlsx/snapshot";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { createFakeExcel } from "../support/fakeExcel";
import { fakeSheetSnapshot, fakeWorkbookSnapshot, relativeForm } from "../support/fakeSnapshot";

/** 21 November 2025: fiscal year 2569 in Thailand. Every case names its fiscal year. */
const TODAY: CalendarDate = { year: 2025, month: 11, day: 21 };
const AGENCY = "เทศบาลตำบลคลองพน";
const CUSTOM_THRESHOLDS: Thresholds = { pass: 80, strength: 88, excellence: 96 };

// ---- what is compared, and what is not
//
// Compared: sheet names and order, visibility, tab colour; every cell that holds a value, a formula or
// a format (value, formula, number format, font name/size/bold/colour, solid fill, both alignments,
// wrap); the lines drawn between cells; merges; column widths and row heights; validations per cell
// (rule, list items, bounds, prompt, error style, title and text); conditional formats in priority
// order (range, formula, fill, font colour, bold); tables (name, range, headers, calculated columns);
// freeze panes; print setup (orientation, paper, fit to one page wide or scale, page order, title rows,
// centring, margins).
//
// Not compared, because the executor-neutral snapshot (src/xlsx/snapshot.ts) does not carry them, so
// neither side can be read for them: table style and banding, a validation's ignore-blanks and in-cell
// drop-down flags, border weight and colour, italic/underline/strike-through. By their code both
// executors set these alike (TableStyleLight1 without stripes, blanks allowed, thin black lines).
//
// Read alike on purpose, here and in fakeSnapshot.ts, and nowhere else:
// - A formula's cached value: the fake does not calculate (its README) and `ita-tracker new` saves no
//   results (fullCalcOnLoad), so both give null; fakeSnapshot.ts reads an uncalculated formula as null.
// - Borders are compared as the lines drawn, not per cell: Office.js draws the line between two cells
//   on both (the fake, as Excel, reports the bottom of B2 as the top of B3); the file keeps it on the
//   cells whose style has it. The same line is the same line.
// - Widths: Office.js sets points and the fake keeps them, the file keeps characters plus padding; both
//   are compared in Excel's character units, within half a pixel (0.5 / 7 of a character).
// - The fresh host's own sheet ("Sheet1") exists only on the task-pane side, as a new .xlsx has no
//   sheet but ours: it is checked to be untouched, then left out.

const WIDTH_TOLERANCE = 0.5 / 7;
/** What a column or row not given a size shows, in characters and points. */
const STANDARD_WIDTH = 8.43;
const STANDARD_HEIGHT = 15;

const BLANK_CELL = EMPTY_CELL;

// ---- the two sides

interface Case {
  readonly title: string;
  readonly agency: string;
  readonly fiscalYear: number;
  readonly thresholds: Thresholds;
}

/** The .xlsx side, read back from the file. */
interface FileSide {
  readonly snapshot: WorkbookSnapshot;
}

/** The task pane: "Insert ITA sheets" on a fresh host with every feature (ExcelApi 1.17). */
async function insertedFromTaskPane({ agency, fiscalYear, thresholds }: Case): Promise<WorkbookSnapshot> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  await insertItaSheets(fake.context, fake.isSetSupported, TODAY, { agency, fiscalYear, thresholds });
  return withoutHostSheet(fakeWorkbookSnapshot(fake));
}

/** `ita-tracker new` itself, to a file, read back. */
async function writtenByNew({ agency, fiscalYear, thresholds }: Case): Promise<FileSide> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "ita-same-"));
  try {
    const file = path.join(folder, "ITA.xlsx");
    const { pass, strength, excellence } = thresholds;
    const thresholdsOption = `${pass},${strength},${excellence}`;
    const argv = [
      "new",
      file,
      "--year",
      String(fiscalYear),
      "--org",
      agency,
      "--thresholds",
      thresholdsOption,
    ];
    const { code, stderr } = await runCli(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const bytes = readFileSync(file);
    return { snapshot: await readWorkbookSnapshot(bytes) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * What neither entry point lets a user choose (the digit style: the task pane's options and `new`'s
 * flags have none) goes one level down: the same plan through each executor, as a new workbook.
 */
async function officeExecutor(plan: WorkbookPlan): Promise<WorkbookSnapshot> {
  const fake = createFakeExcel({ apiVersion: "1.17" });
  const sheets = plan.sheets.map((sheet) => ({
    plan: sheet,
    existing: null,
    writes: sheet.content,
    validations: sheet.validations,
  }));
  await applyInsert(fake.context, hostCapabilities(fake.isSetSupported), sheets, []);
  return withoutHostSheet(fakeWorkbookSnapshot(fake));
}

async function xlsxExecutor(settings: WorkbookSettings): Promise<FileSide & { plan: WorkbookPlan }> {
  const { workbook, tables, plan } = standardWorkbook(settings);
  const bytes = await workbookBuffer(workbook, tables);
  return { snapshot: await readWorkbookSnapshot(bytes), plan };
}

function withoutHostSheet(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const [host, ...ours] = snapshot.sheets;
  expect(host).toEqual(fakeSheetSnapshot(createFakeExcel().sheet("Sheet1")));
  return { sheets: ours };
}

// ---- the comparison

interface Comparison {
  /** One line per difference, by sheet and address, the Office.js side first. */
  readonly differences: string[];
}

function compare(office: WorkbookSnapshot, file: WorkbookSnapshot): Comparison {
  const comparison: Comparison = { differences: [] };
  const names = (snapshot: WorkbookSnapshot) => snapshot.sheets.map((sheet) => sheet.name);
  if (show(names(office)) !== show(names(file))) {
    comparison.differences.push(`sheets: Office.js ${show(names(office))} | file ${show(names(file))}`);
  }
  for (const sheet of office.sheets) {
    const other = file.sheets.find((candidate) => candidate.name === sheet.name);
    if (other) compareSheets(sheet, other, comparison);
  }
  return comparison;
}

function compareSheets(office: SheetSnapshot, file: SheetSnapshot, { differences }: Comparison) {
  const at = (where: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b))
      differences.push(`'${office.name}'!${where}: Office.js ${show(a)} | file ${show(b)}`);
  };
  const a = withLines(office);
  const b = withLines(file);
  at("visibility", a.visibility, b.visibility);
  at("tab colour", a.tabColor, b.tabColor);
  for (const address of union(a.cells, b.cells).sort(byPosition)) {
    const [x, y] = [a.cells[address] ?? BLANK_CELL, b.cells[address] ?? BLANK_CELL];
    for (const key of Object.keys(BLANK_CELL) as (keyof CellSnapshot)[]) {
      at(`${address} ${key}`, x[key], y[key]);
    }
  }
  for (const line of [...new Set([...a.lines, ...b.lines])].sort()) {
    at(`line ${line}`, a.lines.has(line), b.lines.has(line));
  }
  at("merges", a.merges, b.merges);
  for (const column of union(a.columnWidths, b.columnWidths).sort(byPosition)) {
    const [x, y] = [a.columnWidths[column] ?? STANDARD_WIDTH, b.columnWidths[column] ?? STANDARD_WIDTH];
    if (Math.abs(x - y) > WIDTH_TOLERANCE) at(`column ${column} width`, x, y);
  }
  for (const row of union(a.rowHeights, b.rowHeights).map(Number)) {
    at(`row ${row} height`, a.rowHeights[row] ?? STANDARD_HEIGHT, b.rowHeights[row] ?? STANDARD_HEIGHT);
  }
  for (const address of union(a.validations, b.validations).sort(byPosition)) {
    at(`${address} validation`, a.validations[address] ?? null, b.validations[address] ?? null);
  }
  const rules = Math.max(a.conditionalFormats.length, b.conditionalFormats.length);
  for (let index = 0; index < rules; index++) {
    const [x, y] = [a.conditionalFormats[index] ?? null, b.conditionalFormats[index] ?? null];
    at(`conditional format ${index + 1}`, x, y);
  }
  at("tables", a.tables, b.tables);
  at("freeze", a.freeze, b.freeze);
  at("print", a.print, b.print);
}

/** A sheet with its borders taken out of the cells, as the set of lines drawn. */
function withLines(sheet: SheetSnapshot) {
  const lines = new Set<string>();
  const cells: Record<string, CellSnapshot> = {};
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const { top: row, left: column } = parseRange(address);
    cell.borders.forEach((edge) => lines.add(lineOf(edge, row, column)));
    cells[address] = { ...cell, borders: [] };
  }
  return { ...sheet, cells, lines };
}

/** "above B6" or "left of C6": the line under B5 is the line above B6. */
function lineOf(edge: Edge, row: number, column: number): string {
  switch (edge) {
    case "top":
      return `above ${cellAddress(row, column)}`;
    case "bottom":
      return `above ${cellAddress(row + 1, column)}`;
    case "left":
      return `left of ${cellAddress(row, column)}`;
    case "right":
      return `left of ${cellAddress(row, column + 1)}`;
  }
}

function union(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** Row by row, then column by column: B2 before A10. Column letters alone sort by column. */
function byPosition(a: string, b: string): number {
  const place = (address: string) => {
    const [, letters = "A", digits = "0"] = /^([A-Z]+)(\d*)$/.exec(address) ?? [];
    return { row: Number(digits), column: columnNumber(letters) };
  };
  const [x, y] = [place(a), place(b)];
  return x.row - y.row || x.column - y.column;
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** The first differences, readable in a failure message; [] when the workbooks are the same. */
function firstDifferences({ differences }: Comparison, count = 20): string[] {
  if (differences.length <= count) return differences;
  return [...differences.slice(0, count), `… and ${differences.length - count} more`];
}

/** What makes the workbook complete, per sheet, so that "the same" cannot mean "both empty". */
function outline(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    formulas: Object.values(sheet.cells).filter((cell) => cell.formula !== null).length,
    merges: sheet.merges.length,
    columnWidths: Object.keys(sheet.columnWidths).length,
    validatedCells: Object.keys(sheet.validations).length,
    conditionalFormats: sheet.conditionalFormats.length,
    tables: sheet.tables.map((table) => `${table.name}: ${table.calculatedColumns.length} calculated`),
    freeze: sheet.freeze,
    print: sheet.print && {
      paper: sheet.print.paper,
      fitToOnePageWide: sheet.print.fitToOnePageWide,
      scale: sheet.print.scale,
      titleColumns: sheet.print.titleColumns,
      overThenDown: sheet.print.overThenDown,
    },
  }));
}

/** The same outline, as the plan asks for it. */
function plannedOutline(plan: WorkbookPlan) {
  const cellCount = (address: string) => {
    const box = parseRange(address);
    return (box.bottom - box.top + 1) * (box.right - box.left + 1);
  };
  return plan.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    formulas: sheet.content.reduce(
      (sum, block) =>
        sum + (block.formulas ? block.formulas.flat().filter((formula) => formula !== "").length : 0),
      0,
    ),
    merges: sheet.merges.length,
    columnWidths: sheet.columnWidths.length,
    validatedCells: sheet.validations.reduce((sum, { address }) => sum + cellCount(address), 0),
    conditionalFormats: sheet.conditionalFormats.length,
    tables: sheet.table ? [`${sheet.table.name}: ${sheet.table.calculatedColumns.length} calculated`] : [],
    freeze: sheet.freeze ?? null,
    print: sheet.print
      ? {
          paper: sheet.print.paper,
          fitToOnePageWide: sheet.print.fitToOnePageWide,
          scale: sheet.print.fitToOnePageWide ? null : (sheet.print.scale ?? 100),
          titleColumns: sheet.print.titleColumns ?? null,
          overThenDown: sheet.print.overThenDown ?? false,
        }
      : null,
  }));
}

/** A title row's cell: column A, or C on a grid, whose number and indicator columns print twice. */
function titleCell(sheet: SheetSnapshot, row: number) {
  return [sheet.cells[`A${row}`], sheet.cells[`C${row}`]].find((cell) => cell?.value);
}

async function expectSameWorkbook(office: WorkbookSnapshot, file: FileSide, plan: WorkbookPlan) {
  const comparison = compare(office, file.snapshot);
  expect(firstDifferences(comparison)).toEqual([]);
  expect(outline(office)).toEqual(plannedOutline(plan));
  expect(outline(file.snapshot)).toEqual(plannedOutline(plan));
}

function settingsOf({ agency, fiscalYear, thresholds }: Case): WorkbookSettings {
  return { ...defaultSettings(TODAY), agency, fiscalYear, thresholds };
}

function planOf(settings: WorkbookSettings): WorkbookPlan {
  return workbookPlan(settings, resolveSheetNames([], {}).names);
}

// ---- the cases

const ENTRY_POINT_CASES: readonly Case[] = [
  { title: "2568, national thresholds", agency: AGENCY, fiscalYear: 2568, thresholds: DEFAULT_THRESHOLDS },
  { title: "2568, the agency's thresholds", agency: AGENCY, fiscalYear: 2568, thresholds: CUSTOM_THRESHOLDS },
  { title: "2565, national thresholds", agency: AGENCY, fiscalYear: 2565, thresholds: DEFAULT_THRESHOLDS },
  { title: "2565, the agency's thresholds", agency: AGENCY, fiscalYear: 2565, thresholds: CUSTOM_THRESHOLDS },
];

describe("Insert from the task pane and `ita-tracker new` give the same, complete workbook", () => {
  test.each(ENTRY_POINT_CASES)("$title", async (settings) => {
    const [office, file] = await Promise.all([insertedFromTaskPane(settings), writtenByNew(settings)]);
    await expectSameWorkbook(office, file, planOf(settingsOf(settings)));
  });
});

describe("both executors give the same workbook for a plan, in either digit style", () => {
  test.each([
    [2568, "thai", DEFAULT_THRESHOLDS, "ปีงบประมาณ พ.ศ. ๒๕๖๘"],
    [2568, "arabic", CUSTOM_THRESHOLDS, "ปีงบประมาณ พ.ศ. 2568"],
    [2565, "arabic", DEFAULT_THRESHOLDS, "ปีงบประมาณ พ.ศ. 2565"],
  ] as const)("%d, %s digits", async (fiscalYear, digitStyle, thresholds, yearTitle) => {
    const settings: WorkbookSettings = {
      ...defaultSettings(TODAY),
      agency: AGENCY,
      fiscalYear,
      thresholds,
      digitStyle,
    };
    const file = await xlsxExecutor(settings);
    const office = await officeExecutor(file.plan);
    await expectSameWorkbook(office, file, file.plan);
    for (const snapshot of [office, file.snapshot]) {
      const visible = snapshot.sheets.filter((sheet) => sheet.visibility === "Visible");
      expect(visible.map((sheet) => titleCell(sheet, 3)?.value)).toEqual(Array<string>(5).fill(yearTitle));
    }
  });
});

describe("an agency's name is text on both sides, never a formula", () => {
  test.each(['=HYPERLINK("http://x","y")', "+66 2 123 4567"])("%j", async (agency) => {
    const settings: Case = { title: agency, agency, fiscalYear: 2568, thresholds: DEFAULT_THRESHOLDS };
    const [office, file] = await Promise.all([insertedFromTaskPane(settings), writtenByNew(settings)]);
    await expectSameWorkbook(office, file, planOf(settingsOf(settings)));
    for (const snapshot of [office, file.snapshot]) {
      const [scores, iit, eit, oit, register, hidden] = snapshot.sheets;
      const agencyCells = [scores, iit, eit, oit, register].map((sheet) => sheet && titleCell(sheet, 2));
      for (const cell of [...agencyCells, hidden?.cells.B2]) {
        expect(cell).toMatchObject({ value: agency, formula: null });
      }
    }
  });
});

describe("the comparison itself", () => {
  let file: FileSide & { plan: WorkbookPlan };
  beforeAll(async () => {
    file = await xlsxExecutor(settingsOf(ENTRY_POINT_CASES[0] as Case));
  });

  test("names a changed cell, a missing line and a narrower column by sheet and address", () => {
    const [scores, ...rest] = file.snapshot.sheets as [SheetSnapshot, ...SheetSnapshot[]];
    const b6 = scores.cells.B6 as CellSnapshot;
    // The line left of B6 is also A6's right edge: it goes only when both lose it.
    const a6 = scores.cells.A6 as CellSnapshot;
    const width = scores.columnWidths.B as number;
    const changed: SheetSnapshot = {
      ...scores,
      cells: {
        ...scores.cells,
        A6: { ...a6, borders: a6.borders.filter((edge) => edge !== "right") },
        B6: { ...b6, fill: "#FFFF00", borders: b6.borders.filter((edge) => edge !== "left") },
      },
      columnWidths: { ...scores.columnWidths, B: width - 0.2 },
    };
    expect(compare({ sheets: [changed, ...rest] }, file.snapshot).differences).toEqual([
      `'คะแนน ITA'!B6 fill: Office.js "#FFFF00" | file null`,
      `'คะแนน ITA'!line left of B6: Office.js false | file true`,
      `'คะแนน ITA'!column B width: Office.js ${width - 0.2} | file ${width}`,
    ]);
  });

  test("half a pixel of width is the same width; a whole pixel is not", () => {
    const [scores, ...rest] = file.snapshot.sheets as [SheetSnapshot, ...SheetSnapshot[]];
    const widen = (by: number) => ({
      sheets: [
        { ...scores, columnWidths: { ...scores.columnWidths, A: (scores.columnWidths.A ?? 0) + by } },
        ...rest,
      ],
    });
    expect(compare(widen(0.4 / 7), file.snapshot).differences).toEqual([]);
    expect(compare(widen(1 / 7), file.snapshot).differences).toHaveLength(1);
  });

  test("reads a calculated column as one formula in R1C1 terms", () => {
    expect(relativeForm('=IF($B6="","",INDEX(\'คะแนน ITA\'!$C$6:$C$15,MATCH($B6,A1,0)))', 6, 19)).toBe(
      '=IF(R[0]C2="","",INDEX(\'คะแนน ITA\'!R6C3:R15C3,MATCH(R[0]C2,R[-5]C[-18],0)))',
    );
    expect(relativeForm('=COUNTIF(H7,"<>A1")', 7, 8)).toBe('=COUNTIF(R[0]C[0],"<>A1")');
    expect(relativeForm("=LOG10(A1)", 1, 1)).toBe("=LOG10(R[0]C[0])");
  });
});
