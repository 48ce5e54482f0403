// Last year's record of each measure carried into the new year's grids: its status, a period that ended,
// each quarter's progress, its results and notes, a field a row under the measure. In the grid's narrow
// หมายเหตุ such a record made rows hundreds of points tall, past Excel's 409, and grids of dozens of pages;
// here every text has a wide column of its own and the sheet prints one A4 page wide. The grid's note
// names this sheet.
import type { ToolId } from "../domain/framework";
import type { CarriedField } from "../domain/measureCarry";
import { formatDigits } from "../domain/thaiDigits";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { columnLetter, rangeAddress } from "./a1";
import { valuesAt } from "./blocks";
import type { CellValue, SheetPlan } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { a4, baseFont, CENTRED_CELL_FORMAT, HEADER_FORMAT, TEXT_CELL_FORMAT } from "./styles";
import { TITLE_ROW_COUNT, titleRows } from "./titles";

/** A carried measure's record, with where it now stands in the new year's grids. */
export interface CarriedRecord {
  readonly tool: ToolId;
  /** Its number in the new grid. */
  readonly number: number;
  readonly measure: string;
  readonly record: readonly CarriedField[];
}

/** Excel's character units; together one landscape A4 wide at full size, in LibreOffice too. */
const COLUMNS = [
  { header: "แบบวัด", width: 7 },
  { header: "ลำดับในตาราง", width: 7 },
  { header: "มาตรการ/กิจกรรม", width: 34 },
  { header: "หัวข้อ", width: 18 },
  { header: "รายละเอียดปีก่อน", width: 54 },
] as const;

const HEADER_ROW = TITLE_ROW_COUNT + 1;

/** A tab's name, in Arabic digits whatever the workbook's: the pane names it in English too. */
export function carriedRecordSheetName(fromYear: number): string {
  return `ยกมาจากปี ${fromYear}`;
}

export function carriedRecordPlan(
  settings: WorkbookSettings,
  fromYear: number,
  records: readonly CarriedRecord[],
): SheetPlan {
  const year = formatDigits(String(fromYear), settings.digitStyle);
  const rows = records.flatMap(({ tool, number, measure, record }) =>
    record.map(({ header, text }, index): CellValue[] => [
      tool,
      formatDigits(String(number), settings.digitStyle),
      index === 0 ? measure : "",
      header,
      text,
    ]),
  );
  const lastRow = HEADER_ROW + Math.max(rows.length, 1);
  const column = (index: number) =>
    rangeAddress({ top: HEADER_ROW + 1, left: index + 1, bottom: lastRow, right: index + 1 });
  const titles = titleRows(settings, `มาตรการที่ยกมาจากปีงบประมาณ พ.ศ. ${year}: ผลการดำเนินการของปีก่อน`, {
    last: COLUMNS.length,
  });
  const plan: Omit<SheetPlan, "rowHeights"> = {
    role: "carried",
    name: carriedRecordSheetName(fromYear),
    visibility: "Visible",
    tabColor: "#7F7F7F",
    baseFont: baseFont(settings),
    content: [
      ...titles.content,
      valuesAt(HEADER_ROW, 1, [COLUMNS.map(({ header }) => header)]),
      ...(rows.length === 0 ? [] : [valuesAt(HEADER_ROW + 1, 1, rows)]),
    ],
    formats: [
      ...titles.formats,
      {
        address: rangeAddress({ top: HEADER_ROW, left: 1, bottom: HEADER_ROW, right: COLUMNS.length }),
        format: HEADER_FORMAT,
      },
      ...COLUMNS.map((_, index) => ({
        address: column(index),
        format: index < 2 ? CENTRED_CELL_FORMAT : TEXT_CELL_FORMAT,
      })),
    ],
    merges: titles.merges,
    columnWidths: COLUMNS.map(({ width }, index) => ({ column: columnLetter(index + 1), width })),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: a4("Landscape", `$${HEADER_ROW}:$${HEADER_ROW}`),
  };
  return { ...plan, rowHeights: fittedRowHeights(plan) };
}
