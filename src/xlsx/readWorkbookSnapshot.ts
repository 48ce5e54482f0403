import { ValueType, type Cell, type Worksheet } from "exceljs";
import { parseRange } from "../layout/a1";
import { cellsOf } from "./cellsOf";
import { colourOf } from "./cellStyle";
import { shownColumnWidth } from "./columnWidth";
import { sheetInternals, tablesOf } from "./excelJsInternals";
import { formulaWithEquals } from "./formula";
import { loadWorkbook } from "./loadWorkbook";
import { A4_PAPER_SIZE, POINTS_PER_INCH } from "./pageSetup";
import { plainValue, visibilityOf } from "./readValues";
import type {
  CellSnapshot,
  ConditionalFormatSnapshot,
  PrintSnapshot,
  SheetSnapshot,
  TableSnapshot,
  ValidationSnapshot,
  WorkbookSnapshot,
} from "./snapshot";
import { EDGES } from "./snapshot";
import type { TableColumnsPart } from "./tableColumns";
import { readValidationRule } from "./validation";

/** Reads an .xlsx file (its bytes or its path) into a snapshot. */
export async function readWorkbookSnapshot(source: Uint8Array | string): Promise<WorkbookSnapshot> {
  const { workbook, tables } = await loadWorkbook(source);
  return { sheets: workbook.worksheets.map((sheet) => sheetSnapshot(sheet, tables)) };
}

function sheetSnapshot(sheet: Worksheet, tableColumns: readonly TableColumnsPart[]): SheetSnapshot {
  const view = sheet.views?.[0];
  return {
    name: sheet.name,
    visibility: visibilityOf(sheet),
    tabColor: colourOf(sheet.properties.tabColor) ?? null,
    cells: cellsSnapshot(sheet),
    merges: [...sheet.model.merges].sort(),
    // A hidden column shows no width, as Office.js reports it: how a plan hides a column (width 0).
    columnWidths: Object.fromEntries(
      (sheet.columns ?? [])
        .filter((column) => column.width !== undefined || column.hidden)
        .map((column) => [column.letter, column.hidden ? 0 : shownColumnWidth(column.width as number)]),
    ),
    rowHeights: rowHeightsOf(sheet),
    validations: validationsOf(sheet),
    conditionalFormats: conditionalFormatsOf(sheet),
    tables: tablesOf(sheet).map((table): TableSnapshot => {
      // The file's own column names: ExcelJS leaves escapes such as _x000a_ in its copy.
      const columns: TableColumnsPart["columns"] =
        tableColumns.find((part) => part.table === table.name)?.columns ?? table.columns;
      return {
        name: table.name,
        address: table.tableRef,
        headers: columns.map((column) => column.name),
        calculatedColumns: columns.flatMap(({ name, formula }) =>
          formula === undefined ? [] : [{ header: name, formula }],
        ),
      };
    }),
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    print: printOf(sheet),
  };
}

function cellsSnapshot(sheet: Worksheet): Record<string, CellSnapshot> {
  const cells: Record<string, CellSnapshot> = {};
  const blank = JSON.stringify(EMPTY_CELL);
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const snapshot = cellSnapshot(cell);
      if (JSON.stringify(snapshot) !== blank) cells[cell.address] = snapshot;
    });
  });
  return cells;
}

/** ExcelJS's default font, which cells without a font of their own show in. */
const DEFAULT_FONT = { name: "Calibri", size: 11, bold: false, color: "#000000" };

/** A cell nobody touched: the reader leaves such cells out of a snapshot. */
export const EMPTY_CELL: CellSnapshot = {
  value: null,
  formula: null,
  numberFormat: "General",
  font: DEFAULT_FONT,
  fill: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  borders: [],
};

const HORIZONTAL: Readonly<Record<string, CellSnapshot["horizontalAlignment"]>> = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
};
const VERTICAL: Readonly<Record<string, CellSnapshot["verticalAlignment"]>> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

