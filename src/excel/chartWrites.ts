// The summary's chart: the scores as columns, each in its band's colour, and the thresholds as lines
// across them. Excel 2016 charts a block of cells as a whole but cannot make one series a line (ChartSeries
// .chartType is ExcelApi 1.7), so there the chart holds the scores alone and the user is told.
import { parseRange, rangeAddress } from "../layout/a1";
import type { ChartPlan, SheetPlan } from "../layout/plan";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

/** The block the chart is made from: its header row, the categories and the series it can draw. */
function sourceOf(chart: ChartPlan, withLines: boolean): { address: string; series: ChartPlan["series"] } {
  const categories = parseRange(chart.categories);
  const series = chart.series.filter(({ kind }) => withLines || kind === "column");
  const right = Math.max(...series.map(({ values }) => parseRange(values).right));
  const address = rangeAddress({
    top: categories.top - 1,
    left: categories.left,
    bottom: categories.bottom,
    right,
  });
  return { address, series };
}

export function chartSteps(target: SheetTarget, plan: SheetPlan): WriteStep[] {
  const { chart } = plan;
  if (chart === undefined) return [];
  const withLines = target.capabilities.features.chartLines;
  const { address, series } = sourceOf(chart, withLines);
  const placement = parseRange(chart.placement);
  const points = series.reduce((sum, { pointColours }) => sum + (pointColours?.length ?? 0), 0);
  return [
    writeStep(10 + series.length * 2 + points, [address, chart], () => {
      const sheet = target.sheet();
      const made = sheet.charts.add("ColumnClustered", sheet.getRange(address), "Columns");
      made.title.text = chart.title;
      made.setPosition(
        rangeAddress({
          top: placement.top,
          left: placement.left,
          bottom: placement.top,
          right: placement.left,
        }),
        rangeAddress({
          top: placement.bottom,
          left: placement.right,
          bottom: placement.bottom,
          right: placement.right,
        }),
      );
      made.legend.position = "Bottom";
      made.format.font.name = chart.font.name;
      made.format.font.size = chart.font.size;
      made.axes.valueAxis.minimum = chart.valueAxis.min;
      made.axes.valueAxis.maximum = chart.valueAxis.max;
      if (chart.valueAxis.title !== undefined) made.axes.valueAxis.title.text = chart.valueAxis.title;
      series.forEach((planned, index) => {
        const drawn = made.series.getItemAt(index);
        if (planned.kind === "line") {
          drawn.chartType = "Line";
          drawn.format.line.color = planned.colour;
        } else {
          drawn.format.fill.setSolidColor(planned.colour);
        }
        planned.pointColours?.forEach((colour, point) =>
          drawn.points.getItemAt(point).format.fill.setSolidColor(colour),
        );
      });
    }),
  ];
}
