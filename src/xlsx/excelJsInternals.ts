import type { CellValue, ConditionalFormattingOptions, DataValidation, Table, Worksheet } from "exceljs";

// Members ExcelJS 4.4 has at run time that its typings leave out, typed here once.

interface SheetInternals {
  /** Set, with `sheet` true, when the sheet is protected; null otherwise. */
  readonly sheetProtection: { readonly sheet?: boolean } | null;
  readonly conditionalFormattings: readonly ConditionalFormattingOptions[];
  /** By address: a cell ("B2") as read from a file, or a range ("B2:B9") as written by `add`. */
  readonly dataValidations: {
    readonly model: Record<string, DataValidation | undefined>;
    add(address: string, validation: DataValidation): void;
  };
}

export function sheetInternals(sheet: Worksheet): SheetInternals {
  return sheet as unknown as SheetInternals;
}

export interface TableModel {
  readonly name: string;
  /** Header row and data body, e.g. "A5:V7". */
  readonly tableRef: string;
  readonly columns: readonly { readonly name: string }[];
}

/** A table's style as ExcelJS keeps it; null for a table saved without one, as LibreOffice saves them. */
export interface TableStyleModel {
  theme: string | null;
  showFirstColumn: boolean;
  showLastColumn: boolean;
  showRowStripes: boolean;
  showColumnStripes: boolean;
}

/** The tables of `sheet` with the style ExcelJS read, which it needs again to save them. */
export function tableStylesOf(sheet: Worksheet): { style: TableStyleModel | null }[] {
  return (sheet.getTables() as unknown as Table[]).map(
    (table) => (table as unknown as { table: { style: TableStyleModel | null } }).table,
  );
}

export function tablesOf(sheet: Worksheet): TableModel[] {
  // getTables() is typed as pairs but returns the tables themselves.
  return (sheet.getTables() as unknown as Table[]).map(
    (table) => (table as unknown as { model: TableModel }).model,
  );
}

/** The first cell of a shared formula, which Excel and LibreOffice move down for every cell of `ref`. */
export function sharedFormulaAnchor(formula: string, ref: string): CellValue {
  return { formula, shareType: "shared", ref } as unknown as CellValue;
}
