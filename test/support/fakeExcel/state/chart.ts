/**
 * A chart on a sheet of the fake workbook: its type, the range it was made from, and series derived
 * from that range as Excel derives them (see seriesFromSource).
 */
import { boxColumns, boxRows, type Box } from "../address";
import { FakeOfficeError } from "../errors";
import { eachCell, type RangeTarget } from "../rangeTarget";
import { sheetGone, type SheetState } from "./sheet";

export type ChartType = Excel.Chart["chartType"];

export interface AxisState {
  readonly kind: "Category" | "Value";
  title: string;
  /** Null while Excel chooses the bound from the data. */
  minimum: number | null;
  maximum: number | null;
}

export interface SeriesState {
  readonly chart: ChartState;
  name: string;
  chartType: ChartType;
  values: RangeTarget;
  /** The category labels, or null when the chart numbers its categories 1, 2, … */
  xValues: RangeTarget | null;
  /** Null while Excel picks the colour. */
  fill: string | null;
  line: string | null;
  /** Fill colours set on single points, by point index. */
  readonly pointFills: Map<number, string>;
}

export interface ChartState {
  readonly sheet: SheetState;
  name: string;
  readonly type: ChartType;
  readonly source: RangeTarget;
  title: string;
  /** The cells the chart covers, once setPosition placed it. */
  position: Box | null;
  readonly axes: { readonly category: AxisState; readonly value: AxisState };
  legendPosition: Excel.ChartLegend["position"];
  readonly series: SeriesState[];
  /** The chart area's font, every text's default: Excel's own is Calibri 10. */
  readonly font: { name: string; size: number };
}

export type SeriesBy = "Auto" | "Columns" | "Rows";

/** ChartCollection.add: the chart is "Chart N", N counting the charts ever added to its sheet. */
export function addChart(
  sheet: SheetState,
  type: ChartType,
  source: RangeTarget,
  seriesBy: SeriesBy,
): ChartState {
  if ((type as string) === "Invalid" || (type as string) === "") {
    throw new FakeOfficeError("InvalidArgument", `'${type}' is not a chart type`);
  }
  sheet.chartsAdded += 1;
  const axis = (kind: AxisState["kind"]): AxisState => ({ kind, title: "", minimum: null, maximum: null });
  const chart: ChartState = {
    sheet,
    name: `Chart ${sheet.chartsAdded}`,
    type,
    source,
    title: "",
    position: null,
    axes: { category: axis("Category"), value: axis("Value") },
    legendPosition: "Right",
    font: { name: "Calibri", size: 10 },
    series: [],
  };
  chart.series.push(...seriesFromSource(chart, source, seriesBy));
  sheet.charts.push(chart);
  return chart;
}

/**
 * Excel's reading of a source range: by columns when it has more rows than columns (or when asked),
 * by rows otherwise. Along that direction, the first line is the categories when its cells (below
 * any names) are text, and the first cell of each other line names its series when all of those
 * cells are text; a series without a name is "SeriesN".
 */
function seriesFromSource(chart: ChartState, source: RangeTarget, seriesBy: SeriesBy): SeriesState[] {
  const { sheet, box } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && boxRows(box) > boxColumns(box));
  const lineCount = byColumns ? boxColumns(box) : boxRows(box);
  const length = byColumns ? boxRows(box) : boxColumns(box);
  /** The cells from `from` to `to` (inclusive) of line `line`, as a box. */
  const part = (line: number, from: number, to: number): Box =>
    byColumns
      ? { top: box.top + from, left: box.left + line, bottom: box.top + to, right: box.left + line }
      : { top: box.top + line, left: box.left + from, bottom: box.top + line, right: box.left + to };
  const cell = (line: number, at: number) => {
    const { top, left } = part(line, at, at);
    return sheet.cell(top, left).value;
  };
  const isText = (value: unknown) => typeof value === "string" && value !== "";
  const headersAreText = (fromLine: number) =>
    length > 1 &&
    Array.from({ length: lineCount - fromLine }, (_, at) => cell(fromLine + at, 0)).every(isText);
  const labelsAreText = (first: number) => {
    const labels = Array.from({ length: length - first }, (_, at) => cell(0, at + first));
    return lineCount > 1 && labels.some(isText) && labels.every((value) => value === "" || isText(value));
  };
  const categories = labelsAreText(headersAreText(1) ? 1 : 0);
  const firstSeries = categories ? 1 : 0;
  const names = headersAreText(firstSeries);
  const first = names ? 1 : 0;
  return Array.from({ length: lineCount - firstSeries }, (_, offset) => {
    const line = offset + firstSeries;
    return {
      chart,
      name: names ? String(cell(line, 0)) : `Series${offset + 1}`,
      chartType: chart.type,
      values: { sheet, box: part(line, first, length - 1) },
      xValues: categories ? { sheet, box: part(0, first, length - 1) } : null,
      fill: null,
      line: null,
      pointFills: new Map(),
    };
  });
}

/** Why a chart can no longer be used, or undefined while it can. */
export function chartGone(chart: ChartState): string | undefined {
  if (chart.sheet.deleted) return sheetGone(chart.sheet);
  return chart.sheet.charts.includes(chart) ? undefined : `the chart '${chart.name}' was deleted`;
}

export function seriesGone(series: SeriesState): string | undefined {
  const chart = chartGone(series.chart);
  if (chart !== undefined) return chart;
  return series.chart.series.includes(series) ? undefined : `the series '${series.name}' was deleted`;
}

/**
 * The value axis's bounds when Excel chooses them, roughly as it does: 0 or a step below the lowest
 * value, and a step above the highest, the step being 1, 2 or 5 × 10ⁿ for about five gridlines.
 */
export function automaticBounds(chart: ChartState): { minimum: number; maximum: number } {
  const numbers = chart.series.flatMap(({ values }) =>
    [...eachCell(values, (cell) => cell.value)].filter((value) => typeof value === "number"),
  );
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  if (low === high) return { minimum: 0, maximum: 1 };
  const rough = (high - low) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((multiple) => multiple * magnitude).find((size) => size >= rough)!;
  return { minimum: Math.floor(low / step) * step, maximum: Math.ceil(high / step) * step };
}

export function pointCount(series: SeriesState): number {
  const { box } = series.values;
  return boxRows(box) * boxColumns(box);
}
