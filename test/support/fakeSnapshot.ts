// The fake Excel host's workbook as an executor-neutral WorkbookSnapshot (src/xlsx/snapshot.ts), read
// through the fake's read-only inspector only, so that a workbook made by the Office.js executor can be
// compared with one that `ita-tracker new` writes and ExcelJS reads back. What the fake says in
// Office.js terms is put in the snapshot's: colours "#RRGGBB", no fill as null, "" as null, a list's
// source as its items, widths in Excel's character units, margins in whole points, no freeze as null.
import { EMPTY_CELL } from "../../src/xlsx/readWorkbookSnapshot";
import { cellAddress, columnLetter, parseRange, type CellBox } from "../../src/layout/a1";
import type { CellValue, Colour } from "../../src/layout/plan";
import type {
  CellSnapshot,
  ConditionalFormatSnapshot,
  PrintSnapshot,
  SheetSnapshot,
  TableSnapshot,
  ValidationRuleSnapshot,
  ValidationSnapshot,
  WorkbookSnapshot,
} from "../../src/xlsx/snapshot";
import { EDGES } from "../../src/xlsx/snapshot";
import {
  createFakeExcel,
  type CellView,
  type ConditionalFormatView,
  type FakeExcel,
  type SheetInspector,
  type TableView,
} from "./fakeExcel";

/** How far to look for widths and heights, which the inspector gives one column or row at a time. */
export interface FakeSnapshotOptions {
  /** Columns from A; at least the used range's. Default 64. */
  readonly columns?: number;
  /** Rows from 1; at least the used range's. Default 64. */
  readonly rows?: number;
}

export function fakeWorkbookSnapshot(fake: FakeExcel, options: FakeSnapshotOptions = {}): WorkbookSnapshot {
  return { sheets: fake.sheetNames().map((name) => fakeSheetSnapshot(fake.sheet(name), options)) };
}

export function fakeSheetSnapshot(sheet: SheetInspector, options: FakeSnapshotOptions = {}): SheetSnapshot {
  const used = usedBox(sheet);
  const cells: Record<string, CellSnapshot> = {};
  const validations: Record<string, ValidationSnapshot> = {};
  for (const { row, column } of boxCells(used)) {
    const address = cellAddress(row, column);
    const view = sheet.cell(address);
    const snapshot = cellSnapshot(view, row, column);
    if (JSON.stringify(snapshot) !== BLANK) cells[address] = snapshot;
    if (view.dataValidation !== null) validations[address] = validationSnapshot(view.dataValidation);
  }
  const { freezePanes } = sheet;
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor === "" ? null : colour(sheet.tabColor),
    cells,
    merges: sheet.merges().sort(),
    columnWidths: columnWidths(sheet, Math.max(options.columns ?? 64, used?.right ?? 0)),
    rowHeights: rowHeights(sheet, Math.max(options.rows ?? 64, used?.bottom ?? 0)),
    validations,
    conditionalFormats: sheet.conditionalFormats().map(conditionalFormatSnapshot),
    tables: sheet.tables().map((table) => tableSnapshot(sheet, table)),
    freeze: freezePanes.rows === 0 && freezePanes.columns === 0 ? null : freezePanes,
    print: printSnapshot(sheet),
  };
}

/** What a sheet nobody touched reports: a fresh fake's first sheet. */
const PRISTINE = createFakeExcel().sheet("Sheet1");

// ---- cells

/** A cell nobody touched, which readWorkbookSnapshot leaves out as ExcelJS has no such cell. */
const BLANK = JSON.stringify(EMPTY_CELL);

/** Office.js reports "no fill" as white (fakeExcel/state/cell.ts); no plan paints a cell white. */
const NO_FILL = PRISTINE.cell("A1").fill.color.toUpperCase();

const HORIZONTAL: Readonly<Record<string, CellSnapshot["horizontalAlignment"]>> = {
  General: "General",
  Left: "Left",
  Center: "Center",
  Right: "Right",
};
const VERTICAL: Readonly<Record<string, CellSnapshot["verticalAlignment"]>> = {
  Top: "Top",
  Center: "Center",
  Bottom: "Bottom",
};

