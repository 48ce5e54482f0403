/** Excel.Workbook: the sheets, and where the user's selection is. */
import type { Binding } from "./binding";
import { FakeClientObject, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import type { FakeMembers } from "./members";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";
import type { WorkbookState } from "./state/workbook";
import { FakeWorksheetCollection } from "./worksheetCollection";

const workbookSchema: ProxySchema<WorkbookState> = {
  typeName: "Workbook",
  properties: {},
  navigation: ["worksheets", "tables", "names"],
};

export class FakeWorkbook
  extends FakeClientObject<WorkbookState>
  implements
    FakeMembers<Excel.Workbook, "worksheets" | "tables" | "names" | "getSelectedRange" | "getActiveCell">
{
  constructor(context: FakeRequestContext, binding: Binding<WorkbookState>) {
    super(context, binding, workbookSchema);
  }

  get worksheets(): FakeWorksheetCollection {
    return this.navigate("worksheets", () => new FakeWorksheetCollection(this.context, this.binding));
  }

  /** Every table of the workbook; tables.add puts a table where its address says. */
  get tables(): FakeTableCollection {
    return this.navigate(
      "tables",
      () =>
        new FakeTableCollection(
          this.context,
          this.binding.derive((workbook) => ({ workbook, sheet: null })),
        ),
    );
  }

  /** The workbook's defined names. */
  get names(): FakeNamedItemCollection {
    return this.navigate("names", () => new FakeNamedItemCollection(this.context, this.binding));
  }

  getSelectedRange(): FakeRange {
    return this.derived("getSelectedRange", FakeRange, ({ activeSheet }) => ({
      sheet: activeSheet,
      box: activeSheet.selection,
    }));
  }

  /** The fake's active cell is the top-left cell of the selection. */
  getActiveCell(): FakeRange {
    return this.derived("getActiveCell", FakeRange, ({ activeSheet }) => {
      const { top, left } = activeSheet.selection;
      return { sheet: activeSheet, box: { top, left, bottom: top, right: left } };
    });
  }
}
