/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these tests run wrong programs on purpose; the fake must judge them, not the linter */
import { createFakeExcel } from ".";

describe("manual page breaks", () => {
  test("RIGHT: breaks above a row and left of a column, each once, removed together", async () => {
    const fake = createFakeExcel({ sheets: { Grid: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Grid");
    sheet.horizontalPageBreaks.add("A40");
    sheet.horizontalPageBreaks.add("C40:D41");
    sheet.verticalPageBreaks.add(sheet.getRange("K1"));
    await fake.context.sync();
    expect(fake.sheet("Grid").pageBreaks).toEqual({ rows: [39], columns: [10] });
    sheet.horizontalPageBreaks.removePageBreaks();
    await fake.context.sync();
    expect(fake.sheet("Grid").pageBreaks).toEqual({ rows: [], columns: [10] });
  });

  test("WRONG: a host before ExcelApi 1.9 has no page breaks: Office.js refuses at the call", () => {
    const fake = createFakeExcel({ apiVersion: "1.8", sheets: { Grid: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Grid");
    expect(() => sheet.verticalPageBreaks).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
});
