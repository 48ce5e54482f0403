import type { Alignment, Borders, Cell, Color, Fill, Font } from "exceljs";
import type { Colour, FontPlan, FormatPlan } from "../layout/plan";

/** "#1f4e79" → "FF1F4E79": ExcelJS colours carry an alpha byte in front. */
export function argbOf(colour: Colour): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) throw new Error(`not a "#RRGGBB" colour: "${colour}"`);
  return `FF${hex.toUpperCase()}`;
}

/** Back to "#RRGGBB"; theme and indexed colours, which our plans never write, give undefined. */
export function colourOf(color: Partial<Color> | undefined): Colour | undefined {
  const argb = color?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export function solidFill(colour: Colour): Fill {
  // Cell fills use fgColor, conditional-format fills bgColor: set both so either reader sees it.
  const color = { argb: argbOf(colour) };
  return { type: "pattern", pattern: "solid", fgColor: color, bgColor: color };
}

export function fontOf(font: FontPlan): Partial<Font> {
  return {
    ...(font.name !== undefined && { name: font.name }),
    ...(font.size !== undefined && { size: font.size }),
    ...(font.bold !== undefined && { bold: font.bold }),
    ...(font.color !== undefined && { color: { argb: argbOf(font.color) } }),
  };
}

const THIN_BLACK = { style: "thin", color: { argb: "FF000000" } } as const;
const ALL_THIN: Partial<Borders> = {
  top: THIN_BLACK,
  bottom: THIN_BLACK,
  left: THIN_BLACK,
  right: THIN_BLACK,
};

const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const VERTICAL = { Top: "top", Center: "middle", Bottom: "bottom" } as const;

/**
 * Lays a format over what the cell already has, property by property, as Office.js does. Style
 * parts are replaced, never mutated: ExcelJS shares them between cells.
 */
export function applyFormat(cell: Cell, format: FormatPlan): void {
  if (format.font) cell.font = { ...cell.font, ...fontOf(format.font) };
  if (format.fill !== undefined) cell.fill = solidFill(format.fill);
  const alignment: Partial<Alignment> = {
    ...(format.horizontalAlignment && { horizontal: HORIZONTAL[format.horizontalAlignment] }),
    ...(format.verticalAlignment && { vertical: VERTICAL[format.verticalAlignment] }),
    ...(format.wrapText !== undefined && { wrapText: format.wrapText }),
  };
  if (Object.keys(alignment).length > 0) cell.alignment = { ...cell.alignment, ...alignment };
  if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
  if (format.borders) cell.border = ALL_THIN;
}
