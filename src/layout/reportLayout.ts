// The report sheets the add-in writes (the summary, a parent office's summary), laid down row by row:
// lines across the sheet, numbered sections, tables, figures and lists, in the workbook's digits.
import { formatDigits, formatScore, type DigitStyle } from "../domain/thaiDigits";
import { rangeAddress } from "./a1";
import { valuesAt } from "./blocks";
import type { CellValue, ContentBlock, FormatBlock, FormatPlan } from "./plan";
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
