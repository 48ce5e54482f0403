/**
 * Excel.RangeBorderCollection and RangeBorder. Each cell keeps its own sides; a line between two cells is
 * stored on both (the bottom of B2 is the top of B3), so reading either edge sees it, as in Excel.
 */
import type { Binding } from "./binding";
import { FakeClientObject, type PropertySpec, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { agreed, indices, type RangeTarget } from "./rangeTarget";
import { defaultBorder, normalizeColor, type BorderSide, type BorderState } from "./state/cell";
import type { SheetState } from "./state/sheet";

type BorderIndex = Excel.RangeBorder["sideIndex"];

const borderIndices: readonly string[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

interface BorderTarget extends RangeTarget {
  readonly sideIndex: BorderIndex;
}

interface CellSide {
  readonly row: number;
  readonly column: number;
  readonly side: BorderSide;
}

/** The cell sides an edge of the range is drawn on. */
function sidesOf({ box, sideIndex }: BorderTarget): CellSide[] {
  const rows = indices(box.top, box.bottom);
  const columns = indices(box.left, box.right);
  const along = (row: number, side: BorderSide) => columns.map((column) => ({ row, column, side }));
  const down = (column: number, side: BorderSide) => rows.map((row) => ({ row, column, side }));
  const everyCell = (side: BorderSide) => rows.flatMap((row) => along(row, side));
  switch (sideIndex) {
    case "EdgeTop":
      return along(box.top, "top");
    case "EdgeBottom":
      return along(box.bottom, "bottom");
    case "EdgeLeft":
      return down(box.left, "left");
    case "EdgeRight":
      return down(box.right, "right");
    case "InsideHorizontal":
      return rows.slice(0, -1).flatMap((row) => along(row, "bottom"));
    case "InsideVertical":
      return columns.slice(0, -1).flatMap((column) => down(column, "right"));
    case "DiagonalDown":
      return everyCell("diagonalDown");
    default:
      return everyCell("diagonalUp");
  }
}

const facing: Partial<Record<BorderSide, { side: BorderSide; row: number; column: number }>> = {
  top: { side: "bottom", row: -1, column: 0 },
  bottom: { side: "top", row: 1, column: 0 },
  left: { side: "right", row: 0, column: -1 },
  right: { side: "left", row: 0, column: 1 },
};

function changeSide(sheet: SheetState, { row, column, side }: CellSide, change: Partial<BorderState>): void {
  const apply = (r: number, c: number, s: BorderSide) =>
    sheet.editCell(r, c, (cell) => (cell.borders[s] = { ...(cell.borders[s] ?? defaultBorder), ...change }));
  apply(row, column, side);
  const other = facing[side];
  if (other !== undefined && row + other.row >= 0 && column + other.column >= 0) {
    apply(row + other.row, column + other.column, other.side);
  }
}

type BorderProperty = "style" | "color" | "weight";

function borderProperty<K extends BorderProperty>(
  name: K,
  normalize: (value: BorderState[K]) => BorderState[K] = (value) => value,
): PropertySpec<BorderTarget, BorderState[K]> {
  return {
    read: (target) =>
      agreed(
        sidesOf(target).map(
          ({ row, column, side }) => (target.sheet.cell(row, column).borders[side] ?? defaultBorder)[name],
        ),
      ),
    write: (target, value) => {
      const change: Partial<BorderState> = { [name]: normalize(value) };
      sidesOf(target).forEach((cellSide) => changeSide(target.sheet, cellSide, change));
    },
  };
}

const borderProperties: PropertyTable<Excel.RangeBorder, BorderProperty | "sideIndex", BorderTarget> = {
  sideIndex: { read: (target) => target.sideIndex },
  style: borderProperty("style"),
  color: borderProperty("color", normalizeColor),
  weight: borderProperty("weight"),
};

const borderSchema: ProxySchema<BorderTarget> = {
  typeName: "RangeBorder",
  properties: borderProperties,
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeRangeBorder
  extends FakeClientObject<BorderTarget>
  implements FakeMembers<Excel.RangeBorder, BorderProperty | "sideIndex">
{
  declare readonly sideIndex: BorderIndex;
  declare style: Excel.RangeBorder["style"];
  declare color: string;
  declare weight: Excel.RangeBorder["weight"];

  static {
    FakeClientObject.defineProperties(FakeRangeBorder.prototype, borderSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<BorderTarget>) {
    super(context, binding, borderSchema);
  }
}

const bordersSchema: ProxySchema<RangeTarget> = {
  typeName: "RangeBorderCollection",
  properties: {},
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeRangeBorderCollection
  extends FakeClientObject<RangeTarget>
  implements FakeMembers<Excel.RangeBorderCollection, "getItem">
{
  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, bordersSchema);
  }

  getItem(index: BorderIndex): FakeRangeBorder {
    const locate = (target: RangeTarget): BorderTarget => {
      if (!borderIndices.includes(index)) {
        throw new FakeOfficeError("InvalidArgument", `no border '${index}'`);
      }
      return { ...target, sideIndex: index };
    };
    return this.derived("getItem", FakeRangeBorder, locate);
  }
}
