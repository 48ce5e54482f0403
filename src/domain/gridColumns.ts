// The columns of a tracking grid (ITA.md, "What the reports look like") and how to find them in a
// sheet by their headers rather than by position: staff insert, move and hide columns, put titles of
// any height above the table, and paste grids from older reports whose headers are worded differently.
import { cellText } from "./cellText";
import type { SheetCells } from "./sheetCells";
import { isFiscalQuarter, type FiscalQuarter } from "./thaiCalendar";
import { toArabicDigits, toThaiDigits } from "./thaiDigits";

/** The three status columns, as the seeds and our grid head them, in this order. */
export const STATUS_HEADERS = ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"] as const;

export type TrackingStatus = "notStarted" | "inProgress" | "done";

/** The status each of STATUS_HEADERS stands for. */
const STATUS_OF_HEADER: readonly TrackingStatus[] = ["notStarted", "inProgress", "done"];

/** The header, and the word, of each status. */
export const STATUS_HEADER_OF = Object.fromEntries(
  STATUS_OF_HEADER.map((status, index) => [status, STATUS_HEADERS[index]]),
) as Readonly<Record<TrackingStatus, (typeof STATUS_HEADERS)[number]>>;

/** Thai digits whatever the workbook's digit style, so a checker finds the same headers in every workbook. */
export const QUARTER_HEADERS = [1, 2, 3, 4].map((quarter) => `ไตรมาส ${toThaiDigits(String(quarter))}`);

/** The columns a check reads, besides the status and quarter columns. */
export type GridField =
  | "number"
  | "indicator"
  | "weakness"
  | "measure"
  | "steps"
  | "responsible"
  | "period"
  | "monitoring"
  | "summary"
  | "score"
  | "band";

interface FieldHeader {
  readonly field: GridField;
  /** Words any of which, found in a header, name the field. */
  readonly contains?: readonly string[];
  /** Whole headers that name the field. */
  readonly equals?: readonly string[];
}

/**
 * How headers name each field in our grid and in the seeds' forms. The first entry that matches wins,
 * so the order settles headers that hold the words of two fields.
 */
const FIELD_HEADERS: readonly FieldHeader[] = [
  // Our "คะแนนตัวชี้วัด" is the indicator's score, looked up; it is not where the indicator is named.
  { field: "score", contains: ["คะแนน"] },
  // The seeds' "แนวทางการกำกับติดตาม...และการรายงานผล" is how a measure is followed up, not its result.
  { field: "monitoring", contains: ["กำกับ"] },
  { field: "indicator", contains: ["ตัวชี้วัด"] },
  { field: "weakness", contains: ["ข้อบกพร่อง", "จุดอ่อน"] },
  { field: "measure", contains: ["มาตรการ"] },
  { field: "steps", contains: ["ขั้นตอน", "แนวทาง", "วิธีปฏิบัติ"] },
  { field: "responsible", contains: ["รับผิดชอบ"] },
  { field: "period", contains: ["ระยะเวลา"] },
  { field: "summary", contains: ["สรุปผล", "รายงานผล"], equals: ["ผลการดำเนินการ", "ผลการดำเนินงาน"] },
  { field: "number", equals: ["ลำดับ", "ลำดับที่", "ที่"] },
  { field: "band", equals: ["ระดับ"] },
];

/** Fields a row's own text does not count for: numbers typed ahead, and what formulas look up. */
const NOT_CONTENT: ReadonlySet<GridField> = new Set(["number", "score", "band"]);

/** "ไตรมาส ๑", "ไตรมาสที่ 1", "Q1", "ไตรมาส 1 (ต.ค.-ธ.ค.)", once white space is gone and digits are Arabic. */
const QUARTER_HEADER = /^(?:ไตรมาส(?:ที่)?|Q)([1-4])(?:\(.*\))?$/i;

/** Rows from the top searched for the status headers: room for titles and a few notes above a table. */
export const HEADER_SEARCH_ROWS = 20;

const WHITE_SPACE = /\s+/g;

/**
 * A header as compared: its text with all white space removed, because Thai runs words together and a
 * header cell wrapped by hand ("อยู่ระหว่าง↵ดำเนินการ") must still match.
 */
