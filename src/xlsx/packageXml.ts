// The package's own XML read as text: relationships, and the workbook's list of sheets. Pure string work,
// shared by the readers that open a zip with JSZip and by the one that reads a unit's file in the browser.
import { unescapeXml } from "./xmlText";

export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI, e.g. "worksheet", "chart", "vbaProject". */
  readonly kind: string;
  /** The target part's path; for an external target, the target as written. */
  readonly target: string;
  readonly external: boolean;
}

/** A sheet as the workbook part lists it, in tab order. */
export interface ListedSheet {
  readonly name: string;
  readonly part: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

/** One <Relationship> element; its attributes are the first group. */
export const RELATIONSHIP = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
const ATTRIBUTE = /\s([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** An element's attributes by name, unescaped, as written in `attributes` (the text after its name). */
export function attributesOf(attributes: string): Map<string, string> {
  return new Map(
    [...attributes.matchAll(ATTRIBUTE)].map(([, name = "", double, single]) => [
      name,
      unescapeXml(double ?? single ?? ""),
    ]),
  );
}

export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target as a part path: absolute ("/xl/…") from the package root, otherwise from the source's folder. */
export function resolvePart(source: string, target: string): string {
  const folders = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") folders.pop();
    else if (segment !== "." && segment !== "") folders.push(segment);
  }
  return folders.join("/");
}

/** The relationships `xml` (a .rels part) gives `part`. */
export function relationshipsIn(xml: string, part: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP)].map(([, attributes = ""]) => {
    const values = attributesOf(attributes);
    const target = values.get("Target") ?? "";
    const external = values.get("TargetMode") === "External";
    return {
      id: values.get("Id") ?? "",
      kind: (values.get("Type") ?? "").split("/").pop() ?? "",
      target: external ? target : resolvePart(part, target),
      external,
    };
  });
}

/** The sheets a workbook part lists, each with its part, chart sheets and macro sheets included. */
export function sheetsIn(workbookXml: string, relationships: readonly Relationship[]): ListedSheet[] {
  const targets = new Map(relationships.map(({ id, target }) => [id, target] as const));
  const sheets: ListedSheet[] = [];
  for (const [, attributes = ""] of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const values = attributesOf(attributes);
    const id = [...values].find(([name]) => /^\w+:id$/.test(name))?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    const state = values.get("state");
    if (part === undefined) continue;
    sheets.push({
      name: values.get("name") ?? "",
      part,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    });
  }
  return sheets;
}
