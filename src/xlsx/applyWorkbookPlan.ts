import type { Workbook, Worksheet } from "exceljs";
import { parseRange } from "../layout/a1";
import type { ContentBlock, FormatPlan, PlannedRole, SheetPlan, WorkbookPlan } from "../layout/plan";
import type { SheetToWrite } from "../layout/insertPlan";
import { OwnedCells } from "../layout/ownedCells";
import { checkBlockShape, formulaAt } from "../layout/blocks";
import { formatBlocks } from "../layout/repair";
import { applyFormat, argbOf } from "./cellStyle";
import { cellsOf } from "./cellsOf";
import { storedColumnWidth } from "./columnWidth";
import type { SheetChart } from "./chartPart";
import { addConditionalFormats } from "./conditionalFormat";
import { sheetInternals } from "./excelJsInternals";
import { formulaBody } from "./formula";
import { applyPageBreaks } from "./pageBreaks";
import { pageSetupOf } from "./pageSetup";
import { addPlanTable } from "./table";
import type { TableColumnsPart } from "./tableColumns";
import { setValidation } from "./validation";

/** What to write into each sheet's cells: for a new workbook all of its content, for a repair less. */
export type SheetWrites = ReadonlyMap<PlannedRole, readonly ContentBlock[]>;

/** The writes for a workbook that has none of the plan's sheets yet. */
export function allContent(plan: WorkbookPlan): SheetWrites {
  return new Map(plan.sheets.map((sheet) => [sheet.role, sheet.content]));
}

/**
 * Applies a plan to an ExcelJS workbook, as the Office.js executor applies it to Excel: sheets the
 * workbook lacks are added in the plan's order, `writes` go into the cells, and every format, merge,
 * width, validation, live colour, table, freeze and print setting is laid on. Returns the tables'
 * columns, which `workbookBuffer` completes in the saved file.
 */
export function applyWorkbookPlan(
  workbook: Workbook,
  plan: WorkbookPlan,
  writes: SheetWrites,
): TableColumnsPart[] {
  return plan.sheets.flatMap((sheetPlan) => {
    const sheet = workbook.getWorksheet(sheetPlan.name) ?? workbook.addWorksheet(sheetPlan.name);
    const table = applySheetPlan(sheet, sheetPlan, writes.get(sheetPlan.role) ?? []);
    return table ? [table] : [];
  });
}

/** The plan's charts, which ExcelJS cannot write: `workbookBuffer` adds them to the saved file. */
export function chartsOf(plan: WorkbookPlan): SheetChart[] {
  return plan.sheets.flatMap((sheet) => (sheet.chart ? [{ sheetName: sheet.name, chart: sheet.chart }] : []));
}

function applySheetPlan(
  sheet: Worksheet,
  plan: SheetPlan,
  writes: readonly ContentBlock[],
): TableColumnsPart | undefined {
  layOutSheet(sheet, plan);
  for (const { row, height } of plan.rowHeights) sheet.getRow(row).height = height;
  writes.forEach((block) => writeContent(sheet, block));
  // The base font covers everything the plan touches; the blocks' own formats go over it.
  for (const { address, format } of formatBlocks(plan)) applyFormatTo(sheet, address, format);
  return finishSheet(sheet, plan);
}

/**
 * Every sheet of the plan without its cells' formats and heights, which are written apart as XML
 * (streamedCells.ts): only the plan's content, a table's header, is written into cells.
 */
export function applyWorkbookFrame(workbook: Workbook, plan: WorkbookPlan): TableColumnsPart[] {
  return plan.sheets.flatMap((sheetPlan) => {
    const sheet = workbook.addWorksheet(sheetPlan.name);
    layOutSheet(sheet, sheetPlan);
    sheetPlan.content.forEach((block) => writeContent(sheet, block));
    const table = finishSheet(sheet, sheetPlan);
    return table ? [table] : [];
  });
}

function layOutSheet(sheet: Worksheet, plan: SheetPlan): void {
  sheet.state = plan.visibility === "VeryHidden" ? "veryHidden" : "visible";
  if (plan.tabColor !== undefined) sheet.properties.tabColor = { argb: argbOf(plan.tabColor) };
  for (const { column, width } of plan.columnWidths) {
    // A width of 0 is how a plan hides a column; the file keeps hidden and width apart.
    if (width === 0) sheet.getColumn(column).hidden = true;
    else sheet.getColumn(column).width = storedColumnWidth(width);
  }
}

/** What lies over the cells: merges, drop-downs, live colours, frozen panes, print settings, the table. */
function finishSheet(sheet: Worksheet, plan: SheetPlan): TableColumnsPart | undefined {
  const merged = new Set(sheet.model.merges);
  plan.merges.filter((range) => !merged.has(range)).forEach((range) => sheet.mergeCells(range));
  plan.validations.forEach((validation) => setValidation(sheet, validation));
  addConditionalFormats(sheet, plan.conditionalFormats);
  if (plan.freeze) {
    sheet.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
  if (plan.print) sheet.pageSetup = pageSetupOf(plan.print, sheet.pageSetup);
  applyPageBreaks(sheet, plan.print);
  return plan.table ? addPlanTable(sheet, plan.table) : undefined;
}

/**
 * A sheet of ours that already exists, repaired as the Office.js executor repairs it: `writes` (cells that
 * are empty or hold our own content), the formats of those cells alone, the drop-downs of each area that
 * lost all of them (planInsert), and the live colours where the sheet has none left, so that a second
 * insert does not stack them. A cell someone
 * typed in keeps its value and every format they gave it. ExcelJS reads no page breaks: `ownBreaks` says
 * the sheet had the plan's own, which are written back.
 */
export function repairSheet(
  sheet: Worksheet,
  { plan, writes, validations }: Pick<SheetToWrite, "plan" | "writes" | "validations">,
  ownBreaks: boolean,
): void {
  if (ownBreaks) applyPageBreaks(sheet, plan.print);
  writes.forEach((block) => writeContent(sheet, block));
  const owned = new OwnedCells(writes);
  for (const { address, format } of formatBlocks(plan)) {
    owned.within(address).forEach((part) => applyFormatTo(sheet, part, format));
  }
  validations.forEach((validation) => setValidation(sheet, validation));
  if (sheetInternals(sheet).conditionalFormattings.length === 0) {
    addConditionalFormats(sheet, plan.conditionalFormats);
  }
}

function applyFormatTo(sheet: Worksheet, address: string, format: FormatPlan): void {
  for (const cell of cellsOf(parseRange(address))) applyFormat(sheet.getCell(cell.address), format);
}

/**
 * Values are written as literal values: ExcelJS never reads a string as a formula, so text typed by
 * a user that starts with = + - @ stays text. As in Office.js, null leaves a cell as it is and ""
 * empties it.
 */
function writeContent(sheet: Worksheet, block: ContentBlock): void {
  const box = parseRange(block.address);
  checkBlockShape(block, box);
  for (const { row, column } of cellsOf(box)) {
    const cell = sheet.getCell(row, column);
    const value = block.values?.[row - box.top]?.[column - box.left];
    if (value !== undefined && value !== null) cell.value = value === "" ? null : value;
    const formula = formulaAt(block, box, row, column);
    if (formula !== undefined) cell.value = formula === "" ? null : { formula: formulaBody(formula) };
  }
}
