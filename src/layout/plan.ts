// A plan is what one of our sheets should hold, as data: the Office.js executor (src/excel) and the
// .xlsx executor (src/xlsx) both apply it, so a sheet made in Excel and one made by `ita-tracker new`
// are the same sheet. Plans are built from domain objects and hold no Office or ExcelJS types.

export type CellValue = string | number | boolean | null;

/** Colours as "#RRGGBB". */
export type Colour = string;

export interface FontPlan {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Colour;
}

export type HorizontalAlignment = "Left" | "Center" | "Right";
export type VerticalAlignment = "Top" | "Center" | "Bottom";

export interface FormatPlan {
  readonly font?: FontPlan;
  readonly fill?: Colour;
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly verticalAlignment?: VerticalAlignment;
  readonly wrapText?: boolean;
  readonly numberFormat?: string;
  /** Thin black lines on every edge of every cell, as in the seeds' printed tables. */
  readonly borders?: boolean;
}

/**
 * Cells the add-in writes. `values` are literal: text is always written as text, even when it starts
 * with = + - @ (user-supplied text such as an agency name must never run as a formula). `formulas`
 * are ours, in en-US syntax with A1 references, using only functions of Excel 2016 and LibreOffice.
 * A cell is written only where it is empty or already holds exactly this content; whatever else is
 * there was typed by someone and is left alone.
 */
export interface ContentBlock {
  /** A1 range on this sheet, e.g. "A1:D1"; the arrays match its shape. */
  readonly address: string;
  readonly values?: readonly (readonly CellValue[])[];
  readonly formulas?: readonly (readonly string[])[];
  /**
   * Formulas that differ from row to row only in the row's number: each column's formula once, with
   * ROW_MARK (blocks.ts) for the number, holding in every row of the block. A table of thousands of units
   * keeps one copy; `formulaAt` and `formulaGrid` read them as `formulas`.
   */
  readonly rowFormulas?: readonly string[];
  /**
   * Rows that each stand for an item of a list, named by the value in their first column. On an
   * existing sheet a row is repaired only where that cell is empty or names the same item, and no other
   * row below the block's top names it: rows the user sorted, moved or deleted are never written again.
   */
  readonly itemRows?: true;
  /**
   * A title, which stands alone in its row: on an existing sheet it is written only while nothing else
   * is in the row, so that a title an older layout put in another column is never written twice.
   */
  readonly ownRow?: true;
  /**
   * What an earlier version of the add-in wrote in the same cells (the same shape as `values` or
   * `formulas`): a cell that still holds exactly that is ours, and a repair writes it anew.
   */
  readonly formerly?: Pick<ContentBlock, "values" | "formulas">;
}

export interface FormatBlock {
  readonly address: string;
  readonly format: FormatPlan;
}

export type ValidationRule =
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number };

export interface ValidationPlan {
  readonly address: string;
  readonly rule: ValidationRule;
  /** Shown when a cell is selected: what to type, in the user's words. */
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Shown when something else is typed. `stop` refuses it; `warning` lets the user keep it. */
  readonly error: { readonly style: "stop" | "warning"; readonly title: string; readonly message: string };
}

/**
 * A live colour: where `formula` (written for the top-left cell of `address`, relative references
 * moving with each cell) is true, the cell takes `format`. Earlier rules in a sheet's list win.
 */
export interface ConditionalFormatPlan {
  readonly address: string;
  readonly formula: string;
  readonly format: { readonly fill?: Colour; readonly fontColor?: Colour; readonly bold?: boolean };
}

/**
 * An Excel table over a tracking grid: rows typed or pasted just below it join it and take its
 * formats, validation, live colours and formulas, in Excel and without the add-in.
 */
export interface TablePlan {
  readonly name: string;
  /** Header row and data body, e.g. "A5:V7". */
  readonly address: string;
  /** Formulas Excel fills into every row of a column, including rows added later, by header. */
  readonly calculatedColumns: readonly { readonly header: string; readonly formula: string }[];
}

export interface PrintPlan {
  readonly orientation: "Landscape" | "Portrait";
  readonly paper: "A4";
  /** Fit all columns on one page width; as many pages tall as the rows need. */
  readonly fitToOnePageWide: boolean;
  /** Where the columns are not fitted: the per cent they print at, running onto pages to the right. */
  readonly scale?: number;
  /** Rows repeated at the top of every printed page, e.g. "$4:$5". */
  readonly titleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "$A:$B". */
  readonly titleColumns?: string;
  /** Rows a new printed page starts at, before the page is full: what must not be split over two pages. */
  readonly rowBreaks?: readonly number[];
  /** Columns (1-based) a new printed page starts at, where a sheet's columns print across pages. */
  readonly columnBreaks?: readonly number[];
  /** Each band of rows printed across, left page then right, before the next band: Excel's "Over, then down". */
  readonly overThenDown?: boolean;
  readonly centerHorizontally?: boolean;
  /** Margins in points. */
  readonly margins?: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
}

/** The roles the settings sheet registers; an insert makes one sheet of each. */
export type SheetRole = "scores" | "grid-IIT" | "grid-EIT" | "grid-OIT" | "oit-register" | "settings";

/**
 * The summary sheet is made apart from an insert and knows itself by its own marker (summarySheet.ts); the
 * record of measures carried from last year is made once, with the new year's workbook (nextYear.ts).
 */
export type PlannedRole =
  | SheetRole
  | "summary"
  | "carried"
  /** A parent office's sheets: its registry of units, the units typed in and read from files, the summary. */
  | "unitRegistry"
  | "typedUnits"
  | "unitFiles"
  | "consolidation";

export interface ChartSeriesPlan {
  /** The series' name as the legend shows it. */
  readonly name: string;
  /** A1 range on this sheet, one column, as long as the chart's categories. */
  readonly values: string;
  /** Scores are columns; thresholds are lines across them. */
  readonly kind: "column" | "line";
  readonly colour: Colour;
  /** A colour per point, in the order of the values, where points differ (each score's band). */
  readonly pointColours?: readonly Colour[];
}

/**
 * A chart over cells of its own sheet, so that it follows those cells when they change. The cells are
 * one block: the categories in its first column, each series in a column to its right in the order of
 * `series`, each named by the cell above its values, so that Excel 2016 can chart the block as a whole.
 */
export interface ChartPlan {
  readonly title: string;
  /** A1 range on this sheet, one column: the category labels. */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  readonly valueAxis: { readonly min: number; readonly max: number; readonly title?: string };
  readonly categoryAxisTitle?: string;
  /** The default of every text in the chart: the document font, as large as the sheet's text. */
  readonly font: { readonly name: string; readonly size: number };
  /** The cells the chart covers, top-left to bottom-right, e.g. "A30:H48". */
  readonly placement: string;
}

export interface SheetPlan {
  readonly role: PlannedRole;
  /** The name the sheet gets when no sheet of another owner already has it. */
  readonly name: string;
  readonly visibility: "Visible" | "VeryHidden";
  readonly tabColor?: Colour;
  /** The font and size of the whole used area; blocks may override them. */
  readonly baseFont: { readonly name: string; readonly size: number };
  readonly content: readonly ContentBlock[];
  readonly formats: readonly FormatBlock[];
  readonly merges: readonly string[];
  /** Widths in Excel's character units (the width Excel shows in its column-width box). */
  readonly columnWidths: readonly { readonly column: string; readonly width: number }[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly table?: TablePlan;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintPlan;
  readonly chart?: ChartPlan;
}

export interface WorkbookPlan {
  /** In tab order; the settings sheet is last and hidden. */
  readonly sheets: readonly SheetPlan[];
}
