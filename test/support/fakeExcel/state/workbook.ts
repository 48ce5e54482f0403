/** The fake workbook: its sheets in tab order, which one is active, and Excel's rules for sheet names. */
import { boxColumns, boxRows, intersects, type Box } from "../address";
import { FakeOfficeError } from "../errors";
import { displayText } from "./cellInput";
import { SheetState } from "./sheet";
import { TableState } from "./table";

const MAX_SHEET_NAME_LENGTH = 31;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  /** Table names are unique in the whole workbook, so the workbook keeps them. */
  readonly tables: TableState[] = [];
  /** The workbook's defined names and what each refers to; they share one namespace with the tables. */
  readonly names: { name: string; reference: string }[] = [];
  private sheetsCreated = 0;
  private tablesCreated = 0;
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

  /**
   * Worksheet.delete: its tables go with it, references to its cells from other sheets become #REF!, and
   * the next visible sheet becomes active if it was. Excel refuses to delete a very hidden sheet or the
   * last visible one.
   */
  deleteSheet(sheet: SheetState): void {
    if (sheet.visibility === "VeryHidden") {
      throw new FakeOfficeError("InvalidOperation", `the sheet '${sheet.name}' is very hidden`);
    }
    const visible = this.sheets.filter((other) => other.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep at least one visible sheet");
    }
    const index = this.sheets.indexOf(sheet);
    const wasActive = this.activeSheet === sheet;
    this.sheets.splice(index, 1);
    this.tables.splice(0, this.tables.length, ...this.tables.filter((table) => table.sheet !== sheet));
    sheet.deleted = true;
    this.sheets.forEach((other) => other.loseReferencesTo(sheet.name));
    if (wasActive) {
      const isVisible = (other: SheetState) => other.visibility === "Visible";
      this.active =
        this.sheets.slice(index).find(isVisible) ?? this.sheets.slice(0, index).reverse().find(isVisible);
    }
  }

  /**
   * tables.add(address, true): the first row becomes the header row (empty headers get "ColumnN", and
   * every header is text, unique ignoring case), and a header-only range gets one empty body row.
   */
  addTable(sheet: SheetState, box: Box, hasHeaders: boolean): TableState {
    if (!hasHeaders) throw new Error("The fake does not model tables.add(address, false)");
    const tableBox = boxRows(box) === 1 ? { ...box, bottom: box.bottom + 1 } : box;
    if (this.tables.some((table) => table.sheet === sheet && intersects(table.box, tableBox))) {
      throw new FakeOfficeError("MergedRangeConflict", "a table cannot overlap another table");
    }
    if (sheet.merges.some((merge) => intersects(merge, tableBox))) {
      throw new FakeOfficeError("MergedRangeConflict", "a table cannot hold merged cells");
    }
    this.tablesCreated += 1;
    let number = this.tablesCreated;
    while (this.findTable(`Table${number}`) !== undefined) number += 1;
    const table = new TableState(String(this.tablesCreated), `Table${number}`, sheet, tableBox);
    const taken = new Set<string>();
    for (let index = 0; index < boxColumns(tableBox); index++) {
      const cell = sheet.cell(tableBox.top, tableBox.left + index);
      const text = displayText(cell.value).trim() === "" ? `Column${index + 1}` : displayText(cell.value);
      let header = text;
      for (let suffix = 2; taken.has(header.toUpperCase()); suffix++) header = `${text}${suffix}`;
      taken.add(header.toUpperCase());
      sheet.setContent(tableBox.top, tableBox.left + index, { value: header, formula: null });
    }
    this.tables.push(table);
    return table;
  }

  /** table.delete(): the table goes, and its cells' contents and formats with it. */
  deleteTable(table: TableState): void {
    this.tables.splice(this.tables.indexOf(table), 1);
    table.sheet.clear(table.box, "All");
  }

  /** By name (ignoring case) or id. */
  findTable(key: string): TableState | undefined {
    const wanted = key.toUpperCase();
    return this.tables.find((table) => table.name.toUpperCase() === wanted || table.id === key);
  }

  renameTable(table: TableState, name: string): void {
    // Excel's rule for names: a letter, _ or \ first, then letters, digits, _ and .; not a cell reference.
    const valid = /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
    if (!valid || name.length > 255) {
      throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid table name`);
    }
    const existing = this.findTable(name);
    if (existing !== undefined && existing !== table) {
      throw new FakeOfficeError("ItemAlreadyExists", `a table named '${existing.name}' already exists`);
    }
    this.requireFreeName(name);
    table.name = name;
  }

  /** A defined name, unique among names and tables whatever the case, as Excel has it. */
  addName(name: string, reference: string): void {
    if (this.findTable(name)) throw new FakeOfficeError("ItemAlreadyExists", `a table is named '${name}'`);
    this.requireFreeName(name);
    this.names.push({ name, reference });
  }

  private requireFreeName(name: string): void {
    const taken = this.names.find((each) => each.name.toUpperCase() === name.toUpperCase());
    if (taken) throw new FakeOfficeError("ItemAlreadyExists", `the name '${taken.name}' is taken`);
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
