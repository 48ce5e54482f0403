// The floor consolidation is timed against: each unit file of a folder read, the parts a consolidation
// reads unzipped (the package's and the workbook's lists, the shared strings, every sheet) and parsed
// into cells, and nothing more. Run as its own process: node consolidationFloor.js <folder>.
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { sharedStringsIn, sheetCellsIn } from "../src/xlsx/sheetXml";

const folder = process.argv[2] ?? ".";
const decoder = new TextDecoder();
let cells = 0;
for (const name of readdirSync(folder).filter((file) => file.endsWith(".xlsx"))) {
  const parts = unzipSync(readFileSync(path.join(folder, name)), {
    filter: ({ name: part }) =>
      part.endsWith(".rels") || /^xl\/(workbook|sharedStrings|worksheets\/[^/]+)\.xml$/.test(part),
  });
  const strings = sharedStringsIn(decoder.decode(parts["xl/sharedStrings.xml"] ?? new Uint8Array()));
  for (const [part, bytes] of Object.entries(parts)) {
    if (part.startsWith("xl/worksheets/"))
      cells += sheetCellsIn(decoder.decode(bytes), strings).values.length;
  }
}
process.stdout.write(`${cells}\n`);
