// A tracking grid per tool, shaped like the seeds' progress forms: one row per measure, three status
// columns marked with one sign, four quarters of progress, and the indicator's current score and band
// looked up from the score sheet. The rows are an Excel table, so rows added below take the same
// drop-downs, colours and formulas, with or without the add-in.
import type { Framework, ToolId } from "../domain/framework";
import { indicatorsOfTool } from "../domain/frameworks";
import { QUARTER_HEADERS, STATUS_HEADER_OF, STATUS_HEADERS } from "../domain/gridColumns";
import type { CarriedMeasure } from "../domain/measureCarry";
import { CANONICAL_MARK, EMPTY_SIGNS } from "../domain/statusMark";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { columnLetter, rangeAddress } from "./a1";
import { formulasAt, valuesAt } from "./blocks";
import { literalCriterion, sheetPrefix, textLiteral } from "./formulaText";
import type { CellValue, FormatBlock, FormatPlan, SheetPlan, SheetRole } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { indicatorLabel, scoreSheetLayout } from "./scoreSheet";
import { gridRole } from "./sheetNames";
import {
  a4Across,
  baseFont,
  CENTRED_CELL_FORMAT,
  HEADER_BAND_FORMAT,
  HEADER_FORMAT,
  SCORE_FORMAT,
  STATUS_PROBLEM_COLOURS,
  TAB_COLOURS,
  TEXT_CELL_FORMAT,
} from "./styles";
import { TITLE_ROW_COUNT, titleRows } from "./titles";

type ColumnKind = "number" | "indicator" | "text" | "status" | "quarter" | "score" | "band";

interface GridColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /**
   * Excel's character units, about one digit of 14 pt TH SarabunPSK each: the measure as planned and its
   * status fill the first printed page, the progress and results the second (a4Across), and each header
   * word fits its column whole.
   */
  readonly width: number;
  /** What of a measure carried from last year the column takes (measureRow). */
  readonly carries?: Exclude<keyof CarriedMeasure, "status" | "record">;
}

/** In sheet order from column A. */
const GRID_COLUMNS: readonly GridColumn[] = [
  { header: "ลำดับ", kind: "number", width: 5 },
  { header: "ตัวชี้วัด", kind: "indicator", width: 16, carries: "indicator" },
  { header: "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", kind: "text", width: 18, carries: "weakness" },
  { header: "มาตรการ/กิจกรรม", kind: "text", width: 22, carries: "measure" },
  { header: "ขั้นตอนหรือวิธีปฏิบัติ", kind: "text", width: 22, carries: "steps" },
  { header: "ผู้รับผิดชอบ", kind: "text", width: 12, carries: "responsible" },
  { header: "ระยะเวลาดำเนินการ", kind: "text", width: 11, carries: "period" },
  ...STATUS_HEADERS.map((header) => ({ header, kind: "status" as const, width: 9 })),
  ...QUARTER_HEADERS.map((header) => ({ header, kind: "quarter" as const, width: 9 })),
  { header: "สรุปผลการดำเนินการ", kind: "text", width: 20 },
  { header: "ผลลัพธ์", kind: "text", width: 14 },
  { header: "ข้อเสนอแนะ", kind: "text", width: 14 },
  // Where a carried measure comes from; its record of last year is on a sheet of its own (nextYear.ts).
  { header: "หมายเหตุ", kind: "text", width: 9, carries: "note" },
  { header: "คะแนนตัวชี้วัด", kind: "score", width: 8 },
  { header: "ระดับ", kind: "band", width: 10 },
];

const GRID_GROUP_HEADER_ROW = TITLE_ROW_COUNT + 1;
export const GRID_HEADER_ROW = GRID_GROUP_HEADER_ROW + 1;
export const GRID_FIRST_DATA_ROW = GRID_HEADER_ROW + 1;
/** Empty rows the table starts with; rows typed or pasted below it join it. */
const PREPARED_ROWS = 5;

const WIDTH = GRID_COLUMNS.length;
/** The measure as planned and its status: the columns of the first printed page. */
export const GRID_FIRST_PAGE_COLUMNS = GRID_COLUMNS.findIndex((column) => column.kind === "quarter");
/**
 * Its number and indicator: repeated on the left of the second printed page, so that each row there
 * says which measure it is. The titles start after them, so the repeat never shows a title cut short.
 */
export const GRID_ROW_NAME_COLUMNS = span("indicator").first;

/** 1-based columns of the first and last column of a kind. */
function span(kind: ColumnKind): { first: number; last: number } {
  const columns = GRID_COLUMNS.flatMap((column, index) => (column.kind === kind ? [index + 1] : []));
  return { first: columns[0] as number, last: columns[columns.length - 1] as number };
}

/** The columns people write in, as opposed to the score and band the sheet looks up. */
function userColumns(): { first: number; last: number } {
  const looked = GRID_COLUMNS.findIndex((column) => column.kind === "score" || column.kind === "band");
  return { first: 1, last: looked };
}

