// The look shared by every sheet we make: printable, readable in TH SarabunPSK, and readable by staff
// who do not tell red from green (each band also has its meaning written beside the score).
import type { Band } from "../domain/bands";
import type { WorkbookSettings } from "../domain/workbookSettings";
import type { Colour, FormatPlan, PrintPlan, SheetPlan, SheetRole } from "./plan";

/** TH SarabunPSK draws small for its point size: 14 reads like 10-11 pt in other faces. */
const BODY_SIZE = 14;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 16;

export function baseFont(settings: WorkbookSettings): SheetPlan["baseFont"] {
  return { name: settings.documentFont, size: BODY_SIZE };
}

/** Light enough to print in grey and keep the header text legible. */
const HEADER_FILL: Colour = "#D9E2F3";

export const HEADER_FORMAT: FormatPlan = {
  font: { bold: true, size: BODY_SIZE },
  fill: HEADER_FILL,
  horizontalAlignment: "Center",
  verticalAlignment: "Center",
  wrapText: true,
  borders: true,
};

/** A header row's blank cells beside its groups: filled like the headers, without borders. */
export const HEADER_BAND_FORMAT: FormatPlan = { fill: HEADER_FILL };

/** Titles wrap: a merged cell does not grow, and a long title over a narrow page would be cut. */
export const TITLE_FORMAT: FormatPlan = {
  font: { bold: true, size: TITLE_SIZE },
  horizontalAlignment: "Center",
  verticalAlignment: "Center",
  wrapText: true,
};

export const SUBTITLE_FORMAT: FormatPlan = {
  font: { bold: true, size: SUBTITLE_SIZE },
  horizontalAlignment: "Center",
  verticalAlignment: "Center",
  wrapText: true,
};

/** Cells staff write in: Thai text wraps instead of running under the next column. */
export const TEXT_CELL_FORMAT: FormatPlan = { wrapText: true, verticalAlignment: "Top", borders: true };

export const CENTRED_CELL_FORMAT: FormatPlan = {
  horizontalAlignment: "Center",
  verticalAlignment: "Top",
  wrapText: true,
  borders: true,
};

export const SCORE_FORMAT = "0.00";

/**
 * Light fills that keep their order of lightness (salmon, orange, yellow, green), with dark text of the
 * same hue, so the bands differ in lightness as well as hue and stay apart when printed in grey.
 */
export const BAND_COLOURS: Readonly<Record<Band, { readonly fill: Colour; readonly fontColor: Colour }>> = {
  below85: { fill: "#F4B6B6", fontColor: "#7A0B0B" },
  below90: { fill: "#FAD3A5", fontColor: "#6B3A00" },
  below95: { fill: "#FFF2A8", fontColor: "#594A00" },
  top: { fill: "#C9EBC9", fontColor: "#145A14" },
};

/** A status row that has no single mark, or several: the same salmon as a failing score, in bold. */
export const STATUS_PROBLEM_COLOURS = { fill: "#F4B6B6", fontColor: "#7A0B0B", bold: true } as const;

export const TAB_COLOURS: Readonly<Record<Exclude<SheetRole, "settings">, Colour>> = {
  scores: "#2F5597",
  "grid-IIT": "#5B9BD5",
  "grid-EIT": "#70AD47",
  "grid-OIT": "#ED7D31",
  "oit-register": "#C55A11",
};

/** About 1.5 cm above and below, 1 cm at the sides (points). */
const MARGINS: NonNullable<PrintPlan["margins"]> = { top: 43, bottom: 43, left: 28, right: 28 };

/**
 * The smallest printed text asked of a reader, in points of TH SarabunPSK. Its Thai letters stand about
 * 0.41 em tall (ก), so at 12 pt they are 1.7 mm, as tall as the small letters of 9 pt Arial, a
 * newspaper's body text; official letters are set at 16 pt and their tables at 14 to 16.
 */
export const READABLE_PRINTED_POINTS = 12;

/**
 * A sheet too wide for one A4 width at a readable size (the grids' 20 columns would print at about 60 %):
 * printed at full size across two pages, broken before column `secondPage` whatever the printer's
 * rounding, each band of rows left page then right, so that the pages of the same rows come out one after
 * the other and lie side by side, row against row. The right-hand page repeats `titleColumns`, which say
 * which row is which.
 */
export function a4Across(titleRows: string, titleColumns: string, secondPage: number): PrintPlan {
  return {
    ...a4AtFullSize("Landscape", titleRows),
    titleColumns,
    columnBreaks: [secondPage],
    overThenDown: true,
  };
}

/** The width of an A4 page's printable area, in points, between MARGINS. */
export function printableWidth(orientation: PrintPlan["orientation"]): number {
  const { left, right } = MARGINS;
  return (orientation === "Landscape" ? A4_POINTS.height : A4_POINTS.width) - left - right;
}

const A4_POINTS = { width: 595, height: 842 };

/**
 * At 100 % rather than fitted to the page: Excel ignores a sheet's manual page breaks while it fits the
 * sheet to pages, and a sheet whose breaks matter is laid out one page wide at full size anyway.
 */
export function a4AtFullSize(orientation: PrintPlan["orientation"], titleRows?: string): PrintPlan {
  return { ...a4(orientation, titleRows), fitToOnePageWide: false, scale: 100 };
}

export function a4(orientation: PrintPlan["orientation"], titleRows?: string): PrintPlan {
  return {
    orientation,
    paper: "A4",
    fitToOnePageWide: true,
    ...(titleRows ? { titleRows } : {}),
    centerHorizontally: true,
    margins: MARGINS,
  };
}
