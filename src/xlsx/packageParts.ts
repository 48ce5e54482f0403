// The .xlsx package around a chart: which part holds which sheet, the relationships between parts and
// the content types. A part is named by its path in the zip, without a leading "/"; the package itself,
// whose relationships say where the workbook is, is "".

import JSZip from "jszip";
import {
  attributesOf,
  RELATIONSHIP,
  relationshipsIn,
  relationshipsPart,
  resolvePart,
  sheetsIn,
  type Relationship,
} from "./packageXml";
import { escapeXmlAttribute } from "./xmlText";

/** A workbook part's defined names: the element as written, its name, and the sheet place it is scoped to. */
export function definedNamesOf(
  workbookXml: string,
): { element: string; name: string; scope: number | null }[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>[\s\S]*?<\/(?:\w+:)?definedName>/g)].map(
    ([element, attributes = ""]) => {
      const values = attributesOf(attributes);
      const scope = values.get("localSheetId");
      return { element, name: values.get("name") ?? "", scope: scope === undefined ? null : Number(scope) };
    },
  );
}

export async function partText(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  return relationshipsIn((await partText(zip, relationshipsPart(part))) ?? "", part);
}

/** The workbook part, as the package's relationships name it. */
export async function workbookPart(zip: JSZip): Promise<string> {
  const document = (await relationshipsOf(zip, "")).find(({ kind }) => kind === "officeDocument");
  if (!document) throw new Error("not an .xlsx file: the package names no workbook");
  return document.target;
}

/** Each sheet's part by the sheet's name, in tab order, chart sheets and macro sheets included. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await workbookPart(zip);
  const sheets = sheetsIn((await partText(zip, workbook)) ?? "", await relationshipsOf(zip, workbook));
  return new Map(sheets.map(({ name, part }) => [name, part]));
}

const RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship of the given type ("drawing", "chart") and returns its id. */
export async function addRelationship(
  zip: JSZip,
  source: string,
  kind: string,
  target: string,
): Promise<string> {
  const path = relationshipsPart(source);
  const xml = (await partText(zip, path)) ?? EMPTY_RELATIONSHIPS;
  const taken = new Set((await relationshipsOf(zip, source)).map(({ id }) => id));
  let number = taken.size + 1;
  while (taken.has(`rId${number}`)) number += 1;
  const id = `rId${number}`;
  const element =
    `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPES}/${kind}" ` +
    `Target="${escapeXmlAttribute(relativeTarget(source, target))}"/>`;
  zip.file(path, xml.replace(/<\/Relationships>\s*$/, `${element}</Relationships>`));
  return id;
}

/** "xl/worksheets/sheet1.xml" → "xl/drawings/drawing1.xml" is "../drawings/drawing1.xml". */
function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

export async function addContentType(zip: JSZip, part: string, contentType: string): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = (await partText(zip, path)) ?? "";
  const override = `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${contentType}"/>`;
  zip.file(path, xml.replace(/<\/Types>\s*$/, `${override}</Types>`));
}

/** The first free "xl/charts/chart<N>.xml" for prefix "xl/charts/chart". */
export function freePart(zip: JSZip, prefix: string): string {
  let number = 1;
  while (zip.file(`${prefix}${number}.xml`) !== null) number += 1;
  return `${prefix}${number}.xml`;
}

/** A free part named like `part`: for "xl/charts/style3.xml", the first free "xl/charts/style<N>.xml". */
export function freePartLike(zip: JSZip, part: string): string {
  const [, stem = part, extension = ""] = /^(.*?)\d*(\.[^./]*)?$/.exec(part) ?? [];
  let number = 1;
  while (zip.file(`${stem}${number}${extension}`) !== null) number += 1;
  return `${stem}${number}${extension}`;
}

const CONTENT_TYPE = /<(?:\w+:)?(Override|Default)\b([^>]*?)\/?>/g;

/** The part's content type: its own override, or the default for its extension. */
export async function contentTypeOf(zip: JSZip, part: string): Promise<string | undefined> {
  const xml = (await partText(zip, "[Content_Types].xml")) ?? "";
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let byExtension: string | undefined;
  for (const [, element, attributes = ""] of xml.matchAll(CONTENT_TYPE)) {
    const values = attributesOf(attributes);
    if (element === "Override" && values.get("PartName")?.toLowerCase() === `/${part}`.toLowerCase()) {
      return values.get("ContentType");
    }
    if (element === "Default" && values.get("Extension")?.toLowerCase() === extension) {
      byExtension = values.get("ContentType");
    }
  }
  return byExtension;
}

/**
 * Gives `copy` in `to` the relationships `source` has in `from`, with the same ids, so that the copied
 * part's references stay valid; each internal target becomes where `moved` says it now is.
 */
export async function copyRelationships(
  from: JSZip,
  source: string,
  to: JSZip,
  copy: string,
  moved: (target: string) => string,
): Promise<void> {
  const xml = await partText(from, relationshipsPart(source));
  if (xml === undefined) return;
  const retargeted = xml.replace(RELATIONSHIP, (element, attributes: string) => {
    const values = attributesOf(attributes);
    if (values.get("TargetMode") === "External") return element;
    const target = relativeTarget(copy, moved(resolvePart(source, values.get("Target") ?? "")));
    return element.replace(/(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${escapeXmlAttribute(target)}"`);
  });
  to.file(relationshipsPart(copy), retargeted);
}

/** Copies `part` and all it reaches into `to` under free names; `moved` says where each part went. */
export async function copyPartTree(
  from: JSZip,
  to: JSZip,
  part: string,
  moved: Map<string, string>,
): Promise<string> {
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
    if (!external) await copyPartTree(from, to, target, moved);
  }
  await copyRelationships(from, part, to, copy, (target) => moved.get(target) ?? target);
  return copy;
}

/** Every part reached from `starts` through internal relationships, never passing into `avoided`. */
export async function reachableParts(
  zip: JSZip,
  starts: readonly string[],
  avoided: ReadonlySet<string>,
): Promise<Set<string>> {
  const reached = new Set<string>(starts);
  const queue = [...starts];
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    for (const { target, external } of await relationshipsOf(zip, part)) {
      if (external || avoided.has(target) || reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}

/** CT_Worksheet's children from <rowBreaks> on, in schema order: the ones added after ExcelJS writes. */
const WORKSHEET_TAIL = [
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** A worksheet part's XML with `element`, a <`name`>, where the schema puts it among the root's children. */
export function withWorksheetChild(
  xml: string,
  element: string,
  name: (typeof WORKSHEET_TAIL)[number],
): string {
  return withChildBefore(xml, element, WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(name) + 1));
}

/**
 * Inserts `element` as a child of the root, before the first child named in `later`, or last. Only the
 * root's own children count: an <extLst> inside a conditional format is not the sheet's.
 */
export function withChildBefore(xml: string, element: string, later: readonly string[]): string {
  let depth = 0;
  for (const tag of xml.matchAll(/<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const [, closing, name = "", selfClosing] = tag;
    const here = closing ? depth === 1 : depth === 1 && later.includes(name);
    if (here) return `${xml.slice(0, tag.index)}${element}${xml.slice(tag.index)}`;
    depth += closing ? -1 : selfClosing ? 0 : 1;
  }
  throw new Error("not an XML element with children");
}
