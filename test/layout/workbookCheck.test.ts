import fc from "fast-check";
import { RULE_SEVERITY } from "../../src/domain/checkRules";
import { STATUS_HEADERS } from "../../src/domain/gridColumns";
import type { Cells } from "../../src/domain/sheetCells";
import { MARKED_SIGNS } from "../../src/domain/statusMark";
import { columnNumber } from "../../src/layout/a1";
import type { SheetRole } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES, type SheetRegistry } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { checkWorkbook, type CheckedSheet, type StoredWorkbook } from "../../src/layout/workbookCheck";
import {
  FY2568_TODAY,
  gridValues,
  planValues,
  settings2568,
  standardPlans,
  type GridRow,
} from "../support/gridValues";

const ROLES: readonly SheetRole[] = ["scores", "grid-IIT", "grid-EIT", "grid-OIT", "settings"];
const STORED: StoredWorkbook = {
  settings: settings2568(),
  registry: { ...DEFAULT_SHEET_NAMES },
};

function standardSheets(changes: Partial<Record<SheetRole, Cells>> = {}): CheckedSheet[] {
  const plans = standardPlans();
  return ROLES.map((role) => ({
    name: DEFAULT_SHEET_NAMES[role],
    values: changes[role] ?? planValues(plans[role]),
  }));
}

const DONE: GridRow = {
  ตัวชี้วัด: "1. การปฏิบัติหน้าที่",
  "มาตรการ/กิจกรรม": "จัดทำคำสั่งมอบหมายงาน",
  ผู้รับผิดชอบ: "สำนักปลัด",
  ระยะเวลาดำเนินการ: "ต.ค.-ธ.ค.",
  ดำเนินการแล้ว: "✓",
  สรุปผลการดำเนินการ: "ออกคำสั่งแล้ว",
};
const ROW = GRID_FIRST_DATA_ROW;
const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];

