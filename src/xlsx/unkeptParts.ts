// What a sheet of an .xlsx holds that ExcelJS 4.4 loses when it loads and saves the file: parts it never
// reads (charts, pivot tables, controls, …) and things inside parts it does read but writes back without
// (shapes beside pictures, sparklines, page breaks, …). Our sheets that an insert repairs are written by
// ExcelJS and put back into the package (packageWrite.ts): this is what would be lost of them. Checked by
// round trips in test/xlsx/unkeptParts.test.ts. Pictures, notes, tables, data validations, conditional
// formats, external hyperlinks, print settings and sheet protection survive.

import JSZip from "jszip";
import { partText, relationshipsOf, sheetParts } from "./packageParts";

/** By the relationship that brings a part in (the last segment of its type). */
const LOST_WITH_PART: ReadonlyMap<string, string> = new Map(
  Object.entries({
    chart: "charts",
    pivotTable: "pivot tables",
    slicer: "slicers",
    timeline: "timelines",
    ctrlProp: "form controls",
    control: "ActiveX controls",
    oleObject: "embedded objects",
    package: "embedded objects",
    diagramData: "SmartArt",
    queryTable: "data connections",
    threadedComment: "threaded comments",
  }),
);

type Check = readonly [kind: string, pattern: RegExp];

const PAGE_BREAKS = "manual page breaks";

/** Inside parts ExcelJS reads, by the relationship that brings the part in. */
const LOST_IN_PART: ReadonlyMap<string, readonly Check[]> = new Map([
  [
    "worksheet",
    [
      // Excel 2010's extensions, known by their URIs.
      ["sparklines", /\buri="\{05C60535-1F16-4fd2-B633-F4F36F0B64E0\}"/i],
      ["data validations that refer to other sheets", /\buri="\{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF\}"/i],
      ["links to places in the workbook", /<(?:\w+:)?hyperlink\b(?![^>]*\br:id=)[^>]*\blocation=/],
      [PAGE_BREAKS, /<(?:\w+:)?(?:rowBreaks|colBreaks)\b/],
      ["pictures in headers and footers", /<(?:\w+:)?legacyDrawingHF\b/],
      // A cell's cm attribute marks a formula that spills; without it Excel reads the formula as @…
      ["dynamic array formulas", /<(?:\w+:)?c\b[^>]*\scm="/],
    ],
  ],
  // ExcelJS keeps a drawing's pictures only.
  ["drawing", [["shapes and text boxes", /<(?:\w+:)?(?:sp|grpSp|cxnSp)\b/]]],
]);

const SHEET_CHECKS = LOST_IN_PART.get("worksheet") ?? [];

const KINDS = [
  ...new Set([...LOST_WITH_PART.values(), ...[...LOST_IN_PART.values()].flat().map(([kind]) => kind)]),
];

/**
 * The kinds of content in the named sheets of an .xlsx, and in all they reach, that a load and save
 * through ExcelJS would lose, in a fixed order. A name the file lacks holds nothing. The page breaks of
 * the sheets in `breaksWrittenBack` are not lost: the caller writes them again.
 */
export async function unkeptParts(
  bytes: Uint8Array,
  sheets: readonly string[],
  breaksWrittenBack: readonly string[] = [],
): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const found = new Set<string>();
  const starts = sheets.flatMap((name) => parts.get(name) ?? []);
  for (const name of sheets) {
    const part = parts.get(name);
    const xml = (part && (await partText(zip, part))) ?? "";
    SHEET_CHECKS.filter(
      ([kind, pattern]) => pattern.test(xml) && !(kind === PAGE_BREAKS && breaksWrittenBack.includes(name)),
    ).forEach(([kind]) => found.add(kind));
  }
  // Every part the sheets reach, checked by the kind of relationship that brought it in.
  const visited = new Set(starts);
  const queue = [...starts];
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    for (const { kind, target, external } of await relationshipsOf(zip, part)) {
      if (external || visited.has(target)) continue;
      visited.add(target);
      queue.push(target);
      const lost = LOST_WITH_PART.get(kind);
      if (lost !== undefined) found.add(lost);
      const checks = LOST_IN_PART.get(kind) ?? [];
      const xml = checks.length > 0 ? ((await partText(zip, target)) ?? "") : "";
      checks.filter(([, pattern]) => pattern.test(xml)).forEach(([lostKind]) => found.add(lostKind));
    }
  }
  return KINDS.filter((kind) => found.has(kind));
}
