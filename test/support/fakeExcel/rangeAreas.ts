/** Excel.RangeAreas, as Range.getMergedAreasOrNullObject gives it: the merged areas a range touches. */
import { qualifiedAddress, type Box } from "./address";
import type { Binding } from "./binding";
import { FakeClientObject, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import type { FakeMembers } from "./members";
import type { SheetState } from "./state/sheet";

export interface AreasTarget {
  readonly sheet: SheetState;
  /** Never empty: a range without areas is a null object. */
  readonly boxes: readonly Box[];
}

type RangeAreasProperty = "address" | "areaCount";

const rangeAreasProperties: PropertyTable<Excel.RangeAreas, RangeAreasProperty, AreasTarget> = {
  // Excel documents "Sheet1!A1:B4, Sheet1!D1:D4": every area with its sheet, joined by ", ".
  address: { read: ({ sheet, boxes }) => boxes.map((box) => qualifiedAddress(sheet.name, box)).join(", ") },
  areaCount: { read: ({ boxes }) => boxes.length },
};

const rangeAreasSchema: ProxySchema<AreasTarget> = {
  typeName: "RangeAreas",
  properties: rangeAreasProperties,
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeRangeAreas
  extends FakeClientObject<AreasTarget>
  implements FakeMembers<Excel.RangeAreas, RangeAreasProperty>
{
  declare readonly address: string;
  declare readonly areaCount: number;

  static {
    FakeClientObject.defineProperties(FakeRangeAreas.prototype, rangeAreasSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<AreasTarget>) {
    super(context, binding, rangeAreasSchema);
  }
}
