import { contentValues, formulasAt, valuesAt } from "../../src/layout/blocks";
import { SheetMark } from "../../src/layout/sheetMark";

const MARK = new SheetMark("itaTrackerTest", "E");

describe("SheetMark", () => {
  const content = [
    valuesAt(1, 1, [["หน่วยงาน", "คะแนน"]]),
    valuesAt(2, 1, [["อบต.หนึ่ง"]]),
    formulasAt(2, 2, [["=1+1"]]),
  ];
  const written = contentValues([...content, MARK.block(content)]);
  /** The sheet as a read gives it once calculated: the formula's cell shows its result. */
  const calculated = written.map((row, index) => (index === 1 ? ["อบต.หนึ่ง", 2, ...row.slice(2)] : row));

  it("stores the areas of the formulas under the fingerprint, and a sheet without any has none", () => {
    expect(written.map((row) => row[4])).toEqual(["itaTrackerTest", expect.any(String), "B2"]);
    const plain = [valuesAt(1, 1, [["x"]])];
    expect(contentValues([MARK.block(plain)]).map((row) => row[4])).toEqual([
      "itaTrackerTest",
      expect.any(String),
    ]);
  });

  it("knows a sheet left as written even where its formulas show their results", () => {
    expect(MARK.isOn(calculated)).toBe(true);
    expect(MARK.isUntouched(calculated)).toBe(true);
  });

  it("knows a sheet someone typed in, anywhere but the formulas' cells", () => {
    const typed = calculated.map((row, index) => (index === 1 ? ["อบต.สอง", ...row.slice(1)] : row));
    expect(MARK.isUntouched(typed)).toBe(false);
    const beside = calculated.map((row, index) => (index === 2 ? ["", "", "", "", "", "โน้ต"] : row));
    expect(MARK.isUntouched(beside)).toBe(false);
  });
});
