import fc from "fast-check";
import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import type { ToolId } from "../../src/domain/framework";
import { SUPPORTED_FISCAL_YEARS } from "../../src/domain/frameworks";
import { CANONICAL_MARK, EMPTY_SIGNS, MARKED_SIGNS, parseStatusMark } from "../../src/domain/statusMark";
import type { WorkbookSettings } from "../../src/domain/workbookSettings";
import { cellAddress, columnLetter, parseRange } from "../../src/layout/a1";
import type { CellValue, SheetPlan, SheetRole } from "../../src/layout/plan";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { gridRole, resolveSheetNames } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { DEFAULT_NAMES, frameworkOf, settingsFor, sheetOf } from "./fixtures";
import { workbookOf } from "./planWorkbook";
import { SEED_2565_SCORES } from "../support/seedScores";

const TOOLS: readonly ToolId[] = ["IIT", "EIT", "OIT"];

function grid(settings: WorkbookSettings, tool: ToolId, names = DEFAULT_NAMES): SheetPlan {
  return sheetOf(workbookPlan(settings, names), gridRole(tool));
}

/** The text written at a cell by the plan's value blocks. */
function valueAt(sheet: SheetPlan, address: string): CellValue | undefined {
  const target = parseRange(address);
  for (const block of sheet.content) {
    const box = parseRange(block.address);
    if (target.top < box.top || target.top > box.bottom || target.left < box.left || target.left > box.right)
      continue;
    return block.values?.[target.top - box.top]?.[target.left - box.left];
  }
  return undefined;
}

function headers(sheet: SheetPlan): string[] {
  const table = parseRange(sheet.table?.address as string);
  return Array.from(
    { length: table.right },
    (_, index) => valueAt(sheet, cellAddress(table.top, index + 1)) as string,
  );
}

function columnOf(sheet: SheetPlan, header: string): string {
  const index = headers(sheet).indexOf(header);
  if (index < 0) throw new Error(`no column headed ${header}`);
  return columnLetter(index + 1);
}

const EXPECTED_HEADERS = [
  "ลำดับ",
  "ตัวชี้วัด",
  "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน",
  "มาตรการ/กิจกรรม",
  "ขั้นตอนหรือวิธีปฏิบัติ",
  "ผู้รับผิดชอบ",
  "ระยะเวลาดำเนินการ",
  "ยังไม่ดำเนินการ",
  "อยู่ระหว่างดำเนินการ",
  "ดำเนินการแล้ว",
  "ไตรมาส ๑",
  "ไตรมาส ๒",
  "ไตรมาส ๓",
  "ไตรมาส ๔",
  "สรุปผลการดำเนินการ",
  "ผลลัพธ์",
  "ข้อเสนอแนะ",
  "หมายเหตุ",
  "คะแนนตัวชี้วัด",
  "ระดับ",
];

describe("a tracking grid's headers", () => {
  it.each(TOOLS)("%s: the seeds' columns in order, the status and quarter headers exactly", (tool) => {
    for (const digitStyle of ["thai", "arabic"] as const) {
      const sheet = grid(settingsFor(2568, { digitStyle }), tool);
      const row = headers(sheet);
      expect(row).toEqual(EXPECTED_HEADERS);
      const status = row.indexOf("ยังไม่ดำเนินการ");
      expect(row.slice(status, status + 3)).toEqual(["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"]);
      expect(row.some((header) => header.includes("มาตรการ"))).toBe(true);
    }
  });

  it("sit the group headers, merged, in the row above the table, over the status and quarter columns", () => {
    const sheet = grid(settingsFor(2568), "IIT");
    const table = parseRange(sheet.table?.address as string);
    const groupRow = table.top - 1;
    const status = columnOf(sheet, "ยังไม่ดำเนินการ");
    const done = columnOf(sheet, "ดำเนินการแล้ว");
    expect(valueAt(sheet, `${status}${groupRow}`)).toBe("สถานะการดำเนินการ");
    expect(sheet.merges).toContain(`${status}${groupRow}:${done}${groupRow}`);
    const first = columnOf(sheet, "ไตรมาส ๑");
    const last = columnOf(sheet, "ไตรมาส ๔");
    expect(valueAt(sheet, `${first}${groupRow}`)).toBe("ความก้าวหน้ารายไตรมาส");
    expect(sheet.merges).toContain(`${first}${groupRow}:${last}${groupRow}`);
  });

  it("open with the seeds' title, the agency and the fiscal year in the workbook's digits", () => {
    const thai = grid(settingsFor(2568), "OIT");
    // After the number and indicator, which the second printed page repeats: no title shows there cut.
    expect(valueAt(thai, "C1")).toBe(
      "ความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส: แบบวัด OIT (แบบตรวจการเปิดเผยข้อมูลสาธารณะ)",
    );
    expect(valueAt(thai, "C2")).toBe("องค์การบริหารส่วนตำบลมะเฟือง");
    expect(valueAt(thai, "C3")).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(["A1", "B1", "A2", "B2", "A3", "B3"].map((address) => valueAt(thai, address) ?? "")).toEqual(
      Array(6).fill(""),
    );
    expect(valueAt(grid(settingsFor(2568, { digitStyle: "arabic" }), "OIT"), "C3")).toBe(
      "ปีงบประมาณ พ.ศ. 2568",
    );
  });
});

