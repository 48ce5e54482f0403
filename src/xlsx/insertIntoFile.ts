// "Insert ITA sheets" into an .xlsx file, as the task pane does in Excel: the same read, the same plan,
// sheets of ours that are missing are made, sheets of ours that lack something are repaired without
// touching a cell anyone typed in, and a sheet of someone else with one of our names is left alone. Only
// our sheets are written, and they are placed into the file's package: everything else stays as it was.
import type { Workbook, Worksheet } from "exceljs";
import JSZip from "jszip";
import type { CalendarDate } from "../domain/thaiCalendar";
import { insertExtent, insertValidationAreas } from "../layout/insertExtent";
import { planInsert, type InsertOptions, type SheetToWrite } from "../layout/insertPlan";
import { changesCells, holdsAllOf } from "../layout/ownedCells";
import type { SheetPlan } from "../layout/plan";
import { freeTableName } from "../layout/tableName";
import { applyWorkbookPlan, repairSheet } from "./applyWorkbookPlan";
import { sheetInternals } from "./excelJsInternals";
import { withSheetsPlaced, type SheetToPlace } from "./packageWrite";
import { readSheetsForInsert } from "./readSheetsForInsert";
import type { TableColumnsPart } from "./tableColumns";
import { definedNamesOf, partText, sheetParts, workbookPart } from "./packageParts";
import { pageBreaksIn, plannedPageBreaks, sameBreaks } from "./pageBreaks";
import { unkeptParts } from "./unkeptParts";
import { workbookBuffer } from "./workbookBuffer";

/** The file as it was read: its bytes, and ExcelJS's reading of them with its tables' columns. */
export interface ReadFile {
  readonly bytes: Uint8Array;
  readonly workbook: Workbook;
  readonly tables: readonly TableColumnsPart[];
}

export interface FileInsert {
  /** The file's new bytes; null when every sheet of ours was already whole and nothing was written. */
  readonly bytes: Buffer | null;
  /** Sheets the user sees, by the names they got; the hidden settings sheet is not listed. */
  readonly created: string[];
  readonly repaired: string[];
  /** Existing grids whose columns were moved, deleted or renamed, left as they are. */
  readonly rearranged: string[];
  readonly renamed: { readonly wanted: string; readonly got: string }[];
  readonly fiscalYear: number;
}

/** Refused before anything is written: sheets of ours that need repair are protected. */
export class ProtectedSheetsError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`protected sheets: ${sheets.join(", ")}`);
    this.name = "ProtectedSheetsError";
  }
}

/** Refused before anything is written: repairing these sheets would lose what ExcelJS cannot write. */
export class UnkeptContentError extends Error {
  constructor(
    readonly sheets: readonly string[],
    readonly kinds: readonly string[],
  ) {
    super(`${sheets.join(", ")} hold ${kinds.join(", ")}`);
    this.name = "UnkeptContentError";
  }
}

type Action = "create" | "repair" | "rewrite" | "keep";

/**
 * What becomes of each planned sheet. The settings sheet is the add-in's own record, written whole when
 * anything in it is to change; a sheet already whole is left byte for byte.
 */
function actionFor(sheet: SheetToWrite): Action {
  if (sheet.existing === null) return "create";
  if (sheet.plan.role === "settings") return holdsAllOf(sheet.writes, sheet.existing) ? "keep" : "rewrite";
  const changes = changesCells(sheet.writes, sheet.existing) || sheet.validations.length > 0;
  if (sheet.rearranged || !changes) return "keep";
  return "repair";
}

