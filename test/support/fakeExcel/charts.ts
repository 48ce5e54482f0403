/**
 * Excel.ChartCollection (a sheet's charts), Chart, its title, axes and legend, and ChartSeriesCollection,
 * ChartSeries, their formats and points: making a chart from a range, placing it, titling it, bounding
 * its value axis and colouring its series and points.
 */
import { boundingBox } from "./address";
import { Binding, type Batch } from "./binding";
import {
  FakeClientObject,
  FakeCollection,
  type FakeClientResult,
  type PropertyTable,
  type ProxySchema,
} from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { rangeArgument, rangeOnSheet } from "./range";
import { normalizeColor } from "./state/cell";
import {
  addChart,
  automaticBounds,
  chartGone,
  pointCount,
  seriesGone,
  type AxisState,
  type ChartState,
  type ChartType,
  type SeriesBy,
  type SeriesState,
} from "./state/chart";
import { sheetGone, type SheetState } from "./state/sheet";

const chartCollectionProperties: PropertyTable<Excel.ChartCollection, "count", SheetState> = {
  count: { read: (sheet) => sheet.charts.length },
};

const chartCollectionSchema: ProxySchema<SheetState> = {
  typeName: "ChartCollection",
  properties: chartCollectionProperties,
  navigation: [],
  gone: sheetGone,
};

type ChartCollectionMember = "items" | "count" | "add" | "getItem" | "getItemAt" | "getCount";

export class FakeChartCollection
  extends FakeCollection<SheetState, FakeChart>
  implements FakeMembers<Excel.ChartCollection, ChartCollectionMember>
{
  declare readonly count: number;

  static {
    FakeClientObject.defineProperties(FakeChartCollection.prototype, chartCollectionSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SheetState>) {
    super(context, binding, chartCollectionSchema);
  }

  protected itemsOf(sheet: SheetState): FakeChart[] {
    return sheet.charts.map((chart) => new FakeChart(this.context, new Binding(() => chart)));
  }

  /** The chart reads `sourceData`, which may be on another sheet; its series are derived as Excel does. */
  add(
    type: ChartType,
    sourceData: Excel.Range,
    seriesBy: SeriesBy | Excel.ChartSeriesBy = "Auto",
  ): FakeChart {
    return this.derived("add", FakeChart, (sheet, batch) => {
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) {
        throw new FakeOfficeError("InvalidArgument", `no seriesBy '${seriesBy}'`);
      }
      return addChart(sheet, type, rangeArgument(sourceData, sheet, batch), seriesBy as SeriesBy);
    });
  }

  getItem(name: string): FakeChart {
    return this.derived("getItem", FakeChart, (sheet) => {
      const chart = sheet.charts.find((candidate) => candidate.name === name);
      if (chart === undefined)
        throw new FakeOfficeError("ItemNotFound", `no chart '${name}' on '${sheet.name}'`);
      return chart;
    });
  }

  getItemAt(index: number): FakeChart {
    return this.derived("getItemAt", FakeChart, (sheet) => {
      const chart = sheet.charts[index];
      if (chart === undefined)
        throw new FakeOfficeError("ItemNotFound", `no chart at ${index} on '${sheet.name}'`);
      return chart;
    });
  }

  getCount(): FakeClientResult<number> {
    return this.compute("getCount", (sheet) => sheet.charts.length);
  }
}

const chartProperties: PropertyTable<Excel.Chart, "name", ChartState> = {
  name: {
    read: (chart) => chart.name,
    write: (chart, name) => (chart.name = name),
  },
};

/** The schema of the chart and of the parts that stand for the whole chart (title, axes, legend). */
function chartPartSchema<Target>(
  typeName: string,
  properties: ProxySchema<Target>["properties"],
  navigation: readonly string[],
  chartOf: (target: Target) => ChartState,
): ProxySchema<Target> {
  return { typeName, properties, navigation, gone: (target) => chartGone(chartOf(target)) };
}

const chartSchema = chartPartSchema<ChartState>(
  "Chart",
  chartProperties,
  ["title", "axes", "legend", "series", "format"],
  (chart) => chart,
);

