/** One worksheet of the fake workbook: its cells, merged areas, sizes, view, protection and print setup. */
import { boundingBox, contains, intersects, type Box } from "../address";
import { emptyCell, hasContent, isUsed, type CellState } from "./cell";
import type { CellContent } from "./cellInput";
import type { ChartState } from "./chart";
import type { WorkbookState } from "./workbook";

/** The page setup properties the fake stores as they are written. */
export type PageSetupProperty =
  | "orientation"
  | "paperSize"
  | "zoom"
  | "centerHorizontally"
  | "centerVertically"
  | "printGridlines"
  | "printHeadings"
  | "blackAndWhite"
  | "draftMode"
  | "firstPageNumber"
  | "printOrder"
  | "printComments"
  | "printErrors"
  | "topMargin"
  | "bottomMargin"
  | "leftMargin"
  | "rightMargin"
  | "headerMargin"
  | "footerMargin";

export interface PageLayoutState extends Pick<Excel.PageLayout, PageSetupProperty> {
  /** Absolute addresses such as "$1:$3" and "$A$1:$H$40", or null when not set. */
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
}

export interface ConditionalRangeFormatState {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  numberFormat: string | null;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: Excel.ConditionalFormat["type"];
  box: Box;
  stopIfTrue: boolean;
  /** The rule of a "Custom" format. */
  formula: string;
  /** The rule of a "CellValue" format. */
  cellValueRule: Excel.ConditionalCellValueRule;
  readonly format: ConditionalRangeFormatState;
}

export interface ProtectionState {
  protected: boolean;
  password: string | undefined;
  options: Excel.WorksheetProtectionOptions;
}

// Excel's "Normal" margins, in points.
function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printOrder: "DownThenOver",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
}

// A new workbook's column width (8.43 characters = 64 pixels) and row height, in points.
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;

export class SheetState {
  visibility: Excel.Worksheet["visibility"] = "Visible";
  tabColor = "";
  showGridlines = true;
  readonly freeze = { rows: 0, columns: 0 };
  readonly protection: ProtectionState = { protected: false, password: undefined, options: {} };
  readonly pageLayout = defaultPageLayout();
  /** Rows and columns (0-based) a new printed page starts at: the horizontal and vertical page breaks. */
  readonly pageBreaks = { rows: [] as number[], columns: [] as number[] };
  /** In priority order: the first has priority 0. */
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly merges: Box[] = [];
  /** In the order they were added; chartsAdded numbers new charts' names. */
  readonly charts: ChartState[] = [];
  chartsAdded = 0;
  /** Set when the sheet is deleted: its proxies then fail with ItemNotFound. */
  deleted = false;
  selection: Box = { top: 0, left: 0, bottom: 0, right: 0 };
  private readonly cells = new Map<string, CellState>();
  private conditionalFormatsAdded = 0;
  private readonly columnWidths = new Map<number, number>();
  private readonly rowHeights = new Map<number, number>();
  /** usedBox's answers until a cell or a merge changes: whole columns and rows ask at every step. */
  private readonly usedBoxes = new Map<boolean, Box | null>();
  private static readonly blank: Readonly<CellState> = emptyCell();

  constructor(
    readonly workbook: WorkbookState,
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): Readonly<CellState> {
    return this.cells.get(`${row},${column}`) ?? SheetState.blank;
  }

  editCell(row: number, column: number, edit: (cell: CellState) => void): void {
    const key = `${row},${column}`;
    const cell = this.cells.get(key) ?? emptyCell();
    this.usedBoxes.clear();
    edit(cell);
    this.cells.set(key, cell);
  }

  /**
   * Range.clear: "Contents" empties the cells, "Formats" gives them a new cell's formats, "All" both.
   * Validation stays, and so do merges (the checklist asks whether Excel's clear keeps them).
   */
  clear(box: Box, applyTo: "All" | "Formats" | "Contents"): void {
    this.usedBoxes.clear();
    for (const [key, cell] of this.cells) {
      const [row = 0, column = 0] = key.split(",").map(Number);
      if (!contains(box, row, column)) continue;
      const cleared = emptyCell();
      if (applyTo === "Formats") Object.assign(cleared, { value: cell.value, formula: cell.formula });
      if (applyTo === "Contents") Object.assign(cleared, { ...cell, value: "", formula: null });
      this.cells.set(key, { ...cleared, validation: cell.validation });
    }
  }

