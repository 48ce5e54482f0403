import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { literalInput } from "../../src/excel/cellInput";
import { readWorkbookSettings } from "../../src/excel/readSettings";
import { saveSettings } from "../../src/excel/saveSettings";
import { summariseItaWorkbook } from "../../src/excel/summariseItaWorkbook";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { measureRow, typeIntoExcel } from "../hostile/hostileContent";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { insert, TODAY } from "./insertFixture";

/** Text that Excel would run, or read as a number, a boolean, a date or a time. */
const READ_AS_SOMETHING_ELSE = [
  "=1+1",
  "+66 81 234 5678",
  "- ทำแผนแล้ว",
  "@home",
  "#N/A",
  "'quoted",
  "0812345678",
  "TRUE",
  "1/10/2567",
  "12:30",
];
/** Text that Excel reads as a date or a time, which no pattern of ours caught. */
const READ_AS_DATE_OR_TIME = ["2568-10-01", "1-2", "10:30 AM", "1/2567"];

describe("every text is written with Excel's text prefix", () => {
  test.each([...READ_AS_SOMETHING_ELSE, ...READ_AS_DATE_OR_TIME, "องค์การบริหารส่วนตำบลมะเฟือง", "O1", "✓"])(
    "%j",
    (text) => {
      expect(literalInput(text)).toBe(`'${text}`);
    },
  );

  test('numbers, booleans, null and "" pass as they are', () => {
    expect([literalInput(94.7), literalInput(true), literalInput(null), literalInput("")]).toEqual([
      94.7,
      true,
      null,
      "",
    ]);
  });

  test("written through the fake, every one of them is stored as the text itself", async () => {
    const texts = [...READ_AS_SOMETHING_ELSE, ...READ_AS_DATE_OR_TIME];
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${texts.length}`).values = texts.map(
      (text) => [literalInput(text)],
    );
    await fake.context.sync();
    texts.forEach((text, index) =>
      expect(fake.sheet("Sheet1").cell(`A${index + 1}`)).toMatchObject({ value: text, formula: null }),
    );
  });
});

describe.each(READ_AS_DATE_OR_TIME)("user text %j stays text", (text) => {
  const read = (fake: FakeExcel) => readWorkbookSettings(fake.context, fake.isSetSupported, TODAY);

  test("as the agency's name, on the titles and in the settings", async () => {
    const fake = createFakeExcel();
    await insert(fake, { agency: text });
    expect(fake.sheet(DEFAULT_SHEET_NAMES.scores).cell("A2").value).toBe(text);
    expect((await read(fake))?.settings.agency).toBe(text);
  });

  test("as the document font, inserted", async () => {
    const fake = createFakeExcel();
    await insert(fake, { documentFont: text });
    expect(await read(fake)).toMatchObject({ settings: { documentFont: text }, problems: [] });
  });

  test("as the document font, saved", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const thresholds = { pass: 80, strength: 88.5, excellence: 93 };
    await saveSettings(fake.context, fake.isSetSupported, TODAY, {
      thresholds,
      bandNames: DEFAULT_BAND_NAMES,
      documentFont: text,
      digitStyle: "arabic",
    });
    expect(await read(fake)).toMatchObject({ settings: { documentFont: text }, problems: [] });
  });

  test("as a measure and its unit on the summary sheet, and an ISO period", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    // Typed behind an apostrophe, as Excel keeps it text; the period has ended, so the row is listed.
    await typeIntoExcel(fake, {
      grid: measureRow(GRID_FIRST_DATA_ROW, {
        "มาตรการ/กิจกรรม": text,
        ผู้รับผิดชอบ: text,
        ระยะเวลาดำเนินการ: "2568-10-01",
      }),
    });
    const { summary } = await summariseItaWorkbook(fake.context, fake.isSetSupported, TODAY);
    expect(summary.overdue).toHaveLength(1);
    const row = fake
      .sheet(SUMMARY_SHEET_NAME)
      .values("A1:F400")
      .find((cells) => cells.includes("2568-10-01"));
    expect(row?.slice(1, 4)).toEqual([text, text, "2568-10-01"]);
  });
});
