import type { Framework } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import { readTrackingGrid } from "../../src/domain/gridCheck";
import { findTrackingGrid, STATUS_HEADERS } from "../../src/domain/gridColumns";
import { carryMeasures, type CarriedMeasure } from "../../src/domain/measureCarry";
import { SheetCells } from "../../src/domain/sheetCells";
import { toThaiDigits, type DigitStyle } from "../../src/domain/thaiDigits";
import { parseRange } from "../../src/layout/a1";
import { FY2568_TODAY, gridValues, measureRow, type GridRow } from "../support/gridValues";

const F2568 = findFramework(2568) as Framework;
const [NOT_STARTED, IN_PROGRESS, DONE] = STATUS_HEADERS;

/** The measures carried on from 2568 out of the standard IIT grid with `rows` from its first data row. */
function carry(rows: readonly (GridRow | null)[], digitStyle: DigitStyle = "thai", merges: string[] = []) {
  const cells = new SheetCells(gridValues("IIT", rows), merges.map(parseRange));
  const grid = findTrackingGrid(cells);
  if (!grid) throw new Error("the standard grid must be found");
  const read = readTrackingGrid(cells, grid, { framework: F2568, tool: "IIT", today: FY2568_TODAY });
  return carryMeasures(cells, grid, read.rows, { fromYear: 2568, digitStyle });
}

/** The only measure carried from one row. */
function carryOne(row: GridRow, digitStyle: DigitStyle = "thai") {
  const carried = carry([row], digitStyle);
  expect(carried).toHaveLength(1);
  return carried[0]!;
}

/** The note and the record after its status line, as the lines a reader meets them in. */
function historyOf({ note, record }: CarriedMeasure): string {
  const fields = record.slice(1).map(({ header, text }) => (header === "" ? text : `${header}: ${text}`));
  return [note, ...fields].join("\n");
}

const historyLines = (history: string) => history.split("\n");

/** The history's first line, as the note in the new grid opens. */
function carriedFrom(status: string, digitStyle: DigitStyle = "thai"): string {
  const year = digitStyle === "thai" ? toThaiDigits("2568") : "2568";
  return `ยกมาจากปีงบประมาณ ${year} (${status})`;
}

describe("carryMeasures: which measures go on", () => {
  it("carries every measure not done, in the grid's order, skipping blank rows", () => {
    const carried = carry([
      measureRow(NOT_STARTED, "จัดทำคู่มือ", "ก.ค.-ก.ย."),
      measureRow(DONE, "ออกคำสั่ง", "ต.ค.-ธ.ค. ๒๕๖๗"),
      null,
      measureRow(IN_PROGRESS, "ประชุมชี้แจง", "ไตรมาสที่ ๑-๔"),
      measureRow(DONE, "ประกาศเจตนารมณ์", "ม.ค. ๒๕๖๘"),
    ]);
    expect(carried.map(({ measure }) => measure)).toEqual(["จัดทำคู่มือ", "ประชุมชี้แจง"]);
  });

  it("carries nothing from a grid whose measures are all done", () => {
    expect(carry([measureRow(DONE, "ก", "ก.ค.-ก.ย."), measureRow(DONE, "ข", "ก.ค.-ก.ย.")])).toEqual([]);
  });

  it("keeps the status of measures not started and in progress", () => {
    const carried = carry([
      measureRow(NOT_STARTED, "ก", "ก.ค.-ก.ย."),
      measureRow(IN_PROGRESS, "ข", "ก.ค.-ก.ย."),
    ]);
    expect(carried.map(({ status }) => status)).toEqual(["notStarted", "inProgress"]);
    expect(carried.map((each) => historyLines(historyOf(each))[0])).toEqual([
      carriedFrom(NOT_STARTED),
      carriedFrom(IN_PROGRESS),
    ]);
  });

  it.each([
    ["two statuses marked", { [NOT_STARTED]: "✓", [IN_PROGRESS]: "✓" }],
    ["all three marked", { [NOT_STARTED]: "✓", [IN_PROGRESS]: "✓", [DONE]: "✓" }],
    ["none marked", {}],
    ["a mark that cannot be read", { [IN_PROGRESS]: "ทำอยู่" }],
  ])("carries a measure with %s, its status left for staff to set", (_, marks) => {
    const row: GridRow = {
      ตัวชี้วัด: "1. การปฏิบัติหน้าที่",
      "มาตรการ/กิจกรรม": "จัดอบรม",
      ผู้รับผิดชอบ: "สำนักปลัด",
      ระยะเวลาดำเนินการ: "ก.ค.-ก.ย.",
      ...marks,
    };
    const carried = carryOne(row);
    expect(carried.status).toBeNull();
    expect(carried.measure).toBe("จัดอบรม");
    expect(historyLines(historyOf(carried))[0]).toBe(carriedFrom("สถานะไม่ชัดเจน"));
  });
});