function headerOf(kind: ColumnKind): string {
  return (GRID_COLUMNS[span(kind).first - 1] as GridColumn).header;
}

/** The rows the table starts with: the measures carried from last year, and never fewer than PREPARED_ROWS. */
function lastDataRow(measures: readonly CarriedMeasure[]): number {
  return GRID_FIRST_DATA_ROW + Math.max(PREPARED_ROWS, measures.length) - 1;
}

function dataColumn(lastRow: number, first: number, last = first): string {
  return rangeAddress({ top: GRID_FIRST_DATA_ROW, left: first, bottom: lastRow, right: last });
}

/** A carried measure in the grid's columns, numbered afresh; where it comes from goes in หมายเหตุ. */
function measureRow(measure: CarriedMeasure, index: number): CellValue[] {
  const marked = measure.status === null ? null : STATUS_HEADER_OF[measure.status];
  return GRID_COLUMNS.filter((column) => column.kind !== "score" && column.kind !== "band").map((column) => {
    if (column.kind === "status") return column.header === marked ? CANONICAL_MARK : "";
    if (column.kind === "number") return index + 1;
    return column.carries === undefined ? "" : measure[column.carries];
  });
}

/** A cell of a data row with its column fixed: the same formula serves every column it is applied to. */
function rowCell(column: number, row: number): string {
  return `$${columnLetter(column)}${row}`;
}

function rowRange(columns: { first: number; last: number }, row: number): string {
  return `${rowCell(columns.first, row)}:${rowCell(columns.last, row)}`;
}

/**
 * The indicator's score and band from the score sheet, matched on its label; "" when the row names no
 * indicator, names one the score sheet does not list, or its score is not typed yet. Plain A1 references
 * rather than structured ones, so LibreOffice computes them too.
 */
function lookupFormulas(
  framework: Framework,
  scoreSheet: string,
  row: number,
): { score: string; band: string } {
  const { lookup } = scoreSheetLayout(framework);
  const prefix = sheetPrefix(scoreSheet);
  const indicator = rowCell(span("indicator").first, row);
  const at = (column: string) => `INDEX(${prefix}${column},MATCH(${indicator},${prefix}${lookup.labels},0))`;
  return {
    score: `=IF(${indicator}="","",IFERROR(IF(COUNT(${at(lookup.scores)})=0,"",${at(lookup.scores)}),""))`,
    band: `=IF(${indicator}="","",IFERROR(${at(lookup.bands)}&"",""))`,
  };
}

/**
 * True where a row has been started but its status is not exactly one mark: the cells of the status
 * columns that hold something other than an empty sign (○, -, 0 …) are counted, and must number 1.
 */
function statusProblemFormula(): string {
  const status = rowRange(span("status"), GRID_FIRST_DATA_ROW);
  const notEmptySigns = EMPTY_SIGNS.map((sign) => `,${status},${textLiteral(`<>${literalCriterion(sign)}`)}`);
  const started = `COUNTA(${rowRange(userColumns(), GRID_FIRST_DATA_ROW)})>0`;
  return `=AND(${started},COUNTIFS(${status},"<>"${notEmptySigns.join("")})<>1)`;
}

function dataFormat(kind: ColumnKind): FormatPlan {
  switch (kind) {
    case "indicator":
    case "text":
      return TEXT_CELL_FORMAT;
    case "score":
      return { ...CENTRED_CELL_FORMAT, numberFormat: SCORE_FORMAT };
    case "number":
    case "status":
    case "quarter":
    case "band":
      return CENTRED_CELL_FORMAT;
  }
}

function formats(lastRow: number): FormatBlock[] {
  const status = span("status");
  const quarters = span("quarter");
  const groupRow = (first: number, last: number) =>
    rangeAddress({ top: GRID_GROUP_HEADER_ROW, left: first, bottom: GRID_GROUP_HEADER_ROW, right: last });
  return [
    { address: groupRow(1, WIDTH), format: HEADER_BAND_FORMAT },
    { address: groupRow(status.first, status.last), format: HEADER_FORMAT },
    { address: groupRow(quarters.first, quarters.last), format: HEADER_FORMAT },
    {
      address: rangeAddress({ top: GRID_HEADER_ROW, left: 1, bottom: GRID_HEADER_ROW, right: WIDTH }),
      format: HEADER_FORMAT,
    },
    ...GRID_COLUMNS.map((column, index) => ({
      address: dataColumn(lastRow, index + 1),
      format: dataFormat(column.kind),
    })),
  ];
}

