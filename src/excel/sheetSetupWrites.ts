// The sheet around the cells: merged titles, column widths and row heights, frozen headers, tab colour,
// print setup and visibility. Each needs a newer ExcelApi than cells do, so each is skipped on a host
// without it (capabilities.ts names which), and the user is told.
import { columnLetter, rangeAddress } from "../layout/a1";
import { columnWidthPoints } from "../layout/columnWidth";
import type { SheetPlan } from "../layout/plan";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

export function layoutSteps(target: SheetTarget, plan: SheetPlan): WriteStep[] {
  if (!target.capabilities.features.layout) return [];
  return [
    ...plan.merges.map((address) =>
      writeStep(2, address, () => target.sheet().getRange(address).merge(false)),
    ),
    ...plan.columnWidths.map(({ column, width }) =>
      writeStep(2, column, () => {
        target.sheet().getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(width);
      }),
    ),
    ...plan.rowHeights.map(({ row, height }) =>
      writeStep(2, row, () => {
        target.sheet().getRange(`${row}:${row}`).format.rowHeight = height;
      }),
    ),
  ];
}

export function freezeSteps(target: SheetTarget, plan: SheetPlan): WriteStep[] {
  const { freeze } = plan;
  if (freeze === undefined || !target.capabilities.features.freezePanes) return [];
  return [
    writeStep(1, freeze, () => {
      const panes = target.sheet().freezePanes;
      // One split point: rows and columns together go through freezeAt.
      if (freeze.rows > 0 && freeze.columns > 0) {
        panes.freezeAt(rangeAddress({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns }));
      } else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    }),
  ];
}

export function tabColourSteps(target: SheetTarget, plan: SheetPlan): WriteStep[] {
  const { tabColor } = plan;
  if (tabColor === undefined || !target.capabilities.features.tabColour) return [];
  return [writeStep(1, tabColor, () => (target.sheet().tabColor = tabColor))];
}

/** Fit to one page wide and as many tall as the rows need: Excel's "Fit All Columns on One Page". */
const ONE_PAGE_WIDE: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };

export function printSteps(target: SheetTarget, plan: SheetPlan): WriteStep[] {
  const { print } = plan;
  if (print === undefined || !target.capabilities.features.printSetup) return [];
  return [
    writeStep(6, print, () => {
      const page = target.sheet().pageLayout;
      page.orientation = print.orientation;
      page.paperSize = print.paper;
      if (print.fitToOnePageWide) page.zoom = ONE_PAGE_WIDE;
      else if (print.scale !== undefined) page.zoom = { scale: print.scale };
      if (print.titleRows !== undefined) page.setPrintTitleRows(print.titleRows);
      if (print.titleColumns !== undefined) page.setPrintTitleColumns(print.titleColumns);
      if (print.overThenDown) page.printOrder = "OverThenDown";
      if (print.centerHorizontally !== undefined) page.centerHorizontally = print.centerHorizontally;
      if (print.margins !== undefined) page.setPrintMargins("Points", print.margins);
      for (const row of print.rowBreaks ?? []) target.sheet().horizontalPageBreaks.add(`A${row}`);
      for (const column of print.columnBreaks ?? [])
        target.sheet().verticalPageBreaks.add(`${columnLetter(column)}1`);
    }),
  ];
}

/** Hides the settings sheet; `current` is what the read found, and nothing is written when it agrees. */
export function visibilitySteps(target: SheetTarget, plan: SheetPlan, current: string): WriteStep[] {
  if (plan.visibility === current || !target.capabilities.features.hiddenSettings) return [];
  return [writeStep(1, plan.visibility, () => (target.sheet().visibility = plan.visibility))];
}
