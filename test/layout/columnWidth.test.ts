import { columnWidthPoints } from "../../src/layout/columnWidth";

describe("column widths from characters to points", () => {
  test.each([
    [8.43, 48],
    [10, 56.25],
    [20, 108.75],
    [6, 35.25],
    [38, 203.25],
  ])("%d characters are %d points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });

  test("a zero width hides the column", () => {
    expect(columnWidthPoints(0)).toBe(0);
  });
});