type ChartMember = "name" | "title" | "axes" | "legend" | "series" | "format" | "setPosition" | "delete";

export class FakeChart extends FakeClientObject<ChartState> implements FakeMembers<Excel.Chart, ChartMember> {
  declare name: string;

  static {
    FakeClientObject.defineProperties(FakeChart.prototype, chartSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, chartSchema);
  }

  get title(): FakeChartTitle {
    return this.navigate("title", () => new FakeChartTitle(this.context, this.binding));
  }

  get axes(): FakeChartAxes {
    return this.navigate("axes", () => new FakeChartAxes(this.context, this.binding));
  }

  get legend(): FakeChartLegend {
    return this.navigate("legend", () => new FakeChartLegend(this.context, this.binding));
  }

  get series(): FakeChartSeriesCollection {
    return this.navigate("series", () => new FakeChartSeriesCollection(this.context, this.binding));
  }

  get format(): FakeChartAreaFormat {
    return this.navigate("format", () => new FakeChartAreaFormat(this.context, this.binding));
  }

  /** The chart covers `startCell` to `endCell`, both on its own sheet; without an end, only its start moves. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.act("setPosition", (chart, batch) => {
      const start = rangeOnSheet(startCell, chart.sheet, batch);
      const end = endCell === undefined ? undefined : rangeOnSheet(endCell, chart.sheet, batch);
      chart.position =
        end === undefined
          ? { top: start.top, left: start.left, bottom: start.top, right: start.left }
          : boundingBox(start, end);
    });
  }

  delete(): void {
    this.act("delete", (chart) => chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1));
  }
}

const areaFormatSchema = chartPartSchema<ChartState>("ChartAreaFormat", {}, ["font"], (chart) => chart);

/** The chart area's format: only its font, the default of every text in the chart. */
export class FakeChartAreaFormat
  extends FakeClientObject<ChartState>
  implements FakeMembers<Excel.ChartAreaFormat, "font">
{
  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, areaFormatSchema);
  }

  get font(): FakeChartFont {
    return this.navigate("font", () => new FakeChartFont(this.context, this.binding));
  }
}

const fontProperties: PropertyTable<Excel.ChartFont, "name" | "size", ChartState> = {
  name: { read: (chart) => chart.font.name, write: (chart, name) => (chart.font.name = name) },
  size: {
    read: (chart) => chart.font.size,
    write: (chart, size) => {
      if (!(size > 0)) throw new FakeOfficeError("InvalidArgument", `no font size ${size}`);
      chart.font.size = size;
    },
  },
};

const fontSchema = chartPartSchema<ChartState>("ChartFont", fontProperties, [], (chart) => chart);

export class FakeChartFont
  extends FakeClientObject<ChartState>
  implements FakeMembers<Excel.ChartFont, "name" | "size">
{
  declare name: string;
  declare size: number;

  static {
    FakeClientObject.defineProperties(FakeChartFont.prototype, fontSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, fontSchema);
  }
}

const titleProperties: PropertyTable<Excel.ChartTitle, "text", ChartState> = {
  text: { read: (chart) => chart.title, write: (chart, text) => (chart.title = text) },
};

const titleSchema = chartPartSchema<ChartState>("ChartTitle", titleProperties, [], (chart) => chart);

export class FakeChartTitle
  extends FakeClientObject<ChartState>
  implements FakeMembers<Excel.ChartTitle, "text">
{
  declare text: string;

  static {
    FakeClientObject.defineProperties(FakeChartTitle.prototype, titleSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, titleSchema);
  }
}

const legendPositions: readonly string[] = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

const legendProperties: PropertyTable<Excel.ChartLegend, "position", ChartState> = {
  position: {
    read: (chart) => chart.legendPosition,
    write: (chart, position) => {
      if (!legendPositions.includes(position)) {
        throw new FakeOfficeError("InvalidArgument", `no legend position '${position}'`);
      }
      chart.legendPosition = position;
    },
  },
};

const legendSchema = chartPartSchema<ChartState>("ChartLegend", legendProperties, [], (chart) => chart);

