/** Excel.NamedItemCollection of the workbook: its defined names, which tables must not take. */
import { Binding } from "./binding";
import { FakeClientObject, FakeCollection, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import type { FakeMembers } from "./members";
import type { WorkbookState } from "./state/workbook";

type NamedItemState = WorkbookState["names"][number];

const namedItemProperties: PropertyTable<Excel.NamedItem, "name" | "formula", NamedItemState> = {
  name: { read: (item) => item.name },
  formula: { read: (item) => item.reference },
};

const namedItemSchema: ProxySchema<NamedItemState> = {
  typeName: "NamedItem",
  properties: namedItemProperties,
  navigation: [],
};

export class FakeNamedItem
  extends FakeClientObject<NamedItemState>
  implements FakeMembers<Excel.NamedItem, "name" | "formula">
{
  declare readonly name: string;
  declare formula: string;

  static {
    FakeClientObject.defineProperties(FakeNamedItem.prototype, namedItemSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<NamedItemState>) {
    super(context, binding, namedItemSchema);
  }
}

const namesSchema: ProxySchema<WorkbookState> = {
  typeName: "NamedItemCollection",
  properties: {},
  navigation: [],
};

export class FakeNamedItemCollection
  extends FakeCollection<WorkbookState, FakeNamedItem>
  implements FakeMembers<Excel.NamedItemCollection, "add">
{
  constructor(context: FakeRequestContext, binding: Binding<WorkbookState>) {
    super(context, binding, namesSchema);
  }

  protected itemsOf(workbook: WorkbookState): FakeNamedItem[] {
    return workbook.names.map((item) => new FakeNamedItem(this.context, new Binding(() => item)));
  }

  /** A workbook-wide name for `reference` ("=Sheet1!$A$1" or a range); the sync refuses a name taken. */
  add(name: string, reference: Excel.Range | string): void {
    this.act("add", (workbook) =>
      workbook.addName(name, typeof reference === "string" ? reference : "(range)"),
    );
  }
}
