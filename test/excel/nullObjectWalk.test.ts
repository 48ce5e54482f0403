// The one-sync sheet walk calls methods on the null objects past the last sheet. Excel is believed to let
// them do nothing (real-excel-answers 32/47), but it is not documented: on a host that refuses them, every
// read falls back to learning the sheets' names first, and every action still works.
import { checkItaWorkbook } from "../../src/excel/checkItaWorkbook";
import { readWorkbookSettings } from "../../src/excel/readSettings";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { insert, TODAY, workbookView } from "./insertFixture";

/** The same inserted workbook on Excel as it is believed to be, and on a host that refuses such calls. */
async function bothHosts(): Promise<{ lenient: FakeExcel; strict: FakeExcel }> {
  const lenient = createFakeExcel();
  const strict = createFakeExcel({ rejectCallsOnNullObjects: true });
  await insert(lenient);
  await insert(strict);
  lenient.resetStats();
  strict.resetStats();
  return { lenient, strict };
}

describe("a host that refuses calls on null objects", () => {
  test("inserts the sheets, and inserts again over them, as Excel does", async () => {
    const lenient = createFakeExcel();
    const strict = createFakeExcel({ rejectCallsOnNullObjects: true });
    await expect(insert(strict)).resolves.toEqual(await insert(lenient));
    // The walk refused, then the names, then the sheets: one read more than the two syncs, and the write.
    expect(strict.stats.syncs).toBe(lenient.stats.syncs + 2);
    expect(workbookView(strict)).toEqual(workbookView(lenient));

    await expect(insert(strict)).resolves.toEqual(await insert(lenient));
    expect(workbookView(strict)).toEqual(workbookView(lenient));
    expect(strict.stats.pendingOperations).toBe(0);
  });

  test("checks as Excel does", async () => {
    const { lenient, strict } = await bothHosts();
    await expect(checkItaWorkbook(strict.context, strict.isSetSupported, TODAY)).resolves.toEqual(
      await checkItaWorkbook(lenient.context, lenient.isSetSupported, TODAY),
    );
    expect({ lenient: lenient.stats.syncs, strict: strict.stats.syncs }).toEqual({ lenient: 1, strict: 3 });
  });

  test("summarises as Excel does", async () => {
    const { lenient, strict } = await bothHosts();
    await expect(summariseItaWorkbook(strict.context, strict.isSetSupported, TODAY)).resolves.toEqual(
      await summariseItaWorkbook(lenient.context, lenient.isSetSupported, TODAY),
    );
    expect(workbookView(strict)).toEqual(workbookView(lenient));
  });

  test("reads the settings as Excel does", async () => {
    const { lenient, strict } = await bothHosts();
    const reading = await readWorkbookSettings(strict.context, strict.isSetSupported, TODAY);
    expect(reading).toEqual(await readWorkbookSettings(lenient.context, lenient.isSetSupported, TODAY));
    expect(reading).not.toBeNull();
  });

  test("a cell being edited fails the walk's sync without a second try", async () => {
    const { strict } = await bothHosts();
    const code = "InvalidOperationInCellEditMode";
    const sync = jest
      .spyOn(strict.context, "sync")
      .mockRejectedValueOnce(Object.assign(new Error(code), { code }));
    await expect(checkItaWorkbook(strict.context, strict.isSetSupported, TODAY)).rejects.toMatchObject({
      code,
    });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
