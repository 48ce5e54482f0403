// A sheet's manual page breaks. ExcelJS writes row breaks but not column breaks, and reads neither back:
// column breaks are kept beside each of its worksheets here, as a plan asks for them, and added to the
// sheets' parts once ExcelJS has saved; a repair reads a sheet's breaks from its part to write them again.
import type { Workbook, Worksheet } from "exceljs";
import JSZip from "jszip";
import type { PrintPlan } from "../layout/plan";
import { partText, sheetParts, withWorksheetChild } from "./packageParts";

/** Rows and columns (1-based) a new printed page starts at. */
export interface PageBreaks {
  readonly rows: readonly number[];
  readonly columns: readonly number[];
}

/** Columns a new printed page starts at, per worksheet. */
const COLUMN_BREAKS = new WeakMap<Worksheet, readonly number[]>();

/** The plan's breaks onto an ExcelJS sheet; the columns' are written by workbookBuffer. */
export function applyPageBreaks(sheet: Worksheet, print: PrintPlan | undefined): void {
  // ExcelJS breaks below the row it is given.
  for (const row of print?.rowBreaks ?? []) sheet.getRow(row - 1).addPageBreak();
  const columns = print?.columnBreaks ?? [];
  if (columns.length > 0) COLUMN_BREAKS.set(sheet, columns);
}

export function plannedPageBreaks(print: PrintPlan | undefined): PageBreaks {
  return { rows: print?.rowBreaks ?? [], columns: print?.columnBreaks ?? [] };
}

/** OOXML's last row index, as Excel writes for a break that runs the sheet's whole height. */
const LAST_ROW_INDEX = 1048575;

/** The saved file with the column breaks of the workbook's sheets; the file as it was when none has any. */
export async function withColumnBreaks(file: Uint8Array, workbook: Workbook): Promise<Uint8Array> {
  const broken = workbook.worksheets.flatMap((sheet) => {
    const columns = COLUMN_BREAKS.get(sheet);
    return columns ? [{ name: sheet.name, columns }] : [];
  });
  if (broken.length === 0) return file;
  const zip = await JSZip.loadAsync(file);
  const parts = await sheetParts(zip);
  for (const { name, columns } of broken) {
    const part = parts.get(name);
    if (part === undefined) throw new Error(`no sheet "${name}" for its column breaks`);
    // A break's id is the column it follows, counted from 1: the one a page starts at, less one.
    const breaks = columns.map((column) => `<brk id="${column - 1}" max="${LAST_ROW_INDEX}" man="1"/>`);
    const element = `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join("")}</colBreaks>`;
    zip.file(part, withWorksheetChild((await partText(zip, part)) as string, element, "colBreaks"));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The manual breaks of a worksheet part's XML. */
export function pageBreaksIn(xml: string): PageBreaks {
  const ids = (element: string) =>
    [
      ...(
        new RegExp(`<(?:\\w+:)?${element}\\b[\\s\\S]*?</(?:\\w+:)?${element}>`).exec(xml)?.[0] ?? ""
      ).matchAll(/<(?:\w+:)?brk\b[^>]*?\sid="(\d+)"/g),
    ].map(([, id]) => Number(id) + 1);
  return { rows: ids("rowBreaks"), columns: ids("colBreaks") };
}

export function sameBreaks(a: PageBreaks, b: PageBreaks): boolean {
  const same = (x: readonly number[], y: readonly number[]) =>
    x.length === y.length && x.every((value, index) => value === y[index]);
  return same(a.rows, b.rows) && same(a.columns, b.columns);
}