  /**
   * What Excel does to this sheet's formulas when the sheet `deleted` goes: each reference to a cell
   * there becomes #REF!, and so does the formula's value.
   */
  loseReferencesTo(deleted: string): void {
    const escaped = deleted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = escaped.replace(/'/g, "''");
    const cellReference = "\\$?[A-Za-z]{1,3}\\$?\\d+";
    const reference = new RegExp(
      `(?:'${quoted}'|(?<![\\w'.])${escaped})!${cellReference}(?::${cellReference})?`,
      "g",
    );
    for (const [key, cell] of this.cells) {
      if (cell.formula === null || !reference.test(cell.formula)) continue;
      reference.lastIndex = 0;
      this.cells.set(key, { ...cell, formula: cell.formula.replace(reference, "#REF!"), value: "#REF!" });
    }
  }

  /** Writes content the way Excel does into merged areas: only the top-left cell of a merge keeps any. */
  setContent(row: number, column: number, content: CellContent): void {
    const merge = this.mergeAt(row, column);
    if (merge !== undefined && (merge.top !== row || merge.left !== column)) return;
    this.editCell(row, column, (cell) => {
      cell.value = content.value;
      cell.formula = content.formula;
    });
  }

  mergeAt(row: number, column: number): Box | undefined {
    return this.merges.find((merge) => contains(merge, row, column));
  }

  merge(box: Box): void {
    this.unmerge(box);
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        if ((row !== box.top || column !== box.left) && hasContent(this.cell(row, column))) {
          this.editCell(row, column, (cell) => {
            cell.value = "";
            cell.formula = null;
          });
        }
      }
    }
    this.merges.push(box);
    this.usedBoxes.clear();
  }

  unmerge(box: Box): void {
    const kept = this.merges.filter((merge) => !intersects(merge, box));
    this.merges.splice(0, this.merges.length, ...kept);
    this.usedBoxes.clear();
  }

  /** Excel puts a new conditional format first, at priority 0. */
  addConditionalFormat(type: ConditionalFormatState["type"], box: Box): ConditionalFormatState {
    this.conditionalFormatsAdded += 1;
    const format: ConditionalFormatState = {
      id: `${this.id}/${this.conditionalFormatsAdded}`,
      type,
      box,
      stopIfTrue: false,
      formula: "",
      cellValueRule: { formula1: "", operator: "Invalid" },
      format: {
        fillColor: null,
        fontColor: null,
        bold: null,
        italic: null,
        strikethrough: null,
        numberFormat: null,
      },
    };
    this.conditionalFormats.unshift(format);
    return format;
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? STANDARD_COLUMN_WIDTH;
  }

  setColumnWidth(column: number, width: number): void {
    this.columnWidths.set(column, width);
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? STANDARD_ROW_HEIGHT;
  }

  setRowHeight(row: number, height: number): void {
    this.rowHeights.set(row, height);
  }

  /** The smallest box holding every used cell (and merged area), or null on a blank sheet. */
  usedBox(valuesOnly: boolean): Box | null {
    if (!this.usedBoxes.has(valuesOnly)) this.usedBoxes.set(valuesOnly, this.scanUsedBox(valuesOnly));
    const used = this.usedBoxes.get(valuesOnly) ?? null;
    return used === null ? null : { ...used };
  }

  private scanUsedBox(valuesOnly: boolean): Box | null {
    let used: Box | null = null;
    for (const [key, cell] of this.cells) {
      if (!(valuesOnly ? hasContent(cell) : isUsed(cell))) continue;
      const [row = 0, column = 0] = key.split(",").map(Number);
      const box = { top: row, left: column, bottom: row, right: column };
      used = used === null ? box : boundingBox(used, box);
    }
    if (valuesOnly) return used;
    return this.merges.reduce<Box | null>(
      (all, merge) => (all === null ? merge : boundingBox(all, merge)),
      used,
    );
  }
}

/** Why a sheet's objects can no longer be used, or undefined while they can. */
export function sheetGone(sheet: SheetState): string | undefined {
  return sheet.deleted ? `the sheet '${sheet.name}' was deleted` : undefined;
}
