/**
 * Excel.TableCollection (a sheet's tables), Table, TableColumnCollection and TableColumn: adding a table
 * over a range, naming and styling it, and the ranges of its header row, body and columns.
 */
import { parseAddress } from "./address";
import { Binding, type Batch } from "./binding";
import {
  FakeClientObject,
  FakeCollection,
  type FakeClientResult,
  type PropertySpec,
  type PropertyTable,
  type ProxySchema,
} from "./clientObject";
import type { FakeRequestContext } from "./context";
import { apiNotFound, FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { FakeRange } from "./range";
import { rangeWithBox, type RangeTarget } from "./rangeTarget";
import { sheetGone, type SheetState } from "./state/sheet";
import type { TableState } from "./state/table";
import type { WorkbookState } from "./state/workbook";

/** Where a collection looks: a sheet's tables (Worksheet.tables) or all of them (Workbook.tables). */
export interface TableScope {
  readonly workbook: WorkbookState;
  readonly sheet: SheetState | null;
}

const tableCollectionSchema: ProxySchema<TableScope> = {
  typeName: "TableCollection",
  properties: {},
  navigation: [],
  gone: ({ sheet }) => (sheet === null ? undefined : sheetGone(sheet)),
};

type TableCollectionMember = "items" | "add" | "getItem" | "getItemAt" | "getItemOrNullObject" | "getCount";

export class FakeTableCollection
  extends FakeCollection<TableScope, FakeTable>
  implements FakeMembers<Excel.TableCollection, TableCollectionMember>
{
  constructor(context: FakeRequestContext, binding: Binding<TableScope>) {
    super(context, binding, tableCollectionSchema);
  }

  protected itemsOf(scope: TableScope): FakeTable[] {
    return tablesIn(scope).map((table) => new FakeTable(this.context, new Binding(() => table)));
  }

  /**
   * As Office documents it, an address without a sheet name means the active sheet, even on a
   * worksheet's own collection; a Range argument needs ExcelApi 1.3, which the host (not Office.js)
   * checks.
   */
  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    return this.derived("add", FakeTable, ({ workbook }, batch) => {
      if (typeof address !== "string" && !this.context.supports("1.3")) {
        throw apiNotFound("TableCollection.add(Range)", "ExcelApi 1.3");
      }
      const { sheet, box } = tableSource(address, batch);
      if (sheet.protection.protected) {
        throw new FakeOfficeError("AccessDenied", `the sheet '${sheet.name}' is protected`);
      }
      return workbook.addTable(sheet, box, hasHeaders);
    });
  }

  getItem(key: string): FakeTable {
    return this.derived("getItem", FakeTable, (scope) => {
      const table = findIn(scope, key);
      if (table === undefined) throw new FakeOfficeError("ItemNotFound", `no table '${key}'`);
      return table;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return this.derived("getItemOrNullObject", FakeTable, (scope) => findIn(scope, key) ?? null);
  }

  getItemAt(index: number): FakeTable {
    return this.derived("getItemAt", FakeTable, (scope) => {
      const table = tablesIn(scope)[index];
      if (table === undefined) throw new FakeOfficeError("ItemNotFound", `no table at ${index}`);
      return table;
    });
  }

  getCount(): FakeClientResult<number> {
    return this.compute("getCount", (scope) => tablesIn(scope).length);
  }
}

function tablesIn({ workbook, sheet }: TableScope): TableState[] {
  return workbook.tables.filter((table) => sheet === null || table.sheet === sheet);
}

function findIn({ workbook, sheet }: TableScope, key: string): TableState | undefined {
  const table = workbook.findTable(key);
  return sheet === null || table?.sheet === sheet ? table : undefined;
}

function tableSource(address: unknown, batch: Batch): RangeTarget {
  if (typeof address === "string") {
    const parsed = parseAddress(address);
    const workbook = batch.workbook;
    const sheet = parsed.sheetName === null ? workbook.activeSheet : workbook.requireSheet(parsed.sheetName);
    return rangeWithBox(sheet, parsed.box);
  }
  if (address instanceof FakeRange) {
    const target = address.binding.resolve(batch);
    if (target !== null) return target;
  }
  throw new FakeOfficeError("InvalidArgument", "expected a Range of this workbook or an A1 address");
}

// The built-in styles; a workbook's own custom styles are not modelled.
const builtInStyle = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

type TableFlag =
  | "showBandedRows"
  | "showBandedColumns"
  | "showFilterButton"
  | "highlightFirstColumn"
  | "highlightLastColumn";

function flag(name: TableFlag): PropertySpec<TableState, boolean> {
  return { read: (table) => table[name], write: (table, value) => (table[name] = value) };
}

type TableProperty = "id" | "name" | "style" | "showHeaders" | "showTotals" | TableFlag;

const tableProperties: PropertyTable<Excel.Table, TableProperty, TableState> = {
  id: { read: (table) => table.id },
  name: {
    read: (table) => table.name,
    write: (table, name) => table.sheet.workbook.renameTable(table, name),
  },
  style: {
    read: (table) => table.style,
    write: (table, style) => {
      if (!builtInStyle.test(style))
        throw new FakeOfficeError("InvalidArgument", `no table style '${style}'`);
      table.style = style;
    },
  },
  // Turning the header row or a total row on and off moves cells; the fake keeps the header, no totals.
  showHeaders: { read: () => true },
  showTotals: { read: () => false },
  showBandedRows: flag("showBandedRows"),
  showBandedColumns: flag("showBandedColumns"),
  showFilterButton: flag("showFilterButton"),
  highlightFirstColumn: flag("highlightFirstColumn"),
  highlightLastColumn: flag("highlightLastColumn"),
};

const tableSchema: ProxySchema<TableState> = {
  typeName: "Table",
  properties: tableProperties,
  navigation: ["columns"],
  sheetOf: (table) => table.sheet,
};

type TableMember =
  TableProperty | "columns" | "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "delete";

export class FakeTable extends FakeClientObject<TableState> implements FakeMembers<Excel.Table, TableMember> {
  declare readonly id: string;
  declare name: string;
  declare style: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare showBandedRows: boolean;
  declare showBandedColumns: boolean;
  declare showFilterButton: boolean;
  declare highlightFirstColumn: boolean;
  declare highlightLastColumn: boolean;

  static {
    FakeClientObject.defineProperties(FakeTable.prototype, tableSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<TableState>) {
    super(context, binding, tableSchema);
  }

  get columns(): FakeTableColumnCollection {
    return this.navigate("columns", () => new FakeTableColumnCollection(this.context, this.binding));
  }

  getRange(): FakeRange {
    return this.derived("getRange", FakeRange, (table) => ({ sheet: table.sheet, box: table.box }));
  }

  delete(): void {
    this.act("delete", (table) => table.sheet.workbook.deleteTable(table));
  }

  getHeaderRowRange(): FakeRange {
    return this.derived("getHeaderRowRange", FakeRange, (table) => ({
      sheet: table.sheet,
      box: table.headerBox,
    }));
  }

  getDataBodyRange(): FakeRange {
    return this.derived("getDataBodyRange", FakeRange, (table) => ({
      sheet: table.sheet,
      box: table.bodyBox,
    }));
  }
}

interface ColumnTarget {
  readonly table: TableState;
  readonly index: number;
}

const columnCollectionProperties: PropertyTable<Excel.TableColumnCollection, "count", TableState> = {
  count: { read: (table) => table.columnCount },
};

const columnCollectionSchema: ProxySchema<TableState> = {
  typeName: "TableColumnCollection",
  properties: columnCollectionProperties,
  navigation: [],
  sheetOf: (table) => table.sheet,
};

export class FakeTableColumnCollection
  extends FakeCollection<TableState, FakeTableColumn>
  implements FakeMembers<Excel.TableColumnCollection, "items" | "count" | "getItem" | "getItemAt">
{
  declare readonly count: number;

  static {
    FakeClientObject.defineProperties(FakeTableColumnCollection.prototype, columnCollectionSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<TableState>) {
    super(context, binding, columnCollectionSchema);
  }

  protected itemsOf(table: TableState): FakeTableColumn[] {
    return Array.from(
      { length: table.columnCount },
      (_, index) => new FakeTableColumn(this.context, new Binding(() => ({ table, index }))),
    );
  }

  /** By name (ignoring case) or by id, which the fake numbers 1, 2, … from the left. */
  getItem(key: number | string): FakeTableColumn {
    return this.derived("getItem", FakeTableColumn, (table) => {
      const index =
        typeof key === "number"
          ? key - 1
          : table.columnNames().findIndex((name) => name.toUpperCase() === key.toUpperCase());
      return columnAt(table, index, key);
    });
  }

  getItemAt(index: number): FakeTableColumn {
    return this.derived("getItemAt", FakeTableColumn, (table) => columnAt(table, index, index));
  }
}

function columnAt(table: TableState, index: number, key: number | string): ColumnTarget {
  if (!Number.isInteger(index) || index < 0 || index >= table.columnCount) {
    throw new FakeOfficeError(
      "ItemNotFound",
      `the table '${table.name}' has no column ${JSON.stringify(key)}`,
    );
  }
  return { table, index };
}

const columnProperties: PropertyTable<Excel.TableColumn, "id" | "index" | "name", ColumnTarget> = {
  id: { read: ({ index }) => index + 1 },
  index: { read: ({ index }) => index },
  name: {
    read: ({ table, index }) => table.columnNames()[index] ?? "",
    write: ({ table, index }, name) => {
      const { top, left } = table.columnBox(index, "header");
      table.sheet.setContent(top, left, { value: name, formula: null });
    },
  },
};

const columnSchema: ProxySchema<ColumnTarget> = {
  typeName: "TableColumn",
  properties: columnProperties,
  navigation: [],
  sheetOf: ({ table }) => table.sheet,
};

export class FakeTableColumn
  extends FakeClientObject<ColumnTarget>
  implements
    FakeMembers<
      Excel.TableColumn,
      "id" | "index" | "name" | "getRange" | "getHeaderRowRange" | "getDataBodyRange"
    >
{
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;

  static {
    FakeClientObject.defineProperties(FakeTableColumn.prototype, columnSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ColumnTarget>) {
    super(context, binding, columnSchema);
  }

  getRange(): FakeRange {
    return this.part("getRange", "whole");
  }

  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", "header");
  }

  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", "body");
  }

  private part(member: string, part: "whole" | "header" | "body"): FakeRange {
    return this.derived(member, FakeRange, ({ table, index }) => ({
      sheet: table.sheet,
      box: table.columnBox(index, part),
    }));
  }
}