describe("carryMeasures: the measure's own columns", () => {
  it("keeps the indicator, weakness, measure, steps and responsible as written", () => {
    const carried = carryOne({
      ...measureRow(IN_PROGRESS, "  จัดทำแนวทาง<br>การใช้รถราชการ ", "ก.ค.-ก.ย.", "กองคลัง"),
      ตัวชี้วัด: "๔. การใช้ทรัพย์สินของราชการ",
      "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "I๑๒ ยืมทรัพย์สินไปใช้ส่วนตัว",
      ขั้นตอนหรือวิธีปฏิบัติ: "ประชุม แล้วออกประกาศ",
    });
    expect(carried).toMatchObject({
      indicator: "๔. การใช้ทรัพย์สินของราชการ",
      weakness: "I๑๒ ยืมทรัพย์สินไปใช้ส่วนตัว",
      measure: "จัดทำแนวทาง การใช้รถราชการ",
      steps: "ประชุม แล้วออกประกาศ",
      responsible: "กองคลัง",
      period: "ก.ค.-ก.ย.",
    });
  });

  it("does not repeat the kept columns, the number, or the looked-up score and band in the history", () => {
    const carried = carryOne({
      ...measureRow(NOT_STARTED, "จัดทำแนวทาง", "ก.ค.-ก.ย.", "กองคลัง"),
      ลำดับ: 7,
      "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "ข้อบกพร่อง",
      ขั้นตอนหรือวิธีปฏิบัติ: "ขั้นตอน",
      คะแนนตัวชี้วัด: 88.5,
      ระดับ: "ผ่านเกณฑ์",
    });
    expect(historyOf(carried)).toBe(carriedFrom(NOT_STARTED));
  });

  it("reads a merged indicator cell as it shows on each row", () => {
    const carried = carry(
      [
        measureRow(NOT_STARTED, "ก", "ก.ค.-ก.ย."),
        { ...measureRow(IN_PROGRESS, "ข", "ก.ค.-ก.ย."), ตัวชี้วัด: "" },
      ],
      "thai",
      ["B6:B7"],
    );
    expect(carried.map(({ indicator }) => indicator)).toEqual(["1. การปฏิบัติหน้าที่", "1. การปฏิบัติหน้าที่"]);
  });
});

describe("carryMeasures: the period", () => {
  it.each([
    ["last year's first quarter", "ต.ค.-ธ.ค. ๒๕๖๗", "ต.ค.-ธ.ค. ๒๕๖๗"],
    ["a quarter ending 30 Sep 2568, the day before the new year", "ก.ค.-ก.ย. ๒๕๖๘", "ก.ค.-ก.ย. ๒๕๖๘"],
    ["the whole of last fiscal year", "ปีงบประมาณ ๒๕๖๘", "ปีงบประมาณ ๒๕๖๘"],
    ["a date cell (31 Dec 2024), as the check quotes it", 45657, "31 ธ.ค. 2567"],
  ])("empties a period that ended before the new year: %s, noting it", (_, typed, quoted) => {
    const carried = carryOne({ ...measureRow(IN_PROGRESS, "ก", ""), ระยะเวลาดำเนินการ: typed });
    expect(carried.period).toBe("");
    expect(historyLines(historyOf(carried))).toEqual([carriedFrom(IN_PROGRESS), `ระยะเวลาเดิม: ${quoted}`]);
  });

  it.each([
    ["months with no year", "ก.ค.-ก.ย."],
    ["quarters with no year", "ไตรมาสที่ ๑-๔"],
    ["a range reaching into 2569", "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙"],
    ["the new year's first quarter", "ต.ค.-ธ.ค. ๒๕๖๘"],
    ["the new year's first day", "1 ต.ค. ๒๕๖๘"],
    ["a text that is no period", "ตามความเหมาะสม"],
  ])("keeps a period that names no year or still runs: %s", (_, period) => {
    const carried = carryOne(measureRow(NOT_STARTED, "ก", period));
    expect(carried.period).toBe(period);
    expect(historyOf(carried)).toBe(carriedFrom(NOT_STARTED));
    expect(historyOf(carried)).not.toContain("ระยะเวลาเดิม");
  });

  it("keeps a blank period blank, with nothing about it in the history", () => {
    const carried = carryOne(measureRow(IN_PROGRESS, "ก", ""));
    expect(carried.period).toBe("");
    expect(historyOf(carried)).toBe(carriedFrom(IN_PROGRESS));
  });
});

