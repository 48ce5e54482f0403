import type { Finding } from "../../src/domain/checkRules";
import type { ToolId } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import { checkTrackingGrid, readTrackingGrid } from "../../src/domain/gridCheck";
import { findTrackingGrid } from "../../src/domain/gridColumns";
import { SheetCells, type CellArea } from "../../src/domain/sheetCells";
import type { CalendarDate } from "../../src/domain/thaiCalendar";
import { columnLetter, parseRange } from "../../src/layout/a1";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { FY2568_TODAY, gridValues, type GridRow } from "../support/gridValues";

interface CheckOptions {
  readonly fiscalYear?: number;
  readonly tool?: ToolId | null;
  readonly today?: CalendarDate;
  readonly merges?: readonly string[];
}

/** The findings as [rule, cell, params], for rows written from the standard IIT grid's first data row. */
function check(rows: readonly (GridRow | null)[], options: CheckOptions = {}) {
  const merges: CellArea[] = (options.merges ?? []).map(parseRange);
  const cells = new SheetCells(gridValues("IIT", rows), merges);
  const grid = findTrackingGrid(cells);
  const framework = findFramework(options.fiscalYear ?? 2568);
  if (!grid || !framework) throw new Error("the standard grid and the framework must be found");
  const context = {
    framework,
    tool: options.tool === undefined ? "IIT" : options.tool,
    today: options.today ?? FY2568_TODAY,
  };
  return checkTrackingGrid(cells, grid, context).map((found: Finding) => [
    found.rule,
    `${columnLetter(found.column)}${found.row}`,
    found.params,
  ]);
}

/** Today (10 Feb 2025) is in quarter 2 of fiscal year 2568, whose progress goes in column L. */
const DONE: GridRow = {
  ตัวชี้วัด: "1. การปฏิบัติหน้าที่",
  "มาตรการ/กิจกรรม": "จัดทำคำสั่งมอบหมายงาน",
  ผู้รับผิดชอบ: "สำนักปลัด",
  ระยะเวลาดำเนินการ: "ต.ค.-ธ.ค. ๒๕๖๗",
  ดำเนินการแล้ว: "✓",
  สรุปผลการดำเนินการ: "ออกคำสั่งที่ ๑/๒๕๖๘ แล้ว",
};
const IN_PROGRESS: GridRow = {
  ...DONE,
  ระยะเวลาดำเนินการ: "ไตรมาสที่ ๑-๔",
  ดำเนินการแล้ว: "",
  อยู่ระหว่างดำเนินการ: "✓",
  สรุปผลการดำเนินการ: "",
  "ไตรมาส ๒": "ประชุมชี้แจงแล้ว",
};
const NOT_STARTED: GridRow = { ...DONE, ระยะเวลาดำเนินการ: "ก.ค.-ก.ย.", ดำเนินการแล้ว: "", ยังไม่ดำเนินการ: "✓" };

const ROW = GRID_FIRST_DATA_ROW;

