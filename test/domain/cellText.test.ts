import { CELL_LINE_FEED_LIMIT, CELL_TEXT_LIMIT, withinCell } from "../../src/domain/cellText";
import { valuesAt } from "../../src/layout/blocks";

describe("a text as an Excel cell holds it", () => {
  it("keeps a text within Excel's limits as it is", () => {
    const text = `ประชุม\n${"ก".repeat(100)}`;
    expect(withinCell(text)).toBe(text);
  });

  it("keeps every word of a text of more lines than Excel shows, the lines past the 253rd joined by spaces", () => {
    const lines = Array.from({ length: 300 }, (_, index) => `บรรทัด ${index + 1}`);
    const bounded = withinCell(lines.join("\n"));
    expect(bounded.split("\n")).toHaveLength(CELL_LINE_FEED_LIMIT + 1);
    expect(bounded.replace(/\n/g, " ")).toBe(lines.join(" "));
  });

  it("ends a text longer than a cell takes with …, at Excel's 32,767 characters", () => {
    const bounded = withinCell("ข".repeat(CELL_TEXT_LIMIT + 500));
    expect(bounded).toHaveLength(CELL_TEXT_LIMIT);
    expect(bounded.endsWith("…")).toBe(true);
  });

  it("is what every value a plan writes goes through", () => {
    const [[text, number]] = valuesAt(1, 1, [["ค".repeat(CELL_TEXT_LIMIT + 1), 5]]).values as [
      [string, number],
    ];
    expect(text).toHaveLength(CELL_TEXT_LIMIT);
    expect(number).toBe(5);
  });
});