export function headerKey(value: unknown): string {
  return cellText(value).replace(WHITE_SPACE, "");
}

const STATUS_KEYS: ReadonlyMap<string, TrackingStatus> = new Map(
  STATUS_HEADERS.map((header, index) => [headerKey(header), STATUS_OF_HEADER[index] as TrackingStatus]),
);

type HeaderMeaning =
  | { readonly kind: "status"; readonly status: TrackingStatus }
  | { readonly kind: "quarter"; readonly quarter: FiscalQuarter }
  | { readonly kind: "field"; readonly field: GridField }
  | { readonly kind: "other" };

function headerMeaning(key: string): HeaderMeaning {
  const status = STATUS_KEYS.get(key);
  if (status !== undefined) return { kind: "status", status };
  const quarter = Number(QUARTER_HEADER.exec(toArabicDigits(key))?.[1]);
  if (isFiscalQuarter(quarter)) return { kind: "quarter", quarter };
  const named = FIELD_HEADERS.find(
    ({ contains = [], equals = [] }) => equals.includes(key) || contains.some((word) => key.includes(word)),
  );
  return named ? { kind: "field", field: named.field } : { kind: "other" };
}

export interface StatusColumn {
  readonly status: TrackingStatus;
  readonly column: number;
}

/** Where a grid's columns are; rows and columns are 1-based. */
export interface TrackingGrid {
  /** The row of the status headers; data rows are all the rows below it. */
  readonly headerRow: number;
  /** The leftmost column of each field the headers name. */
  readonly fields: Readonly<Partial<Record<GridField, number>>>;
  /** Left to right. */
  readonly statuses: readonly StatusColumn[];
  readonly quarters: Readonly<Partial<Record<FiscalQuarter, number>>>;
  /** The headed columns whose text makes a row one with content; status columns count by their marks. */
  readonly contentColumns: readonly number[];
}

/** The row's statuses, when it holds at least two of the three status headers. */
function statusesInRow(cells: SheetCells, row: number): StatusColumn[] | null {
  const statuses: StatusColumn[] = [];
  for (let column = 1; column <= cells.columnCount; column++) {
    const status = STATUS_KEYS.get(headerKey(cells.own(row, column)));
    if (status !== undefined && !statuses.some((found) => found.status === status)) {
      statuses.push({ status, column });
    }
  }
  // Some seeds' forms have only two of the three (ดำเนินการแล้ว / ยังไม่ดำเนินการ).
  return statuses.length >= 2 ? statuses : null;
}

/**
 * The grid on a sheet, found by the row holding the status headers within the first HEADER_SEARCH_ROWS
 * rows. A column whose header cell in that row is empty takes the header above it, as in forms whose
 * status columns sit under a group header and the other headers span both rows. Null when there is none.
 */
export function findTrackingGrid(cells: SheetCells): TrackingGrid | null {
  const lastRow = Math.min(HEADER_SEARCH_ROWS, cells.rowCount);
  for (let headerRow = 1; headerRow <= lastRow; headerRow++) {
    const statuses = statusesInRow(cells, headerRow);
    if (statuses) return gridAt(cells, headerRow, statuses);
  }
  return null;
}

function gridAt(cells: SheetCells, headerRow: number, statuses: readonly StatusColumn[]): TrackingGrid {
  const fields: Partial<Record<GridField, number>> = {};
  const quarters: Partial<Record<FiscalQuarter, number>> = {};
  const contentColumns: number[] = [];
  const statusColumns = new Set(statuses.map((status) => status.column));
  for (let column = 1; column <= cells.columnCount; column++) {
    if (statusColumns.has(column)) continue;
    const own = headerKey(cells.own(headerRow, column));
    const key = own === "" && headerRow > 1 ? headerKey(cells.own(headerRow - 1, column)) : own;
    if (key === "") continue;
    const meaning = headerMeaning(key);
    if (meaning.kind === "quarter") quarters[meaning.quarter] ??= column;
    if (meaning.kind === "field") fields[meaning.field] ??= column;
    if (meaning.kind !== "field" || !NOT_CONTENT.has(meaning.field)) contentColumns.push(column);
  }
  return { headerRow, fields, statuses, quarters, contentColumns };
}
