import type { PageSetup } from "exceljs";
import type { PrintPlan } from "../layout/plan";

/** OOXML's number for A4 paper. */
export const A4_PAPER_SIZE = 9;
export const POINTS_PER_INCH = 72;

/** Plans give margins in points, as Office.js does; the file keeps inches. */
export function pageSetupOf(print: PrintPlan, current: Partial<PageSetup>): Partial<PageSetup> {
  return {
    ...current,
    paperSize: A4_PAPER_SIZE,
    orientation: print.orientation === "Landscape" ? "landscape" : "portrait",
    // fitToHeight 0 lets the rows run onto as many pages as they need.
    ...(print.fitToOnePageWide && { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    ...(!print.fitToOnePageWide && print.scale !== undefined && { fitToPage: false, scale: print.scale }),
    ...(print.titleRows !== undefined && { printTitlesRow: print.titleRows.replace(/\$/g, "") }),
    ...(print.titleColumns !== undefined && { printTitlesColumn: print.titleColumns.replace(/\$/g, "") }),
    ...(print.overThenDown && { pageOrder: "overThenDown" as const }),
    ...(print.centerHorizontally !== undefined && { horizontalCentered: print.centerHorizontally }),
    ...(print.margins && {
      margins: {
        header: current.margins?.header ?? 0.3,
        footer: current.margins?.footer ?? 0.3,
        top: print.margins.top / POINTS_PER_INCH,
        bottom: print.margins.bottom / POINTS_PER_INCH,
        left: print.margins.left / POINTS_PER_INCH,
        right: print.margins.right / POINTS_PER_INCH,
      },
    }),
  };
}
