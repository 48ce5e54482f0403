import { carryOitRegister } from "../../src/domain/oitCarry";
import { catalogueFor, mapCatalogue } from "../../src/domain/oitCatalogue";
import { UNNAMED_ITEM_NOTE } from "../../src/domain/oitRegister";
import { columnNumber, parseRange } from "../../src/layout/a1";
import { contentValues } from "../../src/layout/blocks";
import { oitRegisterPlan, readOitRegister, REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import type { CellValue, SheetPlan } from "../../src/layout/plan";
import { repairWrites } from "../../src/layout/repair";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { DEFAULT_NAMES, frameworkOf, settingsFor, sheetOf } from "./fixtures";

const FIRST_ROW = REGISTER_HEADER_ROW + 1;

function register(fiscalYear: number, digitStyle: "thai" | "arabic" = "thai"): SheetPlan {
  return sheetOf(workbookPlan(settingsFor(fiscalYear, { digitStyle }), DEFAULT_NAMES), "oit-register");
}

/** The sheet as a read gives it back once the plan is written. */
function cellsOf(plan: SheetPlan): CellValue[][] {
  return contentValues(plan.content);
}

/** Types `value` into the cell at a column letter of a 1-based row, as a user would. */
function type(cells: CellValue[][], row: number, letter: string, value: CellValue): void {
  (cells[row - 1] ??= [])[columnNumber(letter) - 1] = value;
}

describe("the OIT register's plan", () => {
  test("lists 2569's 26 items in order, each with its code, name, needed period and key", () => {
    const plan = register(2569);
    const cells = cellsOf(plan);
    const rows = readOitRegister(cells)?.rows ?? [];
    expect(rows.map((row) => row.code)).toEqual(catalogueFor(2569).items.map((item) => item.code));
    expect(rows[15]).toMatchObject({
      row: FIRST_ROW + 15,
      code: "O16",
      key: "complaint-guideline",
      requirement: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      unit: "",
      urls: [],
      status: null,
    });
    // O12 needs the report of the year before, in the workbook's digits.
    expect(cells[FIRST_ROW + 11 - 1]?.[3]).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(cellsOf(register(2569, "arabic"))[FIRST_ROW + 10 - 1]?.[3]).toBe("ปีงบประมาณ พ.ศ. 2569");
    expect(plan.table).toEqual({ name: "ITA_OIT_Register", address: "A5:K31", calculatedColumns: [] });
    expect(plan.columnWidths.at(-1)).toEqual({ column: "K", width: 0 });
    expect(plan.print).toMatchObject({ orientation: "Landscape", paper: "A4", fitToOnePageWide: true });
    expect(plan.validations).toEqual([
      expect.objectContaining({
        address: "H6:H31",
        rule: { kind: "list", items: ["ครบถ้วน", "ไม่ครบ", "รอดำเนินการ"] },
      }),
    ]);
  });

  test("leaves an item whose name no source gives empty, noting that it can be filled in", () => {
    // The school list of 2566 shows O7 only under the school's own newsletter name.
    const cells = cellsOf(register(2566));
    const o7 = readOitRegister(cells)?.rows.find((row) => row.code === "O7");
    expect(o7).toMatchObject({ key: null, requirement: "", note: UNNAMED_ITEM_NOTE });
  });

  test.each([
    [2567, "ยังไม่พบรายการข้อมูล OIT ของปีนี้"],
    [2570, "ป.ป.ช. ยังไม่ประกาศรายการข้อมูล OIT ของปีนี้"],
  ])("for %d, a year without a list, is still there with empty rows, and says why", (year, line) => {
    const plan = register(year);
    const cells = cellsOf(plan);
    expect(String(cells[REGISTER_HEADER_ROW - 2]?.[0])).toContain(line);
    expect(readOitRegister(cells)?.rows).toEqual([]);
    const table = parseRange(plan.table?.address as string);
    expect(table.bottom - table.top).toBe(10);
  });

  test("gives the rows it writes text in a height, and no height to the rows of an empty table", () => {
    const heights = (plan: SheetPlan) => new Set(plan.rowHeights.map(({ row }) => row));
    expect([...heights(register(2569))]).toContain(FIRST_ROW + 19);
    expect([...heights(register(2567))].filter((row) => row >= FIRST_ROW)).toEqual([]);
  });
});

describe("readOitRegister", () => {
  test("reads what staff typed: URLs a line each, dates as dates, the status words", () => {
    const cells = cellsOf(register(2569));
    const row = FIRST_ROW + 15;
    type(cells, row, "E", "สำนักปลัด");
    type(cells, row, "F", "https://www.example.go.th/complaint\n\n  https://www.example.go.th/complaint-2  ");
    type(cells, row, "G", 45_658); // 1 Jan 2025, typed as a date
    type(cells, row, "H", " ครบถ้วน ");
    type(cells, row, "I", "15 ม.ค. 2568");
    type(cells, row, "J", "ปรับปรุงหน้าเว็บแล้ว");
    expect(readOitRegister(cells)?.rows[15]).toEqual({
      row,
      code: "O16",
      key: "complaint-guideline",
      requirement: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      unit: "สำนักปลัด",
      urls: ["https://www.example.go.th/complaint", "https://www.example.go.th/complaint-2"],
      period: "1 ม.ค. 2568",
      status: "complete",
      published: "15 ม.ค. 2568",
      note: "ปรับปรุงหน้าเว็บแล้ว",
    });
  });

  test("finds the columns by their headers wherever the user moved them, and items typed below", () => {
    const cells = cellsOf(register(2567));
    const moved = cells.map((line) => [line[7] ?? "", ...line.slice(0, 7), ...line.slice(8)]);
    type(moved, FIRST_ROW + 12, "B", "O1");
    type(moved, FIRST_ROW + 12, "C", "โครงสร้าง");
    type(moved, FIRST_ROW + 12, "A", "ไม่ครบ");
    expect(readOitRegister(moved)?.rows).toEqual([
      expect.objectContaining({
        row: FIRST_ROW + 12,
        code: "O1",
        requirement: "โครงสร้าง",
        status: "incomplete",
      }),
    ]);
  });

  test("is null for a sheet without the register's headers", () => {
    expect(
      readOitRegister([
        ["ข้อ", "สถานะ"],
        ["O1", "ครบถ้วน"],
      ]),
    ).toBeNull();
    expect(readOitRegister([])).toBeNull();
  });
});

describe("repairing the register", () => {
  const plan = register(2569);
  const items = plan.content.find((block) => block.itemRows) as NonNullable<SheetPlan["content"][number]>;
  const written = (cells: CellValue[][]) =>
    repairWrites(plan, { formulas: cells, values: cells, origin: "A1" }).flatMap((block) => {
      const box = parseRange(block.address);
      return (block.values ?? []).flatMap((line, r) =>
        line.flatMap((value, c) =>
          value === null ? [] : [{ row: box.top + r, column: box.left + c, value }],
        ),
      );
    });

  test("writes only into empty cells and cells that hold just what it would write", () => {
    const cells = cellsOf(plan);
    type(cells, FIRST_ROW, "E", "งานประชาสัมพันธ์");
    type(cells, FIRST_ROW, "B", "โครงสร้างหน่วยงาน (ฉบับแก้ไข)");
    type(cells, FIRST_ROW + 1, "H", "ครบถ้วน");
    const writes = written(cells);
    for (const { row, column, value } of writes) {
      const now = cells[row - 1]?.[column - 1];
      expect(now === "" || now === undefined || now === value).toBe(true);
    }
    expect(writes.length).toBeGreaterThan(0);
  });

  test("fills in a row whose cells were cleared, but never writes again an item the user moved or deleted", () => {
    const cells = cellsOf(plan);
    const o3 = FIRST_ROW + 2;
    cells[o3 - 1] = cells[o3 - 1]?.map(() => "") ?? [];
    // The user deleted O1's row: every item below moved up a row, and the last row is empty.
    const shifted = [...cells.slice(0, FIRST_ROW - 1), ...cellsOf(plan).slice(FIRST_ROW), []];
    const refilled = written(cells).filter(({ row }) => row === o3);
    expect(refilled.map(({ value }) => value)).toEqual(
      (items.values?.[2] ?? []).filter((value) => value !== null),
    );
    const rowsOfItems = written(shifted).filter(({ row }) => row >= FIRST_ROW);
    expect(rowsOfItems).toEqual([]);
  });
});

describe("a workbook of one year carries its register into the next", () => {
  test("2568's complaint guideline, O17, is 2569's O16 with the same unit, URLs and note", () => {
    const cells = cellsOf(register(2568));
    const o17 = FIRST_ROW + 16;
    type(cells, o17, "E", "สำนักปลัด");
    type(cells, o17, "F", "https://www.example.go.th/ita/complaint-guideline");
    type(cells, o17, "H", "ครบถ้วน");
    type(cells, o17, "J", "=ปรับปรุงทุกปี");
    const read = readOitRegister(cells)?.rows ?? [];
    expect(read[16]).toMatchObject({ code: "O17", key: "complaint-guideline" });

    const carried = carryOitRegister(read, mapCatalogue(2568, 2569));
    const settings = settingsFor(2569);
    const next = oitRegisterPlan(settings, frameworkOf(2569), DEFAULT_NAMES, carried.entries);
    const o16 = readOitRegister(cellsOf(next))?.rows.find((row) => row.code === "O16");
    expect(o16).toMatchObject({
      row: FIRST_ROW + 15,
      key: "complaint-guideline",
      unit: "สำนักปลัด",
      urls: ["https://www.example.go.th/ita/complaint-guideline"],
      status: "pending",
      note: "=ปรับปรุงทุกปี",
    });
    // What the user typed is written as a value, even where it looks like a formula.
    expect(next.content.every((block) => block.formulas === undefined)).toBe(true);
    expect(cellsOf(next)[FIRST_ROW + 15 - 1]?.[3]).toBe("ดูคู่มือการประเมิน");
    // 2569 drops O11, O12, O21-O23 and O27, none of which anyone touched: nothing is kept at the foot for them.
    expect(mapCatalogue(2568, 2569).dropped.map((item) => item.code)).toEqual([
      "O11",
      "O12",
      "O21",
      "O22",
      "O23",
      "O27",
    ]);
    expect(carried.dropped).toEqual([]);
  });
});