describe("checkTrackingGrid: rows that are right", () => {
  it("finds nothing in rows done, in progress and not started, filled as asked", () => {
    expect(check([DONE, IN_PROGRESS, NOT_STARTED])).toEqual([]);
  });

  it.each([
    ["○ ○ ⊗ as in one seed", { ยังไม่ดำเนินการ: "○", อยู่ระหว่างดำเนินการ: "○", ดำเนินการแล้ว: "⊗" }],
    ["√ as in another", { ดำเนินการแล้ว: "√" }],
    [
      "a mark in pasted markup",
      { ยังไม่ดำเนินการ: "<p>○</p>", อยู่ระหว่างดำเนินการ: "<p>○</p>", ดำเนินการแล้ว: "<p>⊗</p>" },
    ],
    ["a mark on its own line", { ดำเนินการแล้ว: "\n ✓ \n" }],
    ["a checkbox", { ยังไม่ดำเนินการ: false, อยู่ระหว่างดำเนินการ: false, ดำเนินการแล้ว: true }],
    [
      "the seeds' names and OCR'd periods",
      { ตัวชี้วัด: "๔. การใช้ทรัพย์สินทางราชการ", ระยะเวลาดำเนินการ: "ต.ศ. ๒๕๖๗ ธ.ศ. ๒๕๖๗" },
    ],
    ["a range in Thai digits with markup", { ระยะเวลาดำเนินการ: "<p>ต.ค.๒๕๖๗-ธ.ค.๒๕๖๗</p>" }],
    ["a date Excel keeps as a number (31 Dec 2024)", { ระยะเวลาดำเนินการ: 45657 }],
    ["a question code for the indicator", { ตัวชี้วัด: "I๑๒" }],
    [
      "an OCR'd question code in the weakness",
      { ตัวชี้วัด: "", "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "1๑๓ ผู้บังคับบัญชาควร..." },
    ],
    ["several indicators of the tool in one cell", { ตัวชี้วัด: "<p>๒.การใช้งบประมาณ</p> <p>๓.การใช้อำนาจ</p>" }],
  ])("reads a done row with %s", (_, changes) => {
    expect(check([{ ...DONE, ...changes }])).toEqual([]);
  });

  it("leaves alone rows with only a number typed ahead, only empty signs, or nothing", () => {
    expect(
      check([{ ลำดับ: 1 }, { ยังไม่ดำเนินการ: "○", อยู่ระหว่างดำเนินการ: "○", ดำเนินการแล้ว: "○" }, null]),
    ).toEqual([]);
  });
});

describe("checkTrackingGrid: each rule", () => {
  it.each<[string, GridRow, unknown[][]]>([
    ["status.none", { ดำเนินการแล้ว: "" }, [["status.none", `H${ROW}`, {}]]],
    [
      "status.none when every cell holds an empty sign",
      { ยังไม่ดำเนินการ: "○", อยู่ระหว่างดำเนินการ: "-", ดำเนินการแล้ว: "0" },
      [["status.none", `H${ROW}`, {}]],
    ],
    ["status.many", { ยังไม่ดำเนินการ: "✓", ดำเนินการแล้ว: "✓" }, [["status.many", `H${ROW}`, { count: 2 }]]],
    [
      "status.unknownMark, quoting what is there",
      { ดำเนินการแล้ว: " เสร็จแล้ว " },
      [["status.unknownMark", `J${ROW}`, { text: "เสร็จแล้ว" }]],
    ],
    [
      "status.unknownMark beside a mark",
      { อยู่ระหว่างดำเนินการ: "?" },
      [["status.unknownMark", `I${ROW}`, { text: "?" }]],
    ],
    ["required.measure", { "มาตรการ/กิจกรรม": "  " }, [["required.measure", `D${ROW}`, {}]]],
    ["required.responsible", { ผู้รับผิดชอบ: "<p></p>" }, [["required.responsible", `F${ROW}`, {}]]],
    ["required.summaryWhenDone", { สรุปผลการดำเนินการ: "" }, [["required.summaryWhenDone", `O${ROW}`, {}]]],
    ["required.indicator", { ตัวชี้วัด: "" }, [["required.indicator", `B${ROW}`, {}]]],
    ["required.period", { ระยะเวลาดำเนินการ: "" }, [["required.period", `G${ROW}`, {}]]],
    ["required.period when only a dash", { ระยะเวลาดำเนินการ: "-" }, [["required.period", `G${ROW}`, {}]]],
    [
      "indicator.wrongTool by name",
      { ตัวชี้วัด: "6. คุณภาพการดำเนินงาน" },
      [
        [
          "indicator.wrongTool",
          `B${ROW}`,
          { text: "6. คุณภาพการดำเนินงาน", indicatorTool: "EIT", gridTool: "IIT" },
        ],
      ],
    ],
    [
      "indicator.wrongTool by a question code in the weakness",
      { ตัวชี้วัด: "", "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "<p>E๑๒ หน่วยงานควรนำเสนอผลงาน</p>" },
      [["indicator.wrongTool", `C${ROW}`, { text: "E12", indicatorTool: "EIT", gridTool: "IIT" }]],
    ],
    [
      "indicator.unknown",
      { ตัวชี้วัด: "ความพึงพอใจ" },
      [["indicator.unknown", `B${ROW}`, { text: "ความพึงพอใจ" }]],
    ],
    [
      "period.unreadable",
      { ระยะเวลาดำเนินการ: "เร็ว ๆ นี้" },
      [["period.unreadable", `G${ROW}`, { text: "เร็ว ๆ นี้" }]],
    ],
    [
      "period.unreadable for a year typed as a number",
      { ระยะเวลาดำเนินการ: 2568 },
      [["period.unreadable", `G${ROW}`, { text: "2568" }]],
    ],
    [
      "period.unreadable when the end is before the start",
      { ระยะเวลาดำเนินการ: "31/3/2568-1/3/2568" },
      [["period.unreadable", `G${ROW}`, { text: "31/3/2568-1/3/2568" }]],
    ],
  ])("%s", (_, changes, expected) => {
    expect(check([{ ...DONE, ...changes }])).toEqual(expected);
  });

  it("period.overdue: a row not done whose period ended before today", () => {
    const ended = { text: "ต.ค.-ธ.ค. ๒๕๖๗", end: { year: 2024, month: 12, day: 31 } };
    expect(check([{ ...IN_PROGRESS, ระยะเวลาดำเนินการ: "ต.ค.-ธ.ค. ๒๕๖๗" }])).toEqual([
      ["period.overdue", `G${ROW}`, ended],
    ]);
    expect(check([{ ...NOT_STARTED, ระยะเวลาดำเนินการ: "ต.ค.-ธ.ค. ๒๕๖๗" }])).toEqual([
      ["period.overdue", `G${ROW}`, ended],
    ]);
    // Ending today is not yet overdue.
    expect(check([{ ...IN_PROGRESS, ระยะเวลาดำเนินการ: "10/2/2568" }])).toEqual([]);
  });

  it("quotes a period Excel keeps as a date as the date it shows, in the finding and the row", () => {
    const cells = new SheetCells(gridValues("IIT", [{ ...IN_PROGRESS, ระยะเวลาดำเนินการ: 45657 }]), []);
    const grid = findTrackingGrid(cells);
    const framework = findFramework(2568);
    if (!grid || !framework) throw new Error("the standard grid and the framework must be found");
    const read = readTrackingGrid(cells, grid, { framework, tool: "IIT", today: FY2568_TODAY });
    const end = { year: 2024, month: 12, day: 31 };
    expect(read.findings.map((found) => found.params)).toEqual([{ text: "31 ธ.ค. 2567", end }]);
    expect(read.rows.map(({ period, overdue }) => ({ period, overdue }))).toEqual([
      { period: "31 ธ.ค. 2567", overdue: true },
    ]);
  });

  it("period.notStarted: a row not started whose period has begun", () => {
    expect(check([{ ...NOT_STARTED, ระยะเวลาดำเนินการ: "ม.ค.-มี.ค." }])).toEqual([
      ["period.notStarted", `G${ROW}`, { text: "ม.ค.-มี.ค.", start: { year: 2025, month: 1, day: 1 } }],
    ]);
    expect(check([{ ...NOT_STARTED, ระยะเวลาดำเนินการ: "10/2/2568 - 30/4/2568" }])).toHaveLength(1);
    expect(check([{ ...NOT_STARTED, ระยะเวลาดำเนินการ: "11/2/2568 - 30/4/2568" }])).toEqual([]);
  });

  it("judges no period against the status of a row whose status is unclear", () => {
    expect(
      check([{ ...IN_PROGRESS, ดำเนินการแล้ว: "✓", ระยะเวลาดำเนินการ: "ต.ค. ๒๕๖๗" }]).map(([rule]) => rule),
    ).toEqual(["status.many"]);
  });

  it("progress.quarterEmpty: in progress with this quarter's cell empty, only while today is in the workbook's year", () => {
    const row = { ...IN_PROGRESS, "ไตรมาส ๒": "", "ไตรมาส ๑": "เริ่มแล้ว" };
    expect(check([row])).toEqual([["progress.quarterEmpty", `L${ROW}`, { quarter: 2 }]]);
    expect(check([row], { today: { year: 2025, month: 5, day: 1 } })).toEqual([
      ["progress.quarterEmpty", `M${ROW}`, { quarter: 3 }],
    ]);
    // 1 Oct 2025 starts fiscal year 2569: the grid of 2568 has no column for today.
    expect(
      check([{ ...row, ระยะเวลาดำเนินการ: "ไตรมาสที่ ๑-๔/๒๕๖๙" }], { today: { year: 2025, month: 10, day: 1 } }),
    ).toEqual([]);
    expect(check([{ ...NOT_STARTED, "ไตรมาส ๒": "" }])).toEqual([]);
  });

  it("leaves the tool alone when the grid's tool is not known", () => {
    expect(check([{ ...DONE, ตัวชี้วัด: "10. การป้องกันการทุจริต" }], { tool: null })).toEqual([]);
    expect(check([{ ...DONE, ตัวชี้วัด: "10. การป้องกันการทุจริต" }], { tool: "OIT" })).toEqual([]);
  });

  it("reports every problem of a row, each at its own cell", () => {
    expect(check([{ ระยะเวลาดำเนินการ: "ภายหลัง", ตัวชี้วัด: "O๓๖" }])).toEqual([
      ["status.none", `H${ROW}`, {}],
      ["required.measure", `D${ROW}`, {}],
      ["required.responsible", `F${ROW}`, {}],
      ["indicator.wrongTool", `B${ROW}`, { text: "O๓๖", indicatorTool: "OIT", gridTool: "IIT" }],
      ["period.unreadable", `G${ROW}`, { text: "ภายหลัง" }],
    ]);
  });
});

describe("checkTrackingGrid: which rows are data rows", () => {
  it("checks rows pasted far below the table and skips the blank rows between", () => {
    const rows = [DONE, ...Array.from({ length: 40 }, () => null), { ...DONE, ผู้รับผิดชอบ: "" }];
    expect(check(rows)).toEqual([["required.responsible", `F${ROW + 41}`, {}]]);
  });

  it("skips a copy of the header row, as tables pasted from several pages repeat it", () => {
    const header = gridValues("IIT", [])[ROW - 2] as string[];
    const copy = Object.fromEntries(header.map((text) => [text, text]));
    expect(check([DONE, copy, { ...DONE, ดำเนินการแล้ว: "" }])).toEqual([["status.none", `H${ROW + 2}`, {}]]);
  });

  it("reads a merged cell in every row it covers, and a row whose statuses are merged with the row above as part of it", () => {
    const rows: GridRow[] = [
      DONE,
      { ขั้นตอนหรือวิธีปฏิบัติ: "๒. ประชาสัมพันธ์ช่องทางติดต่อ" },
      { "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "การประเมินผลการปฏิบัติงาน", ดำเนินการแล้ว: "✓", สรุปผลการดำเนินการ: "ทำแล้ว" },
    ];
    const merges = [
      `B${ROW}:B${ROW + 2}`,
      `D${ROW}:D${ROW + 2}`,
      `F${ROW}:F${ROW + 2}`,
      `G${ROW}:G${ROW + 2}`,
    ];
    const statuses = [`H${ROW}:H${ROW + 1}`, `I${ROW}:I${ROW + 1}`, `J${ROW}:J${ROW + 1}`];
    expect(check(rows, { merges: [...merges, ...statuses] })).toEqual([]);
    // Without its merges, the same sheet reads as rows that lack what the merged cells hold.
    expect(check(rows).map(([rule, cell]) => `${rule} ${cell}`)).toEqual([
      `status.none H${ROW + 1}`,
      `required.measure D${ROW + 1}`,
      `required.responsible F${ROW + 1}`,
      `required.indicator B${ROW + 1}`,
      `required.period G${ROW + 1}`,
      `required.measure D${ROW + 2}`,
      `required.responsible F${ROW + 2}`,
      `required.indicator B${ROW + 2}`,
      `required.period G${ROW + 2}`,
    ]);
  });

  it("reads the workbook's fiscal year into periods written without one", () => {
    // ต.ค.-ธ.ค. of fiscal year 2568 is Oct-Dec 2024: over by 10 Feb 2025.
    expect(check([{ ...IN_PROGRESS, ระยะเวลาดำเนินการ: "ต.ค.-ธ.ค." }])[0]).toEqual([
      "period.overdue",
      `G${ROW}`,
      { text: "ต.ค.-ธ.ค.", end: { year: 2024, month: 12, day: 31 } },
    ]);
    // In a workbook of 2569 the same months are Oct-Dec 2025, still to come.
    expect(check([{ ...IN_PROGRESS, ระยะเวลาดำเนินการ: "ต.ค.-ธ.ค." }], { fiscalYear: 2569 })).toEqual([]);
  });
});
