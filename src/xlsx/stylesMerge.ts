// A sheet written by ExcelJS refers to its own file's styles by number (s="3", dxfId="1"). To put that
// sheet into another package, the styles it uses are appended to that package's styles part (an identical
// entry already there is reused) and the numbers are translated. The entries already in the part are left
// exactly as they are, so every other sheet keeps its look.
import { attributesOf } from "./packageXml";
import { escapeXmlAttribute, rootElements } from "./xmlText";

/** The sections of a styles part in the order the schema requires them. */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof SECTION_ORDER)[number];

/** Number formats below this id are built into Excel and mean the same in every file. */
const FIRST_CUSTOM_NUMBER_FORMAT = 164;

interface ParsedSection {
  /** The start tag's attributes, as written. */
  readonly attributes: string;
  readonly children: string[];
}

/** The styles part of one package, parsed into the sections a sheet's numbers point into. */
export class StylesPart {
  readonly prefix: string;
  private readonly sections = new Map<Section, ParsedSection>();

  constructor(readonly xml: string) {
    const [root = ""] = rootElements(xml);
    this.prefix = /^<(\w+:)?styleSheet\b/.exec(root)?.[1] ?? "";
    for (const element of rootElements(xml).slice(1)) {
      const name = /^<(?:\w+:)?(\w+)/.exec(element)?.[1] as Section;
      if (!SECTION_ORDER.includes(name)) continue;
      const [start = "", ...children] = rootElements(element);
      const attributes = /^<[\w:]+((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>$/.exec(start)?.[1] ?? "";
      // A self-closing section's start tag is its only element: it has no children.
      this.sections.set(name, { attributes, children: start === element ? [] : children });
    }
  }

  entries(section: Section): readonly string[] {
    return this.sections.get(section)?.children ?? [];
  }

  /** The index of `entry` in the section, appending it when no identical entry is there. */
  indexOf(section: Section, entry: string): number {
    const parsed = this.sections.get(section) ?? { attributes: "", children: [] };
    this.sections.set(section, parsed);
    const found = parsed.children.indexOf(entry);
    if (found >= 0) return found;
    parsed.children.push(entry);
    return parsed.children.length - 1;
  }

  /**
   * The id of the custom number format `code`: the part's own where it has one, otherwise a free id,
   * appended with it. Built-in formats are known by their numbers and never come here.
   */
  numberFormatId(code: string): number {
    const idOf = (element: string) => Number(ownAttributes(element).get("numFmtId"));
    const existing = this.entries("numFmts").find((element) => codeOf(element) === code);
    if (existing !== undefined) return idOf(existing);
    const free =
      this.entries("numFmts").reduce(
        (last, element) => Math.max(last, idOf(element)),
        FIRST_CUSTOM_NUMBER_FORMAT - 1,
      ) + 1;
    this.indexOf(
      "numFmts",
      `<${this.prefix}numFmt numFmtId="${free}" formatCode="${escapeXmlAttribute(code)}"/>`,
    );
    return free;
  }

  /** The part with every section that was added to written out again, counts updated. */
  toXml(changed: ReadonlySet<Section>): string {
    let xml = this.xml;
    for (const section of changed) {
      const parsed = this.sections.get(section);
      if (parsed === undefined) continue;
      const name = `${this.prefix}${section}`;
      const attributes = parsed.attributes.replace(/\scount\s*=\s*(?:"[^"]*"|'[^']*')/, "");
      const element = `<${name} count="${parsed.children.length}"${attributes}>${parsed.children.join("")}</${name}>`;
      const existing = new RegExp(`<${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(
        xml,
      );
      if (existing) {
        xml = xml.slice(0, existing.index) + element + xml.slice(existing.index + existing[0].length);
      } else {
        xml = withSectionInOrder(xml, this.prefix, section, element);
      }
    }
    return xml;
  }
}

/** Puts a section the part did not have before the first section that must follow it. */
function withSectionInOrder(xml: string, prefix: string, section: Section, element: string): string {
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1);
  for (const next of [...later.map((name) => `<${prefix}${name}\\b`), `</${prefix}styleSheet>`]) {
    const at = new RegExp(next).exec(xml);
    if (at) return xml.slice(0, at.index) + element + xml.slice(at.index);
  }
  throw new Error("the styles part has no closing </styleSheet>");
}

/** `entry` with its element names in the target's namespace prefix (Excel writes none; some tools "x:"). */
function inPrefix(entry: string, prefix: string): string {
  return prefix === "" ? entry : entry.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}

const codeOf = (element: string) => ownAttributes(element).get("formatCode");

/** The attributes of an element's start tag, not its children's. */
function ownAttributes(element: string): Map<string, string> {
  return attributesOf(/^<(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(element)?.[0] ?? "");
}

function withAttribute(element: string, name: string, value: string | number): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  return element.replace(pattern, `$1"${value}"`);
}

/**
 * Translates style numbers of sheets from the `source` styles part into the `target` one, appending to
 * the target what it lacks. `xml()` is the target part afterwards: unchanged when nothing was added.
 */
export class StylesMerge {
  private readonly source: StylesPart;
  private readonly target: StylesPart;
  private readonly changed = new Set<Section>();
  private readonly cellFormats = new Map<number, number>();
  private readonly differentialFormats = new Map<number, number>();

  constructor(targetXml: string, sourceXml: string) {
    this.target = new StylesPart(targetXml);
    this.source = new StylesPart(sourceXml);
  }

  /** The target's cell format (s="…") for the source's. */
  cellFormat(index: number): number {
    const known = this.cellFormats.get(index);
    if (known !== undefined) return known;
    const xf = this.source.entries("cellXfs")[index];
    if (xf === undefined) throw new Error(`the written sheet refers to a missing cell format ${index}`);
    let translated = withAttribute(xf, "xfId", 0);
    for (const [attribute, section] of [
      ["fontId", "fonts"],
      ["fillId", "fills"],
      ["borderId", "borders"],
    ] as const) {
      const value = ownAttributes(xf).get(attribute);
      if (value !== undefined) {
        translated = withAttribute(translated, attribute, this.entry(section, Number(value)));
      }
    }
    const numberFormat = Number(ownAttributes(xf).get("numFmtId") ?? 0);
    translated = withAttribute(translated, "numFmtId", this.numberFormat(numberFormat));
    const result = this.add("cellXfs", inPrefix(translated, this.target.prefix));
    this.cellFormats.set(index, result);
    return result;
  }

  /** The target's differential format (dxfId="…", for conditional formats and tables) for the source's. */
  differentialFormat(index: number): number {
    const known = this.differentialFormats.get(index);
    if (known !== undefined) return known;
    const dxf = this.source.entries("dxfs")[index];
    if (dxf === undefined) throw new Error(`the written sheet refers to a missing format ${index}`);
    const result = this.add("dxfs", inPrefix(dxf, this.target.prefix));
    this.differentialFormats.set(index, result);
    return result;
  }

  xml(): string {
    return this.changed.size === 0 ? this.target.xml : this.target.toXml(this.changed);
  }

  private entry(section: "fonts" | "fills" | "borders", index: number): number {
    const element = this.source.entries(section)[index];
    if (element === undefined) throw new Error(`the written styles lack ${section} entry ${index}`);
    return this.add(section, inPrefix(element, this.target.prefix));
  }

  /** A custom number format keeps its code; the target's id for that code, or a free one. */
  private numberFormat(id: number): number {
    if (id < FIRST_CUSTOM_NUMBER_FORMAT) return id;
    const source = this.source
      .entries("numFmts")
      .find((element) => ownAttributes(element).get("numFmtId") === `${id}`);
    if (source === undefined) throw new Error(`the written styles lack number format ${id}`);
    const before = this.target.entries("numFmts").length;
    const found = this.target.numberFormatId(codeOf(source) ?? "");
    if (this.target.entries("numFmts").length !== before) this.changed.add("numFmts");
    return found;
  }

  private add(section: Section, entry: string): number {
    const before = this.target.entries(section).length;
    const index = this.target.indexOf(section, entry);
    if (this.target.entries(section).length !== before) this.changed.add(section);
    return index;
  }
}
