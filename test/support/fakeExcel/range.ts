/** Excel.Range: cell contents in 2-D arrays, navigation to neighbouring ranges, merge and select. */
import {
  boundingBox,
  boxColumns,
  boxRows,
  contains,
  parseAddress,
  SHEET_COLUMNS,
  SHEET_ROWS,
  type Box,
} from "./address";
import type { Batch, Binding } from "./binding";
import { FakeClientObject, type PropertyTable, type ProxySchema } from "./clientObject";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./dataValidation";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { FakeRangeAreas, type AreasTarget } from "./rangeAreas";
import { FakeRangeFormat } from "./rangeFormat";
import { cellGrid, rangeAddress, rangeWithBox, writeGrid, type RangeTarget } from "./rangeTarget";
import { displayText, interpretInput, valueType } from "./state/cellInput";
import type { SheetState } from "./state/sheet";
import { FakeWorksheet } from "./worksheet";

type RangeProperty =
  | "address"
  | "addressLocal"
  | "cellCount"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "values"
  | "formulas"
  | "formulasLocal"
  | "numberFormat"
  | "text"
  | "valueTypes";

type RangeMember =
  | RangeProperty
  | "format"
  | "worksheet"
  | "dataValidation"
  | "conditionalFormats"
  | "getCell"
  | "getRow"
  | "getColumn"
  | "getOffsetRange"
  | "getResizedRange"
  | "getEntireColumn"
  | "getEntireRow"
  | "getLastRow"
  | "getBoundingRect"
  | "getMergedAreasOrNullObject"
  | "merge"
  | "unmerge"
  | "clear"
  | "select"
  | "track"
  | "untrack";

const contents = {
  read: (target: RangeTarget) => cellGrid(target, (cell) => cell.formula ?? cell.value),
  write: (target: RangeTarget, input: unknown) => writeContents(target, input, "formulas"),
};

const rangeProperties: PropertyTable<Excel.Range, RangeProperty, RangeTarget> = {
  address: { read: rangeAddress },
  addressLocal: { read: rangeAddress },
  cellCount: { read: ({ box }) => boxRows(box) * boxColumns(box) },
  rowCount: { read: ({ box }) => boxRows(box) },
  columnCount: { read: ({ box }) => boxColumns(box) },
  rowIndex: { read: ({ box }) => box.top },
  columnIndex: { read: ({ box }) => box.left },
  values: {
    read: (target) => cellGrid(target, (cell) => cell.value),
    write: (target, input) => writeContents(target, input, "values"),
  },
  formulas: contents,
  formulasLocal: contents,
  numberFormat: {
    read: (target) => cellGrid(target, (cell) => cell.numberFormat),
    write: (target, input) =>
      writeGrid(target, input, "numberFormat", (item, row, column) => {
        if (item === null || item === undefined) return;
        if (typeof item !== "string") {
          throw new FakeOfficeError("InvalidArgument", `${String(item)} is not a number format`);
        }
        target.sheet.editCell(row, column, (cell) => (cell.numberFormat = item === "" ? "General" : item));
      }),
  },
  text: { read: (target) => cellGrid(target, (cell) => displayText(cell.value)) },
  valueTypes: { read: (target) => cellGrid(target, (cell) => valueType(cell.value)) },
};

function writeContents(target: RangeTarget, input: unknown, property: string): void {
  writeGrid(target, input, property, (item, row, column) => {
    const content = interpretInput(item, target.sheet.cell(row, column).numberFormat);
    if (content !== null) target.sheet.setContent(row, column, content);
  });
}

const rangeSchema: ProxySchema<RangeTarget> = {
  typeName: "Range",
  properties: rangeProperties,
  navigation: ["format", "worksheet", "dataValidation", "conditionalFormats"],
  sheetOf: (target) => target.sheet,
};

