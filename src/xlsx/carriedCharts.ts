// ExcelJS drops charts when it loads and saves a file, so a worksheet's charts are carried over from the
// file as it was read to the file as ExcelJS wrote it: each chart part with all it reaches (Excel's style
// and colour parts, …) under free names, and its anchor in the sheet's drawing. A chart's series read
// cells by sheet name, so they stay right as long as the sheet keeps its name.

import JSZip from "jszip";
import { drawingOf } from "./chartPart";
import {
  addContentType,
  addRelationship,
  attributesOf,
  contentTypeOf,
  copyRelationships,
  freePartLike,
  partText,
  relationshipsOf,
  sheetParts,
  workbookPart,
} from "./packageParts";
import { escapeXmlAttribute } from "./xmlText";

/** A chart anchored on its own in a worksheet's drawing: what can be carried over. */
interface AnchoredChart {
  /** The anchor element as the drawing holds it, namespace declarations of the drawing added. */
  readonly anchor: string;
  readonly chart: string;
}

/** Anchors Excel writes; a chart inside a group or alternate content is not carried. */
const ANCHOR = /^<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/;
/** The anchor's object, after its corners or size, is the chart's frame itself, not a group holding it. */
const ANCHORED_FRAME = /(?:<\/(?:\w+:)?to>|<(?:\w+:)?ext\b[^>]*\/>)\s*<(?:\w+:)?graphicFrame\b/;
const CHART_REFERENCE = /<(?:\w+:)?chart\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/;
const START_TAG = /^<(?:[^>"']|"[^"]*"|'[^']*')*>/;
const SHAPE_ID = /(<(?:\w+:)?cNvPr\b[^>]*?\sid=)(?:"(\d+)"|'(\d+)')/g;

/**
 * The charts of the worksheets other than `replaced`, by sheet name, that `withCarriedCharts` carries
 * over. Chart sheets are not worksheets: ExcelJS drops them whole.
 */
async function carriableCharts(
  zip: JSZip,
  replaced: readonly string[],
): Promise<Map<string, AnchoredChart[]>> {
  const workbookLinks = await relationshipsOf(zip, await workbookPart(zip));
  const worksheets = new Set(
    workbookLinks.filter(({ kind }) => kind === "worksheet").map(({ target }) => target),
  );
  const charts = new Map<string, AnchoredChart[]>();
  for (const [name, sheet] of await sheetParts(zip)) {
    if (replaced.includes(name) || !worksheets.has(sheet)) continue;
    const drawings = (await relationshipsOf(zip, sheet)).filter(({ kind }) => kind === "drawing");
    const anchored = await Promise.all(drawings.map(({ target }) => chartsInDrawing(zip, target)));
    if (anchored.flat().length > 0) charts.set(name, anchored.flat());
  }
  return charts;
}

/** The chart parts `withCarriedCharts` carries over: what a save through it does not lose. */
export async function carriedChartParts(zip: JSZip, replaced: readonly string[]): Promise<Set<string>> {
  const charts = [...(await carriableCharts(zip, replaced)).values()].flat();
  return new Set(charts.map(({ chart }) => chart));
}

async function chartsInDrawing(zip: JSZip, drawing: string): Promise<AnchoredChart[]> {
  const xml = (await partText(zip, drawing)) ?? "";
  const links = await relationshipsOf(zip, drawing);
  const [root = "", ...anchors] = rootElements(xml);
  // The drawing's namespaces go onto each anchor, which lands in a drawing that may not declare them.
  const namespaces = [...attributesOf(root)].filter(([name]) => /^xmlns\b/.test(name));
  return anchors.flatMap((anchor) => {
    const reference = CHART_REFERENCE.exec(anchor)?.[1];
    if (!ANCHOR.test(anchor) || !ANCHORED_FRAME.test(anchor) || reference === undefined) return [];
    const id = [...attributesOf(reference)].find(([name]) => /^\w+:id$/.test(name))?.[1];
    const link = links.find(
      (candidate) => candidate.id === id && candidate.kind === "chart" && !candidate.external,
    );
    if (!link) return [];
    const declared = attributesOf(START_TAG.exec(anchor)?.[0] ?? "");
    const added = namespaces
      .filter(([name]) => !declared.has(name))
      .map(([name, uri]) => ` ${name}="${escapeXmlAttribute(uri)}"`);
    return [{ anchor: anchor.replace(/^<[\w:.-]+/, `$&${added.join("")}`), chart: link.target }];
  });
}

/**
 * The root's start tag, then each of the root's child elements, as written. Comments and processing
 * instructions are skipped.
 */
function rootElements(xml: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of xml.matchAll(/<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const [text, closing, , selfClosing] = tag;
    if (depth === 0 && !closing) elements.push(text);
    if (depth === 1 && !closing) start = tag.index;
    depth += closing ? -1 : selfClosing ? 0 : 1;
    if (depth === 1 && (closing || selfClosing)) elements.push(xml.slice(start, tag.index + text.length));
  }
  return elements;
}

/**
 * `written` (a file ExcelJS saved from `original`) with the charts of `original`'s worksheets put back on
 * the sheets of the same names, all but those of `replaced`, sheets the caller wrote anew.
 */
export async function withCarriedCharts(
  original: Uint8Array,
  written: Uint8Array,
  replaced: readonly string[],
): Promise<Buffer> {
  const from = await JSZip.loadAsync(original);
  const charts = await carriableCharts(from, replaced);
  if (charts.size === 0) return Buffer.from(written);
  const to = await JSZip.loadAsync(written);
  const sheets = await sheetParts(to);
  const moved = new Map<string, string>();
  for (const [name, anchored] of charts) {
    const sheet = sheets.get(name);
    if (sheet === undefined) continue;
    const drawing = await drawingOf(to, sheet);
    for (const { anchor, chart } of anchored) {
      const relationship = await addRelationship(
        to,
        drawing,
        "chart",
        await carryPart(from, to, chart, moved),
      );
      const xml = (await partText(to, drawing)) as string;
      const placed = withFreshShapeIds(
        anchor.replace(CHART_REFERENCE, (element) =>
          element.replace(/(\s\w+:id\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${relationship}"`),
        ),
        xml,
      );
      to.file(drawing, xml.replace(/<\/(?:\w+:)?wsDr>\s*$/, `${placed}$&`));
    }
  }
  return to.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Copies `part` and all it reaches into `to` under free names; `moved` says where each part went. */
async function carryPart(from: JSZip, to: JSZip, part: string, moved: Map<string, string>): Promise<string> {
  const known = moved.get(part);
  if (known !== undefined) return known;
  const bytes = await from.file(part)?.async("uint8array");
  if (bytes === undefined) throw new Error(`the part ${part} is missing from the file`);
  const copy = freePartLike(to, part);
  to.file(copy, bytes);
  moved.set(part, copy);
  const contentType = await contentTypeOf(from, part);
  if (contentType !== undefined) await addContentType(to, copy, contentType);
  for (const { target, external } of await relationshipsOf(from, part)) {
    if (!external) await carryPart(from, to, target, moved);
  }
  await copyRelationships(from, part, to, copy, (target) => moved.get(target) ?? target);
  return copy;
}

/** Renumbers the anchor's shapes after the drawing's own: shape ids are unique within a drawing. */
function withFreshShapeIds(anchor: string, drawing: string): string {
  const taken = [...drawing.matchAll(SHAPE_ID)].map(([, , double, single]) => Number(double ?? single));
  let last = Math.max(1, ...taken);
  return anchor.replace(SHAPE_ID, (_, start: string) => `${start}"${(last += 1)}"`);
}
