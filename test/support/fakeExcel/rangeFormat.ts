/** Excel.RangeFormat, RangeFont and RangeFill: formats of every cell of a range, and column/row sizes. */
import type { Binding } from "./binding";
import { FakeRangeBorderCollection } from "./borders";
import { FakeClientObject, type PropertySpec, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { agreed, eachCell, editCells, indices, type RangeTarget } from "./rangeTarget";
import { NO_FILL, normalizeColor, type CellState, type FontState } from "./state/cell";

type FormatProperty = "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText";
type CellFormatProperty = "horizontalAlignment" | "verticalAlignment" | "wrapText";

function cellFormat<K extends CellFormatProperty>(name: K): PropertySpec<RangeTarget, CellState[K]> {
  return {
    read: (target) => agreed(eachCell(target, (cell) => cell[name])),
    write: (target, value) => editCells(target, (cell) => (cell[name] = value)),
  };
}

function checkedSize(size: number): number {
  if (!(size >= 0)) {
    throw new FakeOfficeError("InvalidArgument", `${size} is not a width or height in points`);
  }
  return size;
}

// Widths and heights belong to whole columns and rows, whatever cells of them the range covers.
const formatProperties: PropertyTable<Excel.RangeFormat, FormatProperty, RangeTarget> = {
  columnWidth: {
    read: ({ sheet, box }) => agreed(indices(box.left, box.right).map((column) => sheet.columnWidth(column))),
    write: ({ sheet, box }, width) =>
      indices(box.left, box.right).forEach((column) => sheet.setColumnWidth(column, checkedSize(width))),
  },
  rowHeight: {
    read: ({ sheet, box }) => agreed(indices(box.top, box.bottom).map((row) => sheet.rowHeight(row))),
    write: ({ sheet, box }, height) =>
      indices(box.top, box.bottom).forEach((row) => sheet.setRowHeight(row, checkedSize(height))),
  },
  horizontalAlignment: cellFormat("horizontalAlignment"),
  verticalAlignment: cellFormat("verticalAlignment"),
  wrapText: cellFormat("wrapText"),
};

const formatSchema: ProxySchema<RangeTarget> = {
  typeName: "RangeFormat",
  properties: formatProperties,
  navigation: ["font", "fill", "borders"],
  sheetOf: (target) => target.sheet,
};

export class FakeRangeFormat
  extends FakeClientObject<RangeTarget>
  implements FakeMembers<Excel.RangeFormat, FormatProperty | "font" | "fill" | "borders">
{
  declare columnWidth: number;
  declare rowHeight: number;
  declare horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  declare verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  declare wrapText: boolean;

  static {
    FakeClientObject.defineProperties(FakeRangeFormat.prototype, formatSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, formatSchema);
  }

  get font(): FakeRangeFont {
    return this.navigate("font", () => new FakeRangeFont(this.context, this.binding));
  }

  get fill(): FakeRangeFill {
    return this.navigate("fill", () => new FakeRangeFill(this.context, this.binding));
  }

  get borders(): FakeRangeBorderCollection {
    return this.navigate("borders", () => new FakeRangeBorderCollection(this.context, this.binding));
  }
}

type FontProperty = "name" | "size" | "bold" | "italic" | "color" | "underline" | "strikethrough";

function fontProperty<K extends FontProperty>(
  name: K,
  normalize: (value: FontState[K]) => FontState[K] = (value) => value,
): PropertySpec<RangeTarget, FontState[K]> {
  return {
    read: (target) => agreed(eachCell(target, (cell) => cell.font[name])),
    write: (target, value) => editCells(target, (cell) => (cell.font[name] = normalize(value))),
  };
}

const fontProperties: PropertyTable<Excel.RangeFont, FontProperty, RangeTarget> = {
  name: fontProperty("name"),
  size: fontProperty("size"),
  bold: fontProperty("bold"),
  italic: fontProperty("italic"),
  color: fontProperty("color", normalizeColor),
  underline: fontProperty("underline"),
  strikethrough: fontProperty("strikethrough"),
};

const fontSchema: ProxySchema<RangeTarget> = {
  typeName: "RangeFont",
  properties: fontProperties,
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeRangeFont
  extends FakeClientObject<RangeTarget>
  implements FakeMembers<Excel.RangeFont, FontProperty>
{
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare underline: Excel.RangeFont["underline"];
  declare strikethrough: boolean;

  static {
    FakeClientObject.defineProperties(FakeRangeFont.prototype, fontSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, fontSchema);
  }
}

const fillProperties: PropertyTable<Excel.RangeFill, "color", RangeTarget> = {
  color: {
    read: (target) => agreed(eachCell(target, (cell) => cell.fillColor)),
    write: (target, color) => editCells(target, (cell) => (cell.fillColor = normalizeColor(color))),
  },
};

const fillSchema: ProxySchema<RangeTarget> = {
  typeName: "RangeFill",
  properties: fillProperties,
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeRangeFill
  extends FakeClientObject<RangeTarget>
  implements FakeMembers<Excel.RangeFill, "color" | "clear">
{
  declare color: string;

  static {
    FakeClientObject.defineProperties(FakeRangeFill.prototype, fillSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, fillSchema);
  }

  clear(): void {
    this.edit("clear", (target) => editCells(target, (cell) => (cell.fillColor = NO_FILL)));
  }
}
