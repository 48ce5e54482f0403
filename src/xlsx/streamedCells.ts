// The cells of our own sheets, streamed into a package ExcelJS wrote without them. ExcelJS lays out each
// sheet's frame (widths, merges, drop-downs, live colours, table, print settings, chart); the rows are
// written here as XML and deflated as they are made, so that a sheet of thousands of units never stands
// whole in memory, as cells or as text.
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { planExtent } from "../layout/repair";
import type { SheetPlan } from "../layout/plan";
import { CellFormats } from "./cellFormats";
import { relationshipsIn, relationshipsPart, sheetsIn } from "./packageXml";
import { sheetRows } from "./sheetRows";

const SHEET_DATA = /<sheetData\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetData>)/;
const DIMENSION = /<dimension\b[^>]*?\/>/;
/** Rows are deflated in pieces of about this many characters: whole blocks for deflate, none of them large. */
const CHUNK_CHARACTERS = 1 << 16;

/** The .xlsx `frame`, each plan's sheet holding the plan's cells in place of whatever cells it had. */
export function withPlannedCells(frame: Uint8Array, plans: readonly SheetPlan[]): Uint8Array {
  const parts = unzipSync(frame);
  const text = (name: string) => strFromU8(parts[name] ?? new Uint8Array());
  const workbook = relationshipsIn(text("_rels/.rels"), "").find(({ kind }) => kind === "officeDocument");
  if (workbook === undefined) throw new Error("the written workbook has no workbook part");
  const related = relationshipsIn(text(relationshipsPart(workbook.target)), workbook.target);
  const stylesPart = related.find(({ kind }) => kind === "styles")?.target;
  if (stylesPart === undefined) throw new Error("the written workbook has no styles part");
  const partOf = new Map(sheetsIn(text(workbook.target), related).map(({ name, part }) => [name, part]));
  const planOf = new Map(
    plans.map((plan) => {
      const part = partOf.get(plan.name);
      if (part === undefined) throw new Error(`the written workbook has no sheet "${plan.name}"`);
      return [part, plan] as const;
    }),
  );

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const formats = new CellFormats(text(stylesPart));
  for (const [name, bytes] of Object.entries(parts)) {
    if (name === stylesPart) continue;
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    const plan = planOf.get(name);
    if (plan === undefined) {
      file.push(bytes, true);
      continue;
    }
    const xml = text(name).replace(DIMENSION, `<dimension ref="${planExtent(plan)}"/>`);
    const at = SHEET_DATA.exec(xml);
    if (at === null) throw new Error(`the written sheet "${plan.name}" has no sheetData`);
    file.push(strToU8(`${xml.slice(0, at.index)}<sheetData>`));
    let rows = "";
    for (const row of sheetRows(plan, formats)) {
      rows += row;
      if (rows.length >= CHUNK_CHARACTERS) {
        file.push(strToU8(rows));
        rows = "";
      }
    }
    file.push(strToU8(`${rows}</sheetData>${xml.slice(at.index + at[0].length)}`), true);
  }
  // The styles go last: only once every row is written is every cell format known.
  const styles = new ZipDeflate(stylesPart, { level: 6 });
  zip.add(styles);
  styles.push(strToU8(formats.xml()), true);
  zip.end();

  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
