/** The fake workbook: its sheets in tab order, which one is active, and Excel's rules for sheet names. */
import { FakeOfficeError } from "../errors";
import { SheetState } from "./sheet";

const MAX_SHEET_NAME_LENGTH = 31;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  private sheetsCreated = 0;
  private active: SheetState | undefined;

  get activeSheet(): SheetState {
    const active = this.active ?? this.sheets[0];
    if (active === undefined) throw new FakeOfficeError("ItemNotFound", "the workbook has no sheets");
    return active;
  }

  set activeSheet(sheet: SheetState) {
    this.active = sheet;
  }

  /** By name (ignoring case, as Excel does) or by id. */
  findSheet(key: string): SheetState | undefined {
    const wanted = key.toUpperCase();
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === wanted || sheet.id === key);
  }

  requireSheet(key: string): SheetState {
    const sheet = this.findSheet(key);
    if (sheet === undefined) throw new FakeOfficeError("ItemNotFound", `no worksheet named '${key}'`);
    return sheet;
  }

  /** Appends a sheet after the last one, as Excel's worksheets.add does; it does not activate it. */
  addSheet(name?: string): SheetState {
    const sheetName = name ?? this.nextDefaultName();
    this.checkNewName(sheetName, undefined);
    this.sheetsCreated += 1;
    const id = `{00000000-0001-0000-0000-${String(this.sheetsCreated).padStart(12, "0")}}`;
    const sheet = new SheetState(this, id, sheetName);
    this.sheets.push(sheet);
    return sheet;
  }

  rename(sheet: SheetState, name: string): void {
    this.checkNewName(name, sheet);
    sheet.name = name;
  }

  move(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `position ${position} is outside 0..${this.sheets.length - 1}`,
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  private checkNewName(name: string, renamed: SheetState | undefined): void {
    if (name.trim() === "" || name.length > MAX_SHEET_NAME_LENGTH) {
      throw new FakeOfficeError("InvalidArgument", `a sheet name has 1 to 31 characters: '${name}'`);
    }
    if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError("InvalidArgument", `'${name}' has a character Excel forbids in sheet names`);
    }
    const existing = this.findSheet(name);
    if (existing !== undefined && existing !== renamed) {
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named '${existing.name}' already exists`);
    }
  }

  private nextDefaultName(): string {
    for (let number = this.sheets.length + 1; ; number++) {
      if (this.findSheet(`Sheet${number}`) === undefined) return `Sheet${number}`;
    }
  }
}
