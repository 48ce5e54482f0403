// Excel's published limits ("Excel specifications and limits") and its rules for names, checked on an
// .xlsx as the file holds it: a file past one of them opens in Excel only after a repair, which drops what
// it cannot keep, or shows text cut. One list of what a writer must never produce.
import JSZip from "jszip";
import { parseRange, type CellBox } from "../../src/layout/a1";
import { partText, sheetParts, workbookPart } from "../../src/xlsx/packageParts";
import { unescapeXml } from "../../src/xlsx/xmlText";

export const EXCEL_LIMITS = {
  rowHeightPoints: 409,
  columnWidthCharacters: 255,
  cellCharacters: 32_767,
  /** Line feeds a cell shows: Excel's "Line feeds per cell". */
  cellLineFeeds: 253,
  formulaCharacters: 8_192,
  sheetNameCharacters: 31,
  definedNameCharacters: 255,
} as const;

/** What cannot be in a sheet's name: Excel refuses these characters, and "History" is its own. */
const SHEET_NAME_REFUSED = /[\][:*?/\\]/;

function overlapping(boxes: readonly { readonly area: string; readonly box: CellBox }[]): string[] {
  const problems: string[] = [];
  boxes.forEach((first, index) => {
    for (const second of boxes.slice(index + 1)) {
      const apart =
        first.box.right < second.box.left ||
        second.box.right < first.box.left ||
        first.box.bottom < second.box.top ||
        second.box.bottom < first.box.top;
      if (!apart) problems.push(`${first.area} and ${second.area} overlap`);
    }
  });
  return problems;
}

/** The boxes of an sqref or ref attribute: "A1:B2 D4" is two. */
function areas(reference: string): { area: string; box: CellBox }[] {
  return reference
    .trim()
    .split(/\s+/)
    .map((area) => ({ area, box: parseRange(area) }));
}

function textLimits(where: string, text: string): string[] {
  const problems: string[] = [];
  if (text.length > EXCEL_LIMITS.cellCharacters) {
    problems.push(`${where} holds ${text.length} characters (Excel: ${EXCEL_LIMITS.cellCharacters})`);
  }
  const lineFeeds = (text.match(/\n/g) ?? []).length;
  if (lineFeeds > EXCEL_LIMITS.cellLineFeeds) {
    problems.push(`${where} holds ${lineFeeds} line feeds (Excel: ${EXCEL_LIMITS.cellLineFeeds})`);
  }
  return problems;
}

/** Every text of an element's <t> runs, as one string. */
function runsText(xml: string): string {
  return [...xml.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
    .map(([, text]) => unescapeXml(text ?? ""))
    .join("");
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await partText(zip, "xl/sharedStrings.xml")) ?? "";
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map(([, item]) =>
    runsText(item ?? ""),
  );
}

function sheetProblems(name: string, xml: string, strings: readonly string[]): string[] {
  const problems: string[] = [];
  const at = (what: string) => `"${name}"!${what}`;
  for (const [, attributes = ""] of xml.matchAll(/<(?:\w+:)?row\b([^>]*)>/g)) {
    const height = Number(/\sht="([\d.]+)"/.exec(attributes)?.[1] ?? 0);
    const row = /\sr="(\d+)"/.exec(attributes)?.[1];
    if (height > EXCEL_LIMITS.rowHeightPoints) {
      problems.push(`${at(`row ${row}`)} is ${height} pt tall (Excel: ${EXCEL_LIMITS.rowHeightPoints})`);
    }
  }
  for (const [, attributes = ""] of xml.matchAll(/<(?:\w+:)?col\b([^>]*)\/?>/g)) {
    const width = Number(/\swidth="([\d.]+)"/.exec(attributes)?.[1] ?? 0);
    if (width > EXCEL_LIMITS.columnWidthCharacters) {
      problems.push(`${at(`column ${/\smin="(\d+)"/.exec(attributes)?.[1]}`)} is ${width} wide`);
    }
  }
  for (const [, attributes = "", body = ""] of xml.matchAll(
    /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
  )) {
    const cell = at(/\sr="([A-Z]+\d+)"/.exec(attributes)?.[1] ?? "?");
    const type = /\st="(\w+)"/.exec(attributes)?.[1];
    const formula = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(body)?.[1];
    if (formula !== undefined && unescapeXml(formula).length + 1 > EXCEL_LIMITS.formulaCharacters) {
      problems.push(`${cell} has a formula of ${unescapeXml(formula).length + 1} characters`);
    }
    const value = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    const text =
      type === "inlineStr"
        ? runsText(body)
        : type === "s"
          ? strings[Number(value)]
          : type === "str" && value !== undefined
            ? unescapeXml(value)
            : undefined;
    if (text !== undefined) problems.push(...textLimits(cell, text));
  }
  const merges = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref="([^"]+)"/g)].flatMap(([, ref]) =>
    areas(ref ?? ""),
  );
  problems.push(...overlapping(merges).map((problem) => `${at("merged cells")} ${problem}`));
  const validated = [...xml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*\ssqref="([^"]+)"/g)].flatMap(
    ([, sqref]) => areas(sqref ?? ""),
  );
  problems.push(...overlapping(validated).map((problem) => `${at("drop-downs")} ${problem}`));
  return problems;
}

/** Every way the .xlsx `bytes` passes one of Excel's limits, in words; [] for a file Excel opens as it is. */
export async function excelLimitProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const workbookXml = (await partText(zip, await workbookPart(zip))) ?? "";
  const sheetNames = [...(await sheetParts(zip)).keys()];
  for (const name of sheetNames) {
    if (name.length > EXCEL_LIMITS.sheetNameCharacters || name === "" || SHEET_NAME_REFUSED.test(name)) {
      problems.push(`the sheet name "${name}" is not one Excel takes`);
    }
    if (name.toUpperCase() === "HISTORY") problems.push(`"History" is Excel's own sheet name`);
  }
  const definedNames = [...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>/g)].map(
    ([, attributes = ""]) => ({
      name: unescapeXml(/\sname="([^"]+)"/.exec(attributes)?.[1] ?? ""),
      workbookWide: !/\slocalSheetId=/.test(attributes),
    }),
  );
  for (const { name } of definedNames) {
    if (name.length > EXCEL_LIMITS.definedNameCharacters)
      problems.push(`the defined name "${name}" is too long`);
  }
  const tableNames: string[] = [];
  for (const part of Object.keys(zip.files).filter((path) => /^xl\/tables\/[^/]+\.xml$/.test(path))) {
    const name = /<(?:\w+:)?table\b[^>]*?\sname="([^"]*)"/.exec((await partText(zip, part)) ?? "")?.[1];
    if (name !== undefined) tableNames.push(unescapeXml(name));
  }
  // Tables and the workbook's names share one namespace, whatever the case.
  const names = [
    ...tableNames,
    ...definedNames.filter(({ workbookWide }) => workbookWide).map(({ name }) => name),
  ];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toUpperCase()))
      problems.push(`the name "${name}" is both a table's and another name's`);
    seen.add(name.toUpperCase());
  }
  const strings = await sharedStrings(zip);
  const parts = await sheetParts(zip);
  for (const name of sheetNames) {
    problems.push(...sheetProblems(name, (await partText(zip, parts.get(name) as string)) ?? "", strings));
  }
  return problems;
}
