import { literalInput, needsTextPrefix } from "../../src/excel/cellInput";
import { createFakeExcel } from "../support/fakeExcel";

describe("text that Excel would read as something else gets its text prefix", () => {
  test.each([
    "=1+1",
    "+66 81 234 5678",
    "- ทำแผนแล้ว",
    "@home",
    "#N/A",
    "'quoted",
    "2568",
    "0812345678",
    "1/10/2567",
    "12:30",
    "85%",
    "TRUE",
    "false",
  ])("%j", (text) => {
    expect(needsTextPrefix(text)).toBe(true);
    expect(literalInput(text)).toBe(`'${text}`);
  });

  test.each(["องค์การบริหารส่วนตำบลมะเฟือง", "ปีงบประมาณ พ.ศ. ๒๕๖๘", "ITA 2568", "O1", "✓", ""])(
    "not %j",
    (text) => {
      expect(literalInput(text)).toBe(text);
    },
  );

  test("numbers, booleans and null pass as they are", () => {
    expect([literalInput(94.7), literalInput(true), literalInput(null)]).toEqual([94.7, true, null]);
  });

  test("written through the fake, every one of them is stored as the text itself", async () => {
    const texts = ["=1+1", "+66 81 234 5678", "- ทำแผนแล้ว", "@home", "'quoted", "0812345678", "TRUE"];
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