export async function insertIntoFile(
  file: ReadFile,
  options: InsertOptions,
  today: CalendarDate,
): Promise<FileInsert> {
  const { workbook } = file;
  const { settings, sheets, renamed } = planInsert(
    readSheetsForInsert(workbook, insertExtent(today), insertValidationAreas(today)),
    options,
    today,
  );
  const actions = sheets.map((sheet) => ({ sheet, action: actionFor(sheet) }));
  const named = (action: Action) =>
    actions.filter((entry) => entry.action === action).map(({ sheet }) => sheet.plan.name);
  const shown = (names: string[]) => names.filter((name) => name !== settingsName(sheets));

  const repaired = named("repair");
  const isProtected = repaired.filter(
    (name) => sheetInternals(worksheet(workbook, name)).sheetProtection?.sheet,
  );
  if (isProtected.length > 0) throw new ProtectedSheetsError(isProtected);
  const ownBreaks = await sheetsWithOwnBreaks(
    file.bytes,
    actions.filter(({ action }) => action === "repair").map(({ sheet }) => sheet.plan),
  );
  const lost = await unkeptParts(file.bytes, repaired, ownBreaks);
  if (lost.length > 0) throw new UnkeptContentError(repaired, lost);

  const placed: SheetToPlace[] = [];
  // Tables and the workbook's own names share one namespace: a table must not take a defined name.
  const zip = await JSZip.loadAsync(file.bytes);
  const workbookNames = definedNamesOf((await partText(zip, await workbookPart(zip))) ?? "")
    .filter(({ scope }) => scope === null)
    .map(({ name }) => name);
  const takenTables = [...file.tables.map(({ table }) => table), ...workbookNames];
  const newTables: TableColumnsPart[] = [];
  for (const { sheet, action } of actions) {
    if (action === "keep") continue;
    if (action === "repair") {
      const breaks = ownBreaks.includes(sheet.plan.name);
      repairSheet(worksheet(workbook, sheet.plan.name), sheet, breaks);
      placed.push({ name: sheet.plan.name, replaces: sheet.plan.name });
      continue;
    }
    if (action === "rewrite") workbook.removeWorksheet(worksheet(workbook, sheet.plan.name).id);
    const plan = withFreeTableName(sheet.plan, takenTables);
    if (plan.table) takenTables.push(plan.table.name);
    const only = { sheets: [plan] };
    newTables.push(...applyWorkbookPlan(workbook, only, new Map([[plan.role, sheet.writes]])));
    placed.push({ name: plan.name, replaces: action === "rewrite" ? plan.name : null });
  }

  const result = {
    created: shown(named("create")),
    repaired: shown(repaired),
    rearranged: sheets.filter((sheet) => sheet.rearranged).map(({ plan }) => plan.name),
    renamed: renamed.map(({ wanted, got }) => ({ wanted, got })),
    fiscalYear: settings.fiscalYear,
  };
  if (placed.length === 0) return { bytes: null, ...result };
  // ExcelJS saves only the sheets being placed: nothing else of the user's goes through it.
  const placing = new Set(placed.map(({ name }) => name));
  workbook.worksheets
    .filter((sheet) => !placing.has(sheet.name))
    .forEach((sheet) => workbook.removeWorksheet(sheet.id));
  const written = await workbookBuffer(workbook, [...file.tables, ...newTables]);
  return { bytes: await withSheetsPlaced(file.bytes, written, placed), ...result };
}

/** The sheets whose manual page breaks are the plan's own, which a repair writes back as they were. */
async function sheetsWithOwnBreaks(bytes: Uint8Array, plans: readonly SheetPlan[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const own: string[] = [];
  for (const plan of plans) {
    const part = parts.get(plan.name);
    const found = pageBreaksIn((part && (await partText(zip, part))) ?? "");
    const planned = plannedPageBreaks(plan.print);
    if (planned.rows.length + planned.columns.length > 0 && sameBreaks(found, planned)) own.push(plan.name);
  }
  return own;
}

function settingsName(sheets: readonly SheetToWrite[]): string | undefined {
  return sheets.find(({ plan }) => plan.role === "settings")?.plan.name;
}

function worksheet(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`the workbook has no sheet "${name}"`);
  return sheet;
}

function withFreeTableName(plan: SheetPlan, taken: readonly string[]): SheetPlan {
  if (!plan.table) return plan;
  return { ...plan, table: { ...plan.table, name: freeTableName(plan.table.name, taken) } };
}
