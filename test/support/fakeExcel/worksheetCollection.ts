/** Excel.WorksheetCollection: finding, adding and counting sheets. */
import { Binding } from "./binding";
import { FakeCollection, type FakeClientResult, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import type { WorkbookState } from "./state/workbook";
import { FakeWorksheet } from "./worksheet";

type CollectionMember =
  "items" | "getItem" | "getItemOrNullObject" | "add" | "getActiveWorksheet" | "getCount" | "getFirst";

const collectionSchema: ProxySchema<WorkbookState> = {
  typeName: "WorksheetCollection",
  properties: {},
  navigation: [],
};

export class FakeWorksheetCollection
  extends FakeCollection<WorkbookState, FakeWorksheet>
  implements FakeMembers<Excel.WorksheetCollection, CollectionMember>
{
  constructor(context: FakeRequestContext, binding: Binding<WorkbookState>) {
    super(context, binding, collectionSchema);
  }

  protected itemsOf(workbook: WorkbookState): FakeWorksheet[] {
    return workbook.sheets.map((sheet) => new FakeWorksheet(this.context, new Binding(() => sheet)));
  }

  /** By name or id; the sync rejects with ItemNotFound when there is no such sheet. */
  getItem(key: string): FakeWorksheet {
    return this.derived("getItem", FakeWorksheet, (workbook) => workbook.requireSheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.derived("getItemOrNullObject", FakeWorksheet, (workbook) => workbook.findSheet(key) ?? null);
  }

  /** The sheet is added when the sync reaches this call; a taken name rejects with ItemAlreadyExists. */
  add(name?: string): FakeWorksheet {
    return this.derived("add", FakeWorksheet, (workbook) => workbook.addSheet(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.derived("getActiveWorksheet", FakeWorksheet, (workbook) => workbook.activeSheet);
  }

  /** The first sheet in tab order (a workbook always has one, unless visibleOnly finds none). */
  getFirst(visibleOnly = false): FakeWorksheet {
    return this.derived("getFirst", FakeWorksheet, (workbook) => {
      const first = workbook.sheets.find((sheet) => !visibleOnly || sheet.visibility === "Visible");
      if (first === undefined) throw new FakeOfficeError("ItemNotFound", "no visible sheet");
      return first;
    });
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    return this.compute(
      "getCount",
      (workbook) => workbook.sheets.filter((sheet) => !visibleOnly || sheet.visibility === "Visible").length,
    );
  }
}
