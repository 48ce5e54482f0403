import { joinAdjacentFormats } from "../../src/excel/cellWrites";

const text = { wrapText: true, borders: true } as const;
const centred = { horizontalAlignment: "Center", borders: true } as const;

describe("joining format blocks", () => {
  test("neighbours in the list with one format that make a rectangle become one block", () => {
    expect(
      joinAdjacentFormats([
        { address: "C6:C10", format: text },
        { address: "D6:D10", format: { wrapText: true, borders: true } },
        { address: "E6:E10", format: text },
        { address: "F6:F10", format: centred },
        { address: "A11:F11", format: centred },
      ]),
    ).toEqual([
      { address: "C6:E10", format: text },
      { address: "F6:F10", format: centred },
      { address: "A11:F11", format: centred },
    ]);
  });

  test("blocks are not joined across one in between, so later blocks still override earlier ones", () => {
    const blocks = [
      { address: "A1:B1", format: text },
      { address: "B1", format: centred },
      { address: "C1", format: text },
    ];
    expect(joinAdjacentFormats(blocks)).toEqual(blocks);
  });

  test("stacked blocks of one width join too", () => {
    expect(
      joinAdjacentFormats([
        { address: "A1:B1", format: text },
        { address: "A2:B3", format: text },
      ]),
    ).toEqual([{ address: "A1:B3", format: text }]);
  });
});
