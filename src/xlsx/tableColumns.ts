// ExcelJS writes a table's columns as bare names: it cannot write the formula Excel fills into
// rows added to the table later, and it breaks a name with a line break (the XML attribute turns
// it into a space, so the name no longer matches its header cell and Excel repairs the file). Nor can
// it read a column that has such a formula: it loses that column and every one after it. So table
// parts are completed here after ExcelJS writes them, and read here and stripped before it reads them.

import JSZip from "jszip";
import { formulaBody, formulaWithEquals } from "./formula";
import { escapeXmlAttribute, escapeXmlText, unescapeXml } from "./xmlText";

export interface TableColumnsPart {
  readonly table: string;
  readonly columns: readonly { readonly name: string; readonly formula?: string }[];
  /** The range the table covers where it is not the one ExcelJS wrote: its rows' cells were written apart. */
  readonly ref?: string;
}

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;
const TABLE_NAME = /<table\b[^>]*?\sname="([^"]*)"/;
const TABLE_COLUMNS = /<tableColumns\b[^>]*>[\s\S]*?<\/tableColumns>/;
const TABLE_COLUMN = /<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g;
const CALCULATED = /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/;

/** Rewrites the columns of the named tables in a saved .xlsx. */
export async function completeTableColumns(
  file: Uint8Array,
  parts: readonly TableColumnsPart[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const byName = new Map(parts.map((part) => [part.table, part]));
  for (const path of Object.keys(zip.files).filter((name) => TABLE_PART.test(name))) {
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    const part = byName.get(unescapeXml(TABLE_NAME.exec(xml)?.[1] ?? ""));
    if (part === undefined) continue;
    const columns = xml.replace(TABLE_COLUMNS, tableColumnsXml(part));
    zip.file(path, part.ref === undefined ? columns : withRef(columns, part.ref));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The table's range, and its filter's, which covers the same cells. */
function withRef(xml: string, ref: string): string {
  return xml.replace(/(<(?:table|autoFilter)\b[^>]*?\sref=")[^"]*"/g, `$1${ref}"`);
}

function tableColumnsXml(part: TableColumnsPart): string {
  const columns = part.columns.map(({ name, formula }, index) => {
    const open = `<tableColumn id="${index + 1}" name="${escapeXmlAttribute(name)}"`;
    return formula === undefined
      ? `${open}/>`
      : `${open}><calculatedColumnFormula>${escapeXmlText(formulaBody(formula))}</calculatedColumnFormula></tableColumn>`;
  });
  return `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>`;
}

/** The file with every table column reduced to its name, as ExcelJS can read it. */
export async function withBareTableColumns(zip: JSZip): Promise<Uint8Array> {
  for (const path of Object.keys(zip.files).filter((name) => TABLE_PART.test(name))) {
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    zip.file(
      path,
      xml.replace(TABLE_COLUMN, (_, attributes: string) => `<tableColumn${attributes}/>`),
    );
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** Every table's columns in a file, with formulas ("=…") where a column has one. */
export async function readTableColumns(zip: JSZip): Promise<TableColumnsPart[]> {
  const parts: TableColumnsPart[] = [];
  for (const path of Object.keys(zip.files).filter((name) => TABLE_PART.test(name))) {
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    const columns = [...xml.matchAll(TABLE_COLUMN)].map(([, attributes = "", body = ""]) => {
      const formula = CALCULATED.exec(body)?.[1];
      return {
        name: unescapeXml(/\sname="([^"]*)"/.exec(attributes)?.[1] ?? ""),
        ...(formula !== undefined && { formula: formulaWithEquals(unescapeXml(formula)) }),
      };
    });
    parts.push({ table: unescapeXml(TABLE_NAME.exec(xml)?.[1] ?? ""), columns });
  }
  return parts;
}
