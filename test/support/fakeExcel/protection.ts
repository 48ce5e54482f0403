/** Excel.WorksheetProtection: while a sheet is protected, every edit of its cells is refused (AccessDenied). */
import type { Binding } from "./binding";
import { FakeClientObject, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { sheetGone, type SheetState } from "./state/sheet";

const protectionProperties: PropertyTable<Excel.WorksheetProtection, "protected", SheetState> = {
  protected: { read: (sheet) => sheet.protection.protected },
};

const protectionSchema: ProxySchema<SheetState> = {
  typeName: "WorksheetProtection",
  properties: protectionProperties,
  navigation: [],
  gone: sheetGone,
};

export class FakeWorksheetProtection
  extends FakeClientObject<SheetState>
  implements FakeMembers<Excel.WorksheetProtection, "protected" | "protect" | "unprotect">
{
  declare readonly protected: boolean;

  static {
    FakeClientObject.defineProperties(FakeWorksheetProtection.prototype, protectionSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SheetState>) {
    super(context, binding, protectionSchema);
  }

  /** Office documents that this fails on a sheet that is already protected. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.act("protect", ({ protection, name }) => {
      if (protection.protected) {
        throw new FakeOfficeError("InvalidOperation", `the sheet '${name}' is already protected`);
      }
      Object.assign(protection, { protected: true, password, options: { ...options } });
    });
  }

  unprotect(password?: string): void {
    this.act("unprotect", ({ protection, name }) => {
      if (protection.password !== undefined && protection.password !== password) {
        throw new FakeOfficeError("InvalidArgument", `wrong password for the sheet '${name}'`);
      }
      Object.assign(protection, { protected: false, password: undefined, options: {} });
    });
  }
}
