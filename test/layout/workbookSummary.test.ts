import { findFramework } from "../../src/domain/frameworks";
import { scoreAssessment } from "../../src/domain/scoring";
import type { Cells } from "../../src/domain/sheetCells";
import { parseRange } from "../../src/layout/a1";
import { columnWidthPoints } from "../../src/layout/columnWidth";
import type { SheetRole } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_MARK } from "../../src/layout/sheetMark";
import { OVERDUE_LISTED, SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { printableWidth } from "../../src/layout/styles";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { checkSheets, type SheetForCheck } from "../../src/layout/workbookCheck";
import { NoItaSheetsError, planSummary, summaryTarget } from "../../src/layout/workbookSummary";
import {
  gridValues,
  planValues,
  scoreSheetValues,
  settings2568,
  standardPlans,
  measureRow,
} from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";

/** In fiscal year 2568, after its first quarter. */
const TODAY = { year: 2025, month: 2, day: 10 };

function workbook(
  changes: Partial<Record<SheetRole, Cells>> = {},
  extra: readonly SheetForCheck[] = [],
): SheetForCheck[] {
  const plans = standardPlans();
  const roles: SheetRole[] = ["scores", "grid-IIT", "grid-EIT", "grid-OIT", "settings"];
  return [
    ...roles.map((role) => {
      const formulas = planValues(plans[role]);
      // The settings sheet's registry is formulas; the reader needs them where they are.
      for (const block of plans[role].content) {
        const box = parseRange(block.address);
        block.formulas?.forEach((line, r) =>
          line.forEach(
            (formula, c) => ((formulas[box.top - 1 + r] as unknown[])[box.left - 1 + c] = formula),
          ),
        );
      }
      return {
        name: DEFAULT_SHEET_NAMES[role],
        visibility: role === "settings" ? ("VeryHidden" as const) : ("Visible" as const),
        values: changes[role] ?? planValues(plans[role]),
        formulas,
      };
    }),
    ...extra,
  ];
}

const typed = (): SheetForCheck[] =>
  workbook({
    scores: scoreSheetValues(SEED_2565_SCORES),
    "grid-IIT": gridValues("IIT", [
      measureRow("ดำเนินการแล้ว", "จัดทำคำสั่งมอบหมายงาน", "ต.ค.-ธ.ค. ๒๕๖๗"),
      measureRow("อยู่ระหว่างดำเนินการ", "ประชุมชี้แจงบุคลากร", "ต.ค.-ธ.ค. ๒๕๖๗", "กองคลัง"),
      measureRow("ยังไม่ดำเนินการ", '=HYPERLINK("http://x")', "ต.ค. ๒๕๖๗"),
      measureRow("ยังไม่ดำเนินการ", "เผยแพร่ประกาศ", "ก.ค.-ก.ย. ๒๕๖๘"),
    ]),
    "grid-EIT": gridValues("EIT", [
      {
        ...measureRow("อยู่ระหว่างดำเนินการ", "ปรับปรุงขั้นตอนบริการ", "ตลอดปีงบประมาณ"),
        ตัวชี้วัด: "6. คุณภาพการดำเนินงาน",
      },
    ]),
  });

describe("planSummary: the figures", () => {
  const { summary } = planSummary(typed(), TODAY);
  const framework = findFramework(2568);

  it("scores the typed scores exactly as the domain does", () => {
    expect(framework).toBeDefined();
    const expected = scoreAssessment(framework!, SEED_2565_SCORES, settings2568().thresholds);
    expect(summary.scores?.assessment).toEqual(expected);
    expect(summary.scores?.assessment.total).toBe(77.98);
    expect(summary.missingScores).toEqual([]);
  });

  it("reads the indicators against the three thresholds", () => {
    const numbers = (list: readonly { number: number }[] | undefined) => list?.map(({ number }) => number);
    expect(numbers(summary.scores?.strengths)).toEqual([1, 2, 4, 5, 9]);
    expect(numbers(summary.scores?.weaknesses)).toEqual([3, 6, 7, 8, 10]);
    expect(numbers(summary.scores?.belowExcellence)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(numbers(summary.scores?.belowPass)).toEqual([8, 10]);
  });

  it("counts the rows of each tool by status, and lists the overdue ones", () => {
    expect(summary.progress).toEqual({
      IIT: { notStarted: 2, inProgress: 1, done: 1, rows: 4 },
      EIT: { notStarted: 0, inProgress: 1, done: 0, rows: 1 },
      OIT: { notStarted: 0, inProgress: 0, done: 0, rows: 0 },
    });
    expect(summary.overdue).toEqual([
      {
        sheet: DEFAULT_SHEET_NAMES["grid-IIT"],
        row: GRID_FIRST_DATA_ROW + 1,
        tool: "IIT",
        measure: "ประชุมชี้แจงบุคลากร",
        responsible: "กองคลัง",
        period: "ต.ค.-ธ.ค. ๒๕๖๗",
        status: "inProgress",
      },
      {
        sheet: DEFAULT_SHEET_NAMES["grid-IIT"],
        row: GRID_FIRST_DATA_ROW + 2,
        tool: "IIT",
        measure: '=HYPERLINK("http://x")',
        responsible: "สำนักปลัด",
        period: "ต.ค. ๒๕๖๗",
        status: "notStarted",
      },
    ]);
  });

  it("lists as overdue exactly the rows the check reports overdue", () => {
    const check = checkSheets(typed(), TODAY);
    const overdue = check.problems.filter(({ rule }) => rule === "period.overdue");
    expect(summary.overdue.map(({ sheet, row }) => `${sheet}!${row}`)).toEqual(
      overdue.map(({ sheet, row }) => `${sheet}!${row}`),
    );
  });

  it("reads scores typed in Thai digits or as text, and names the indicators still without a score", () => {
    const thai = planSummary(
      workbook({ scores: scoreSheetValues(["๙๘.๒๑", ...SEED_2565_SCORES.slice(1)]) }),
      TODAY,
    );
    expect(thai.summary.scores?.assessment.total).toBe(77.98);
    const partial = planSummary(
      workbook({ scores: scoreSheetValues([98.21, "", "ไม่ทราบ", ...SEED_2565_SCORES.slice(3, 9), 120]) }),
      TODAY,
    );
    expect(partial.summary.scores).toBeNull();
    expect(partial.summary.missingScores).toEqual([2, 3, 10]);
  });
});

describe("planSummary: the memo", () => {
  it("walks the result, the ranking, strengths, the weakest, what comes first and progress, in Thai digits", () => {
    const { memo } = planSummary(typed(), TODAY);
    expect(memo).toHaveLength(7);
    const [overall, ranking, strengths, weakest, priority, progress, closing] = memo as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    expect(overall).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(overall).toContain('ได้คะแนนรวมร้อยละ ๗๗.๙๘ ผลการประเมินอยู่ในระดับ "ไม่ผ่าน" (เกณฑ์ผ่านร้อยละ ๘๕)');
    const order = [...ranking.matchAll(/ตัวชี้วัดที่ ([๐-๙]+) \S+ ได้คะแนนเฉลี่ยร้อยละ ([๐-๙.]+)/g)].map((m) => m[2]);
    expect(order).toEqual([
      "๙๘.๒๑",
      "๙๔.๔๕",
      "๙๔.๓๕",
      "๙๐.๘๘",
      "๙๐.๒๐",
      "๘๙.๐๐",
      "๘๗.๓๕",
      "๘๗.๒๔",
      "๘๒.๑๘",
      "๓๑.๒๕",
    ]);
    expect(strengths).toMatch(/^ตัวชี้วัดที่เป็นจุดแข็ง \(ได้คะแนนตั้งแต่ร้อยละ ๙๐ ขึ้นไป\) มี ๕ ตัวชี้วัด/);
    expect(strengths).toContain("จุดอ่อนที่ต้องพัฒนา (ได้คะแนนต่ำกว่าร้อยละ ๙๐) มี ๕ ตัวชี้วัด");
    expect(weakest).toBe(
      "ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนนเฉลี่ยร้อยละ ๓๑.๒๕ ซึ่งต่ำกว่าเกณฑ์ผ่านร้อยละ ๘๕",
    );
    // Urgent: only the two under the pass mark. The seven under 95, strengths among them, are to be raised.
    expect(priority).toMatch(
      /^ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่านร้อยละ ๘๕ ซึ่งต้องปรับปรุงโดยเร่งด่วน มี ๒ ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ๑๐ .* และตัวชี้วัดที่ ๘ /,
    );
    expect(priority).toContain(
      " ส่วนตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ๙๕ ซึ่งควรยกระดับให้ถึงระดับดีเยี่ยม มี ๗ ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ๗ ",
    );
    expect(progress).toContain("มีทั้งหมด ๕ มาตรการ ดำเนินการแล้ว ๑ มาตรการ (ร้อยละ ๒๐.๐๐)");
    expect(progress).toContain("เลยกำหนดระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ ๒ มาตรการ");
    expect(closing).toBe("จึงเรียนมาเพื่อโปรดทราบและพิจารณา");
    expect(memo.join("")).not.toMatch(/[0-9]/);
  });

  it("writes Arabic digits on request, in the sheet as well", () => {
    const { memo, plan } = planSummary(typed(), TODAY, "arabic");
    expect(memo.join("")).not.toMatch(/[๐-๙]/);
    expect(memo[0]).toContain("77.98");
    // The periods of the overdue rows are listed as staff typed them.
    const typedPeriods = new Set(["ต.ค.-ธ.ค. ๒๕๖๗", "ต.ค. ๒๕๖๗"]);
    const ours = planValues(plan)
      .flat()
      .filter((cell) => !typedPeriods.has(cell as string));
    expect(ours.join("")).not.toMatch(/[๐-๙]/);
  });

  it("says which scores are missing instead of figures", () => {
    const { memo } = planSummary(workbook(), TODAY);
    expect(memo[0]).toContain("เนื่องจากยังไม่ได้กรอกคะแนนของตัวชี้วัดที่ ๑");
    expect(memo[1]).toBe("สำหรับมาตรการส่งเสริมคุณธรรมและความโปร่งใส ยังไม่มีการบันทึกมาตรการในตารางติดตาม");
  });
});

describe("planSummary: the sheet", () => {
  const { plan, summary, memo } = planSummary(typed(), TODAY);
  const values = planValues(plan);
  const text = (cells: Cells) => cells.flat().map(String);

  it("is ours, and untouched as written", () => {
    expect(plan.name).toBe(SUMMARY_SHEET_NAME);
    expect(SUMMARY_MARK.isOn(values)).toBe(true);
    expect(SUMMARY_MARK.isUntouched(values)).toBe(true);
    const edited = values.map((line) => [...line]);
    (edited[5] as unknown[])[4] = "บันทึกของผู้ใช้";
    expect(SUMMARY_MARK.isUntouched(edited)).toBe(false);
    // Beside the marker, in its hidden column, or right of it: typed there all the same.
    for (const [row, column] of [
      [4, 7],
      [2, 9],
    ] as const) {
      const beside = values.map((line) => [...line]);
      (beside[row] as unknown[])[column] = 0;
      expect(SUMMARY_MARK.isUntouched(beside)).toBe(false);
    }
  });

  it("holds the figures, the ranking, the progress, the overdue rows and the memo", () => {
    const all = text(values);
    expect(all).toContain(summary.settings.agency === "" ? "" : summary.settings.agency);
    expect(all).toContain("จัดทำเมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘");
    expect(values.flat()).toContain(77.98);
    expect(all).toContain("๑๐. การป้องกันการทุจริต");
    expect(all).toContain("ประชุมชี้แจงบุคลากร");
    for (const paragraph of memo) expect(all).toContain(`        ${paragraph}`);
  });

  it("writes what staff typed as values, never as formulas", () => {
    expect(plan.content.every((block) => block.formulas === undefined)).toBe(true);
    expect(values.flat()).toContain('=HYPERLINK("http://x")');
  });

  it("charts the ten scores over its own cells, with the three thresholds as lines", () => {
    const chart = plan.chart!;
    const cellsOf = (address: string) => {
      const box = parseRange(address);
      return values.slice(box.top - 1, box.bottom).map((line) => line[box.left - 1]);
    };
    expect(cellsOf(chart.series[0]!.values)).toEqual(
      summary.scores!.assessment.indicators.map(({ score }) => score),
    );
    expect(chart.series.slice(1).map((series) => cellsOf(series.values)[0])).toEqual([85, 90, 95]);
    expect(chart.series.map(({ kind }) => kind)).toEqual(["column", "line", "line", "line"]);
    expect(cellsOf(chart.categories)[0]).toBe("๑. การปฏิบัติหน้าที่");
    const placement = parseRange(chart.placement);
    const dataTop = parseRange(chart.categories).top;
    expect(placement.bottom).toBeLessThan(dataTop);
    expect(
      values
        .slice(placement.top - 1, placement.bottom)
        .flat()
        .every((cell) => cell === "" || cell === undefined),
    ).toBe(true);
  });

  it("prints on A4 portrait one page wide at full size, where its break before the chart counts in Excel", () => {
    expect(plan.print).toMatchObject({
      orientation: "Portrait",
      paper: "A4",
      fitToOnePageWide: false,
      scale: 100,
    });
    const page = printableWidth("Portrait");
    const widths = plan.columnWidths.reduce((sum, { width }) => sum + columnWidthPoints(width), 0);
    // Within the page also where LibreOffice draws the columns wider (workbookPlan.test.ts says why).
    expect(widths).toBeLessThanOrEqual((page * 7) / 7.43);
    // The break before the chart, and one before any heading that would print at a page's foot.
    const breaks = plan.print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(1);
    const values = planValues(plan);
    breaks.forEach((row) => expect(String(values[row - 1]?.[0])).toMatch(/^[๐-๙0-9]+\. /));
  });

  it("cuts a measure longer than a printed page needs, on the sheet and in the memo", () => {
    const long = "ก".repeat(100_000);
    const made = planSummary(
      workbook({ "grid-IIT": gridValues("IIT", [measureRow("อยู่ระหว่างดำเนินการ", long, "ต.ค. ๒๕๖๗", long)]) }),
      TODAY,
    );
    const cells = planValues(made.plan).flat().map(String);
    expect(Math.max(...cells.map((cell) => cell.length))).toBeLessThan(1_000);
    expect(cells.some((cell) => cell.startsWith("กกก") && cell.endsWith("…"))).toBe(true);
    expect(Math.max(...made.memo.map((paragraph) => paragraph.length))).toBeLessThan(1_000);
  });

  it("lists at most OVERDUE_LISTED overdue rows and says how many more there are", () => {
    const many = Array.from({ length: OVERDUE_LISTED + 3 }, (_, index) =>
      measureRow("อยู่ระหว่างดำเนินการ", `มาตรการ ${index}`, "ต.ค. ๒๕๖๗"),
    );
    const big = planSummary(
      workbook({ scores: scoreSheetValues(SEED_2565_SCORES), "grid-IIT": gridValues("IIT", many) }),
      TODAY,
    );
    expect(big.summary.overdue).toHaveLength(OVERDUE_LISTED + 3);
    const all = text(planValues(big.plan));
    expect(all).toContain(`มาตรการ ${OVERDUE_LISTED - 1}`);
    expect(all).not.toContain(`มาตรการ ${OVERDUE_LISTED}`);
    expect(all.some((cell) => cell.startsWith("และอีก ๓ รายการ"))).toBe(true);
  });
});

describe("planSummary: a workbook without our sheets", () => {
  it("refuses before planning anything", () => {
    const foreign: SheetForCheck = {
      name: "งบประมาณ",
      visibility: "Visible",
      values: [["รายการ"]],
      formulas: [],
    };
    expect(() => planSummary([foreign], TODAY)).toThrow(NoItaSheetsError);
  });
});

describe("summaryTarget: which sheet a summary goes to", () => {
  const written = planSummary(typed(), TODAY);
  const summarySheet = (name: string, values = planValues(written.plan)): SheetForCheck => ({
    name,
    visibility: "Visible",
    values,
    formulas: [],
  });

  it("adds one under our name to a workbook without one", () => {
    expect(summaryTarget(typed())).toEqual({ name: SUMMARY_SHEET_NAME, replaces: null, keptEdited: null });
  });

  it("replaces ours where it stands when nobody has typed in it", () => {
    const sheets = workbook({}, [summarySheet(SUMMARY_SHEET_NAME)]);
    expect(summaryTarget(sheets)).toEqual({
      name: SUMMARY_SHEET_NAME,
      replaces: { name: SUMMARY_SHEET_NAME, position: 5 },
      keptEdited: null,
    });
  });

  it("keeps ours when someone typed in it, and writes the new one beside it", () => {
    const edited = planValues(written.plan).map((line) => [...line]);
    (edited[6] as unknown[])[3] = "ผู้บริหารรับทราบแล้ว";
    const sheets = workbook({}, [summarySheet(SUMMARY_SHEET_NAME, edited)]);
    expect(summaryTarget(sheets)).toEqual({
      name: `${SUMMARY_SHEET_NAME} (2)`,
      replaces: null,
      keptEdited: SUMMARY_SHEET_NAME,
    });
  });

  it("never takes over a sheet of someone else's with our name, nor one of ours renamed to keep it", () => {
    const foreign = summarySheet(SUMMARY_SHEET_NAME, [["สรุปผลของฉัน"]]);
    expect(summaryTarget(workbook({}, [foreign])).name).toBe(`${SUMMARY_SHEET_NAME} (2)`);
    const kept = summarySheet("สรุปไตรมาส 1");
    expect(summaryTarget(workbook({}, [kept]))).toEqual({
      name: SUMMARY_SHEET_NAME,
      replaces: null,
      keptEdited: null,
    });
  });

  it("is not read as a grid or a score sheet by a check", () => {
    const withSummary = workbook({}, [summarySheet(SUMMARY_SHEET_NAME)]);
    const check = checkSheets(withSummary, TODAY);
    expect(check.problems.filter(({ sheet }) => sheet === SUMMARY_SHEET_NAME)).toEqual([]);
    expect(check.grids.map(({ sheet }) => sheet)).not.toContain(SUMMARY_SHEET_NAME);
  });
});

describe("planSummary: the OIT web page, from the register read in the same pass", () => {
  const register: SheetForCheck = {
    name: DEFAULT_SHEET_NAMES["oit-register"],
    visibility: "Visible",
    values: planValues(standardPlans()["oit-register"]),
    formulas: [],
  };

  it("is null for a workbook without a register", () => {
    expect(planSummary(typed(), TODAY).oitPage).toBeNull();
  });

  it("lists the register's items under the workbook's agency, year and digits, or the digits asked for", () => {
    const { oitPage } = planSummary([...typed(), register], TODAY);
    expect(oitPage?.fiscalYear).toBe(2568);
    expect(oitPage?.digits).toBe("thai");
    expect(oitPage?.rows.map((row) => row.code)).toEqual(
      checkSheets([...typed(), register], TODAY).oitRegister?.map((row) => row.code),
    );
    expect(oitPage?.rows.length).toBeGreaterThan(0);
    expect(planSummary([...typed(), register], TODAY, "arabic").oitPage?.digits).toBe("arabic");
  });
});