describe("carryMeasures: the history", () => {
  const written: GridRow = {
    ...measureRow(IN_PROGRESS, "ประชุมชี้แจง", "ต.ค.-ธ.ค. ๒๕๖๗"),
    "ไตรมาส ๑": "ประชุมครั้งที่ ๑ แล้ว",
    "ไตรมาส ๓": "<p>ประชุมครั้งที่ ๒</p>",
    สรุปผลการดำเนินการ: "ยังไม่ครบทุกกอง",
    ผลลัพธ์: "ผู้เข้าร่วม 45 คน",
    ข้อเสนอแนะ: "ควรบันทึกวิดีโอ",
    หมายเหตุ: "เลื่อนจากเดือนพฤศจิกายน",
  };

  it("notes the status, the old period, each quarter's progress and every other column, in column order", () => {
    expect(historyLines(historyOf(carryOne(written)))).toEqual([
      carriedFrom(IN_PROGRESS),
      "ระยะเวลาเดิม: ต.ค.-ธ.ค. ๒๕๖๗",
      "ไตรมาส ๑: ประชุมครั้งที่ ๑ แล้ว",
      "ไตรมาส ๓: ประชุมครั้งที่ ๒",
      "สรุปผลการดำเนินการ: ยังไม่ครบทุกกอง",
      "ผลลัพธ์: ผู้เข้าร่วม 45 คน",
      "ข้อเสนอแนะ: ควรบันทึกวิดีโอ",
      "หมายเหตุ: เลื่อนจากเดือนพฤศจิกายน",
    ]);
  });

  it("writes the year and the quarters in Arabic digits when asked, leaving the texts as written", () => {
    expect(historyLines(historyOf(carryOne(written, "arabic"))).slice(0, 4)).toEqual([
      carriedFrom(IN_PROGRESS, "arabic"),
      "ระยะเวลาเดิม: ต.ค.-ธ.ค. ๒๕๖๗",
      "ไตรมาส 1: ประชุมครั้งที่ ๑ แล้ว",
      "ไตรมาส 3: ประชุมครั้งที่ ๒",
    ]);
  });

  it.each([1, 2, 3, 4])("heads quarter %d's progress by its number", (quarter) => {
    const header = `ไตรมาส ${toThaiDigits(String(quarter))}`;
    const row = { ...measureRow(IN_PROGRESS, "ก", "ก.ค.-ก.ย."), [header]: "ทำแล้วบางส่วน" };
    expect(historyLines(historyOf(carryOne(row)))).toEqual([
      carriedFrom(IN_PROGRESS),
      `${header}: ทำแล้วบางส่วน`,
    ]);
    expect(historyLines(historyOf(carryOne(row, "arabic")))[1]).toBe(`ไตรมาส ${quarter}: ทำแล้วบางส่วน`);
  });

  it.each(["สรุปผลการดำเนินการ", "ผลลัพธ์", "ข้อเสนอแนะ", "หมายเหตุ"])(
    "notes the %s column under its header",
    (header) => {
      const row = { ...measureRow(NOT_STARTED, "ก", "ก.ค.-ก.ย."), [header]: "ข้อความ" };
      expect(historyOf(carryOne(row))).toBe(`${carriedFrom(NOT_STARTED)}\n${header}: ข้อความ`);
    },
  );

  it("notes numbers as written and leaves out cells that are blank or markup alone", () => {
    const row = {
      ...measureRow(NOT_STARTED, "ก", "ก.ค.-ก.ย."),
      "ไตรมาส ๑": "   ",
      "ไตรมาส ๒": "<p></p>",
      ผลลัพธ์: 12,
    };
    expect(historyOf(carryOne(row))).toBe(`${carriedFrom(NOT_STARTED)}\nผลลัพธ์: 12`);
  });

  it("keeps each measure's history to its own row", () => {
    const carried = carry([
      { ...measureRow(NOT_STARTED, "ก", "ก.ค.-ก.ย."), หมายเหตุ: "ของแถวแรก" },
      { ...measureRow(IN_PROGRESS, "ข", "ก.ค.-ก.ย."), ข้อเสนอแนะ: "ของแถวที่สอง" },
    ]);
    expect(carried.map(historyOf)).toEqual([
      `${carriedFrom(NOT_STARTED)}\nหมายเหตุ: ของแถวแรก`,
      `${carriedFrom(IN_PROGRESS)}\nข้อเสนอแนะ: ของแถวที่สอง`,
    ]);
  });
});

describe("carryMeasures: a measure over several rows", () => {
  it("keeps the steps and progress of the rows whose status cells are merged with the measure's", () => {
    // Rows 6 and 7 of the grid are one measure: its status cells H:J are merged down.
    const carried = carry(
      [
        {
          ...measureRow(IN_PROGRESS, "ประชุมชี้แจง", "ก.ค.-ก.ย."),
          ขั้นตอนหรือวิธีปฏิบัติ: "จัดประชุม",
          "ไตรมาส ๑": "ครั้งที่ ๑",
        },
        { ขั้นตอนหรือวิธีปฏิบัติ: "สรุปผลการประชุม", "ไตรมาส ๑": "ครั้งที่ ๒" },
      ],
      "thai",
      ["H6:H7", "I6:I7", "J6:J7"],
    );
    expect(carried).toHaveLength(1);
    expect(carried[0]?.steps).toBe("จัดประชุม\nสรุปผลการประชุม");
    expect(historyOf(carried[0] as CarriedMeasure)).toContain("ไตรมาส ๑: ครั้งที่ ๑\nครั้งที่ ๒");
    // The merged indicator is read once, not once a row.
    expect(carried[0]?.indicator).toBe("1. การปฏิบัติหน้าที่");
  });
});