function cellSnapshot(view: CellView, row: number, column: number): CellSnapshot {
  return {
    value: valueOf(view, row, column),
    formula: view.formula,
    numberFormat: view.numberFormat,
    font: {
      name: view.font.name,
      size: view.font.size,
      bold: view.font.bold,
      color: colour(view.font.color),
    },
    fill: view.fill.color.toUpperCase() === NO_FILL ? null : colour(view.fill.color),
    horizontalAlignment: HORIZONTAL[view.horizontalAlignment] ?? "Other",
    verticalAlignment: VERTICAL[view.verticalAlignment] ?? "Other",
    wrapText: view.wrapText,
    borders: EDGES.filter((edge) => {
      const style = view.borders[edge]?.style;
      return style !== undefined && style !== "None";
    }),
  };
}

function valueOf(view: CellView, row: number, column: number): CellValue {
  // The cells a merge covers show nothing of their own.
  if (view.mergedArea !== null) {
    const merge = parseRange(view.mergedArea);
    if (merge.top !== row || merge.left !== column) return null;
  }
  // The fake has no calculation engine: a formula it cannot work out shows its own text, which is no
  // result at all, as a file saved without results (what `ita-tracker new` writes) has none either.
  if (view.formula !== null && view.value === view.formula) return null;
  return view.value === "" ? null : view.value;
}

// ---- validations

function validationSnapshot(validation: NonNullable<CellView["dataValidation"]>): ValidationSnapshot {
  const { prompt, errorAlert } = validation;
  return {
    rule: ruleSnapshot(validation.rule),
    // Excel ticks "show input message" on every new rule; with no title and no text nothing shows.
    prompt:
      prompt.showPrompt && (prompt.title !== "" || prompt.message !== "")
        ? { title: prompt.title ?? "", message: prompt.message ?? "" }
        : null,
    error: {
      style:
        errorAlert.style === "Warning"
          ? "warning"
          : errorAlert.style === "Information"
            ? "information"
            : "stop",
      title: errorAlert.title ?? "",
      message: errorAlert.message ?? "",
    },
  };
}

function ruleSnapshot(rule: Excel.DataValidationRule): ValidationRuleSnapshot {
  const source = rule.list?.source;
  // An inline list: Office.js takes its items as one text, split at every comma.
  if (typeof source === "string" && !source.startsWith("="))
    return { kind: "list", items: source.split(",") };
  const decimal = rule.decimal;
  if (decimal !== undefined && decimal.operator === "Between") {
    const [min, max] = [Number(decimal.formula1), Number(decimal.formula2)];
    if (Number.isFinite(min) && Number.isFinite(max)) return { kind: "decimal", min, max };
  }
  const [kind = "none", criteria = {}] = Object.entries(rule)[0] ?? [];
  const formulas = ["source", "formula", "formula1", "formula2"].flatMap((key) => {
    const formula = (criteria as Record<string, unknown>)[key];
    return formula === undefined ? [] : [String(formula)];
  });
  return { kind: "other", type: kind, formulas };
}

// ---- conditional formats

function conditionalFormatSnapshot(format: ConditionalFormatView): ConditionalFormatSnapshot {
  const { fillColor, fontColor, bold } = format.format;
  return {
    address: format.address,
    formula: format.type === "Custom" ? format.formula : `(${format.type})`,
    format: {
      ...(fillColor !== null && { fill: colour(fillColor) }),
      ...(fontColor !== null && { fontColor: colour(fontColor) }),
      ...(bold !== null && { bold }),
    },
  };
}

// ---- tables

/**
 * The fake keeps no calculated-column formula of its own (its README: "a column's formula filling new
 * rows" is not modelled); Excel makes a column calculated when one formula fills its whole body, as
 * src/excel/tableWrites.ts writes it. So a column is taken as calculated when every body cell holds a
 * formula and all of them are the same formula once their references are read relative to their cell
 * (R1C1), and its formula is the first body row's, as a table part stores it.
 */
function tableSnapshot(sheet: SheetInspector, table: TableView): TableSnapshot {
  const body = parseRange(table.bodyAddress);
  const calculatedColumns = table.headers.flatMap((header, index) => {
    const column = body.left + index;
    const formulas = boxCells({ ...body, left: column, right: column }).map(
      ({ row }) => sheet.cell(cellAddress(row, column)).formula,
    );
    const [first] = formulas;
    if (first === null || first === undefined) return [];
    const shape = relativeForm(first, body.top, column);
    const same = formulas.every(
      (formula, offset) => formula !== null && relativeForm(formula, body.top + offset, column) === shape,
    );
    return same ? [{ header, formula: first }] : [];
  });
  return { name: table.name, address: table.address, headers: table.headers, calculatedColumns };
}

