import { changesCells, OwnedCells } from "../../src/layout/ownedCells";

describe("the cells of an existing sheet that are ours", () => {
  const owned = new OwnedCells([
    { address: "A1:C1", values: [["a", "b", "c"]] },
    {
      address: "A2:B3",
      values: [
        ["x", "y"],
        ["z", "w"],
      ],
    },
    { address: "E2", formulas: [["=1"]] },
  ]);

  test("a block inside them is kept whole", () => {
    expect(owned.within("A2:B3")).toEqual(["A2:B3"]);
  });

  test("a block over them and other cells keeps only the owned rectangles", () => {
    expect(owned.within("A1:E3")).toEqual(["A1:C1", "A2:B3", "E2"]);
  });

  test("a block over none of them keeps nothing", () => {
    expect(owned.within("D1:D9")).toEqual([]);
  });

  test("runs that change width start a new rectangle", () => {
    const stairs = new OwnedCells([
      { address: "A1:C1", values: [["", "", ""]] },
      { address: "A2", values: [[""]] },
    ]);
    expect(stairs.within("A1:C2")).toEqual(["A1:C1", "A2"]);
  });
});

describe("whether a repair changes something", () => {
  const writes = [{ address: "B2:C2", values: [["x", "y"]] }];

  test("a write over an empty cell does", () => {
    expect(changesCells(writes, { formulas: [[], ["", "x", ""]] })).toBe(true);
    expect(changesCells(writes, { formulas: [] })).toBe(true);
  });

  test("writes over cells that already hold our content do not", () => {
    expect(changesCells(writes, { formulas: [[], ["", "x", "y"]] })).toBe(false);
  });

  test("a write over what an earlier version wrote there does", () => {
    expect(changesCells(writes, { formulas: [[], ["", "x", "old y"]] })).toBe(true);
  });
});
