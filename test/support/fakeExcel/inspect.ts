/**
 * Read-only views of the fake workbook for assertions. They show the workbook as it is now, synced
 * writes only, without loads or syncs, and return copies so a test cannot change the workbook by accident.
 */
import { boxAddress, columnIndex, parseAddress, qualifiedAddress, type Box } from "./address";
import { cellGrid, rangeAddress, type RangeTarget } from "./rangeTarget";
import type { BorderSide, BorderState, CellValue, FontState, ValidationState } from "./state/cell";
import { pointCount, type ChartState, type SeriesState } from "./state/chart";
import type { ConditionalFormatState, PageLayoutState, SheetState } from "./state/sheet";

export interface CellView {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly font: FontState;
  readonly fill: { readonly color: string };
  readonly horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  readonly verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  readonly wrapText: boolean;
  /** Only the sides that were ever set. */
  readonly borders: Partial<Record<BorderSide, BorderState>>;
  readonly dataValidation: ValidationState | null;
  /** The merged area holding the cell, such as "A1:C1", or null. */
  readonly mergedArea: string | null;
}

export interface ConditionalFormatView {
  readonly address: string;
  readonly type: ConditionalFormatState["type"];
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly formula: string;
  readonly cellValueRule: Excel.ConditionalCellValueRule;
  readonly format: ConditionalFormatState["format"];
}

export interface TableView {
  readonly name: string;
  /** The whole table, header row included, such as "A5:V7". */
  readonly address: string;
  readonly bodyAddress: string;
  readonly headers: readonly string[];
  readonly style: string;
  readonly showBandedRows: boolean;
  readonly showFilterButton: boolean;
}

export interface ChartSeriesView {
  readonly name: string;
  readonly chartType: string;
  /** Sheet-qualified, such as "'สรุปผล ITA'!C3:C12". */
  readonly values: string;
  readonly xValues: string | null;
  /** Colours set by the program, null where Excel picks them. */
  readonly fill: string | null;
  readonly line: string | null;
  /** One per point of the series. */
  readonly pointFills: readonly (string | null)[];
}

export interface ChartView {
  readonly name: string;
  readonly type: string;
  /** The range the chart was made from, sheet-qualified. */
  readonly source: string;
  readonly title: string;
  /** The cells setPosition made it cover, such as "H2:P20", or null before it was placed. */
  readonly position: string | null;
  readonly axes: {
    readonly category: { readonly title: string };
    readonly value: {
      readonly title: string;
      readonly minimum: number | null;
      readonly maximum: number | null;
    };
  };
  readonly legend: { readonly position: string };
  readonly font: { readonly name: string; readonly size: number };
  readonly series: readonly ChartSeriesView[];
}

export class SheetInspector {
  constructor(private readonly sheet: SheetState) {}

  get name(): string {
    return this.sheet.name;
  }

  get position(): number {
    return this.sheet.workbook.sheets.indexOf(this.sheet);
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.sheet.visibility;
  }

  get tabColor(): string {
    return this.sheet.tabColor;
  }

  get showGridlines(): boolean {
    return this.sheet.showGridlines;
  }

  get isProtected(): boolean {
    return this.sheet.protection.protected;
  }

  get freezePanes(): { readonly rows: number; readonly columns: number } {
    return { ...this.sheet.freeze };
  }

  get pageBreaks(): { rows: number[]; columns: number[] } {
    return structuredClone(this.sheet.pageBreaks);
  }

  get pageLayout(): PageLayoutState {
    return structuredClone(this.sheet.pageLayout);
  }

  /** The sheet's selection, such as "B3" or "A1:C4". */
  get selection(): string {
    return boxAddress(this.sheet.selection);
  }

  cell(address: string): CellView {
    const { top: row, left: column } = this.box(address);
    const cell = structuredClone(this.sheet.cell(row, column));
    const merge = this.sheet.mergeAt(row, column);
    return {
      value: cell.value,
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      font: cell.font,
      fill: { color: cell.fillColor },
      horizontalAlignment: cell.horizontalAlignment,
      verticalAlignment: cell.verticalAlignment,
      wrapText: cell.wrapText,
      borders: cell.borders,
      dataValidation: cell.validation,
      mergedArea: merge === undefined ? null : boxAddress(merge),
    };
  }

  values(address: string): CellValue[][] {
    return cellGrid({ sheet: this.sheet, box: this.box(address) }, (cell) => cell.value);
  }

  formulas(address: string): (CellValue | string)[][] {
    return cellGrid({ sheet: this.sheet, box: this.box(address) }, (cell) => cell.formula ?? cell.value);
  }

  /** In points; `column` is a letter such as "C". */
  columnWidth(column: string): number {
    return this.sheet.columnWidth(columnIndex(column));
  }

  /** In points; `row` counts from 1 as Excel's row headers do. */
  rowHeight(row: number): number {
    return this.sheet.rowHeight(row - 1);
  }

  merges(): string[] {
    return this.sheet.merges.map(boxAddress);
  }

  /** Highest priority first. */
  conditionalFormats(): ConditionalFormatView[] {
    return this.sheet.conditionalFormats.map((format, priority) => ({
      address: boxAddress(format.box),
      type: format.type,
      priority,
      stopIfTrue: format.stopIfTrue,
      formula: format.formula,
      cellValueRule: { ...format.cellValueRule },
      format: { ...format.format },
    }));
  }

  /** The tables on this sheet, in the order they were added. */
  tables(): TableView[] {
    return this.sheet.workbook.tables
      .filter((table) => table.sheet === this.sheet)
      .map((table) => ({
        name: table.name,
        address: boxAddress(table.box),
        bodyAddress: boxAddress(table.bodyBox),
        headers: table.columnNames(),
        style: table.style,
        showBandedRows: table.showBandedRows,
        showFilterButton: table.showFilterButton,
      }));
  }

  /** The charts on this sheet, in the order they were added. */
  charts(): ChartView[] {
    return this.sheet.charts.map(chartView);
  }

  /** What getUsedRange() would give, such as "Settings!A1:B9", or null on a blank sheet. */
  usedAddress(valuesOnly = false): string | null {
    const used = this.sheet.usedBox(valuesOnly);
    return used === null ? null : qualifiedAddress(this.sheet.name, used);
  }

  private box(address: string): Box {
    const { sheetName, box } = parseAddress(address);
    if (sheetName !== null) throw new Error(`Give the address without a sheet name: '${address}'`);
    return box;
  }
}

function chartView(chart: ChartState): ChartView {
  const { category, value } = chart.axes;
  return {
    name: chart.name,
    type: chart.type,
    source: rangeAddress(chart.source),
    title: chart.title,
    position: chart.position === null ? null : boxAddress(chart.position),
    axes: {
      category: { title: category.title },
      value: { title: value.title, minimum: value.minimum, maximum: value.maximum },
    },
    legend: { position: chart.legendPosition },
    font: { ...chart.font },
    series: chart.series.map(seriesView),
  };
}

function seriesView(series: SeriesState): ChartSeriesView {
  const address = (target: RangeTarget | null) => (target === null ? null : rangeAddress(target));
  return {
    name: series.name,
    chartType: series.chartType,
    values: rangeAddress(series.values),
    xValues: address(series.xValues),
    fill: series.fill,
    line: series.line,
    pointFills: Array.from(
      { length: pointCount(series) },
      (_, point) => series.pointFills.get(point) ?? null,
    ),
  };
}
