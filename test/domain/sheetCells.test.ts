import { cellText, isBlankCell } from "../../src/domain/cellText";
import { toolNamedIn } from "../../src/domain/gridTool";
import { SheetCells } from "../../src/domain/sheetCells";

describe("SheetCells", () => {
  const cells = new SheetCells(
    [
      ["a", "b", "c"],
      ["", "", ""],
      ["", "x"],
    ],
    [
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      // Reaching past the values: cut to them.
      { top: 3, left: 2, bottom: 900, right: 900 },
    ],
  );

  it("is 1-based and reads what each cell holds", () => {
    expect([cells.rowCount, cells.columnCount]).toEqual([3, 3]);
    expect(cells.own(1, 2)).toBe("b");
    expect(cells.own(2, 1)).toBe("");
    expect(cells.own(4, 1)).toBeUndefined();
  });

  it("shows a merged area's value in every cell it covers", () => {
    expect(cells.shown(3, 1)).toBe("a");
    expect(cells.shown(1, 3)).toBe("b");
    expect(cells.shown(3, 3)).toBe("x");
    expect(cells.shown(2, 2)).toBe("");
  });

  it("tells a cell that continues a merge from a row above from one that starts or widens it", () => {
    expect(cells.continuesAbove(2, 1)).toBe(true);
    expect(cells.continuesAbove(1, 1)).toBe(false);
    expect(cells.continuesAbove(1, 3)).toBe(false);
    expect(cells.continuesAbove(2, 2)).toBe(false);
  });
});

describe("cellText and isBlankCell", () => {
  it.each<[unknown, string, boolean]>([
    ["<p>ต.ค.๒๕๖๕</p>", "ต.ค.๒๕๖๕", false],
    ["<p></p> &nbsp;\u200B", "", true],
    ["a < b > c", "a < b > c", false],
    [94.7, "94.7", false],
    [0, "0", false],
    [true, "", false],
    [false, "", true],
    [null, "", true],
    [undefined, "", true],
    [Number.NaN, "", true],
  ])("%p reads as %p", (value, text, blank) => {
    expect(cellText(value)).toBe(text);
    expect(isBlankCell(value)).toBe(blank);
  });
});

describe("toolNamedIn", () => {
  it.each<[string[], string | null]>([
    [["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน IIT"], "IIT"],
    [["ตารางผลการประเมิน (EIT) ประจำปี", "ปีงบประมาณ พ.ศ. ๒๕๖๕"], "EIT"],
    [["ติดตามOIT"], "OIT"],
    [["IIT", "EIT"], null],
    [["EDIT", "OITs"], null],
    [[], null],
  ])("%p names %p", (texts, tool) => {
    expect(toolNamedIn(texts)).toBe(tool);
  });
});