const TEXT_OR_SHEET = /"(?:[^"]|"")*"|'(?:[^']|'')*'/y;
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/y;

/** A formula with each relative row and column counted from the cell it is in, as R1C1 writes it. */
export function relativeForm(formula: string, row: number, column: number): string {
  let form = "";
  for (let at = 0; at < formula.length;) {
    for (const pattern of [TEXT_OR_SHEET, REFERENCE]) pattern.lastIndex = at;
    const quoted = TEXT_OR_SHEET.exec(formula);
    const reference = quoted ? null : REFERENCE.exec(formula);
    if (quoted) {
      form += quoted[0];
      at += quoted[0].length;
    } else if (reference) {
      const [text, columnMark, letters = "", rowMark, digits] = reference;
      const referencedColumn = parseRange(`${letters}1`).left;
      const c = columnMark ? `C${referencedColumn}` : `C[${referencedColumn - column}]`;
      const r = rowMark ? `R${digits}` : `R[${Number(digits) - row}]`;
      form += `${r}${c}`;
      at += text.length;
    } else {
      form += formula[at];
      at += 1;
    }
  }
  return form;
}

// ---- sheet layout

/** Office.js gives widths in points; src/excel/columnWidth.ts: w characters = w × 7 + 5 pixels, 0.75 pt each. */
function characters(points: number): number {
  if (points <= 0) return 0;
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

/** The columns whose width is not a new sheet's: the inspector cannot tell which were set. */
function columnWidths(sheet: SheetInspector, count: number): Record<string, number> {
  const standard = PRISTINE.columnWidth("A");
  const widths: Record<string, number> = {};
  for (let column = 1; column <= count; column++) {
    const letter = columnLetter(column);
    const points = sheet.columnWidth(letter);
    if (points !== standard) widths[letter] = characters(points);
  }
  return widths;
}

function rowHeights(sheet: SheetInspector, count: number): Record<number, number> {
  const standard = PRISTINE.rowHeight(1);
  const heights: Record<number, number> = {};
  for (let row = 1; row <= count; row++) {
    const height = sheet.rowHeight(row);
    if (height !== standard) heights[row] = height;
  }
  return heights;
}

/** Null for a sheet whose page setup is still a new sheet's, as readWorkbookSnapshot gives for one never set up. */
function printSnapshot(sheet: SheetInspector): PrintSnapshot | null {
  const page = sheet.pageLayout;
  if (JSON.stringify(page) === JSON.stringify(PRISTINE.pageLayout)) return null;
  const zoom = page.zoom ?? {};
  return {
    orientation: page.orientation === "Landscape" ? "Landscape" : "Portrait",
    paper: page.paperSize === "A4" ? "A4" : `paperSize ${String(page.paperSize)}`,
    fitToOnePageWide: zoom.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0,
    scale: zoom.horizontalFitToPages === undefined ? (zoom.scale ?? 100) : null,
    titleRows: page.printTitleRows,
    titleColumns: page.printTitleColumns,
    overThenDown: page.printOrder === "OverThenDown",
    centerHorizontally: page.centerHorizontally ?? false,
    margins: {
      top: Math.round(page.topMargin ?? 0),
      bottom: Math.round(page.bottomMargin ?? 0),
      left: Math.round(page.leftMargin ?? 0),
      right: Math.round(page.rightMargin ?? 0),
    },
  };
}

// ---- helpers

function usedBox(sheet: SheetInspector): CellBox | undefined {
  const used = sheet.usedAddress();
  return used === null ? undefined : parseRange(used.slice(used.lastIndexOf("!") + 1));
}

function boxCells(box: CellBox | undefined): { row: number; column: number }[] {
  if (box === undefined) return [];
  const cells: { row: number; column: number }[] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) cells.push({ row, column });
  }
  return cells;
}

function colour(text: string): Colour {
  return /^#[0-9a-f]{6}$/i.test(text) ? text.toUpperCase() : text;
}
