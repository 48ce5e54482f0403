// The OIT register "ทะเบียน OIT": a row per item of the fiscal year's OIT list (oitCatalogue.ts) with
// what the list says of it (code, requirement, indicator, the period its evidence must cover, and its
// stable key in a hidden column, which carries the row to the next year), and the columns staff fill:
// who publishes it, the URLs, the period the evidence covers, its status, when it was published, a
// note. An Excel table, so items typed below join it. readOitRegister reads it back by its headers.
import { cellText, isBlankCell } from "../domain/cellText";
import type { Framework } from "../domain/framework";
import { dateCellText } from "../domain/gridCheck";
import { headerKey, HEADER_SEARCH_ROWS } from "../domain/gridColumns";
import { catalogueFor, type CatalogueStatus, type OitItem } from "../domain/oitCatalogue";
import {
  emptyEntry,
  neededPeriodWords,
  OIT_STATUS_WORDS,
  readOitStatus,
  type OitRegisterEntry,
  type OitRegisterRow,
} from "../domain/oitRegister";
import type { CheckedOitRow, OitRegisterColumns } from "../domain/oitRegisterCheck";
import { SheetCells, type Cells } from "../domain/sheetCells";
import { formatDigits } from "../domain/thaiDigits";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { columnLetter, rangeAddress } from "./a1";
import { valuesAt } from "./blocks";
import { textLiteral } from "./formulaText";
import type { CellValue, FormatPlan, SheetPlan, SheetRole } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { indicatorLabel } from "./scoreSheet";
import {
  a4,
  baseFont,
  CENTRED_CELL_FORMAT,
  HEADER_FORMAT,
  STATUS_PROBLEM_COLOURS,
  TAB_COLOURS,
  TEXT_CELL_FORMAT,
} from "./styles";
import { TITLE_ROW_COUNT, titleRows } from "./titles";

export type { OitRegisterRow } from "../domain/oitRegister";

type RegisterField = keyof OitRegisterEntry | "indicator" | "needed";

interface RegisterColumn {
  readonly field: RegisterField;
  readonly header: string;
  /**
   * Excel's character units; the key's column is hidden, as the summary's marker is. Together they fit
   * a landscape A4 at full size, where LibreOffice draws them wider too.
   */
  readonly width: number;
  readonly centred?: boolean;
}

/** In sheet order from column A. */
const COLUMNS: readonly RegisterColumn[] = [
  { field: "code", header: "ข้อ", width: 6, centred: true },
  { field: "requirement", header: "ข้อมูลที่ต้องเผยแพร่", width: 26 },
  { field: "indicator", header: "ตัวชี้วัด / ตัวชี้วัดย่อย", width: 12 },
  { field: "needed", header: "ช่วงเวลาที่ต้องครอบคลุม", width: 14 },
  { field: "unit", header: "ผู้รับผิดชอบ", width: 11 },
  { field: "urls", header: "URL หลักฐาน (บรรทัดละหนึ่งลิงก์)", width: 22 },
  { field: "period", header: "ช่วงเวลาของหลักฐาน", width: 11 },
  { field: "status", header: "สถานะ", width: 10, centred: true },
  { field: "published", header: "วันที่เผยแพร่", width: 10, centred: true },
  { field: "note", header: "หมายเหตุ", width: 11 },
  { field: "key", header: "รหัสรายการ (ใช้ยกไปปีถัดไป)", width: 0 },
];

const NOTE_ROW = TITLE_ROW_COUNT + 1;
export const REGISTER_HEADER_ROW = NOTE_ROW + 1;
const FIRST_DATA_ROW = REGISTER_HEADER_ROW + 1;
/** Rows a register without a list starts with, for the items the user types; more join below. */
const EMPTY_ROWS = 10;
/** The columns a reader sees: all but the key. */
const SHOWN_WIDTH = COLUMNS.filter((column) => column.width > 0).length;

function columnOf(field: RegisterField): number {
  return COLUMNS.findIndex((column) => column.field === field) + 1;
}

/** What the line under the titles says of the year's list; nothing once NACC's list is confirmed. */
const LIST_NOTES: Readonly<Record<CatalogueStatus, string>> = {
  confirmed: "",
  partlyConfirmed:
    "รายการข้อมูลรวบรวมจากเว็บไซต์ของหน่วยงานที่เผยแพร่ไว้ ยังยืนยันกับคู่มือของ ป.ป.ช. ไม่ครบทุกข้อ ตรวจสอบกับคู่มือและแก้ไขได้",
  unconfirmed: "รายการข้อมูลรวบรวมจากเว็บไซต์ของหน่วยงานที่เผยแพร่ไว้ ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. ตรวจสอบกับคู่มือและแก้ไขได้",
  notFound: "ยังไม่พบรายการข้อมูล OIT ของปีนี้ ให้พิมพ์รายการจากคู่มือการประเมินของ ป.ป.ช. ลงในแถวว่างด้านล่าง",
  notPublished: "ป.ป.ช. ยังไม่ประกาศรายการข้อมูล OIT ของปีนี้ เมื่อประกาศแล้ว ให้พิมพ์รายการลงในแถวว่างด้านล่าง",
};

