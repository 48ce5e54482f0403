/**
 * Excel.ConditionalFormatCollection and ConditionalFormat. The fake models the two kinds a tracking grid
 * needs, "Custom" (a formula) and "CellValue" (a comparison); other kinds can be added and counted but
 * their rules and formats are not modelled.
 */
import { intersects } from "./address";
import { Binding } from "./binding";
import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  type PropertyTable,
  type ProxySchema,
} from "./clientObject";
import { FakeCellValueConditionalFormat, FakeCustomConditionalFormat } from "./conditionalRangeFormat";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import type { RangeTarget } from "./rangeTarget";
import type { ConditionalFormatState, SheetState } from "./state/sheet";

export interface ConditionalFormatTarget {
  readonly sheet: SheetState;
  readonly conditional: ConditionalFormatState;
}

type ConditionalFormatType = Excel.ConditionalFormat["type"];

const formatTypes: readonly string[] = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

function formatsOn({ sheet, box }: RangeTarget): ConditionalFormatState[] {
  return sheet.conditionalFormats.filter((format) => intersects(format.box, box));
}

const collectionSchema: ProxySchema<RangeTarget> = {
  typeName: "ConditionalFormatCollection",
  properties: {},
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeConditionalFormatCollection
  extends FakeCollection<RangeTarget, FakeConditionalFormat>
  implements FakeMembers<Excel.ConditionalFormatCollection, "add" | "clearAll" | "getCount" | "items">
{
  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, collectionSchema);
  }

  protected itemsOf(target: RangeTarget): FakeConditionalFormat[] {
    return formatsOn(target).map(
      (format) =>
        new FakeConditionalFormat(
          this.context,
          new Binding(() => ({ sheet: target.sheet, conditional: format })),
        ),
    );
  }

  add(type: ConditionalFormatType): FakeConditionalFormat {
    const locate = (target: RangeTarget): ConditionalFormatTarget => {
      this.refuseIfProtected(target);
      if (!formatTypes.includes(type)) {
        throw new FakeOfficeError("InvalidArgument", `no conditional format '${type}'`);
      }
      return { sheet: target.sheet, conditional: target.sheet.addConditionalFormat(type, target.box) };
    };
    return this.derived("add", FakeConditionalFormat, locate);
  }

  /** Removes every conditional format that touches the range, also where it reaches beyond it. */
  clearAll(): void {
    this.edit("clearAll", (target) => {
      const removed = new Set(formatsOn(target));
      const kept = target.sheet.conditionalFormats.filter((format) => !removed.has(format));
      target.sheet.conditionalFormats.splice(0, target.sheet.conditionalFormats.length, ...kept);
    });
  }

  getCount(): FakeClientResult<number> {
    return this.compute("getCount", (target) => formatsOn(target).length);
  }
}

type FormatProperty = "id" | "type" | "priority" | "stopIfTrue";

const formatProperties: PropertyTable<Excel.ConditionalFormat, FormatProperty, ConditionalFormatTarget> = {
  id: { read: ({ conditional }) => conditional.id },
  type: { read: ({ conditional }) => conditional.type },
  priority: {
    read: ({ sheet, conditional }) => sheet.conditionalFormats.indexOf(conditional),
    write: (target, priority) => {
      const formats = target.sheet.conditionalFormats;
      formats.splice(indexOf(target), 1);
      formats.splice(Math.max(0, Math.min(priority, formats.length)), 0, target.conditional);
    },
  },
  stopIfTrue: {
    read: ({ conditional }) => conditional.stopIfTrue,
    write: ({ conditional }, stopIfTrue) => (conditional.stopIfTrue = stopIfTrue),
  },
};

const formatSchema: ProxySchema<ConditionalFormatTarget> = {
  typeName: "ConditionalFormat",
  properties: formatProperties,
  navigation: ["custom", "cellValue"],
  sheetOf: (target) => target.sheet,
};

export class FakeConditionalFormat
  extends FakeClientObject<ConditionalFormatTarget>
  implements FakeMembers<Excel.ConditionalFormat, FormatProperty | "custom" | "cellValue" | "delete">
{
  declare readonly id: string;
  declare readonly type: ConditionalFormatType;
  declare priority: number;
  declare stopIfTrue: boolean;

  static {
    FakeClientObject.defineProperties(FakeConditionalFormat.prototype, formatSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ConditionalFormatTarget>) {
    super(context, binding, formatSchema);
  }

  get custom(): FakeCustomConditionalFormat {
    return this.navigate(
      "custom",
      () => new FakeCustomConditionalFormat(this.context, this.binding.derive(ofType("Custom"))),
    );
  }

  get cellValue(): FakeCellValueConditionalFormat {
    return this.navigate(
      "cellValue",
      () => new FakeCellValueConditionalFormat(this.context, this.binding.derive(ofType("CellValue"))),
    );
  }

  delete(): void {
    this.edit("delete", (target) => target.sheet.conditionalFormats.splice(indexOf(target), 1));
  }
}

function indexOf({ sheet, conditional }: ConditionalFormatTarget): number {
  const index = sheet.conditionalFormats.indexOf(conditional);
  if (index < 0) throw new FakeOfficeError("ItemNotFound", "the conditional format was deleted");
  return index;
}

function ofType(type: ConditionalFormatType): (target: ConditionalFormatTarget) => ConditionalFormatTarget {
  return (target) => {
    if (target.conditional.type !== type) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `a ${target.conditional.type} conditional format has no ${type} part`,
      );
    }
    return target;
  };
}
