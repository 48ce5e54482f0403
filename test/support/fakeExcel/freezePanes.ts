/** Excel.WorksheetFreezePanes: the rows and columns kept in view while the grid scrolls. */
import { SHEET_COLUMNS, SHEET_ROWS } from "./address";
import type { Binding } from "./binding";
import { FakeClientObject, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { FakeRange, rangeOnSheet } from "./range";
import { rangeWithBox } from "./rangeTarget";
import { sheetGone, type SheetState } from "./state/sheet";

type FreezeMember = "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocationOrNullObject";

const freezeSchema: ProxySchema<SheetState> = {
  typeName: "WorksheetFreezePanes",
  properties: {},
  navigation: [],
  gone: sheetGone,
};

function checkedCount(count: number): number {
  if (!Number.isInteger(count) || count < 0) {
    throw new FakeOfficeError("InvalidArgument", `cannot freeze ${count}`);
  }
  return count;
}

export class FakeWorksheetFreezePanes
  extends FakeClientObject<SheetState>
  implements FakeMembers<Excel.WorksheetFreezePanes, FreezeMember>
{
  constructor(context: FakeRequestContext, binding: Binding<SheetState>) {
    super(context, binding, freezeSchema);
  }

  /** One split point: freezing rows unfreezes any columns, and the other way round. */
  freezeRows(count = 1): void {
    this.act("freezeRows", (sheet) => Object.assign(sheet.freeze, { rows: checkedCount(count), columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.act("freezeColumns", (sheet) =>
      Object.assign(sheet.freeze, { rows: 0, columns: checkedCount(count) }),
    );
  }

  /** Freezes the rows above and the columns left of the bottom-right corner of the range, inclusive. */
  freezeAt(frozenRange: Excel.Range | string): void {
    this.act("freezeAt", (sheet, batch) => {
      const box = rangeOnSheet(frozenRange, sheet, batch);
      Object.assign(sheet.freeze, { rows: box.bottom + 1, columns: box.right + 1 });
    });
  }

  unfreeze(): void {
    this.act("unfreeze", (sheet) => Object.assign(sheet.freeze, { rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): FakeRange {
    return this.derived("getLocationOrNullObject", FakeRange, (sheet) => {
      const { rows, columns } = sheet.freeze;
      if (rows === 0 && columns === 0) return null;
      const bottom = rows === 0 ? SHEET_ROWS - 1 : rows - 1;
      const right = columns === 0 ? SHEET_COLUMNS - 1 : columns - 1;
      return rangeWithBox(sheet, { top: 0, left: 0, bottom, right });
    });
  }
}
