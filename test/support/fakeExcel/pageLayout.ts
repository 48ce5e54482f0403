/** Excel.PageLayout: print settings, stored as written, and print titles / print area as addresses. */
import { absoluteBoxAddress, columnLetters } from "./address";
import type { Binding } from "./binding";
import { FakeClientObject, type PropertySpec, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { rangeOnSheet } from "./range";
import { sheetGone, type PageLayoutState, type PageSetupProperty, type SheetState } from "./state/sheet";

function stored<K extends PageSetupProperty>(name: K): PropertySpec<SheetState, PageLayoutState[K]> {
  return {
    read: (sheet) => sheet.pageLayout[name],
    write: (sheet, value) => (sheet.pageLayout[name] = structuredClone(value)),
  };
}

const pageLayoutProperties: PropertyTable<Excel.PageLayout, PageSetupProperty, SheetState> = {
  orientation: stored("orientation"),
  paperSize: stored("paperSize"),
  zoom: stored("zoom"),
  centerHorizontally: stored("centerHorizontally"),
  centerVertically: stored("centerVertically"),
  printGridlines: stored("printGridlines"),
  printHeadings: stored("printHeadings"),
  blackAndWhite: stored("blackAndWhite"),
  draftMode: stored("draftMode"),
  firstPageNumber: stored("firstPageNumber"),
  printOrder: stored("printOrder"),
  printComments: stored("printComments"),
  printErrors: stored("printErrors"),
  topMargin: stored("topMargin"),
  bottomMargin: stored("bottomMargin"),
  leftMargin: stored("leftMargin"),
  rightMargin: stored("rightMargin"),
  headerMargin: stored("headerMargin"),
  footerMargin: stored("footerMargin"),
};

const pageLayoutSchema: ProxySchema<SheetState> = {
  typeName: "PageLayout",
  properties: pageLayoutProperties,
  navigation: [],
  gone: sheetGone,
};

const pointsPer: Record<Excel.PrintMarginUnit | "Points" | "Inches" | "Centimeters", number> = {
  Points: 1,
  Inches: 72,
  Centimeters: 72 / 2.54,
};

type PageLayoutMethod = "setPrintTitleRows" | "setPrintTitleColumns" | "setPrintArea" | "setPrintMargins";

export class FakePageLayout
  extends FakeClientObject<SheetState>
  implements FakeMembers<Excel.PageLayout, PageSetupProperty | PageLayoutMethod>
{
  declare orientation: Excel.PageLayout["orientation"];
  declare paperSize: Excel.PageLayout["paperSize"];
  declare zoom: Excel.PageLayoutZoomOptions;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare draftMode: boolean;
  declare firstPageNumber: number | "";
  declare printOrder: Excel.PageLayout["printOrder"];
  declare printComments: Excel.PageLayout["printComments"];
  declare printErrors: Excel.PageLayout["printErrors"];
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;

  static {
    FakeClientObject.defineProperties(FakePageLayout.prototype, pageLayoutSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SheetState>) {
    super(context, binding, pageLayoutSchema);
  }

  /** Stored as whole rows, "$1:$3", whichever columns the given range covers. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.act("setPrintTitleRows", (sheet, batch) => {
      const { top, bottom } = rangeOnSheet(printTitleRows, sheet, batch);
      sheet.pageLayout.printTitleRows = `$${top + 1}:$${bottom + 1}`;
    });
  }

  /** Stored as whole columns, "$A:$B". */
  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    this.act("setPrintTitleColumns", (sheet, batch) => {
      const { left, right } = rangeOnSheet(printTitleColumns, sheet, batch);
      sheet.pageLayout.printTitleColumns = `$${columnLetters(left)}:$${columnLetters(right)}`;
    });
  }

  /** A single area; several areas (RangeAreas) are not modelled. */
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.act("setPrintArea", (sheet, batch) => {
      sheet.pageLayout.printArea = absoluteBoxAddress(rangeOnSheet(printArea, sheet, batch));
    });
  }

  setPrintMargins(
    unit: Excel.PrintMarginUnit | "Points" | "Inches" | "Centimeters",
    marginOptions: Excel.PageLayoutMarginOptions,
  ): void {
    this.act("setPrintMargins", (sheet) => {
      const factor = pointsPer[unit];
      if (factor === undefined) throw new FakeOfficeError("InvalidArgument", `no margin unit '${unit}'`);
      for (const [side, margin] of Object.entries(marginOptions) as [string, number | undefined][]) {
        if (margin !== undefined) Object.assign(sheet.pageLayout, { [`${side}Margin`]: margin * factor });
      }
    });
  }
}