export class FakeRange
  extends FakeClientObject<RangeTarget>
  implements FakeMembers<Excel.Range, RangeMember>
{
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly cellCount: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare values: Excel.Range["values"];
  declare formulas: Excel.Range["formulas"];
  declare formulasLocal: Excel.Range["formulasLocal"];
  declare numberFormat: Excel.Range["numberFormat"];
  declare readonly text: string[][];
  declare readonly valueTypes: Excel.RangeValueType[][];

  static {
    FakeClientObject.defineProperties(FakeRange.prototype, rangeSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, rangeSchema);
  }

  get format(): FakeRangeFormat {
    return this.navigate("format", () => new FakeRangeFormat(this.context, this.binding));
  }

  get worksheet(): FakeWorksheet {
    return this.navigate(
      "worksheet",
      () =>
        new FakeWorksheet(
          this.context,
          this.binding.derive((t) => t.sheet),
        ),
    );
  }

  get dataValidation(): FakeDataValidation {
    return this.navigate("dataValidation", () => new FakeDataValidation(this.context, this.binding));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.navigate(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.context, this.binding),
    );
  }

  /** The cell may lie outside this range, as long as it is on the sheet. */
  getCell(row: number, column: number): FakeRange {
    return this.reshaped("getCell", ({ top, left }) => cellBox(top + row, left + column));
  }

  getRow(row: number): FakeRange {
    return this.reshaped("getRow", (box) => ({ ...box, top: box.top + row, bottom: box.top + row }));
  }

  getColumn(column: number): FakeRange {
    return this.reshaped("getColumn", (box) => ({
      ...box,
      left: box.left + column,
      right: box.left + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.reshaped("getOffsetRange", (box) => ({
      top: box.top + rowOffset,
      left: box.left + columnOffset,
      bottom: box.bottom + rowOffset,
      right: box.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.reshaped("getResizedRange", (box) => ({
      ...box,
      bottom: box.bottom + deltaRows,
      right: box.right + deltaColumns,
    }));
  }

  getEntireColumn(): FakeRange {
    return this.reshaped("getEntireColumn", (box) => ({ ...box, top: 0, bottom: SHEET_ROWS - 1 }));
  }

  getEntireRow(): FakeRange {
    return this.reshaped("getEntireRow", (box) => ({ ...box, left: 0, right: SHEET_COLUMNS - 1 }));
  }

  getLastRow(): FakeRange {
    return this.reshaped("getLastRow", (box) => ({ ...box, top: box.bottom }));
  }

  /** The smallest range holding both; `anotherRange` may be on no other sheet. */
  getBoundingRect(anotherRange: Excel.Range | string): FakeRange {
    return this.derived("getBoundingRect", FakeRange, ({ sheet, box }, batch) =>
      rangeWithBox(sheet, boundingBox(box, rangeOnSheet(anotherRange, sheet, batch))),
    );
  }

  /**
   * The merged areas whose top-left cell is in the range, whole (office-js issue #3611: an area that only
   * reaches in from above or the left is left out); a null object when there is none.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return this.derived(
      "getMergedAreasOrNullObject",
      FakeRangeAreas,
      ({ sheet, box }): AreasTarget | null => {
        const boxes = sheet.merges.filter((merge) => contains(box, merge.top, merge.left));
        return boxes.length === 0 ? null : { sheet, boxes };
      },
    );
  }

  /** Like Excel, keeps only the top-left value of each merged area. */
  merge(across = false): void {
    this.edit("merge", ({ sheet, box }) => {
      const areas = across ? rowsOf(box) : [box];
      areas.filter((area) => boxRows(area) * boxColumns(area) > 1).forEach((area) => sheet.merge(area));
    });
  }

  unmerge(): void {
    this.edit("unmerge", ({ sheet, box }) => sheet.unmerge(box));
  }

  clear(
    applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All",
  ): void {
    if (applyTo !== "All" && applyTo !== "Formats" && applyTo !== "Contents") {
      throw new Error(`The fake clears contents and formats only, not "${applyTo}".`);
    }
    this.edit("clear", ({ sheet, box }) => sheet.clear(box, applyTo));
  }

  select(): void {
    this.act("select", ({ sheet, box }) => {
      sheet.selection = box;
      sheet.workbook.activeSheet = sheet;
    });
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  private reshaped(member: string, reshape: (box: Box) => Box): FakeRange {
    return this.derived(member, FakeRange, ({ sheet, box }) => rangeWithBox(sheet, reshape(box)));
  }
}

function cellBox(row: number, column: number): Box {
  return { top: row, left: column, bottom: row, right: column };
}

function rowsOf(box: Box): Box[] {
  return Array.from({ length: boxRows(box) }, (_, r) => ({ ...box, top: box.top + r, bottom: box.top + r }));
}

/** A range given to a method as a Range proxy or an address; an address without a sheet name means `sheet`. */
export function rangeArgument(argument: unknown, sheet: SheetState, batch: Batch): RangeTarget {
  if (typeof argument === "string") {
    const parsed = parseAddress(argument);
    const onSheet = parsed.sheetName === null ? sheet : sheet.workbook.requireSheet(parsed.sheetName);
    return rangeWithBox(onSheet, parsed.box);
  }
  if (argument instanceof FakeRange) {
    const target = argument.binding.resolve(batch);
    if (target !== null) return target;
  }
  throw new FakeOfficeError("InvalidArgument", "expected a Range of this workbook or an A1 address");
}

/** As rangeArgument, for methods that accept only a range of their own sheet (freezeAt, print titles). */
export function rangeOnSheet(argument: unknown, sheet: SheetState, batch: Batch): Box {
  const target = rangeArgument(argument, sheet, batch);
  if (target.sheet !== sheet) {
    throw new FakeOfficeError("InvalidArgument", `the range must be on the sheet '${sheet.name}'`);
  }
  return target.box;
}
