import { readFile } from "fs/promises";
import JSZip from "jszip";
import { Workbook, type Worksheet } from "exceljs";
import { tableStylesOf } from "./excelJsInternals";
import { readTableColumns, withBareTableColumns, type TableColumnsPart } from "./tableColumns";

/**
 * Opens an .xlsx (its bytes or its path) with ExcelJS. The tables' columns, which ExcelJS cannot read
 * when one has a calculated formula, are read apart: `workbookBuffer` needs them to save the tables
 * whole again.
 */
export async function loadWorkbook(
  source: Uint8Array | string,
): Promise<{ workbook: Workbook; tables: TableColumnsPart[] }> {
  const zip = await JSZip.loadAsync(typeof source === "string" ? await readFile(source) : source);
  const tables = await readTableColumns(zip);
  const workbook = new Workbook();
  await workbook.xlsx.load((await withBareTableColumns(zip)) as unknown as ArrayBuffer);
  workbook.worksheets.forEach(giveUnstyledTablesNoStyle);
  return { workbook, tables };
}

/**
 * LibreOffice saves a table without <tableStyleInfo>, which ExcelJS reads as a null style and then fails
 * to save. "No style", said in so many words, is the same table.
 */
function giveUnstyledTablesNoStyle(sheet: Worksheet): void {
  for (const table of tableStylesOf(sheet)) {
    table.style ??= {
      theme: null,
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: false,
      showColumnStripes: false,
    };
  }
}