describe("a tracking grid's table", () => {
  it.each(TOOLS)("%s: covers the header row and the prepared rows, with no merged cell inside", (tool) => {
    const sheet = grid(settingsFor(2568), tool);
    expect(sheet.table?.name).toBe(`ITA_${tool}`);
    const table = parseRange(sheet.table?.address as string);
    expect(table.top).toBe(GRID_HEADER_ROW);
    expect(table.left).toBe(1);
    expect(table.right).toBe(EXPECTED_HEADERS.length);
    expect(table.bottom - table.top).toBeGreaterThanOrEqual(3);
    for (const merge of sheet.merges) expect(parseRange(merge).bottom).toBeLessThan(table.top);
    expect(sheet.freeze?.rows).toBe(table.top);
    expect(sheet.print?.titleRows).toBe(`$${table.top - 1}:$${table.top}`);
    expect(sheet.print?.orientation).toBe("Landscape");
  });

  it("offer, in the indicator drop-down, exactly the tool's indicators of that year, and keep other text", () => {
    for (const year of SUPPORTED_FISCAL_YEARS) {
      for (const tool of TOOLS) {
        const sheet = grid(settingsFor(year), tool);
        const column = columnOf(sheet, "ตัวชี้วัด");
        const validation = sheet.validations.find((candidate) => candidate.address.startsWith(column));
        const expected = frameworkOf(year)
          .indicators.filter((indicator) => indicator.tool === tool)
          .map((indicator) => `${indicator.number}. ${indicator.nameTh}`);
        expect(validation?.rule).toEqual({ kind: "list", items: expected });
        expect(validation?.error.style).toBe("warning");
        const data = parseRange(validation?.address as string);
        expect([data.top, data.bottom]).toEqual([
          GRID_FIRST_DATA_ROW,
          parseRange(sheet.table?.address as string).bottom,
        ]);
      }
    }
  });

  it("offer ✓ in the status cells, as a warning so the seeds' ○ ⊗ √ / can stay", () => {
    const sheet = grid(settingsFor(2568), "IIT");
    const status = `${columnOf(sheet, "ยังไม่ดำเนินการ")}${GRID_FIRST_DATA_ROW}:${columnOf(sheet, "ดำเนินการแล้ว")}`;
    const validation = sheet.validations.find((candidate) => candidate.address.startsWith(status));
    expect(validation?.rule).toEqual({ kind: "list", items: [CANONICAL_MARK] });
    expect(validation?.error.style).toBe("warning");
  });

  it("compute the score and band columns as calculated columns, in plain A1 references", () => {
    const sheet = grid(settingsFor(2568), "EIT");
    const columns = sheet.table?.calculatedColumns ?? [];
    expect(columns.map((column) => column.header)).toEqual(["คะแนนตัวชี้วัด", "ระดับ"]);
    for (const column of columns) {
      expect(column.formula).not.toMatch(/\[|@|#This Row/);
      const first = `${columnOf(sheet, column.header)}${GRID_FIRST_DATA_ROW}`;
      const block = sheet.content.find(
        (candidate) => candidate.formulas && parseRange(candidate.address).top === GRID_FIRST_DATA_ROW,
      );
      const offset = parseRange(first).left - parseRange(block?.address as string).left;
      expect(block?.formulas?.[0]?.[offset]).toBe(column.formula);
    }
  });
});

describe("the score and band lookups", () => {
  function lookups(names: Record<SheetRole, string>) {
    const settings = settingsFor(2565);
    const plan = workbookPlan(settings, names);
    const workbook = workbookOf(plan.sheets);
    const layout = scoreSheetLayout(frameworkOf(2565));
    const scores = [...SEED_2565_SCORES.slice(0, 9), null];
    scores.forEach((score, index) =>
      workbook.set(names.scores, cellAddress(layout.firstIndicatorRow + index, 3), score),
    );
    const sheet = sheetOf(plan, "grid-IIT");
    const [scoreColumn, bandColumn] = (sheet.table?.calculatedColumns ?? []).map(
      (column) => column.formula,
    ) as [string, string];
    const first = `${columnOf(sheet, "คะแนนตัวชี้วัด")}${GRID_FIRST_DATA_ROW}`;
    return (indicator: CellValue, row = GRID_FIRST_DATA_ROW) => {
      workbook.set(names["grid-IIT"], `B${row}`, indicator);
      const at = cellAddress(row, parseRange(first).left);
      return [scoreColumn, bandColumn].map((formula) =>
        workbook.evaluate(names["grid-IIT"], formula, { writtenFor: first, appliedAt: at }),
      );
    };
  }

  it("give the row's indicator its current score and band from the score sheet", () => {
    const lookup = lookups(DEFAULT_NAMES);
    expect(lookup("3. การใช้อำนาจ")).toEqual([89, DEFAULT_BAND_NAMES.below90]);
    expect(lookup("1. การปฏิบัติหน้าที่", 40)).toEqual([98.21, DEFAULT_BAND_NAMES.top]);
  });

  it('give "" with no indicator, a name not in the list, or no score yet', () => {
    const lookup = lookups(DEFAULT_NAMES);
    expect(lookup(null)).toEqual(["", ""]);
    expect(lookup("การใช้ทรัพย์สินทางราชการ")).toEqual(["", ""]);
    expect(lookup("10. การป้องกันการทุจริต")).toEqual(["", ""]);
  });

  it("reference the score sheet by its real name, quoted as Excel needs", () => {
    const renamed = resolveSheetNames(["คะแนน ITA", "It's mine"], { scores: "It's mine" }).names;
    expect(renamed.scores).toBe("It's mine");
    expect(lookups(renamed)("3. การใช้อำนาจ")).toEqual([89, DEFAULT_BAND_NAMES.below90]);
    const clashed = resolveSheetNames(["คะแนน ITA"], {}).names;
    expect(lookups(clashed)("2. การใช้งบประมาณ")).toEqual([94.45, DEFAULT_BAND_NAMES.below95]);
  });
});

describe("the status colour", () => {
  const sheet = grid(settingsFor(2568), "IIT");
  const [rule] = sheet.conditionalFormats;
  const statusColumns = ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"].map((header) =>
    columnOf(sheet, header),
  );
  const measure = columnOf(sheet, "มาตรการ/กิจกรรม");
  const scoreColumn = columnOf(sheet, "คะแนนตัวชี้วัด");

  /** Whether the rule colours each of the row's three status cells, the row holding `measureText` and `marks`. */
  function flagged(measureText: string | null, marks: readonly CellValue[], row = 8): boolean[] {
    const workbook = workbookOf([sheet]);
    workbook.set(sheet.name, `${measure}${row}`, measureText);
    marks.forEach((mark, index) => workbook.set(sheet.name, `${statusColumns[index]}${row}`, mark));
    const topLeft = parseRange(rule?.address as string);
    return statusColumns.map(
      (column) =>
        workbook.evaluate(sheet.name, rule?.formula as string, {
          writtenFor: cellAddress(topLeft.top, topLeft.left),
          appliedAt: `${column}${row}`,
        }) === true,
    );
  }

  it("covers the three status cells of every row of the table", () => {
    const box = parseRange(rule?.address as string);
    expect([columnLetter(box.left), columnLetter(box.right)]).toEqual([statusColumns[0], statusColumns[2]]);
    expect([box.top, box.bottom]).toEqual([
      GRID_FIRST_DATA_ROW,
      parseRange(sheet.table?.address as string).bottom,
    ]);
  });

  it.each<[string, boolean, string | null, CellValue[]]>([
    ["a started row with one ✓", false, "ประชุมชี้แจง", [null, null, "✓"]],
    ["the seed's ○ ○ ⊗", false, "ประชุมชี้แจง", ["○", "○", "⊗"]],
    ["a started row with no mark", true, "ประชุมชี้แจง", [null, null, null]],
    ["a started row with only empty signs", true, "ประชุมชี้แจง", ["-", "○", 0]],
    ["two marks", true, "ประชุมชี้แจง", ["✓", null, "√"]],
    ["an empty row", false, null, [null, null, null]],
    ["a row whose only content is one mark", false, null, ["/", null, null]],
  ])("%s: coloured %p", (_, expected, measureText, marks) => {
    expect(flagged(measureText, marks)).toEqual([expected, expected, expected]);
  });

  it("is not set off by the looked-up score and band columns", () => {
    expect(parseRange(rule?.address as string).right).toBeLessThan(parseRange(`${scoreColumn}1`).left);
    expect(rule?.formula).not.toContain(`$${scoreColumn}`);
  });

  it("colours a row exactly when its status is not one mark as parseStatusMark reads them (property)", () => {
    const sign = fc.constantFrom<CellValue>(null, ...MARKED_SIGNS, ...EMPTY_SIGNS);
    fc.assert(
      fc.property(
        fc.option(fc.constant("มาตรการ"), { nil: null }),
        fc.tuple(sign, sign, sign),
        (text, marks) => {
          const started = text !== null || marks.some((mark) => mark !== null);
          const count = marks.filter((mark) => parseStatusMark(mark).kind === "marked").length;
          const expected = started && count !== 1;
          expect(flagged(text, marks)).toEqual([expected, expected, expected]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
