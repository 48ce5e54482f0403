// A worksheet part's cells read straight from its XML, as the check's readers give them: values from A1
// to the last cell with content, formulas beside them, and the merged areas. No workbook is built and no
// style is read, so a consolidation can read thousands of files; readSheetsForCheck (ExcelJS) gives the
// same cells for the same file, which test/xlsx/sheetXml.test.ts holds it to.
import { columnNumber, parseRange } from "../layout/a1";
import { unescapeXml } from "./xmlText";

export interface SheetXmlCells {
  /** Formulas where a cell has one ("=" first), else its value; "" for an empty cell. */
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly merges: string[];
}

const SHARED_STRING = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
const TEXT = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v\b[^>]*?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*"([^"]+)"/g;
const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** A rich or plain string item's text: its runs together, without the phonetic guides above them. */
function textOf(xml: string): string {
  let text = "";
  for (const [, run = ""] of xml.replace(PHONETIC, "").matchAll(TEXT)) text += run;
  return unescapeXml(text);
}

/** The shared string table, in order. */
export function sharedStringsIn(xml: string): string[] {
  return Array.from(xml.matchAll(SHARED_STRING), ([, inner = ""]) => textOf(inner));
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];
}

/** Days since 1899-12-30, as Excel counts them, of an ISO date a t="d" cell holds. */
function serialOf(iso: string): number | string {
  const time = Date.parse(iso.endsWith("Z") || /[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(time) ? iso : time / 86_400_000 + 25_569;
}

function valueOf(
  type: string | undefined,
  raw: string | undefined,
  inner: string,
  strings: readonly string[],
) {
  if (type === "inlineStr") return textOf(INLINE.exec(inner)?.[1] ?? "");
  if (raw === undefined) return "";
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? "";
    case "b":
      return raw.trim() === "1";
    case "str":
    case "e":
      return unescapeXml(raw);
    case "d":
      return serialOf(raw.trim());
    default:
      return Number(raw);
  }
}

interface ReadCell {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  readonly formula: string | undefined;
}

function readCells(xml: string, strings: readonly string[]): ReadCell[] {
  const cells: ReadCell[] = [];
  let rowNumber = 0;
  for (const [, rowAttributes = "", rowInner = ""] of xml.matchAll(ROW)) {
    rowNumber = Number(attribute(rowAttributes, "r") ?? rowNumber + 1);
    let column = 0;
    for (const [, attributes = "", inner = ""] of rowInner.matchAll(CELL)) {
      const reference = REFERENCE.exec(attribute(attributes, "r") ?? "");
      column = reference ? columnNumber(reference[1] as string) : column + 1;
      const formula = FORMULA.exec(inner);
      const raw = VALUE.exec(inner)?.[1];
      const type = attribute(attributes, "t");
      if (formula === null && raw === undefined && type !== "inlineStr") continue;
      // A shared formula's other cells carry no text of their own: their value stands for it.
      const text = formula?.[1];
      cells.push({
        row: reference ? Number(reference[2]) : rowNumber,
        column,
        value: valueOf(type, raw, inner, strings),
        formula: text === undefined || text === "" ? undefined : `=${unescapeXml(text)}`,
      });
    }
  }
  return cells;
}

/** A worksheet part's cells; `strings` is the workbook's shared string table. */
export function sheetCellsIn(xml: string, strings: readonly string[]): SheetXmlCells {
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? "";
  const cells = readCells(data, strings);
  const merges = Array.from(xml.matchAll(MERGE), ([, reference = ""]) => reference);
  const boxes = merges.map((reference) => parseRange(reference));
  // A merged area counts to its far corner, as a sheet's used range does.
  let bottom = 0;
  let right = 0;
  for (const { row, column } of cells) [bottom, right] = [Math.max(bottom, row), Math.max(right, column)];
  for (const box of boxes) [bottom, right] = [Math.max(bottom, box.bottom), Math.max(right, box.right)];
  const values = Array.from({ length: bottom }, () => new Array<unknown>(right).fill(""));
  const formulas = Array.from({ length: bottom }, () => new Array<unknown>(right).fill(""));
  for (const { row, column, value, formula } of cells) {
    (values[row - 1] as unknown[])[column - 1] = value;
    (formulas[row - 1] as unknown[])[column - 1] = formula ?? value;
  }
  // The cells a merge covers are empty, as Excel shows them.
  for (const box of boxes) {
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        if (row === box.top && column === box.left) continue;
        (values[row - 1] as unknown[])[column - 1] = "";
        (formulas[row - 1] as unknown[])[column - 1] = "";
      }
    }
  }
  return { formulas, values, merges };
}
