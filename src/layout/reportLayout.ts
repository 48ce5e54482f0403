// The report sheets the add-in writes (the summary, a parent office's summary), laid down row by row:
// lines across the sheet, numbered sections, tables, figures and lists, in the workbook's digits.
import { formatDigits, formatScore, type DigitStyle } from "../domain/thaiDigits";
import { rangeAddress } from "./a1";
import { valuesAt } from "./blocks";
import type { CellValue, ContentBlock, FormatBlock, FormatPlan, SheetPlan } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { CENTRED_CELL_FORMAT, HEADER_FORMAT, SCORE_FORMAT, TEXT_CELL_FORMAT } from "./styles";

export const SECTION_FORMAT: FormatPlan = { font: { bold: true, size: 16 }, verticalAlignment: "Center" };
export const NUMBER_FORMAT: FormatPlan = { ...CENTRED_CELL_FORMAT, numberFormat: SCORE_FORMAT };
export const COUNT_FORMAT: FormatPlan = { ...CENTRED_CELL_FORMAT, numberFormat: "0" };
export const PARAGRAPH_FORMAT: FormatPlan = { wrapText: true, verticalAlignment: "Top" };
export const NOTE_FORMAT: FormatPlan = { font: { color: "#595959", size: 12 } };

/** A report sheet as it is laid down row by row, `width` columns wide. */
export class ReportLayout {
  row = 1;
  private sections = 0;
  readonly rowBreaks: number[] = [];
  /** The rows of the section headings, each to be printed on the page of what follows it. */
  readonly headings: number[] = [];
  readonly content: ContentBlock[] = [];
  readonly formats: FormatBlock[] = [];
  readonly merges: string[] = [];

  constructor(
    private readonly digitStyle: DigitStyle,
    readonly width: number,
  ) {}

  digits(text: string): string {
    return formatDigits(text, this.digitStyle);
  }

  score(value: number): string {
    return formatScore(value, this.digitStyle);
  }

  across(row: number, left = 1, right = this.width): string {
    return rangeAddress({ top: row, left, bottom: row, right });
  }

  /** One text over the whole width, merged. */
  line(text: string, format: FormatPlan): void {
    this.content.push(valuesAt(this.row, 1, [[text]]));
    this.formats.push({ address: this.across(this.row), format });
    this.merges.push(this.across(this.row));
    this.row += 1;
  }

  /** A heading after a blank row, numbered in turn ("1. ผลการประเมินภาพรวม") in the workbook's digits. */
  section(title: string): void {
    this.sections += 1;
    this.row += 1;
    this.headings.push(this.row);
    this.line(this.digits(`${this.sections}. ${title}`), SECTION_FORMAT);
  }

  /** A section that must print whole, as a chart: it starts a page, with no blank row above it. */
  sectionOnNewPage(title: string): void {
    this.sections += 1;
    this.rowBreaks.push(this.row);
    this.line(this.digits(`${this.sections}. ${title}`), SECTION_FORMAT);
  }

  /** A table from column `left`: a header row then rows, each column with its own format. */
  table(
    headers: readonly string[],
    rows: readonly (readonly CellValue[])[],
    formats: readonly FormatPlan[],
    left = 1,
  ): void {
    const top = this.row;
    this.content.push(valuesAt(top, left, [headers]));
    this.formats.push({ address: this.across(top, left, left + headers.length - 1), format: HEADER_FORMAT });
    if (rows.length > 0) {
      this.content.push(valuesAt(top + 1, left, rows));
      formats.forEach((format, index) => {
        const column = left + index;
        this.formats.push({
          address: rangeAddress({ top: top + 1, left: column, bottom: top + rows.length, right: column }),
          format,
        });
      });
    }
    this.row = top + 1 + rows.length;
  }

  /** A label in A:B and a value in C, the value's format its own; the rest of the row for a note. */
  figure(label: string, value: CellValue, format: FormatPlan, note = ""): void {
    this.content.push(valuesAt(this.row, 1, [[label, null, value, note === "" ? null : note]]));
    this.merges.push(this.across(this.row, 1, 2), this.across(this.row, 4, this.width));
    this.formats.push(
      { address: this.across(this.row, 1, 2), format: { ...TEXT_CELL_FORMAT, font: { bold: true } } },
      { address: this.across(this.row, 3), format },
      { address: this.across(this.row, 4, this.width), format: TEXT_CELL_FORMAT },
    );
    this.row += 1;
  }

  /** A label in A:B and a list of indicators in C:F, wrapped. */
  list(label: string, text: string): void {
    this.content.push(valuesAt(this.row, 1, [[label, null, text]]));
    this.merges.push(this.across(this.row, 1, 2), this.across(this.row, 3, this.width));
    this.formats.push(
      { address: this.across(this.row, 1, 2), format: { ...TEXT_CELL_FORMAT, font: { bold: true } } },
      { address: this.across(this.row, 3, this.width), format: TEXT_CELL_FORMAT },
    );
    this.row += 1;
  }
}

/** A4's height in points, upright and on its side. */
const A4_HEIGHT = { Portrait: 842, Landscape: 595 } as const;
/** The height Excel gives a row whose height is not set (Calibri 11, the workbook's default). */
const DEFAULT_ROW_HEIGHT = 15;
/** A heading goes with its table's header and first row. */
const KEPT_WITH_HEADING = 3;
/** Of a page's room, what the breaks count on: Excel and LibreOffice round each row to their own pixels. */
const PAGE_FILL = 0.95;

/**
 * The report's plan with its rows fitted to their text and its page breaks: the layout's own, and one
 * before each section heading that would otherwise print at a page's foot, apart from the rows it heads.
 */
export function printedReport(plan: Omit<SheetPlan, "rowHeights">, headings: readonly number[]): SheetPlan {
  const rowHeights = fittedRowHeights(plan);
  const { print } = plan;
  if (print === undefined) return { ...plan, rowHeights };
  const heightOf = new Map(rowHeights.map(({ row, height }) => [row, height]));
  const height = (row: number) => heightOf.get(row) ?? DEFAULT_ROW_HEIGHT;
  const margins = print.margins ? print.margins.top + print.margins.bottom : 0;
  const room = (A4_HEIGHT[print.orientation] - margins) * ((print.scale ?? 100) / 100) * PAGE_FILL;
  const forced = new Set(print.rowBreaks ?? []);
  const heading = new Set(headings);
  const breaks = new Set(forced);
  const last = rowHeights.reduce((bottom, { row }) => Math.max(bottom, row), Math.max(0, ...headings));
  let used = 0;
  for (let row = 1; row <= last; row++) {
    if (forced.has(row)) used = 0;
    if (heading.has(row) && used > 0) {
      let kept = 0;
      for (let next = row; next < row + KEPT_WITH_HEADING; next++) kept += height(next);
      if (used + kept > room) {
        breaks.add(row);
        used = 0;
      }
    }
    // A row that does not fit starts the next page.
    used = used + height(row) > room ? height(row) : used + height(row);
  }
  return { ...plan, rowHeights, print: { ...print, rowBreaks: [...breaks].sort((a, b) => a - b) } };
}
