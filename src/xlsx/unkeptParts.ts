// What an .xlsx holds that ExcelJS 4.4 loses when it loads and saves the file: parts it never reads
// (charts, pivot tables, macros, …) and things inside parts it does read but writes back without
// (shapes beside pictures, sparklines, named formulas, …). Checked by round trips in
// test/xlsx/unkeptParts.test.ts. Pictures, notes, tables, data validations, conditional formats,
// external hyperlinks, print settings, sheet protection, themes and names of plain ranges survive.

import JSZip from "jszip";
import { carriedChartParts } from "./carriedCharts";
import { attributesOf, partText, relationshipsOf, sheetParts, workbookPart } from "./packageParts";
import { unescapeXml } from "./xmlText";

/** By the relationship that brings a part in (the last segment of its type). */
const LOST_WITH_PART: ReadonlyMap<string, string> = new Map(
  Object.entries({
    chart: "charts",
    chartsheet: "chart sheets",
    pivotTable: "pivot tables",
    slicer: "slicers",
    timeline: "timelines",
    vbaProject: "macros",
    xlMacrosheet: "macro sheets",
    xlIntlMacrosheet: "macro sheets",
    dialogsheet: "dialog sheets",
    ctrlProp: "form controls",
    control: "ActiveX controls",
    oleObject: "embedded objects",
    package: "embedded objects",
    diagramData: "SmartArt",
    externalLink: "external links",
    connections: "data connections",
    queryTable: "data connections",
    threadedComment: "threaded comments",
    rdRichValue: "pictures in cells and data types",
    customXml: "custom XML data",
    webextensiontaskpanes: "Office add-ins",
    origin: "digital signatures",
  }),
);

type Check = readonly [kind: string, pattern: RegExp];

/** Inside parts ExcelJS reads, by the relationship that brings the part in. */
const LOST_IN_PART: ReadonlyMap<string, readonly Check[]> = new Map([
  [
    "worksheet",
    [
      // Excel 2010's extensions, known by their URIs.
      ["sparklines", /\buri="\{05C60535-1F16-4fd2-B633-F4F36F0B64E0\}"/i],
      ["data validations that refer to other sheets", /\buri="\{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF\}"/i],
      ["links to places in the workbook", /<(?:\w+:)?hyperlink\b(?![^>]*\br:id=)[^>]*\blocation=/],
      ["manual page breaks", /<(?:\w+:)?(?:rowBreaks|colBreaks)\b/],
      ["pictures in headers and footers", /<(?:\w+:)?legacyDrawingHF\b/],
      // A cell's cm attribute marks a formula that spills; without it Excel reads the formula as @…
      ["dynamic array formulas", /<(?:\w+:)?c\b[^>]*\scm="/],
    ],
  ],
  // ExcelJS keeps a drawing's pictures only.
  ["drawing", [["shapes and text boxes", /<(?:\w+:)?(?:sp|grpSp|cxnSp)\b/]]],
  // Only a lock protects anything: LibreOffice writes an empty <workbookProtection/> into every file.
  [
    "officeDocument",
    [
      [
        "workbook protection",
        /<(?:\w+:)?workbookProtection\b[^>]*\block(?:Structure|Windows|Revision)="(?:1|true)"/,
      ],
    ],
  ],
  // LibreOffice writes docProps/custom.xml into every file, most often without a single property.
  ["custom-properties", [["custom document properties", /<(?:\w+:)?property\b/]]],
]);

const DEFINED_NAMES = "defined names";

const KINDS = [
  ...new Set([
    ...LOST_WITH_PART.values(),
    ...[...LOST_IN_PART.values()].flat().map(([kind]) => kind),
    DEFINED_NAMES,
  ]),
];

export interface UnkeptOptions {
  /**
   * The caller puts the worksheets' charts back after saving, with withCarriedCharts: those charts, and
   * all their parts reach, are not lost. Charts it cannot carry (on chart sheets, in groups) still are.
   */
  readonly chartsCarried?: boolean;
}

/**
 * The kinds of content in an .xlsx that a load and save through ExcelJS would lose, in a fixed order,
 * leaving out whatever belongs to `ownSheets` alone (sheets the caller rewrites itself).
 */
export async function unkeptParts(
  bytes: Uint8Array,
  ownSheets: readonly string[],
  { chartsCarried = false }: UnkeptOptions = {},
): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await sheetParts(zip);
  const own = new Set(ownSheets.flatMap((name) => sheets.get(name) ?? []));
  const found = new Set<string>();
  const carried = chartsCarried ? await carriedChartParts(zip, ownSheets) : [];
  const visited = new Set<string>(["", ...carried]);
  const queue = [""];
  // Every part the package reaches without passing through one of the caller's own sheets.
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    for (const { kind, target, external } of await relationshipsOf(zip, part)) {
      if (external || own.has(target) || visited.has(target)) continue;
      visited.add(target);
      queue.push(target);
      const lost = LOST_WITH_PART.get(kind);
      if (lost !== undefined) found.add(lost);
      const checks = LOST_IN_PART.get(kind) ?? [];
      const xml = checks.length > 0 ? ((await partText(zip, target)) ?? "") : "";
      checks.filter(([, pattern]) => pattern.test(xml)).forEach(([lostKind]) => found.add(lostKind));
    }
  }
  const workbook = (await partText(zip, await workbookPart(zip))) ?? "";
  const ownIndexes = [...sheets.keys()].flatMap((name, index) => (ownSheets.includes(name) ? [index] : []));
  if (hasUnkeptNames(workbook, ownIndexes)) found.add(DEFINED_NAMES);
  return KINDS.filter((kind) => found.has(kind));
}

const SHEET = "(?:'(?:[^']|'')+'|[^'!:,\\s]+)";
const CELL = "\\$[A-Za-z]{1,3}\\$\\d+";
const AREA = `${SHEET}!${CELL}(?::${CELL})?`;
/** ExcelJS keeps a name only when it is absolute cells or ranges, on sheets, without scope or hiding. */
const PLAIN_RANGES = new RegExp(`^${AREA}(?:,${AREA})*$`);

/**
 * Names ExcelJS drops (constants, formulas, relative or whole-row references) or changes (a sheet's
 * own names become the workbook's, hidden ones show). Excel's own names (_xlnm.Print_Area, …) are
 * left out: ExcelJS keeps the print settings, and Excel makes the rest again. So are names that
 * belong to one of `ownIndexes`, the caller's own sheets by their place in the workbook.
 */
function hasUnkeptNames(workbook: string, ownIndexes: readonly number[]): boolean {
  const names = workbook.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g);
  return [...names].some(([, attributes = "", body = ""]) => {
    const values = attributesOf(attributes);
    const scope = values.get("localSheetId");
    if ((values.get("name") ?? "").startsWith("_xlnm.")) return false;
    if (scope !== undefined) return !ownIndexes.includes(Number(scope));
    return (
      values.get("hidden") === "1" ||
      values.get("hidden") === "true" ||
      !PLAIN_RANGES.test(unescapeXml(body).trim())
    );
  });
}
