import fc from "fast-check";
import {
  boundingBox,
  cellAddress,
  columnLetter,
  columnNumber,
  parseRange,
  rangeAddress,
} from "../../src/layout/a1";

describe("column letters", () => {
  it.each([
    [1, "A"],
    [20, "T"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s", (number, letters) => {
    expect(columnLetter(number)).toBe(letters);
    expect(columnNumber(letters)).toBe(number);
  });

  it("go there and back for every column of a sheet (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16384 }),
        (number) => columnNumber(columnLetter(number)) === number,
      ),
    );
  });

  it("refuse columns a sheet does not have", () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
    expect(() => columnLetter(16385)).toThrow(RangeError);
    expect(() => columnNumber("A1")).toThrow(RangeError);
  });
});

describe("addresses", () => {
  it("write a cell relative or absolute, and a single-cell range as one cell", () => {
    expect(cellAddress(3, 2)).toBe("B3");
    expect(cellAddress(3, 2, true)).toBe("$B$3");
    expect(rangeAddress({ top: 5, left: 1, bottom: 10, right: 20 })).toBe("A5:T10");
    expect(rangeAddress({ top: 6, left: 3, bottom: 15, right: 3 }, true)).toBe("$C$6:$C$15");
    expect(rangeAddress({ top: 1, left: 1, bottom: 1, right: 1 })).toBe("A1");
  });

  it("read ranges back in any corner order, with or without $", () => {
    expect(parseRange("A5:T10")).toEqual({ top: 5, left: 1, bottom: 10, right: 20 });
    expect(parseRange("$T$10:$A$5")).toEqual({ top: 5, left: 1, bottom: 10, right: 20 });
    expect(parseRange("C7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
  });

  it.each(["", "A", "1", "A0", "A1:B2:C3", "Sheet1!A1", "A:C"])("refuse %j", (address) => {
    expect(() => parseRange(address)).toThrow(RangeError);
  });

  it("find the box that holds others", () => {
    expect(boundingBox([parseRange("B3:C4"), parseRange("A10"), parseRange("E1")])).toEqual(
      parseRange("A1:E10"),
    );
    expect(boundingBox([])).toBeUndefined();
  });
});
