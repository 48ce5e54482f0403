/**
 * Excel.PageBreakCollection: a worksheet's manual page breaks, horizontal (rows a new printed page
 * starts at) or vertical (columns).
 */
import type { Binding } from "./binding";
import { FakeClientObject, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import type { FakeMembers } from "./members";
import { rangeOnSheet } from "./range";
import { sheetGone, type SheetState } from "./state/sheet";

const pageBreaksSchema: ProxySchema<SheetState> = {
  typeName: "PageBreakCollection",
  properties: {},
  navigation: [],
  gone: sheetGone,
};

export class FakePageBreaks
  extends FakeClientObject<SheetState>
  implements FakeMembers<Excel.PageBreakCollection, "add" | "removePageBreaks">
{
  constructor(
    context: FakeRequestContext,
    binding: Binding<SheetState>,
    private readonly direction: "rows" | "columns",
  ) {
    super(context, binding, pageBreaksSchema);
  }

  /** A break above (left of) the range's top-left cell; adding one that is there already changes nothing. */
  add(pageBreakRange: Excel.Range | string): void {
    this.act("add", (sheet, batch) => {
      const { top, left } = rangeOnSheet(pageBreakRange, sheet, batch);
      const breaks = sheet.pageBreaks[this.direction];
      const at = this.direction === "rows" ? top : left;
      if (!breaks.includes(at)) breaks.push(at);
      breaks.sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.act("removePageBreaks", (sheet) => sheet.pageBreaks[this.direction].splice(0));
  }
}
