import { createFakeExcel } from ".";

type Context = Excel.RequestContext;

async function readGrid(context: Context): Promise<unknown[][]> {
  const used = context.workbook.worksheets.getItem("Plan").getUsedRange().load("values");
  await context.sync();
  return used.values;
}

async function writeRows(context: Context, rows: string[][]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem("Plan");
  const range = sheet.getRangeByIndexes(1, 0, rows.length, 2);
  range.values = rows;
  range.format.font.name = "TH Sarabun New";
  await context.sync();
}

function rows(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => [`O${index + 1}`, "✓"]);
}

describe("counting syncs and operations", () => {
  test("a read then a write is one read sync and one write sync, with every operation counted", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [["Item", "Status"]] } });
    await readGrid(fake.context);
    await writeRows(fake.context, rows(3));
    expect(fake.stats.syncs).toBe(2);
    // read: getItem, getUsedRange, load. write: getItem, getRangeByIndexes, values, font.name
    expect(fake.stats.operationsPerSync).toEqual([3, 4]);
    expect(fake.stats.queuedOperations).toBe(7);
  });

  test("RIGHT: writing a whole 2-D array, operations do not grow with the rows", async () => {
    const few = createFakeExcel({ sheets: { Plan: [] } });
    const many = createFakeExcel({ sheets: { Plan: [] } });
    await writeRows(few.context, rows(2));
    await writeRows(many.context, rows(500));
    expect(many.stats.queuedOperations).toBe(few.stats.queuedOperations);
    expect(many.sheet("Plan").values("A501:B501")).toEqual([["O500", "✓"]]);
  });

  test("WRONG: writing cell by cell, operations grow with the rows", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Plan");
    rows(50).forEach((row, index) => (sheet.getRange(`A${index + 2}:B${index + 2}`).values = [row]));
    await fake.context.sync();
    expect(fake.stats.queuedOperations).toBe(1 + 50 * 2);
  });

  test("WRONG: syncing inside a loop shows as one sync per row", async () => {
    const fake = createFakeExcel({ sheets: { Plan: [] } });
    const sheet = fake.context.workbook.worksheets.getItem("Plan");
    for (const [index, row] of rows(5).entries()) {
      sheet.getRange(`A${index + 1}:B${index + 1}`).values = [row];
      await fake.context.sync();
    }
    expect(fake.stats.syncs).toBe(5);
    expect(fake.stats.operationsPerSync).toEqual([3, 2, 2, 2, 2]);
  });

  test("navigation properties cost nothing; loads, writes and method calls cost one each", () => {
    const fake = createFakeExcel();
    const range = fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(fake.stats.queuedOperations).toBe(2);
    range.format.font.load("bold");
    range.format.font.bold = true;
    range.select();
    expect(fake.stats.queuedOperations).toBe(5);
    expect(fake.stats.pendingOperations).toBe(5);
  });

  test("resetStats starts the counts again; a sync with nothing queued still counts as a sync", async () => {
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.getItem("Sheet1").load("name");
    await fake.context.sync();
    fake.resetStats();
    expect([fake.stats.syncs, fake.stats.queuedOperations, fake.stats.operationsPerSync]).toEqual([0, 0, []]);
    await fake.context.sync();
    expect(fake.stats.operationsPerSync).toEqual([0]);
  });

  test("tracked objects are counted, and each add or remove is an operation", async () => {
    const fake = createFakeExcel();
    const range = fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    fake.context.trackedObjects.add(range);
    expect(fake.stats.trackedObjects).toBe(1);
    range.untrack();
    expect(fake.stats.trackedObjects).toBe(0);
    expect(fake.stats.queuedOperations).toBe(4);
  });

  test("sync passes its argument through, as Office's does", async () => {
    const fake = createFakeExcel();
    await expect(fake.context.sync("done")).resolves.toBe("done");
  });
});
