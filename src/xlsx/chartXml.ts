// A chart plan as a DrawingML chart part: the columns as a clustered bar chart and the lines as a line
// chart over the same two axes, every series reading cells of the chart's own sheet. The parts carry
// no cached values: Excel and LibreOffice read the cells when they open the file.

import { parseRange, rangeAddress } from "../layout/a1";
import { sheetPrefix } from "../layout/formulaText";
import type { ChartPlan, ChartSeriesPlan, Colour } from "../layout/plan";
import { argbOf } from "./cellStyle";
import { escapeXmlAttribute, escapeXmlText } from "./xmlText";

const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;
/** 2.25 pt, in EMU: threshold lines that stand out over the columns. */
const LINE_WIDTH = 28575;

export function chartXml(sheetName: string, chart: ChartPlan): string {
  if (chart.series.length === 0) throw new Error(`the chart "${chart.title}" has no series`);
  const reference = (address: string) =>
    escapeXmlText(`${sheetPrefix(sheetName)}${rangeAddress(parseRange(address), true)}`);
  const categories = `<c:cat><c:strRef><c:f>${reference(chart.categories)}</c:f></c:strRef></c:cat>`;
  const indexed = chart.series.map((series, index) => ({ series, index }));
  // A chart group is written only when it has series; both groups share the two axes.
  const group = (kind: ChartSeriesPlan["kind"], element: string, head: string, tail: string) => {
    const members = indexed.filter(({ series }) => series.kind === kind);
    if (members.length === 0) return "";
    const series = members.map(({ series, index }) =>
      (kind === "column" ? columnSeries : lineSeries)(series, index, categories, reference(series.values)),
    );
    const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
    return `<c:${element}>${head}${series.join("")}${tail}${axes}</c:${element}>`;
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    group(
      "column",
      "barChart",
      '<c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
      '<c:gapWidth val="60"/>',
    ) +
    group("line", "lineChart", '<c:grouping val="standard"/><c:varyColors val="0"/>', '<c:marker val="1"/>') +
    categoryAxis(chart.categoryAxisTitle) +
    valueAxis(chart.valueAxis) +
    "</c:plotArea>" +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    // Hidden cells are plotted too: a plan may hide the helper columns its lines read.
    '<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>' +
    textProperties(chart.font) +
    "</c:chartSpace>"
  );
}

/** Every text of the chart in `font`, Thai as well as Latin: the chart's own default is Calibri 10. */
function textProperties(font: ChartPlan["font"]): string {
  const typeface = escapeXmlAttribute(font.name);
  return (
    "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>" +
    `<a:defRPr sz="${Math.round(font.size * 100)}"><a:latin typeface="${typeface}"/><a:cs typeface="${typeface}"/></a:defRPr>` +
    '</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>'
  );
}

function columnSeries(series: ChartSeriesPlan, index: number, categories: string, values: string): string {
  return (
    `${seriesStart(series, index)}<c:spPr>${solidFill(series.colour)}</c:spPr>` +
    `<c:invertIfNegative val="0"/>${points(series, solidFill)}${categories}` +
    `<c:val><c:numRef><c:f>${values}</c:f></c:numRef></c:val></c:ser>`
  );
}

function lineSeries(series: ChartSeriesPlan, index: number, categories: string, values: string): string {
  return (
    `${seriesStart(series, index)}<c:spPr>${line(series.colour)}</c:spPr>` +
    `<c:marker><c:symbol val="none"/></c:marker>${points(series, line)}${categories}` +
    `<c:val><c:numRef><c:f>${values}</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>`
  );
}

/** A data point per colour: the column's fill, or the line's stretch up to the point. */
function points(series: ChartSeriesPlan, look: (colour: Colour) => string): string {
  const barOnly = series.kind === "column" ? '<c:invertIfNegative val="0"/>' : "";
  return (series.pointColours ?? [])
    .map(
      (colour, point) =>
        `<c:dPt><c:idx val="${point}"/>${barOnly}<c:bubble3D val="0"/><c:spPr>${look(colour)}</c:spPr></c:dPt>`,
    )
    .join("");
}

function seriesStart(series: ChartSeriesPlan, index: number): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXmlText(series.name)}</c:v></c:tx>`;
}

function solidFill(colour: Colour): string {
  return `<a:solidFill><a:srgbClr val="${argbOf(colour).slice(2)}"/></a:solidFill>`;
}

function line(colour: Colour): string {
  return `<a:ln w="${LINE_WIDTH}" cap="rnd">${solidFill(colour)}<a:round/></a:ln>`;
}

/** A title in the chart's default font; `rotated` turns it to read upwards, as beside a value axis. */
function title(text: string, rotated = false): string {
  const body = rotated ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
  return (
    `<c:title><c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr>` +
    `<a:r><a:t>${escapeXmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function categoryAxis(axisTitle: string | undefined): string {
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/>${axisTitle === undefined ? "" : title(axisTitle)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxis(axis: ChartPlan["valueAxis"]): string {
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>` +
    `<c:max val="${axis.max}"/><c:min val="${axis.min}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/>${axis.title === undefined ? "" : title(axis.title, true)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}