export class FakeChartLegend
  extends FakeClientObject<ChartState>
  implements FakeMembers<Excel.ChartLegend, "position">
{
  declare position: Excel.ChartLegend["position"];

  static {
    FakeClientObject.defineProperties(FakeChartLegend.prototype, legendSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, legendSchema);
  }
}

const axesSchema = chartPartSchema<ChartState>(
  "ChartAxes",
  {},
  ["categoryAxis", "valueAxis"],
  (chart) => chart,
);

export class FakeChartAxes
  extends FakeClientObject<ChartState>
  implements FakeMembers<Excel.ChartAxes, "categoryAxis" | "valueAxis">
{
  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, axesSchema);
  }

  get categoryAxis(): FakeChartAxis {
    return this.navigate("categoryAxis", () => this.axis("category"));
  }

  get valueAxis(): FakeChartAxis {
    return this.navigate("valueAxis", () => this.axis("value"));
  }

  private axis(which: "category" | "value"): FakeChartAxis {
    return new FakeChartAxis(
      this.context,
      this.binding.derive((chart) => ({ chart, axis: chart.axes[which] })),
    );
  }
}

interface AxisTarget {
  readonly chart: ChartState;
  readonly axis: AxisState;
}

/**
 * Bounds belong to the value axis: the category axis of a column chart has none. Office documents
 * that the value "is always a number" (Excel's automatic one until set) and that "" sets it automatic.
 */
function bound(name: "minimum" | "maximum") {
  return {
    read: ({ chart, axis }: AxisTarget) =>
      axis.kind === "Value" ? (axis[name] ?? automaticBounds(chart)[name]) : axis[name],
    write: ({ axis }: AxisTarget, value: unknown) => {
      if (axis.kind !== "Value") {
        throw new FakeOfficeError("InvalidOperation", `the ${axis.kind.toLowerCase()} axis has no ${name}`);
      }
      if (value !== "" && (typeof value !== "number" || !Number.isFinite(value))) {
        throw new FakeOfficeError("InvalidArgument", `${String(value)} is not a bound of an axis`);
      }
      axis[name] = value === "" ? null : value;
    },
  };
}

const axisProperties: PropertyTable<Excel.ChartAxis, "minimum" | "maximum", AxisTarget> = {
  minimum: bound("minimum"),
  maximum: bound("maximum"),
};

const axisSchema = chartPartSchema<AxisTarget>("ChartAxis", axisProperties, ["title"], ({ chart }) => chart);