const LIST_NOTE_FORMAT: FormatPlan = {
  font: { color: "#595959" },
  horizontalAlignment: "Left",
  verticalAlignment: "Center",
  wrapText: true,
};

/** "๙. การเปิดเผยข้อมูล" and the sub-indicator under it, as far as the list says. */
function indicatorText(item: OitItem | undefined, framework: Framework, settings: WorkbookSettings): string {
  const indicator = framework.indicators.find((each) => each.number === item?.indicator);
  const lines = [indicator && indicatorLabel(indicator), item?.subIndicator];
  return formatDigits(
    lines.filter((line) => line !== undefined && line !== null).join("\n"),
    settings.digitStyle,
  );
}

/** A row's cells in column order: what the user typed is written as values, never as formulas. */
function rowValues(
  entry: OitRegisterEntry,
  item: OitItem | undefined,
  framework: Framework,
  settings: WorkbookSettings,
): CellValue[] {
  const needed = item ? neededPeriodWords(item.evidencePeriod, settings.fiscalYear, settings.digitStyle) : "";
  const cells: Record<RegisterField, string> = {
    ...entry,
    urls: entry.urls.join("\n"),
    status: entry.status === null ? "" : OIT_STATUS_WORDS[entry.status],
    key: entry.key ?? "",
    indicator: indicatorText(item, framework, settings),
    needed,
  };
  // Nothing to say is nothing written: the cell stays empty for the user.
  return COLUMNS.map(({ field }) => (cells[field] === "" ? null : cells[field]));
}

function dataFormat(column: RegisterColumn): FormatPlan {
  return column.centred ? CENTRED_CELL_FORMAT : TEXT_CELL_FORMAT;
}

/** True where an item is marked complete and its URL cell is empty. */
function completeWithoutUrlFormula(): string {
  const at = (field: RegisterField) => `$${columnLetter(columnOf(field))}${FIRST_DATA_ROW}`;
  return `=AND(${at("status")}=${textLiteral(OIT_STATUS_WORDS.complete)},${at("urls")}="")`;
}

/**
 * The register of `settings.fiscalYear`: its list's items, or `entries` in their place (a register
 * carried from the year before, carryOitRegister), each matched to the year's list by key.
 */
export function oitRegisterPlan(
  settings: WorkbookSettings,
  framework: Framework,
  names: Readonly<Record<SheetRole, string>>,
  entries?: readonly OitRegisterEntry[],
): SheetPlan {
  const catalogue = catalogueFor(settings.fiscalYear);
  const rows = entries ?? catalogue.items.map(emptyEntry);
  const itemOf = (entry: OitRegisterEntry) =>
    catalogue.items.find((item) => (entry.key === null ? item.code === entry.code : item.key === entry.key));
  const lastRow = FIRST_DATA_ROW + (rows.length === 0 ? EMPTY_ROWS : rows.length) - 1;
  const width = COLUMNS.length;
  const titles = titleRows(settings, "ทะเบียนการเปิดเผยข้อมูลสาธารณะ (OIT) และหลักฐานการเผยแพร่", {
    last: SHOWN_WIDTH,
  });
  const listNote = LIST_NOTES[catalogue.status];
  const noteRow = rangeAddress({ top: NOTE_ROW, left: 1, bottom: NOTE_ROW, right: SHOWN_WIDTH });
  const dataColumn = (column: number) =>
    rangeAddress({ top: FIRST_DATA_ROW, left: column, bottom: lastRow, right: column });

  const plan: Omit<SheetPlan, "rowHeights"> = {
    role: "oit-register",
    name: names["oit-register"],
    visibility: "Visible",
    tabColor: TAB_COLOURS["oit-register"],
    baseFont: baseFont(settings),
    content: [
      ...titles.content,
      ...(listNote === "" ? [] : [valuesAt(NOTE_ROW, 1, [[listNote]])]),
      valuesAt(REGISTER_HEADER_ROW, 1, [COLUMNS.map((column) => column.header)]),
      ...(rows.length === 0
        ? []
        : [
            {
              ...valuesAt(
                FIRST_DATA_ROW,
                1,
                rows.map((entry) => rowValues(entry, itemOf(entry), framework, settings)),
              ),
              itemRows: true as const,
            },
          ]),
    ],
    formats: [
      ...titles.formats,
      { address: noteRow, format: LIST_NOTE_FORMAT },
      {
        address: rangeAddress({
          top: REGISTER_HEADER_ROW,
          left: 1,
          bottom: REGISTER_HEADER_ROW,
          right: SHOWN_WIDTH,
        }),
        format: HEADER_FORMAT,
      },
      // The hidden key column has no format: LibreOffice still draws wrapped text of a column of no width.
      ...COLUMNS.slice(0, SHOWN_WIDTH).map((column, index) => ({
        address: dataColumn(index + 1),
        format: dataFormat(column),
      })),
    ],
    merges: [...titles.merges, noteRow],
    columnWidths: COLUMNS.map((column, index) => ({ column: columnLetter(index + 1), width: column.width })),
    validations: [
      {
        address: dataColumn(columnOf("status")),
        rule: { kind: "list", items: Object.values(OIT_STATUS_WORDS) },
        prompt: { title: "สถานะ", message: "เลือกสถานะของการเผยแพร่ข้อมูลข้อนี้" },
        // Stop: the summary counts these three words and no other.
        error: {
          style: "stop",
          title: "ไม่ใช่สถานะในรายการ",
          message: `เลือก ${Object.values(OIT_STATUS_WORDS).join(" / ")} จากรายการ`,
        },
      },
    ],
    conditionalFormats: [
      {
        address: dataColumn(columnOf("status")),
        formula: completeWithoutUrlFormula(),
        format: STATUS_PROBLEM_COLOURS,
      },
    ],
    table: {
      name: "ITA_OIT_Register",
      address: rangeAddress({ top: REGISTER_HEADER_ROW, left: 1, bottom: lastRow, right: width }),
      calculatedColumns: [],
    },
    freeze: { rows: REGISTER_HEADER_ROW, columns: columnOf("requirement") },
    print: a4("Landscape", `$${REGISTER_HEADER_ROW}:$${REGISTER_HEADER_ROW}`),
  };
  return { ...plan, rowHeights: fittedRowHeights(plan) };
}

