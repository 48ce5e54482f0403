/** Excel.Worksheet: name, place and look of a sheet, and the ranges on it. */
import { SHEET_COLUMNS, SHEET_ROWS } from "./address";
import type { Binding } from "./binding";
import { FakeClientObject, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeChartCollection } from "./charts";
import { apiNotFound, FakeOfficeError } from "./errors";
import { FakeWorksheetFreezePanes } from "./freezePanes";
import type { FakeMembers } from "./members";
import { FakePageBreaks } from "./pageBreaks";
import { FakePageLayout } from "./pageLayout";
import { FakeWorksheetProtection } from "./protection";
import { FakeRange } from "./range";
import { rangeAtAddress, rangeWithBox } from "./rangeTarget";
import { normalizeColor } from "./state/cell";
import { sheetGone, type SheetState } from "./state/sheet";
import { FakeTableCollection } from "./tables";

type WorksheetProperty = "id" | "name" | "position" | "visibility" | "tabColor" | "showGridlines";

type WorksheetMember =
  | WorksheetProperty
  | "freezePanes"
  | "protection"
  | "pageLayout"
  | "horizontalPageBreaks"
  | "verticalPageBreaks"
  | "tables"
  | "charts"
  | "delete"
  | "getNext"
  | "getNextOrNullObject"
  | "getRange"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "activate";

const visibilities: readonly string[] = ["Visible", "Hidden", "VeryHidden"];

const worksheetProperties: PropertyTable<Excel.Worksheet, WorksheetProperty, SheetState> = {
  id: { read: (sheet) => sheet.id },
  name: { read: (sheet) => sheet.name, write: (sheet, name) => sheet.workbook.rename(sheet, name) },
  position: {
    read: (sheet) => sheet.workbook.sheets.indexOf(sheet),
    write: (sheet, position) => sheet.workbook.move(sheet, position),
  },
  visibility: {
    read: (sheet) => sheet.visibility,
    write: (sheet, visibility) => {
      if (!visibilities.includes(visibility)) {
        throw new FakeOfficeError("InvalidArgument", `no visibility '${visibility}'`);
      }
      sheet.visibility = visibility;
    },
  },
  tabColor: {
    read: (sheet) => sheet.tabColor,
    write: (sheet, color) => (sheet.tabColor = normalizeColor(color)),
  },
  showGridlines: {
    read: (sheet) => sheet.showGridlines,
    write: (sheet, show) => (sheet.showGridlines = show),
  },
};

const worksheetSchema: ProxySchema<SheetState> = {
  typeName: "Worksheet",
  properties: worksheetProperties,
  navigation: [
    "freezePanes",
    "protection",
    "pageLayout",
    "horizontalPageBreaks",
    "verticalPageBreaks",
    "tables",
    "charts",
  ],
  gone: sheetGone,
};

export class FakeWorksheet
  extends FakeClientObject<SheetState>
  implements FakeMembers<Excel.Worksheet, WorksheetMember>
{
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.Worksheet["visibility"];
  declare tabColor: string;
  declare showGridlines: boolean;

  static {
    FakeClientObject.defineProperties(FakeWorksheet.prototype, worksheetSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SheetState>) {
    super(context, binding, worksheetSchema);
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return this.navigate("freezePanes", () => new FakeWorksheetFreezePanes(this.context, this.binding));
  }

  get protection(): FakeWorksheetProtection {
    return this.navigate("protection", () => new FakeWorksheetProtection(this.context, this.binding));
  }

  get pageLayout(): FakePageLayout {
    return this.navigate("pageLayout", () => new FakePageLayout(this.context, this.binding));
  }

  get horizontalPageBreaks(): FakePageBreaks {
    return this.navigate(
      "horizontalPageBreaks",
      () => new FakePageBreaks(this.context, this.binding, "rows"),
    );
  }

  get verticalPageBreaks(): FakePageBreaks {
    return this.navigate(
      "verticalPageBreaks",
      () => new FakePageBreaks(this.context, this.binding, "columns"),
    );
  }

  get tables(): FakeTableCollection {
    return this.navigate(
      "tables",
      () =>
        new FakeTableCollection(
          this.context,
          this.binding.derive((sheet) => ({ workbook: sheet.workbook, sheet })),
        ),
    );
  }

  get charts(): FakeChartCollection {
    return this.navigate("charts", () => new FakeChartCollection(this.context, this.binding));
  }

  /**
   * Removes the sheet with its tables and charts; its proxies then reject with ItemNotFound. Excel
   * refuses (InvalidOperation) to delete a very hidden sheet or the last visible one.
   */
  delete(): void {
    this.act("delete", (sheet) => sheet.workbook.deleteSheet(sheet));
  }

  /** The next sheet in tab order; the sync rejects with ItemNotFound after the last one. */
  getNext(visibleOnly = false): FakeWorksheet {
    return this.derived("getNext", FakeWorksheet, (sheet) => {
      const next = nextSheet(sheet, visibleOnly);
      if (next === null) throw new FakeOfficeError("ItemNotFound", `no sheet after '${sheet.name}'`);
      return next;
    });
  }

  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.derived("getNextOrNullObject", FakeWorksheet, (sheet) => nextSheet(sheet, visibleOnly));
  }

  /** Without an address, the whole sheet (clipped, see CLIPPED_ROWS). */
  getRange(address?: string): FakeRange {
    return this.derived("getRange", FakeRange, (sheet) =>
      address === undefined
        ? rangeWithBox(sheet, { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 })
        : rangeAtAddress(sheet, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.derived("getRangeByIndexes", FakeRange, (sheet) =>
      rangeWithBox(sheet, {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      }),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", FakeRange, (sheet) =>
      rangeWithBox(sheet, { top: row, left: column, bottom: row, right: column }),
    );
  }

  /** On a blank sheet, A1, as in Excel. `valuesOnly` came in ExcelApi 1.2, unchecked by Office.js. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derived("getUsedRange", FakeRange, (sheet) => {
      if (valuesOnly !== undefined && !this.context.supports("1.2")) {
        throw apiNotFound("Worksheet.getUsedRange(valuesOnly)", "ExcelApi 1.2");
      }
      return {
        sheet,
        box: sheet.usedBox(valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  /** On a blank sheet, a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived("getUsedRangeOrNullObject", FakeRange, (sheet) => {
      const box = sheet.usedBox(valuesOnly);
      return box === null ? null : { sheet, box };
    });
  }

  activate(): void {
    this.act("activate", (sheet) => (sheet.workbook.activeSheet = sheet));
  }
}

function nextSheet(sheet: SheetState, visibleOnly: boolean): SheetState | null {
  const { sheets } = sheet.workbook;
  const later = sheets.slice(sheets.indexOf(sheet) + 1);
  return later.find((next) => !visibleOnly || next.visibility === "Visible") ?? null;
}
