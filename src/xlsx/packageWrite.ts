// Writing our sheets into a user's .xlsx without saving the user's workbook again. ExcelJS writes the
// sheets (in a file of its own); here each one is moved into the user's package as it stands: the sheet
// part, the parts it reaches (tables, drawings, charts), its styles appended to the package's, its entry
// in the workbook, its relationship and content types. Every other part of the package is kept byte for
// byte, so whatever ExcelJS cannot read (pivot tables, sensitivity labels, macros, …) is never at risk.
import JSZip from "jszip";
import {
  addContentType,
  addRelationship,
  definedNamesOf,
  copyPartTree,
  copyRelationships,
  freePart,
  partText,
  reachableParts,
  relationshipsOf,
  workbookPart,
} from "./packageParts";
import { attributesOf, relationshipsPart } from "./packageXml";
import { StylesMerge } from "./stylesMerge";
import { escapeXmlAttribute } from "./xmlText";

export interface SheetToPlace {
  /** The sheet's name in the written file; it keeps it in the user's. */
  readonly name: string;
  /** The user's sheet whose tab, part and print names it takes; null to add it after the last tab. */
  readonly replaces: string | null;
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** What follows <definedNames> and <calcPr> in a workbook part, in the schema's order. */
const AFTER_CALCULATION = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * `original` with the `sheets` of `written` (a file ExcelJS saved) placed into it. Parts of `original`
 * other than the workbook, its relationships, the content types and the styles are left as they were,
 * except those that only a replaced sheet reached, which go with it.
 */
export async function withSheetsPlaced(
  original: Uint8Array,
  written: Uint8Array,
  sheets: readonly SheetToPlace[],
): Promise<Buffer> {
  const to = await JSZip.loadAsync(original);
  const from = await JSZip.loadAsync(written);
  const target = await PackageWorkbook.open(to);
  const source = await PackageWorkbook.open(from);
  const writtenStyles = (await source.stylesXml()) as string;
  // A package without styles takes the written file's whole: every number then means the same.
  const styles = new StylesMerge((await target.stylesXml()) ?? writtenStyles, writtenStyles);
  const strings = sharedStringsOf((await source.partOfKind("sharedStrings")) ?? "");

  for (const sheet of sheets) {
    const sourcePart = source.sheets.get(sheet.name);
    if (sourcePart === undefined) throw new Error(`the written file has no sheet "${sheet.name}"`);
    const part =
      sheet.replaces === null
        ? await target.addSheet(sheet.name)
        : await target.emptySheet(sheet.replaces, sheet.name);
    const xml = (await partText(from, sourcePart)) as string;
    to.file(part, translatedSheet(xml, styles, strings));
    const moved = new Map<string, string>();
    for (const { target: reached, external } of await relationshipsOf(from, sourcePart)) {
      if (!external) await copyPartTree(from, to, reached, moved);
    }
    await copyRelationships(from, sourcePart, to, part, (reached) => moved.get(reached) ?? reached);
    await renumberTables(to, [...moved.values()], styles);
    target.setVisibility(part, source.visibilityOf(sourcePart));
    target.setPrintNames(part, source.printNamesOf(sourcePart));
  }
  await target.save(styles.xml());
  return to.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The sheet's XML as the target package reads it: its styles, and its strings in the cells. */
function translatedSheet(xml: string, styles: StylesMerge, strings: readonly string[]): string {
  return (
    xml
      .replace(/<(?:\w+:)?(?:c|row)\b[^>]*>/g, (tag) =>
        tag.replace(
          /(\ss=")(\d+)"/,
          (_, start: string, index: string) => `${start}${styles.cellFormat(Number(index))}"`,
        ),
      )
      .replace(/<(?:\w+:)?col\b[^>]*>/g, (tag) =>
        tag.replace(
          /(\sstyle=")(\d+)"/,
          (_, start: string, index: string) => `${start}${styles.cellFormat(Number(index))}"`,
        ),
      )
      .replace(
        /(\sdxfId=")(\d+)"/g,
        (_, start: string, index: string) => `${start}${styles.differentialFormat(Number(index))}"`,
      )
      // Shared strings belong to the written file: each cell takes its text inline.
      .replace(
        /<((?:\w+:)?c)\b([^>]*?)\st="s"([^>]*)>\s*<(?:\w+:)?v>(\d+)<\/(?:\w+:)?v>\s*<\/(?:\w+:)?c>/g,
        (_, name: string, before: string, after: string, index: string) => {
          const text = strings[Number(index)];
          if (text === undefined) throw new Error(`the written sheet refers to a missing string ${index}`);
          return `<${name}${before} t="inlineStr"${after}><is>${text}</is></${name}>`;
        },
      )
  );
}

/** Each <si>'s content, runs and all, which is what <is> holds in a cell. */
function sharedStringsOf(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map(
    ([, content = ""]) => content,
  );
}

/** A table's id is unique in the workbook; its formats are numbered in the package's styles. */
async function renumberTables(zip: JSZip, parts: readonly string[], styles: StylesMerge): Promise<void> {
  const tables = parts.filter((part) => /^xl\/tables\/[^/]+\.xml$/.test(part));
  if (tables.length === 0) return;
  const others = Object.keys(zip.files).filter(
    (part) => /^xl\/tables\/[^/]+\.xml$/.test(part) && !tables.includes(part),
  );
  const ids = await Promise.all(
    others.map(async (part) =>
      Number(/<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec((await partText(zip, part)) ?? "")?.[1] ?? 0),
    ),
  );
  let last = Math.max(0, ...ids);
  for (const part of tables) {
    const xml = (await partText(zip, part)) as string;
    zip.file(
      part,
      xml
        .replace(/(<(?:\w+:)?table\b[^>]*?\sid=")\d+"/, (_, start: string) => `${start}${(last += 1)}"`)
        .replace(
          /(\s\w*[dD]xfId=")(\d+)"/g,
          (_, start: string, index: string) => `${start}${styles.differentialFormat(Number(index))}"`,
        ),
    );
  }
}

interface SheetEntry {
  readonly element: string;
  readonly part: string;
}

/** The workbook part of a package, its sheets in tab order, and the edits placing sheets makes to it. */
class PackageWorkbook {
  private constructor(
    private readonly zip: JSZip,
    private readonly part: string,
    private xml: string,
    /** The workbook's relationships: each sheet entry's id to its part. */
    private readonly targets: Map<string, string>,
  ) {}

  static async open(zip: JSZip): Promise<PackageWorkbook> {
    const part = await workbookPart(zip);
    const targets = new Map(
      (await relationshipsOf(zip, part)).map(({ id, target }) => [id, target] as const),
    );
    return new PackageWorkbook(zip, part, (await partText(zip, part)) ?? "", targets);
  }

  /** Each sheet's part by its name. */
  get sheets(): Map<string, string> {
    return new Map(
      this.entries().map(({ element, part }) => [attributesOf(element).get("name") ?? "", part]),
    );
  }

  async partOfKind(kind: string): Promise<string | undefined> {
    const link = (await relationshipsOf(this.zip, this.part)).find((candidate) => candidate.kind === kind);
    return link === undefined ? undefined : partText(this.zip, link.target);
  }

  async stylesXml(): Promise<string | undefined> {
    return this.partOfKind("styles");
  }

  private get prefix(): string {
    return /<(\w+:)?workbook\b/.exec(this.xml)?.[1] ?? "";
  }

  /** Each <sheet> element with the part it names, in tab order. */
  private entries(): SheetEntry[] {
    return [...this.xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/?>/g)].map(([element]) => {
      const id = [...attributesOf(element)].find(([name]) => /^\w+:id$/.test(name))?.[1] ?? "";
      return { element, part: this.targets.get(id) ?? "" };
    });
  }

  /** The sheet's place among the tabs, which is what a name's localSheetId counts. */
  private indexOf(part: string): number {
    return this.entries().findIndex((entry) => entry.part === part);
  }

  visibilityOf(part: string): string | undefined {
    return attributesOf(this.entries().find((entry) => entry.part === part)?.element ?? "").get("state");
  }

  /** The print area and titles (Excel's own _xlnm names) scoped to the sheet, as written. */
  printNamesOf(part: string): string[] {
    const index = this.indexOf(part);
    return definedNamesOf(this.xml)
      .filter(({ name, scope }) => scope === index && name.startsWith("_xlnm."))
      .map(({ element }) => element);
  }

  /** A new sheet part after the last tab: its entry, relationship and content type. */
  async addSheet(name: string): Promise<string> {
    const part = freePart(this.zip, "xl/worksheets/sheet");
    this.zip.file(part, "");
    await addContentType(this.zip, part, WORKSHEET_TYPE);
    const id = await addRelationship(this.zip, this.part, "worksheet", part);
    const ids = this.entries().map(({ element }) => Number(attributesOf(element).get("sheetId") ?? 0));
    const relationship = this.relationshipPrefix();
    const element =
      `<${this.prefix}sheet name="${escapeXmlAttribute(name)}" sheetId="${Math.max(0, ...ids) + 1}" ` +
      `${relationship.declaration}${relationship.prefix}:id="${id}"/>`;
    this.xml = this.xml.replace(new RegExp(`</${this.prefix}sheets>`), `${element}$&`);
    this.targets.set(id, part);
    return part;
  }

  /**
   * The part of the user's sheet `replaced`, emptied of what only it reached, for the sheet `name` to
   * take: its tab, its place, and names scoped to it other than its print settings stay.
   */
  async emptySheet(replaced: string, name: string): Promise<string> {
    const part = this.sheets.get(replaced);
    if (part === undefined) throw new Error(`the workbook has no sheet "${replaced}"`);
    const others = await reachableParts(this.zip, [""], new Set([part]));
    const own = await reachableParts(this.zip, [part], new Set());
    for (const reached of own) {
      if (reached !== part && !others.has(reached)) await this.removePart(reached);
    }
    this.zip.remove(relationshipsPart(part));
    const index = this.indexOf(part);
    this.xml = this.xml.replace(
      /<(?:\w+:)?definedName\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>/g,
      (element) => {
        const values = attributesOf(element.slice(0, element.indexOf(">")));
        const printName = (values.get("name") ?? "").startsWith("_xlnm.");
        return printName && values.get("localSheetId") === `${index}` ? "" : element;
      },
    );
    const entry = this.entries().find((candidate) => candidate.part === part) as SheetEntry;
    this.xml = this.xml.replace(
      entry.element,
      entry.element.replace(/(\sname=)(?:"[^"]*"|'[^']*')/, `$1"${escapeXmlAttribute(name)}"`),
    );
    return part;
  }

  private async removePart(part: string): Promise<void> {
    this.zip.remove(part);
    this.zip.remove(relationshipsPart(part));
    const types = "[Content_Types].xml";
    const xml = (await partText(this.zip, types)) ?? "";
    const override = new RegExp(
      `<(?:\\w+:)?Override\\b[^>]*\\bPartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
      "i",
    );
    this.zip.file(types, xml.replace(override, ""));
  }

  setVisibility(part: string, state: string | undefined): void {
    const entry = this.entries().find((candidate) => candidate.part === part) as SheetEntry;
    const without = entry.element.replace(/\sstate=(?:"[^"]*"|'[^']*')/, "");
    const element =
      state === undefined ? without : without.replace(/^<[\w:]+/, `$& state="${escapeXmlAttribute(state)}"`);
    this.xml = this.xml.replace(entry.element, element);
  }

  /** Print names written for a sheet at another place, put on this sheet's place. */
  setPrintNames(part: string, names: readonly string[]): void {
    if (names.length === 0) return;
    const index = this.indexOf(part);
    const placed = names
      .map((element) => element.replace(/(\slocalSheetId=")\d+"/, `$1${index}"`))
      .map((element) =>
        element
          .replace(/^<(?:\w+:)?definedName\b/, `<${this.prefix}definedName`)
          .replace(/<\/(?:\w+:)?definedName>$/, `</${this.prefix}definedName>`),
      )
      .join("");
    const list = new RegExp(`<${this.prefix}definedNames\\b[^>]*?(/>|>)`).exec(this.xml);
    if (list) {
      const open = list[0].endsWith("/>") ? `${list[0].slice(0, -2)}>` : list[0];
      const close = list[0].endsWith("/>") ? `</${this.prefix}definedNames>` : "";
      this.xml = `${this.xml.slice(0, list.index)}${open}${placed}${close}${this.xml.slice(list.index + list[0].length)}`;
    } else {
      this.insertBefore(
        ["calcPr", ...AFTER_CALCULATION],
        `<${this.prefix}definedNames>${placed}</${this.prefix}definedNames>`,
      );
    }
  }

  /** The workbook as edited, with its formulas calculated on opening: ExcelJS writes no results. */
  async save(styles: string): Promise<void> {
    const calculation = new RegExp(`<${this.prefix}calcPr\\b[^>]*?/?>`).exec(this.xml);
    if (calculation) {
      const tag = calculation[0].replace(/\sfullCalcOnLoad=(?:"[^"]*"|'[^']*')/, "");
      this.xml = this.xml.replace(calculation[0], tag.replace(/^<[\w:]+/, '$& fullCalcOnLoad="1"'));
    } else {
      this.insertBefore(AFTER_CALCULATION, `<${this.prefix}calcPr fullCalcOnLoad="1"/>`);
    }
    this.zip.file(this.part, this.xml);
    const stylesLink = (await relationshipsOf(this.zip, this.part)).find(({ kind }) => kind === "styles");
    const stylesPart = stylesLink?.target ?? "xl/styles.xml";
    if ((await partText(this.zip, stylesPart)) !== styles) this.zip.file(stylesPart, styles);
    if (stylesLink === undefined) {
      await addRelationship(this.zip, this.part, "styles", stylesPart);
      await addContentType(
        this.zip,
        stylesPart,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
      );
    }
  }

  private insertBefore(followers: readonly string[], element: string): void {
    for (const follower of followers) {
      const at = new RegExp(`<${this.prefix}${follower}\\b`).exec(this.xml);
      if (at) {
        this.xml = this.xml.slice(0, at.index) + element + this.xml.slice(at.index);
        return;
      }
    }
    this.xml = this.xml.replace(new RegExp(`</${this.prefix}workbook>\\s*$`), `${element}$&`);
  }

  /** The prefix bound to the relationships namespace, declared on the element where the root lacks it. */
  private relationshipPrefix(): { prefix: string; declaration: string } {
    const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(this.xml)?.[0] ?? "";
    const bound = [...attributesOf(root)].find(([, uri]) => uri === RELATIONSHIPS_NAMESPACE)?.[0];
    if (bound?.startsWith("xmlns:")) return { prefix: bound.slice("xmlns:".length), declaration: "" };
    return { prefix: "r", declaration: `xmlns:r="${RELATIONSHIPS_NAMESPACE}" ` };
  }
}
