// The cell formats of sheets whose cells are written as XML rather than through ExcelJS (streamedRows.ts):
// each format a plan gives is turned into the styles part's font, fill, border and number format, and a
// cell format (s="…") that points at them, appended to the part ExcelJS wrote. The same format is one
// entry however many cells take it.
import type { FormatPlan } from "../layout/plan";
import { argbOf } from "./cellStyle";
import { StylesPart } from "./stylesMerge";
import { escapeXmlAttribute } from "./xmlText";

/** Number formats Excel knows by number in every file; any other code gets one of the file's own. */
const BUILT_IN_NUMBER_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const VERTICAL = { Top: "top", Center: "center", Bottom: "bottom" } as const;
const THIN_BLACK = '<color rgb="FF000000"/>';

/**
 * `over` laid on `under` property by property, as a second format over a first in Excel: fonts and
 * alignments merge, a fill, a number format or borders replace.
 */
export function layeredFormat(under: FormatPlan, over: FormatPlan): FormatPlan {
  return {
    ...under,
    ...over,
    ...((under.font || over.font) && { font: { ...under.font, ...over.font } }),
    borders: Boolean(under.borders || over.borders),
  };
}

function fontXml({ font = {} }: FormatPlan): string {
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.size === undefined ? "" : `<sz val="${font.size}"/>`) +
    (font.color === undefined ? "" : `<color rgb="${argbOf(font.color)}"/>`) +
    (font.name === undefined ? "" : `<name val="${escapeXmlAttribute(font.name)}"/>`) +
    "</font>"
  );
}

function fillXml(colour: string): string {
  const rgb = argbOf(colour);
  return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor rgb="${rgb}"/></patternFill></fill>`;
}

const ALL_THIN_BORDER =
  "<border>" +
  ["left", "right", "top", "bottom"].map((edge) => `<${edge} style="thin">${THIN_BLACK}</${edge}>`).join("") +
  "<diagonal/></border>";

function alignmentXml(format: FormatPlan): string {
  const attributes = [
    format.horizontalAlignment && `horizontal="${HORIZONTAL[format.horizontalAlignment]}"`,
    format.verticalAlignment && `vertical="${VERTICAL[format.verticalAlignment]}"`,
    format.wrapText && 'wrapText="1"',
  ].filter(Boolean);
  return attributes.length === 0 ? "" : `<alignment ${attributes.join(" ")}/>`;
}

/** The cell formats of one styles part, each appended once. */
export class CellFormats {
  private readonly styles: StylesPart;
  private readonly indexes = new Map<string, number>();

  constructor(stylesXml: string) {
    this.styles = new StylesPart(stylesXml);
  }

  /** The cell format (s="…") for `format`. */
  indexOf(format: FormatPlan): number {
    const key = JSON.stringify(format);
    const known = this.indexes.get(key);
    if (known !== undefined) return known;
    const ids = {
      numFmtId: this.numberFormat(format.numberFormat),
      fontId: format.font ? this.styles.indexOf("fonts", fontXml(format)) : 0,
      fillId: format.fill === undefined ? 0 : this.styles.indexOf("fills", fillXml(format.fill)),
      borderId: format.borders ? this.styles.indexOf("borders", ALL_THIN_BORDER) : 0,
    };
    const alignment = alignmentXml(format);
    const applied = [
      ids.numFmtId !== 0 && 'applyNumberFormat="1"',
      format.font && 'applyFont="1"',
      format.fill !== undefined && 'applyFill="1"',
      format.borders && 'applyBorder="1"',
      alignment !== "" && 'applyAlignment="1"',
    ].filter(Boolean);
    const start = `<xf numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"${applied.map((each) => ` ${each}`).join("")}`;
    const index = this.styles.indexOf(
      "cellXfs",
      alignment === "" ? `${start}/>` : `${start}>${alignment}</xf>`,
    );
    this.indexes.set(key, index);
    return index;
  }

  /** The styles part with every format appended. */
  xml(): string {
    return this.styles.toXml(new Set(["numFmts", "fonts", "fills", "borders", "cellXfs"]));
  }

  private numberFormat(code: string | undefined): number {
    if (code === undefined) return 0;
    return BUILT_IN_NUMBER_FORMATS[code] ?? this.styles.numberFormatId(code);
  }
}
