import {
  findTrackingGrid,
  HEADER_SEARCH_ROWS,
  QUARTER_HEADERS,
  STATUS_HEADERS,
} from "../../src/domain/gridColumns";
import { SheetCells, type Cells } from "../../src/domain/sheetCells";
import { columnNumber } from "../../src/layout/a1";
import { GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { gridValues } from "../support/gridValues";

const grid = (values: Cells) => findTrackingGrid(new SheetCells(values));

/** Moves column `from` (1-based) to before column `to` in every row. */
function moveColumn(values: Cells, from: number, to: number): unknown[][] {
  return values.map((row) => {
    const line = [...row];
    const [cell] = line.splice(from - 1, 1);
    line.splice(to - 1, 0, cell);
    return line;
  });
}

const TEMPLATE = gridValues("IIT", []);

describe("findTrackingGrid", () => {
  it("finds every column of the standard grid by its header", () => {
    expect(grid(TEMPLATE)).toEqual({
      headerRow: GRID_HEADER_ROW,
      fields: {
        number: columnNumber("A"),
        indicator: columnNumber("B"),
        weakness: columnNumber("C"),
        measure: columnNumber("D"),
        steps: columnNumber("E"),
        responsible: columnNumber("F"),
        period: columnNumber("G"),
        summary: columnNumber("O"),
        score: columnNumber("S"),
        band: columnNumber("T"),
      },
      statuses: [
        { status: "notStarted", column: columnNumber("H") },
        { status: "inProgress", column: columnNumber("I") },
        { status: "done", column: columnNumber("J") },
      ],
      quarters: { 1: columnNumber("K"), 2: columnNumber("L"), 3: columnNumber("M"), 4: columnNumber("N") },
      // The number typed ahead, the looked-up score and band, and the marks do not make a row one with content.
      contentColumns: ["B", "C", "D", "E", "F", "G", "K", "L", "M", "N", "O", "P", "Q", "R"].map(
        columnNumber,
      ),
    });
    expect(TEMPLATE[GRID_HEADER_ROW - 1]).toEqual(
      expect.arrayContaining([...STATUS_HEADERS, ...QUARTER_HEADERS]),
    );
  });

  it("follows a column inserted before the statuses and a column moved to the end", () => {
    const inserted = TEMPLATE.map((row, index) => [
      ...row.slice(0, 3),
      index === GRID_HEADER_ROW - 1 ? "งบประมาณ" : "",
      ...row.slice(3),
    ]);
    const moved = moveColumn(inserted, columnNumber("H"), 22);
    const found = grid(moved);
    expect(found?.fields).toMatchObject({
      indicator: 2,
      weakness: 3,
      measure: 5,
      responsible: 7,
      period: 21,
    });
    expect(found?.statuses.map((status) => status.column)).toEqual([8, 9, 10]);
    expect(found?.contentColumns).toContain(4);
  });

  it("reads the statuses in whatever order they are put", () => {
    const swapped = moveColumn(TEMPLATE, columnNumber("J"), columnNumber("H"));
    expect(grid(swapped)?.statuses.map((status) => status.status)).toEqual([
      "done",
      "notStarted",
      "inProgress",
    ]);
  });

  it("finds the header row wherever titles push it, up to row HEADER_SEARCH_ROWS", () => {
    const header = TEMPLATE[GRID_HEADER_ROW - 1] as unknown[];
    const at = (row: number) => [...Array.from({ length: row - 1 }, () => ["หัวเรื่อง"]), header];
    expect(grid(at(1))?.headerRow).toBe(1);
    expect(grid(at(HEADER_SEARCH_ROWS))?.headerRow).toBe(HEADER_SEARCH_ROWS);
    expect(grid(at(HEADER_SEARCH_ROWS + 1))).toBeNull();
  });

  it("matches headers wrapped by hand, spaced, in Arabic digits or with pasted markup", () => {
    const found = grid([
      [
        "ตัวชี้วัด",
        "<p>ยังไม่ ดำเนินการ</p>",
        "อยู่ระหว่าง\nดำเนินการ",
        " ดำเนินการแล้ว\u200B ",
        "ไตรมาสที่ 2",
        "Q3",
        "ไตรมาส ๔ (ก.ค.-ก.ย.)",
      ],
    ]);
    expect(found?.statuses.map((status) => status.column)).toEqual([2, 3, 4]);
    expect(found?.quarters).toEqual({ 2: 5, 3: 6, 4: 7 });
  });

  it("reads the seeds' headers: a progress form and a two-row header over two status columns", () => {
    const progress2566 = grid([
      [
        "ตัวชี้วัดของการประเมิน ITA",
        "ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง",
        "ขั้นตอนหรือวิธีปฏิบัติ",
        "แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล",
        "ระยะเวลาดำเนินการ",
        ...STATUS_HEADERS,
        "การรายงานผลการดำเนินการ",
      ],
    ]);
    expect(progress2566?.fields).toEqual({
      indicator: 1,
      responsible: 2,
      steps: 3,
      monitoring: 4,
      period: 5,
      summary: 9,
    });

    const analysis2565 = grid([
      [
        "ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน จากการประเมิน",
        "แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ",
        "มาตรการ",
        "ผู้รับผิดชอบ",
        "การกำกับติดตาม รายงานความก้าวหน้าและ สรุปผล ณ สิ้นปีงบประมาณ",
        "",
      ],
      ["", "", "", "", "ดำเนินการแล้ว", "ยังไม่ดำเนินการ"],
    ]);
    expect(analysis2565).toMatchObject({
      headerRow: 2,
      fields: { weakness: 1, steps: 2, measure: 3, responsible: 4 },
      statuses: [
        { status: "done", column: 5 },
        { status: "notStarted", column: 6 },
      ],
    });
  });

  it("is null without at least two of the status headers in one row", () => {
    expect(grid([])).toBeNull();
    expect(grid([["ตัวชี้วัด", "ดำเนินการแล้ว"], ["ยังไม่ดำเนินการ"]])).toBeNull();
    expect(grid([["ดำเนินการแล้ว", "ดำเนินการแล้ว"]])).toBeNull();
    expect(grid([["ยังไม่ดำเนินการแล้ว", "ดำเนินการ"]])).toBeNull();
  });
});
