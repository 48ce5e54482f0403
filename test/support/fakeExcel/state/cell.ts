/** What one cell of the fake workbook holds: content, formats and data validation. */

export type CellValue = string | number | boolean;

export type BorderSide = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";

export interface FontState {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  underline: Excel.RangeFont["underline"];
  strikethrough: boolean;
}

export interface BorderState {
  style: Excel.RangeBorder["style"];
  color: string;
  weight: Excel.RangeBorder["weight"];
}

export interface ValidationState {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface CellState {
  /** "" for an empty cell; for a formula, its result (see cellInput.ts for what the fake computes). */
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  font: FontState;
  fillColor: string;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  wrapText: boolean;
  borders: Partial<Record<BorderSide, BorderState>>;
  validation: ValidationState | null;
}

// Excel reports "no fill" as white and a new workbook's font as Calibri 11 (see the checklist).
export const NO_FILL = "#FFFFFF";

export const defaultBorder: Readonly<BorderState> = { style: "None", color: "#000000", weight: "Thin" };

// Office documents showPrompt false, showAlert and ignoreBlanks true for a new validation.
export const defaultValidation: Readonly<ValidationState> = {
  rule: {},
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
};

export function emptyCell(): CellState {
  return {
    value: "",
    formula: null,
    numberFormat: "General",
    font: {
      name: "Calibri",
      size: 11,
      bold: false,
      italic: false,
      color: "#000000",
      underline: "None",
      strikethrough: false,
    },
    fillColor: NO_FILL,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    borders: {},
    validation: null,
  };
}

const pristine = JSON.stringify(emptyCell());

export function hasContent(cell: CellState): boolean {
  return cell.value !== "" || cell.formula !== null;
}

/** Content or any format or validation: what Excel's used range counts unless asked for values only. */
export function isUsed(cell: CellState): boolean {
  return hasContent(cell) || JSON.stringify(cell) !== pristine;
}

/** Excel reads colours back as upper-case "#RRGGBB". */
export function normalizeColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}
