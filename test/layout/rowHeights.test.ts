import { valuesAt } from "../../src/layout/blocks";
import type { SheetPlan } from "../../src/layout/plan";
import { fittedRowHeights } from "../../src/layout/rowHeights";
import { rowHeightOfLines } from "../../src/layout/textMetrics";
import { GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { settings2568, standardPlans } from "../support/gridValues";

const BODY = { name: "TH SarabunPSK", size: 14 };
const LONG = "จัดทำคำสั่งมอบหมายงานในหน้าที่ภายในหน่วยงานให้เหมาะสม เป็นธรรม และเป็นไปตามมาตรฐานกำหนดตำแหน่ง";

function sheet(overrides: Partial<Omit<SheetPlan, "rowHeights">>): Omit<SheetPlan, "rowHeights"> {
  return {
    role: "summary",
    name: "S",
    visibility: "Visible",
    baseFont: BODY,
    content: [],
    formats: [],
    merges: [],
    columnWidths: [
      { column: "A", width: 10 },
      { column: "B", width: 10 },
    ],
    validations: [],
    conditionalFormats: [],
    ...overrides,
  };
}

const heightOf = (plan: Omit<SheetPlan, "rowHeights">, row: number) =>
  fittedRowHeights(plan).find((each) => each.row === row)?.height;

describe("row heights fitted to a plan's text", () => {
  it("gives a row of one short text one line of its font", () => {
    const plan = sheet({ content: [valuesAt(1, 1, [["ลำดับ"]])] });
    expect(heightOf(plan, 1)).toBe(rowHeightOfLines(1, { font: BODY.name, size: BODY.size, bold: false }));
  });

  it("sizes a row to its tallest cell, wrapped text taller than text left on one line", () => {
    const wrapped = sheet({
      content: [valuesAt(1, 1, [[LONG, "สั้น"]])],
      formats: [{ address: "A1:B1", format: { wrapText: true } }],
    });
    const unwrapped = sheet({ content: [valuesAt(1, 1, [[LONG, "สั้น"]])] });
    expect(heightOf(wrapped, 1)).toBeGreaterThan(heightOf(unwrapped, 1) as number);
  });

  it("wraps merged text across the width of all its columns", () => {
    const format = { wrapText: true };
    const alone = sheet({ content: [valuesAt(1, 1, [[LONG]])], formats: [{ address: "A1", format }] });
    const merged = sheet({ ...alone, merges: ["A1:B1"] });
    expect(heightOf(merged, 1)).toBeLessThan(heightOf(alone, 1) as number);
  });

  it("follows a block's larger font", () => {
    const plain = sheet({ content: [valuesAt(1, 1, [["ชื่อ"]])] });
    const title = sheet({
      ...plain,
      formats: [{ address: "A1", format: { font: { size: 18, bold: true } } }],
    });
    expect(heightOf(title, 1)).toBeGreaterThan(heightOf(plain, 1) as number);
  });

  it("sizes every row of a grid's titles and headers, and leaves its table's rows to grow as typed", () => {
    const grid = standardPlans(settings2568({ agency: "เทศบาลตำบลคลองพน" }))["grid-IIT"];
    const sized = grid.rowHeights.map(({ row }) => row);
    expect(sized).toEqual(Array.from({ length: GRID_HEADER_ROW }, (_, index) => index + 1));
  });

  it("sizes every row the score sheet writes", () => {
    const scores = standardPlans().scores;
    const written = new Set(
      scores.content.flatMap((block) => {
        const [, first, last = first] = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(block.address) ?? [];
        return Array.from({ length: Number(last) - Number(first) + 1 }, (_, index) => Number(first) + index);
      }),
    );
    expect(scores.rowHeights.map(({ row }) => row)).toEqual([...written].sort((a, b) => a - b));
  });
});
