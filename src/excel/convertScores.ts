// "Convert to numbers": the numbers the check read go into the cells it reported, in one write sync and
// without reading again; no other cell is touched.
import type { ScoreConversion } from "../layout/scoreConversions";
import { SCORE_FORMAT } from "../layout/styles";

/** Returns the number of cells written. */
export async function convertScores(
  context: Excel.RequestContext,
  conversions: readonly ScoreConversion[],
): Promise<number> {
  if (conversions.length === 0) return 0;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const { sheet, address, value } of conversions) {
    let worksheet = sheets.get(sheet);
    if (worksheet === undefined) {
      worksheet = context.workbook.worksheets.getItem(sheet);
      sheets.set(sheet, worksheet);
    }
    const cell = worksheet.getRange(address);
    // A cell formatted as text would keep even a number as text: the score sheet's own format first.
    cell.numberFormat = [[SCORE_FORMAT]];
    cell.values = [[value]];
  }
  await context.sync();
  return conversions.length;
}