/** The column of each field a register's header row names, by its header; 0 where none does. */
type FoundColumns = Readonly<Record<RegisterField, number>>;

const FIELD_OF_HEADER: ReadonlyMap<string, RegisterField> = new Map(
  COLUMNS.map((column) => [headerKey(column.header), column.field]),
);

/** The header row within the first rows: the one holding the URL column's and the status column's headers. */
function findRegister(cells: SheetCells): { headerRow: number; columns: FoundColumns } | null {
  const lastRow = Math.min(HEADER_SEARCH_ROWS, cells.rowCount);
  for (let headerRow = 1; headerRow <= lastRow; headerRow++) {
    const columns = Object.fromEntries(COLUMNS.map((column) => [column.field, 0])) as Record<
      RegisterField,
      number
    >;
    for (let column = cells.columnCount; column >= 1; column--) {
      const field = FIELD_OF_HEADER.get(headerKey(cells.own(headerRow, column)));
      // Leftmost wins, as for a grid's columns.
      if (field !== undefined) columns[field] = column;
    }
    if (columns.urls > 0 && columns.status > 0) return { headerRow, columns };
  }
  return null;
}

function readRow(cells: SheetCells, row: number, columns: FoundColumns): CheckedOitRow | null {
  const value = (field: RegisterField) => (columns[field] > 0 ? cells.shown(row, columns[field]) : undefined);
  const text = (field: RegisterField) => cellText(value(field));
  const dated = (field: RegisterField) => dateCellText(value(field)) ?? text(field);
  if (COLUMNS.every(({ field }) => isBlankCell(value(field)))) return null;
  const status = readOitStatus(text("status"));
  const key = text("key");
  return {
    entry: {
      row,
      code: text("code"),
      key: key === "" ? null : key,
      requirement: text("requirement"),
      unit: text("unit"),
      urls: text("urls")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ""),
      period: dated("period"),
      status: status === "blank" || status === "unknown" ? null : status,
      published: dated("published"),
      note: text("note"),
    },
    needed: text("needed"),
    unknownStatus: status === "unknown" ? text("status") : null,
  };
}

/** The register's rows with what the check reads, and the columns its findings go in; null without a register. */
export function readOitRegisterForCheck(
  cells: SheetCells,
): { rows: CheckedOitRow[]; columns: OitRegisterColumns } | null {
  const found = findRegister(cells);
  if (found === null) return null;
  const rows: CheckedOitRow[] = [];
  for (let row = found.headerRow + 1; row <= cells.rowCount; row++) {
    const read = readRow(cells, row, found.columns);
    if (read !== null) rows.push(read);
  }
  const { urls, period, status } = found.columns;
  return { rows, columns: { urls, period: period || urls, status } };
}

/**
 * A register sheet's items from its values read from A1 (or its SheetCells, merges known), found by
 * its headers wherever its columns were moved; rows with nothing in them are left out. Null when the
 * sheet has no register's headers.
 */
export function readOitRegister(cells: SheetCells | Cells): { rows: OitRegisterRow[] } | null {
  const read = readOitRegisterForCheck(cells instanceof SheetCells ? cells : new SheetCells(cells));
  return read && { rows: read.rows.map((row) => row.entry) };
}