export function trackingGridPlan(
  settings: WorkbookSettings,
  framework: Framework,
  tool: ToolId,
  names: Readonly<Record<SheetRole, string>>,
  measures: readonly CarriedMeasure[] = [],
): SheetPlan {
  const lastRow = lastDataRow(measures);
  const toolData = framework.tools.find((candidate) => candidate.id === tool);
  if (!toolData) throw new RangeError(`The ${framework.fiscalYear} framework has no tool ${tool}.`);
  const role = gridRole(tool);
  const title = `ความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส: แบบวัด ${tool} (${toolData.nameTh})`;
  const titles = titleRows(settings, title, {
    first: GRID_ROW_NAME_COLUMNS + 1,
    last: GRID_FIRST_PAGE_COLUMNS,
  });
  const status = span("status");
  const quarters = span("quarter");
  const score = span("score").first;
  const formulas = lookupFormulas(framework, names.scores, GRID_FIRST_DATA_ROW);

  const plan: Omit<SheetPlan, "rowHeights"> = {
    role,
    name: names[role],
    visibility: "Visible",
    tabColor: TAB_COLOURS[role],
    baseFont: baseFont(settings),
    content: [
      ...titles.content,
      valuesAt(GRID_GROUP_HEADER_ROW, status.first, [["สถานะการดำเนินการ"]]),
      valuesAt(GRID_GROUP_HEADER_ROW, quarters.first, [["ความก้าวหน้ารายไตรมาส"]]),
      valuesAt(GRID_HEADER_ROW, 1, [GRID_COLUMNS.map((column) => column.header)]),
      ...(measures.length === 0 ? [] : [valuesAt(GRID_FIRST_DATA_ROW, 1, measures.map(measureRow))]),
      // The prepared rows hold the table's calculated columns too, for hosts that do not fill them.
      formulasAt(
        GRID_FIRST_DATA_ROW,
        score,
        Array.from({ length: lastRow - GRID_FIRST_DATA_ROW + 1 }, (_, index) => {
          const row = lookupFormulas(framework, names.scores, GRID_FIRST_DATA_ROW + index);
          return [row.score, row.band];
        }),
      ),
    ],
    formats: [...titles.formats, ...formats(lastRow)],
    merges: [
      ...titles.merges,
      rangeAddress({
        top: GRID_GROUP_HEADER_ROW,
        left: status.first,
        bottom: GRID_GROUP_HEADER_ROW,
        right: status.last,
      }),
      rangeAddress({
        top: GRID_GROUP_HEADER_ROW,
        left: quarters.first,
        bottom: GRID_GROUP_HEADER_ROW,
        right: quarters.last,
      }),
    ],
    columnWidths: GRID_COLUMNS.map((column, index) => ({
      column: columnLetter(index + 1),
      width: column.width,
    })),
    validations: [
      {
        address: dataColumn(lastRow, span("indicator").first),
        rule: { kind: "list", items: indicatorsOfTool(framework, tool).map(indicatorLabel) },
        prompt: { title: "ตัวชี้วัด", message: `เลือกตัวชี้วัดของแบบวัด ${tool} ที่มาตรการนี้แก้ไข` },
        // Warning, not stop: names pasted from older reports ("การใช้ทรัพย์สินทางราชการ") are kept.
        error: {
          style: "warning",
          title: "ไม่ใช่ตัวชี้วัดในรายการ",
          message: "ชื่อนี้ไม่ตรงกับตัวชี้วัดในรายการ คะแนนจะไม่แสดงในแถวนี้ ต้องการใช้ต่อหรือไม่",
        },
      },
      {
        address: dataColumn(lastRow, status.first, status.last),
        rule: { kind: "list", items: [CANONICAL_MARK] },
        prompt: { title: "สถานะ", message: `ใส่ ${CANONICAL_MARK} ในช่องสถานะเพียงช่องเดียวของแต่ละแถว` },
        error: {
          style: "warning",
          title: "เครื่องหมายอื่น",
          message: `แนะนำให้ใช้ ${CANONICAL_MARK} ต้องการใช้เครื่องหมายนี้ต่อหรือไม่`,
        },
      },
    ],
    conditionalFormats: [
      {
        address: dataColumn(lastRow, status.first, status.last),
        formula: statusProblemFormula(),
        format: STATUS_PROBLEM_COLOURS,
      },
    ],
    table: {
      name: `ITA_${tool}`,
      address: rangeAddress({ top: GRID_HEADER_ROW, left: 1, bottom: lastRow, right: WIDTH }),
      calculatedColumns: [
        { header: headerOf("score"), formula: formulas.score },
        { header: headerOf("band"), formula: formulas.band },
      ],
    },
    freeze: { rows: GRID_HEADER_ROW, columns: span("indicator").first },
    print: a4Across(
      `$${GRID_GROUP_HEADER_ROW}:$${GRID_HEADER_ROW}`,
      `$A:$${columnLetter(GRID_ROW_NAME_COLUMNS)}`,
      GRID_FIRST_PAGE_COLUMNS + 1,
    ),
  };
  return { ...plan, rowHeights: fittedRowHeights(plan) };
}
