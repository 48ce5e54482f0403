// ExcelJS cannot write charts, so they are added to the saved file: per chart a chart part, the sheet's
// drawing (made, or taken when the sheet already has one, for its pictures) with an anchor over the
// chart's placement, the relationships between them and the content types.

import JSZip from "jszip";
import { parseRange } from "../layout/a1";
import type { ChartPlan } from "../layout/plan";
import {
  addContentType,
  addRelationship,
  freePart,
  partText,
  relationshipsOf,
  sheetParts,
  withWorksheetChild,
} from "./packageParts";
import { chartXml } from "./chartXml";

export interface SheetChart {
  readonly sheetName: string;
  readonly chart: ChartPlan;
}

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>';

/** Adds each chart to its sheet in a saved .xlsx. */
export async function addChartParts(file: Uint8Array, charts: readonly SheetChart[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const sheets = await sheetParts(zip);
  for (const { sheetName, chart } of charts) {
    const sheet = sheets.get(sheetName);
    if (sheet === undefined) throw new Error(`no sheet "${sheetName}" for the chart "${chart.title}"`);
    const chartPath = freePart(zip, "xl/charts/chart");
    zip.file(chartPath, chartXml(sheetName, chart));
    await addContentType(zip, chartPath, CHART_TYPE);
    const drawing = await drawingOf(zip, sheet);
    const relationship = await addRelationship(zip, drawing, "chart", chartPath);
    const xml = (await partText(zip, drawing)) as string;
    zip.file(drawing, xml.replace(/<\/xdr:wsDr>\s*$/, `${anchorXml(chart.placement, xml, relationship)}$&`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The sheet's drawing part, such as ExcelJS wrote for its pictures; a sheet without one gets a new, empty one. */
export async function drawingOf(zip: JSZip, sheet: string): Promise<string> {
  const existing = (await relationshipsOf(zip, sheet)).find(({ kind }) => kind === "drawing");
  if (existing) return existing.target;
  const drawing = freePart(zip, "xl/drawings/drawing");
  zip.file(drawing, EMPTY_DRAWING);
  await addContentType(zip, drawing, DRAWING_TYPE);
  const relationship = await addRelationship(zip, sheet, "drawing", drawing);
  const xml = (await partText(zip, sheet)) as string;
  zip.file(sheet, withWorksheetChild(xml, `<drawing r:id="${relationship}"/>`, "drawing"));
  return drawing;
}

function anchorXml(placement: string, drawing: string, chartRelationship: string): string {
  const box = parseRange(placement);
  const ids = [...drawing.matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map(([, id]) => Number(id));
  const shapeId = Math.max(1, ...ids) + 1;
  const corner = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  // Columns and rows count from 0; "to" is the corner just past the bottom-right cell.
  return (
    `<xdr:twoCellAnchor>${corner("from", box.left - 1, box.top - 1)}${corner("to", box.right, box.bottom)}` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="${shapeId}" name="Chart ${shapeId - 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    `r:id="${chartRelationship}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    "<xdr:clientData/></xdr:twoCellAnchor>"
  );
}