export class FakeChartAxis
  extends FakeClientObject<AxisTarget>
  implements FakeMembers<Excel.ChartAxis, "minimum" | "maximum" | "title">
{
  declare minimum: number;
  declare maximum: number;

  static {
    FakeClientObject.defineProperties(FakeChartAxis.prototype, axisSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<AxisTarget>) {
    super(context, binding, axisSchema);
  }

  get title(): FakeChartAxisTitle {
    return this.navigate("title", () => new FakeChartAxisTitle(this.context, this.binding));
  }
}

const axisTitleProperties: PropertyTable<Excel.ChartAxisTitle, "text", AxisTarget> = {
  text: { read: ({ axis }) => axis.title, write: ({ axis }, text) => (axis.title = text) },
};

const axisTitleSchema = chartPartSchema<AxisTarget>(
  "ChartAxisTitle",
  axisTitleProperties,
  [],
  ({ chart }) => chart,
);

export class FakeChartAxisTitle
  extends FakeClientObject<AxisTarget>
  implements FakeMembers<Excel.ChartAxisTitle, "text">
{
  declare text: string;

  static {
    FakeClientObject.defineProperties(FakeChartAxisTitle.prototype, axisTitleSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<AxisTarget>) {
    super(context, binding, axisTitleSchema);
  }
}

const seriesCollectionProperties: PropertyTable<Excel.ChartSeriesCollection, "count", ChartState> = {
  count: { read: (chart) => chart.series.length },
};

const seriesCollectionSchema = chartPartSchema<ChartState>(
  "ChartSeriesCollection",
  seriesCollectionProperties,
  [],
  (chart) => chart,
);

export class FakeChartSeriesCollection
  extends FakeCollection<ChartState, FakeChartSeries>
  implements FakeMembers<Excel.ChartSeriesCollection, "items" | "count" | "getItemAt">
{
  declare readonly count: number;

  static {
    FakeClientObject.defineProperties(FakeChartSeriesCollection.prototype, seriesCollectionSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<ChartState>) {
    super(context, binding, seriesCollectionSchema);
  }

  protected itemsOf(chart: ChartState): FakeChartSeries[] {
    return chart.series.map((series) => new FakeChartSeries(this.context, new Binding(() => series)));
  }

  getItemAt(index: number): FakeChartSeries {
    return this.derived("getItemAt", FakeChartSeries, (chart) => {
      const series = chart.series[index];
      if (series === undefined)
        throw new FakeOfficeError("ItemNotFound", `no series at ${index} in '${chart.name}'`);
      return series;
    });
  }
}

/** The schema of a series and of its parts, which go with it when it is deleted. */
function seriesPartSchema<Target>(
  typeName: string,
  properties: ProxySchema<Target>["properties"],
  navigation: readonly string[],
  seriesOf: (target: Target) => SeriesState,
): ProxySchema<Target> {
  return { typeName, properties, navigation, gone: (target) => seriesGone(seriesOf(target)) };
}

const seriesProperties: PropertyTable<Excel.ChartSeries, "name" | "chartType", SeriesState> = {
  name: { read: (series) => series.name, write: (series, name) => (series.name = name) },
  chartType: {
    read: (series) => series.chartType,
    write: (series, type) => {
      if ((type as string) === "Invalid")
        throw new FakeOfficeError("InvalidArgument", "'Invalid' is not a chart type");
      series.chartType = type;
    },
  },
};

const seriesSchema = seriesPartSchema<SeriesState>(
  "ChartSeries",
  seriesProperties,
  ["format", "points"],
  (series) => series,
);

type SeriesMember = "name" | "chartType" | "format" | "points" | "setValues" | "setXAxisValues" | "delete";

export class FakeChartSeries
  extends FakeClientObject<SeriesState>
  implements FakeMembers<Excel.ChartSeries, SeriesMember>
{
  declare name: string;
  declare chartType: ChartType;

  static {
    FakeClientObject.defineProperties(FakeChartSeries.prototype, seriesSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SeriesState>) {
    super(context, binding, seriesSchema);
  }

  get format(): FakeChartSeriesFormat {
    return this.navigate("format", () => new FakeChartSeriesFormat(this.context, this.binding));
  }

  get points(): FakeChartPointsCollection {
    return this.navigate("points", () => new FakeChartPointsCollection(this.context, this.binding));
  }

  /** The values may be on any sheet of the workbook. */
  setValues(sourceData: Excel.Range): void {
    this.act("setValues", (series, batch) => (series.values = seriesRange(sourceData, series, batch)));
  }

  setXAxisValues(sourceData: Excel.Range): void {
    this.act("setXAxisValues", (series, batch) => (series.xValues = seriesRange(sourceData, series, batch)));
  }

  delete(): void {
    this.act("delete", (series) => series.chart.series.splice(series.chart.series.indexOf(series), 1));
  }
}

function seriesRange(sourceData: unknown, series: SeriesState, batch: Batch) {
  return rangeArgument(sourceData, series.chart.sheet, batch);
}

const seriesFormatSchema = seriesPartSchema<SeriesState>(
  "ChartSeriesFormat",
  {},
  ["fill", "line"],
  (series) => series,
);

export class FakeChartSeriesFormat
  extends FakeClientObject<SeriesState>
  implements FakeMembers<Excel.ChartSeriesFormat, "fill" | "line">
{
  constructor(context: FakeRequestContext, binding: Binding<SeriesState>) {
    super(context, binding, seriesFormatSchema);
  }

  get fill(): FakeChartFill {
    return this.navigate(
      "fill",
      () =>
        new FakeChartFill(
          this.context,
          this.binding.derive((series) => ({ series, point: null })),
        ),
    );
  }

  get line(): FakeChartLineFormat {
    return this.navigate("line", () => new FakeChartLineFormat(this.context, this.binding));
  }
}

/** A fill of a whole series, or of one of its points. */
interface FillTarget {
  readonly series: SeriesState;
  readonly point: number | null;
}

const fillSchema = seriesPartSchema<FillTarget>("ChartFill", {}, [], ({ series }) => series);

export class FakeChartFill
  extends FakeClientObject<FillTarget>
  implements FakeMembers<Excel.ChartFill, "setSolidColor">
{
  constructor(context: FakeRequestContext, binding: Binding<FillTarget>) {
    super(context, binding, fillSchema);
  }

  setSolidColor(color: string): void {
    this.act("setSolidColor", ({ series, point }) => {
      if (point === null) series.fill = normalizeColor(color);
      else series.pointFills.set(point, normalizeColor(color));
    });
  }
}

const lineProperties: PropertyTable<Excel.ChartLineFormat, "color", SeriesState> = {
  color: { read: (series) => series.line, write: (series, color) => (series.line = normalizeColor(color)) },
};

const lineSchema = seriesPartSchema<SeriesState>("ChartLineFormat", lineProperties, [], (series) => series);

export class FakeChartLineFormat
  extends FakeClientObject<SeriesState>
  implements FakeMembers<Excel.ChartLineFormat, "color">
{
  declare color: string;

  static {
    FakeClientObject.defineProperties(FakeChartLineFormat.prototype, lineSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SeriesState>) {
    super(context, binding, lineSchema);
  }
}

const pointsProperties: PropertyTable<Excel.ChartPointsCollection, "count", SeriesState> = {
  count: { read: pointCount },
};

const pointsSchema = seriesPartSchema<SeriesState>(
  "ChartPointsCollection",
  pointsProperties,
  [],
  (series) => series,
);

export class FakeChartPointsCollection
  extends FakeCollection<SeriesState, FakeChartPoint>
  implements FakeMembers<Excel.ChartPointsCollection, "items" | "count" | "getItemAt">
{
  declare readonly count: number;

  static {
    FakeClientObject.defineProperties(FakeChartPointsCollection.prototype, pointsSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<SeriesState>) {
    super(context, binding, pointsSchema);
  }

  protected itemsOf(series: SeriesState): FakeChartPoint[] {
    return Array.from(
      { length: pointCount(series) },
      (_, point) => new FakeChartPoint(this.context, new Binding(() => ({ series, point }))),
    );
  }

  getItemAt(index: number): FakeChartPoint {
    return this.derived("getItemAt", FakeChartPoint, (series) => {
      if (!Number.isInteger(index) || index < 0 || index >= pointCount(series)) {
        throw new FakeOfficeError("ItemNotFound", `the series '${series.name}' has no point ${index}`);
      }
      return { series, point: index };
    });
  }
}

interface PointTarget {
  readonly series: SeriesState;
  readonly point: number;
}

const pointSchema = seriesPartSchema<PointTarget>("ChartPoint", {}, ["format"], ({ series }) => series);

export class FakeChartPoint
  extends FakeClientObject<PointTarget>
  implements FakeMembers<Excel.ChartPoint, "format">
{
  constructor(context: FakeRequestContext, binding: Binding<PointTarget>) {
    super(context, binding, pointSchema);
  }

  get format(): FakeChartPointFormat {
    return this.navigate("format", () => new FakeChartPointFormat(this.context, this.binding));
  }
}

const pointFormatSchema = seriesPartSchema<PointTarget>(
  "ChartPointFormat",
  {},
  ["fill"],
  ({ series }) => series,
);

export class FakeChartPointFormat
  extends FakeClientObject<PointTarget>
  implements FakeMembers<Excel.ChartPointFormat, "fill">
{
  constructor(context: FakeRequestContext, binding: Binding<PointTarget>) {
    super(context, binding, pointFormatSchema);
  }

  get fill(): FakeChartFill {
    return this.navigate("fill", () => new FakeChartFill(this.context, this.binding));
  }
}