const where = (check: ReturnType<typeof checkWorkbook>) =>
  check.problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row} ${problem.rule}`);

describe("checkWorkbook on the standard workbook", () => {
  it("finds nothing in a fresh workbook", () => {
    const check = checkWorkbook({ sheets: standardSheets(), stored: STORED, today: FY2568_TODAY });
    expect(check.problems).toEqual([]);
    expect(check.counts).toEqual({ errors: 0, warnings: 0, bySheet: {} });
  });

  it("places each problem at its sheet, row and column letter, with the rule's severity, in sheet and row order", () => {
    const sheets = standardSheets({
      "grid-IIT": gridValues("IIT", [
        { ...DONE, ดำเนินการแล้ว: "" },
        { ...DONE, ระยะเวลาดำเนินการ: "ภายหลัง" },
      ]),
      "grid-OIT": gridValues("OIT", [{ ...DONE, ตัวชี้วัด: "9. การเปิดเผยข้อมูล", ผู้รับผิดชอบ: "" }]),
    });
    const check = checkWorkbook({ sheets, stored: STORED, today: FY2568_TODAY });
    expect(where(check)).toEqual([
      `${IIT}!H${ROW} status.none`,
      `${IIT}!G${ROW + 1} period.unreadable`,
      `${DEFAULT_SHEET_NAMES["grid-OIT"]}!F${ROW} required.responsible`,
    ]);
    for (const problem of check.problems) expect(problem.severity).toBe(RULE_SEVERITY[problem.rule]);
    expect(check.problems[1]).toEqual({
      rule: "period.unreadable",
      severity: "warning",
      sheet: IIT,
      row: ROW + 1,
      column: "G",
      params: { text: "ภายหลัง" },
    });
    expect(check.counts).toEqual({
      errors: 2,
      warnings: 1,
      bySheet: {
        [IIT]: { errors: 1, warnings: 1 },
        [DEFAULT_SHEET_NAMES["grid-OIT"]]: { errors: 1, warnings: 0 },
      },
    });
  });

  it("checks the registered score sheet", () => {
    const scores = planValues(standardPlans().scores).map((row, index) =>
      index === 7 ? [row[0], row[1], "๙๔.๗๐", ...row.slice(3)] : row,
    );
    const check = checkWorkbook({ sheets: standardSheets({ scores }), stored: STORED, today: FY2568_TODAY });
    expect(check.problems).toEqual([
      {
        rule: "score.thaiDigits",
        severity: "warning",
        sheet: DEFAULT_SHEET_NAMES.scores,
        row: 8,
        column: "C",
        params: { text: "๙๔.๗๐", value: 94.7 },
      },
    ]);
  });
});

describe("checkWorkbook: which sheet is which", () => {
  const eitRow = { ...DONE, ตัวชี้วัด: "7. ประสิทธิภาพการสื่อสาร" };

  it("takes a grid's tool from the registry, else from its title, else from its sheet's name", () => {
    const sheets = standardSheets({ "grid-IIT": gridValues("IIT", [eitRow]) });
    // Registered as the EIT grid (whatever its title says): an EIT indicator belongs there.
    const registry: SheetRegistry = { ...DEFAULT_SHEET_NAMES, "grid-IIT": "ติดตาม EIT", "grid-EIT": IIT };
    expect(checkWorkbook({ sheets, stored: { ...STORED, registry }, today: FY2568_TODAY }).problems).toEqual(
      [],
    );
    // Without the settings sheet, the title says IIT.
    expect(where(checkWorkbook({ sheets, stored: null, today: FY2568_TODAY }))).toEqual([
      `${IIT}!B${ROW} indicator.wrongTool`,
    ]);
    // Without a title, the sheet's name.
    const untitled = gridValues("IIT", [eitRow]).map((row, index) =>
      index < GRID_HEADER_ROW - 1 ? [] : row,
    );
    const renamed = [{ name: "ติดตามผล OIT", values: untitled }];
    expect(checkWorkbook({ sheets: renamed, stored: null, today: FY2568_TODAY }).problems[0]?.params).toEqual(
      {
        text: "7. ประสิทธิภาพการสื่อสาร",
        indicatorTool: "EIT",
        gridTool: "OIT",
      },
    );
  });

  it("reports a registered grid that was deleted, or is missing, and checks the rest", () => {
    const registry: SheetRegistry = { ...DEFAULT_SHEET_NAMES, "grid-EIT": "deleted" };
    const sheets = standardSheets({ "grid-IIT": gridValues("IIT", [{ ...DONE, ดำเนินการแล้ว: "" }]) }).filter(
      (sheet) =>
        sheet.name !== DEFAULT_SHEET_NAMES["grid-EIT"] && sheet.name !== DEFAULT_SHEET_NAMES["grid-OIT"],
    );
    const check = checkWorkbook({ sheets, stored: { ...STORED, registry }, today: FY2568_TODAY });
    expect(check.problems.slice(0, 2)).toEqual([
      {
        rule: "grid.deleted",
        severity: "warning",
        sheet: null,
        row: null,
        column: null,
        params: { tool: "EIT" },
      },
      {
        rule: "grid.deleted",
        severity: "warning",
        sheet: null,
        row: null,
        column: null,
        params: { tool: "OIT" },
      },
    ]);
    expect(where(check).slice(2)).toEqual([`${IIT}!H${ROW} status.none`]);
    // The workbook's own problems count in the totals, not under a sheet.
    expect(check.counts).toEqual({ errors: 1, warnings: 2, bySheet: { [IIT]: { errors: 1, warnings: 0 } } });
  });

  it("reports a registered grid whose headers are gone as one problem of the sheet", () => {
    const headless = gridValues("IIT", [DONE]).map((row, index) =>
      index === GRID_HEADER_ROW - 1 ? [] : row,
    );
    const check = checkWorkbook({
      sheets: standardSheets({ "grid-IIT": headless }),
      stored: STORED,
      today: FY2568_TODAY,
    });
    expect(check.problems).toEqual([
      {
        rule: "grid.headersMissing",
        severity: "error",
        sheet: IIT,
        row: null,
        column: null,
        params: { tool: "IIT" },
      },
    ]);
  });

  it("says so when the workbook has no grid at all", () => {
    const check = checkWorkbook({
      sheets: [{ name: "Sheet1", values: [["สวัสดี"]] }],
      stored: null,
      today: FY2568_TODAY,
    });
    expect(check.problems.map((problem) => [problem.rule, problem.sheet])).toEqual([["grid.none", null]]);
    expect(check.counts.errors).toBe(1);
    expect(checkWorkbook({ sheets: [], stored: null, today: FY2568_TODAY }).problems).toHaveLength(1);
  });

  it("checks scores on the registered score sheet only, or on any sheet headed คะแนน without a registry", () => {
    const notes: CheckedSheet = {
      name: "บันทึก",
      values: [
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", "ดี"],
      ],
    };
    const sheets = [...standardSheets(), notes];
    expect(checkWorkbook({ sheets, stored: STORED, today: FY2568_TODAY }).problems).toEqual([]);
    expect(where(checkWorkbook({ sheets, stored: null, today: FY2568_TODAY }))).toEqual([
      "บันทึก!B2 score.notNumber",
    ]);
  });

  it("accepts merged areas named with their sheet, and ignores ones it cannot read", () => {
    const values = gridValues("IIT", [
      DONE,
      { "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "ข้อ ๒", ดำเนินการแล้ว: "✓", สรุปผลการดำเนินการ: "ทำแล้ว" },
    ]);
    const merges = [
      `'${IIT}'!B${ROW}:B${ROW + 1}`,
      `D${ROW}:D${ROW + 1}`,
      `F${ROW}:F${ROW + 1}`,
      `G${ROW}:G${ROW + 1}`,
      "A:A",
      "nonsense",
    ];
    const sheets = [{ name: IIT, values, merges }];
    expect(checkWorkbook({ sheets, stored: null, today: FY2568_TODAY }).problems).toEqual([]);
  });
});

describe("checkWorkbook on grids filled as the seeds fill theirs", () => {
  const TODAY_2566 = { year: 2023, month: 3, day: 31 };
  const SEED_HEADER = [
    "ตัวชี้วัดของการประเมิน ITA",
    "ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง",
    "ขั้นตอนหรือวิธีปฏิบัติ",
    "แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล",
    "ระยะเวลาดำเนินการ",
    ...STATUS_HEADERS,
    "การรายงานผลการดำเนินการ",
  ];
  const ALL = "สำนักปลัด/กองคลัง/กองการศึกษา/กองช่าง";

  it("finds nothing in the progress report of 2566: ○ and ⊗, Thai digits, <p> leftovers, merged rows", () => {
    const iit = [
      ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน IIT"],
      SEED_HEADER,
      [
        "๑. การใช้งบประมาณ",
        ALL,
        "๑.งานวิเคราะห์นโยบายและแผน ดำเนินการเผยแพร่",
        "๑.อบต.มะเฟือง มีการเปิดโอกาส",
        "มี.ค. ๒๕๖๖",
        "○",
        "○",
        "⊗",
        "-รายไตรมาส ๑.ได้อนุมัติแผน",
      ],
      [
        "",
        "",
        "๒. ประชาสัมพันธ์ช่องทางติดต่อสอบถาม",
        "ผลการดำเนินงานต่อผู้บังคับบัญชา",
        "",
        "",
        "",
        "",
        "-รายไตรมาส ๑. ได้ออมนิติแผนประชุม",
      ],
      [
        "๒. การใช้อำนาจ",
        ALL,
        "๑. จัดทำคำสั่งมอบหมายงาน",
        "๑. ผู้บังคับบัญชาติดตาม",
        "มี.ค.๒๕๖๖",
        "○",
        "⊗",
        "○",
        "-รายเดือนและ๑๒เดือนของปีงบประมาณ",
      ],
      [
        "๓. การใช้ทรัพย์สินทางราชการ",
        "สำนักปลัด/กองคลัง",
        "<p>๑.งานพัสดุ</p> <p>๒.ดำเนินการเผยแพร่</p>",
        "<p>๑.รายงานผล</p>",
        "ก.พ. ๒๕๖๖",
        "○",
        "○",
        "⊗",
        "<p>รายไตรมาส</p> <p>๑.ได้จัดทำคู่มือ</p>",
      ],
      [
        "๓.การแก้ไขปัญหาการทุจริต",
        ALL,
        "<p>๑.แต่งตั้งคณะกรรมการ</p>",
        "<p>๑.วิเคราะห์ความเสี่ยง</p>",
        "มี.ค. ๒๕๖๖",
        "○",
        "○",
        "⊗",
        "<p>-ราย๖เดือนและ๑๒เดือนของปีงบประมาณ</p>",
      ],
    ];
    // The second row of the first measure: its indicator, unit, period and statuses are merged over both rows.
    const merges = ["A3:A4", "B3:B4", "E3:E4", "F3:F4", "G3:G4", "H3:H4"];
    const eit = [
      ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก EIT"],
      SEED_HEADER,
      [
        "<p>๑.คุณภาพการดำเนินงาน</p> <p>๒.ประสิทธิภาพการสื่อสาร</p> <p>๓.การปรับปรุงการทำงาน</p>",
        `<p>${ALL}</p>`,
        "<p>๑.พัฒนาและปรับปรุงการดำเนินการ</p>",
        "<p>๑.ผู้บังคับบัญชาติดตาม</p>",
        "<p>ต.ค.๒๕๖๕-มี.ค.๒๕๖๖</p>",
        "○",
        "○",
        "⊗",
        "<p>รายไตรมาส</p>",
      ],
      ["", "", "๕.เปิดโอกาสให้บุคคลภายนอก เข้ามีส่วนร่วม", "", "", "", "", "", ""],
    ];
    const oit = [
      ["แบบวัดการเปิดเผยข้อมูลสาธารณะ OIT"],
      SEED_HEADER,
      [
        "<p>๑.การเปิดเผยข้อมูล</p> <p>๒.การป้องกันการทุจริต</p>",
        "<p>สำนักปลัด</p>",
        "<p>๑.แต่งตั้งคณะทำงาน</p>",
        "<p>-การเปิดเผยข้อมูล</p>",
        "<p>ต.ค.๒๕๖๕-มี.ค.๒๕๖๖</p>",
        "<p>○</p>",
        "<p>○</p>",
        "<p>⊗</p>",
        "<p>รายไตรมาส</p>",
      ],
    ];
    const sheets: CheckedSheet[] = [
      { name: "IIT", values: iit, merges },
      { name: "EIT", values: eit, merges: ["A3:A4", "B3:B4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4"] },
      { name: "OIT", values: oit },
    ];
    expect(checkWorkbook({ sheets, stored: null, today: TODAY_2566 }).problems).toEqual([]);
  });

  it("finds nothing in the analysis report of 2565's forms: ✓ and √ under a two-row header, a measure merged down", () => {
    const form = (title: string, rows: string[][]) => [
      [title],
      [
        "ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน จากการประเมิน",
        "แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ",
        "มาตรการ",
        "ผู้รับผิดชอบ",
        "การกำกับติดตาม รายงานความก้าวหน้าและ สรุปผล ณ สิ้นปีงบประมาณ",
        "",
      ],
      ["", "", "", "", "ดำเนินการแล้ว", "ยังไม่ดำเนินการ"],
      ...rows,
    ];
    const iit = form("ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", [
      [
        "การมอบหมายงานจาก ผู้บังคับบัญชาอย่างเป็น ธรรม",
        "- จัดทำคำสั่งมอบหมายงาน",
        "- มาตรการส่งเสริมคุณธรรมและ ความโปร่งใสในหน่วยงาน",
        "สำนักปลัด",
        "✓",
        "",
      ],
      ["การประเมินผลการ ปฏิบัติงาน", "- จัดทำบันทึกข้อตกลง", "", "ทุกส่วน ราชการ", "✓", ""],
      ["การคัดเลือกผู้เข้ารับการ ฝึกอบรม", "- ผู้บังคับบัญชาพิจารณา", "", "ทุกส่วน ราชการ", "✓", ""],
    ]);
    const eit = form("ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", [
      [
        "การปรับปรุงการทำงาน",
        "- สร้างกระบวนการปรึกษาหารือ",
        "- มาตรการส่งเสริมคุณธรรมและ ความโปร่งใสในหน่วยงาน",
        "ทุกส่วน ราชการ",
        "√",
        "",
      ],
      ["หน่วยงานมีการปรับปรุง วิธีการ", "- การประชุมผู้บริหาร", "", "", "√", ""],
      [
        "E๑๔ หน่วยงานเปิดโอกาสให้ ผู้รับบริการ",
        "- หน่วยงานมีการเปิดโอกาส",
        "- มาตรการให้ผู้มีส่วนได้ส่วนเสีย มีส่วนร่วม",
        "กอง ยุทธศาสตร์ และ งบประมาณ",
        "√",
        "",
      ],
    ]);
    const header = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"];
    const sheets: CheckedSheet[] = [
      { name: "IIT", values: iit, merges: [...header, "C4:C6"] },
      { name: "EIT", values: eit, merges: [...header, "C4:C5", "D4:D5"] },
    ];
    expect(
      checkWorkbook({ sheets, stored: null, today: { year: 2022, month: 11, day: 30 } }).problems,
    ).toEqual([]);
  });
});

describe("checkWorkbook on anything", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      ...STATUS_HEADERS,
      ...MARKED_SIGNS,
      "○",
      "ตัวชี้วัด",
      "คะแนน",
      "ระยะเวลา",
      "มี.ค. ๒๕๖๖",
      "E๑๒",
      "IIT",
    ),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: fc.constantFrom(..."กขคงมาตรการ๑๒๓ .-/<p>"), maxLength: 12 }),
    fc.double(),
    fc.integer({ min: -5, max: 3_000_000 }),
    fc.boolean(),
    fc.constant(null),
  );
  const sheet = fc.record({
    name: fc.constantFrom(...Object.values(DEFAULT_SHEET_NAMES), "Sheet1", "ติดตามผล"),
    values: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 14 }),
    merges: fc.array(
      fc
        .tuple(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 14 }), fc.nat(4), fc.nat(4))
        .map(
          ([row, column, down, across]) =>
            `${String.fromCharCode(64 + column)}${row}:${String.fromCharCode(64 + column + across)}${row + down}`,
        ),
      { maxLength: 4 },
    ),
  });
  // Sheets that hold a grid, so that its rules meet random rows too.
  const gridTop = gridValues("IIT", []).slice(0, GRID_HEADER_ROW);
  const gridSheet = sheet.map((random) => ({ ...random, values: [...gridTop, ...random.values] }));
  const registry = fc.dictionary(
    fc.constantFrom(...ROLES),
    fc.constantFrom(...Object.values(DEFAULT_SHEET_NAMES), "deleted", "ไม่มี"),
  );

  it("never throws, and every problem points inside the sheet it names", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(sheet, gridSheet), { maxLength: 4, selector: (each) => each.name }),
        fc.option(registry),
        (sheets, registered) => {
          const stored =
            registered === null ? null : { settings: settings2568(), registry: registered as SheetRegistry };
          const check = checkWorkbook({ sheets, stored, today: FY2568_TODAY });
          for (const problem of check.problems) {
            if (problem.sheet === null) continue;
            const values = sheets.find((candidate) => candidate.name === problem.sheet)?.values;
            expect(values).toBeDefined();
            if (problem.row === null || problem.column === null) continue;
            expect(problem.row).toBeGreaterThanOrEqual(1);
            expect(problem.row).toBeLessThanOrEqual(values?.length ?? 0);
            expect(columnNumber(problem.column)).toBeLessThanOrEqual(
              Math.max(...(values ?? []).map((row) => row.length)),
            );
          }
          expect(check.counts.errors + check.counts.warnings).toBe(check.problems.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
