// What a workbook holds, reduced to what matters when two workbooks are compared: a workbook made
// by `ita-tracker new` and one made by the add-in in Excel must give the same snapshot. It names no
// ExcelJS or Office.js type, so that either executor's result can be turned into one.
// Conventions: colours "#RRGGBB" upper case; formulas with their leading "="; addresses upper case
// without "$"; names of alignments, visibility and orientation as Office.js spells them.

import type { CellValue, Colour, PrintPlan } from "../layout/plan";

export interface WorkbookSnapshot {
  /** In tab order. */
  readonly sheets: readonly SheetSnapshot[];
}

export type Edge = "top" | "bottom" | "left" | "right";

/** The order a snapshot lists a cell's bordered edges in. */
export const EDGES: readonly Edge[] = ["top", "bottom", "left", "right"];

export interface FontSnapshot {
  readonly name: string;
  readonly size: number;
  readonly bold: boolean;
  /** "#000000" for Excel's automatic colour. */
  readonly color: Colour;
}

export interface CellSnapshot {
  /** The value shown; for a formula, its last calculated result, or null if none was saved. */
  readonly value: CellValue;
  readonly formula: string | null;
  /** "General" when none is set. */
  readonly numberFormat: string;
  readonly font: FontSnapshot;
  /** Solid fill colour, null for none. */
  readonly fill: Colour | null;
  readonly horizontalAlignment: "General" | "Left" | "Center" | "Right" | "Other";
  readonly verticalAlignment: "Top" | "Center" | "Bottom" | "Other";
  readonly wrapText: boolean;
  /** Edges that have a line, in the order top, bottom, left, right. */
  readonly borders: readonly Edge[];
}

export type ValidationRuleSnapshot =
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  /** Anything our plans never write, named by its type and formulas. */
  | { readonly kind: "other"; readonly type: string; readonly formulas: readonly string[] };

export interface ValidationSnapshot {
  readonly rule: ValidationRuleSnapshot;
  readonly prompt: { readonly title: string; readonly message: string } | null;
  readonly error: {
    readonly style: "stop" | "warning" | "information";
    readonly title: string;
    readonly message: string;
  };
}

export interface ConditionalFormatSnapshot {
  /** Ranges joined by ",", e.g. "E6:E7" or "A1:B2,D1:D2". */
  readonly address: string;
  readonly formula: string;
  readonly format: { readonly fill?: Colour; readonly fontColor?: Colour; readonly bold?: boolean };
}

export interface TableSnapshot {
  readonly name: string;
  /** Header row and data body. */
  readonly address: string;
  readonly headers: readonly string[];
  readonly calculatedColumns: readonly { readonly header: string; readonly formula: string }[];
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly tabColor: Colour | null;
  /** Cells that hold a value, a formula or any formatting, by address. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  /** Sorted. */
  readonly merges: readonly string[];
  /** Columns given a width, in Excel's character units (what its column-width box shows). */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Rows given a height, in points. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Per cell, so that the same rules split into different ranges still compare equal. */
  readonly validations: Readonly<Record<string, ValidationSnapshot>>;
  /** Highest priority first. */
  readonly conditionalFormats: readonly ConditionalFormatSnapshot[];
  readonly tables: readonly TableSnapshot[];
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: PrintSnapshot | null;
}

/** A print plan as read back; `paper` names other sizes by their OOXML paper-size number. */
export interface PrintSnapshot extends Omit<
  PrintPlan,
  "paper" | "scale" | "titleRows" | "titleColumns" | "overThenDown" | "centerHorizontally" | "margins"
> {
  readonly paper: string;
  /** Null where the columns are fitted to the page. */
  readonly scale: number | null;
  readonly titleRows: string | null;
  readonly titleColumns: string | null;
  readonly overThenDown: boolean;
  readonly centerHorizontally: boolean;
  /** In points, rounded to whole points. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
}