function cellSnapshot(cell: Cell): CellSnapshot {
  const { font, fill, alignment, border } = cell;
  // The cells a merge covers show nothing of their own; ExcelJS would show the merge's value.
  const merged = cell.type === ValueType.Merge;
  const formula = !merged && cell.type === ValueType.Formula ? cell.formula : undefined;
  return {
    value: merged ? null : plainValue(formula !== undefined ? cell.result : cell.value),
    formula: formula ? formulaWithEquals(formula) : null,
    numberFormat: cell.numFmt || "General",
    font: {
      name: font?.name ?? DEFAULT_FONT.name,
      size: font?.size ?? DEFAULT_FONT.size,
      bold: font?.bold ?? false,
      color: colourOf(font?.color) ?? DEFAULT_FONT.color,
    },
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? (colourOf(fill.fgColor) ?? null) : null,
    horizontalAlignment: alignment?.horizontal ? (HORIZONTAL[alignment.horizontal] ?? "Other") : "General",
    verticalAlignment: alignment?.vertical ? (VERTICAL[alignment.vertical] ?? "Other") : "Bottom",
    wrapText: alignment?.wrapText ?? false,
    borders: EDGES.filter((edge) => border?.[edge]?.style !== undefined),
  };
}

function rowHeightsOf(sheet: Worksheet): Record<number, number> {
  const heights: Record<number, number> = {};
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height !== undefined) heights[number] = row.height;
  });
  return heights;
}

function validationsOf(sheet: Worksheet): Record<string, ValidationSnapshot> {
  const validations: Record<string, ValidationSnapshot> = {};
  for (const [address, validation] of Object.entries(sheetInternals(sheet).dataValidations.model)) {
    if (!validation) continue;
    const snapshot: ValidationSnapshot = {
      rule: readValidationRule(validation),
      prompt: validation.showInputMessage
        ? { title: validation.promptTitle ?? "", message: validation.prompt ?? "" }
        : null,
      error: {
        style:
          validation.errorStyle === "warning" || validation.errorStyle === "information"
            ? validation.errorStyle
            : "stop",
        title: validation.errorTitle ?? "",
        message: validation.error ?? "",
      },
    };
    for (const cell of cellsOf(parseRange(address))) validations[cell.address] = snapshot;
  }
  return validations;
}

function conditionalFormatsOf(sheet: Worksheet): ConditionalFormatSnapshot[] {
  return sheetInternals(sheet)
    .conditionalFormattings.flatMap((formatting) =>
      formatting.rules.map((rule) => ({ ref: formatting.ref, rule })),
    )
    .sort((a, b) => a.rule.priority - b.rule.priority)
    .map(({ ref, rule }) => {
      const formula = rule.type === "expression" ? String(rule.formulae?.[0] ?? "") : "";
      const fill = rule.style?.fill;
      const fillColour = fill?.type === "pattern" ? colourOf(fill.bgColor ?? fill.fgColor) : undefined;
      const fontColour = colourOf(rule.style?.font?.color);
      const bold = rule.style?.font?.bold;
      return {
        address: ref.trim().toUpperCase().split(/\s+/).join(","),
        formula: formula === "" ? `(${rule.type})` : formulaWithEquals(formula),
        format: {
          ...(fillColour !== undefined && { fill: fillColour }),
          ...(fontColour !== undefined && { fontColor: fontColour }),
          ...(bold !== undefined && { bold }),
        },
      };
    });
}

function printOf(sheet: Worksheet): PrintSnapshot | null {
  const setup = sheet.pageSetup;
  if (setup.paperSize === undefined && !setup.fitToPage && !setup.printTitlesRow) return null;
  const margins = setup.margins;
  const points = (inches: number | undefined) => Math.round((inches ?? 0) * POINTS_PER_INCH);
  return {
    orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
    paper: setup.paperSize === A4_PAPER_SIZE ? "A4" : `paperSize ${setup.paperSize ?? "unset"}`,
    fitToOnePageWide: Boolean(setup.fitToPage) && setup.fitToWidth === 1 && setup.fitToHeight === 0,
    scale: setup.fitToPage ? null : (setup.scale ?? 100),
    titleRows: setup.printTitlesRow ? setup.printTitlesRow.replace(/(\d+)/g, "$$$1") : null,
    titleColumns: setup.printTitlesColumn ? setup.printTitlesColumn.replace(/([A-Z]+)/g, "$$$1") : null,
    overThenDown: setup.pageOrder === "overThenDown",
    centerHorizontally: Boolean(setup.horizontalCentered),
    margins: {
      top: points(margins?.top),
      bottom: points(margins?.bottom),
      left: points(margins?.left),
      right: points(margins?.right),
    },
  };
}
