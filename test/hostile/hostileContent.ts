// Hostile content for the standard workbook, described once and typed two ways: into Excel (the fake
// host, after the task pane's insert) and into an .xlsx file (the workbook `ita-tracker new` writes),
// so that the task pane and the command line can be shown to meet the same cells alike.
// docs/hostile-input.md lists the cases and what each action does with them.
import type { CellValue, Workbook } from "exceljs";
import type { CalendarDate } from "../../src/domain/thaiCalendar";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { parseRange } from "../../src/layout/a1";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { insert, TODAY } from "../excel/insertFixture";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";

export const IIT = DEFAULT_SHEET_NAMES["grid-IIT"];
export const SCORES = DEFAULT_SHEET_NAMES.scores;
export const AGENCY = "เทศบาลตำบลคลองพน";

/** A cell as typed: text is always text, a formula comes with what Excel shows for it, a date is a date. */
export type Typed =
  string | number | { readonly formula: string; readonly shows: string } | { readonly date: CalendarDate };

/** Cells by address ("D6"); "" empties a cell. */
export type Cells = Readonly<Record<string, Typed>>;

export interface HostileContent {
  /** Cells of the IIT grid. */
  readonly grid?: Cells;
  /** Cells of the score sheet, whose scores are C6:C15. */
  readonly scores?: Cells;
  /** Areas of the IIT grid merged after typing. */
  readonly gridMerges?: readonly string[];
}

export interface HostileCase {
  /** The row of docs/hostile-input.md. */
  readonly title: string;
  readonly content: HostileContent;
}

/** The grid's headers, A to T, as the standard workbook has them. */
export const HEADERS: readonly string[] = (() => {
  const grid = standardWorkbook(defaultSettings(TODAY)).workbook.getWorksheet(IIT);
  return (grid?.getRow(GRID_HEADER_ROW).values as unknown[]).slice(1).map(String);
})();

/** The column letter of a header. */
export function columnOf(header: string, headers: readonly string[] = HEADERS): string {
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column headed ${header}`);
  return String.fromCharCode(65 + index);
}

/** A measure row that checks clean on TODAY (21 Nov 2025): not started, its period starting in December. */
export const CLEAN_MEASURE: Readonly<Record<string, Typed>> = {
  ลำดับ: 1,
  ตัวชี้วัด: "1. การปฏิบัติหน้าที่",
  "มาตรการ/กิจกรรม": "จัดทำคู่มือการปฏิบัติงาน",
  ผู้รับผิดชอบ: "สำนักปลัด",
  ระยะเวลาดำเนินการ: "ธ.ค. 2568 - มี.ค. 2569",
  ยังไม่ดำเนินการ: "✓",
};

/** Row `row` of the grid: the clean measure with `changes`, by header, laid out under `headers`. */
export function measureRow(
  row: number,
  changes: Readonly<Record<string, Typed>> = {},
  headers: readonly string[] = HEADERS,
): Cells {
  const cells = { ...CLEAN_MEASURE, ...changes };
  return Object.fromEntries(
    Object.entries(cells).map(([header, typed]) => [`${columnOf(header, headers)}${row}`, typed]),
  );
}

const FIRST = GRID_FIRST_DATA_ROW;

/** Days from Excel's day 0 (30 Dec 1899), as a date cell holds them. */
export function serialOf({ year, month, day }: CalendarDate): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Headers A to R in another order, as after a user moved columns; the looked-up S and T stay. */
const MOVED_HEADERS = [
  ...HEADERS.slice(0, 3),
  ...HEADERS.slice(7, 10),
  HEADERS[5] as string,
  HEADERS[3] as string,
  HEADERS[6] as string,
  HEADERS[4] as string,
  ...HEADERS.slice(10),
];

/** The grid after its fifth column (ขั้นตอนหรือวิธีปฏิบัติ) was deleted: the others one to the left. */
const AFTER_DELETION = [...HEADERS.slice(0, 4), ...HEADERS.slice(5), ""];

function headerRow(headers: readonly string[]): Cells {
  return Object.fromEntries(headers.map((header, index) => [`${String.fromCharCode(65 + index)}5`, header]));
}

/** Rows that differ in one rule each, for the cases that move the grid's columns about. */
function rowsUnder(headers: readonly string[]): Cells {
  return {
    ...measureRow(FIRST, {}, headers),
    ...measureRow(FIRST + 1, { ผู้รับผิดชอบ: "" }, headers),
    ...measureRow(FIRST + 2, { ยังไม่ดำเนินการ: "", ดำเนินการแล้ว: "✓", ระยะเวลาดำเนินการ: "ต.ค. 2568" }, headers),
    ...measureRow(FIRST + 3, { ตัวชี้วัด: "6. คุณภาพการดำเนินงาน" }, headers),
  };
}

const LONG = 100_000;

/** The cases both sides meet alike. Those only one side can meet are in its own test file. */
export const SHARED_CASES: readonly HostileCase[] = [
  {
    title: "merged cells across the grid",
    content: {
      // A measure of three steps below the table, its other cells merged down over the three rows as
      // reports pasted from Word have them, and a measure merged across its measure, steps and unit.
      grid: {
        ...measureRow(12),
        [`${columnOf("ขั้นตอนหรือวิธีปฏิบัติ")}12`]: "ขั้นตอนที่ ๑",
        [`${columnOf("ขั้นตอนหรือวิธีปฏิบัติ")}13`]: "ขั้นตอนที่ ๒",
        [`${columnOf("ขั้นตอนหรือวิธีปฏิบัติ")}14`]: "ขั้นตอนที่ ๓",
        ...measureRow(15, { "มาตรการ/กิจกรรม": "ประชุมชี้แจงโดยสำนักปลัด", ผู้รับผิดชอบ: "" }),
      },
      gridMerges: [
        "A12:A14",
        "B12:B14",
        "C12:C14",
        "D12:D14",
        "F12:F14",
        "G12:G14",
        "H12:H14",
        "I12:I14",
        "J12:J14",
        "D15:F15",
      ],
    },
  },
  {
    title: "moved columns",
    content: { grid: { ...headerRow(MOVED_HEADERS), ...rowsUnder(MOVED_HEADERS) } },
  },
  {
    title: "deleted columns",
    content: { grid: { ...headerRow(AFTER_DELETION), ...rowsUnder(AFTER_DELETION) } },
  },
  {
    title: "formulas returning #REF! or #N/A",
    content: {
      grid: {
        ...measureRow(FIRST, { ยังไม่ดำเนินการ: { formula: "=NA()", shows: "#N/A" } }),
        ...measureRow(FIRST + 1, { ระยะเวลาดำเนินการ: { formula: "=#REF!", shows: "#REF!" } }),
        ...measureRow(FIRST + 2, { "มาตรการ/กิจกรรม": { formula: "=NA()", shows: "#N/A" } }),
      },
      scores: { C6: { formula: "=NA()", shows: "#N/A" }, C7: { formula: "=#DIV/0!", shows: "#DIV/0!" } },
    },
  },
  {
    title: "cells of 100,000 characters",
    content: {
      grid: {
        ...measureRow(FIRST, { "มาตรการ/กิจกรรม": "ก".repeat(LONG) }),
        ...measureRow(FIRST + 1, { ระยะเวลาดำเนินการ: "ต.ค. ".repeat(LONG / 5) }),
      },
      scores: { C6: "9".repeat(LONG) },
    },
  },
  {
    title: "emoji and stacked Thai marks",
    content: {
      grid: {
        ...measureRow(FIRST, { ยังไม่ดำเนินการ: "👍🏽" }),
        ...measureRow(FIRST + 1, { ยังไม่ดำเนินการ: "✔️" }),
        ...measureRow(FIRST + 2, { "มาตรการ/กิจกรรม": "ก่่่่่่ทดสอบ 👨‍👩‍👧", ผู้รับผิดชอบ: "กองคลัง ✅" }),
        ...measureRow(FIRST + 3, { ระยะเวลาดำเนินการ: "👍🏽" }),
      },
    },
  },
  {
    title: "text starting with = + - @",
    content: {
      grid: {
        ...measureRow(FIRST, { "มาตรการ/กิจกรรม": "=SUM(1,2)", ผู้รับผิดชอบ: "+66 81 234 5678" }),
        ...measureRow(FIRST + 1, { "มาตรการ/กิจกรรม": "-ทดสอบ", ผู้รับผิดชอบ: "@หน่วยงาน" }),
      },
    },
  },
  {
    title: "numbers stored as text",
    content: { grid: measureRow(FIRST, { ลำดับ: "1" }), scores: { C6: "95", C7: "88.5" } },
  },
  {
    title: "Thai digits",
    content: {
      grid: measureRow(FIRST, {
        ลำดับ: "๑",
        ตัวชี้วัด: "๑. การปฏิบัติหน้าที่",
        ระยะเวลาดำเนินการ: "ธ.ค. ๒๕๖๘ - มี.ค. ๒๕๖๙",
      }),
      scores: { C6: "๙๔.๗๐", C7: "๑๐๐" },
    },
  },
  {
    title: "dates as serial numbers and as text",
    content: {
      grid: {
        ...measureRow(FIRST, inProgress({ date: { year: 2025, month: 3, day: 31 } })),
        ...measureRow(FIRST + 1, inProgress("31/3/2568")),
        ...measureRow(FIRST + 2, { ระยะเวลาดำเนินการ: 2568 }),
        ...measureRow(FIRST + 3, { ระยะเวลาดำเนินการ: { date: { year: 2026, month: 1, day: 15 } } }),
      },
      scores: { C6: { date: { year: 2025, month: 3, day: 31 } } },
    },
  },
];

/** A measure in progress over `period`, with this quarter's progress written. */
function inProgress(period: Typed): Readonly<Record<string, Typed>> {
  return { ยังไม่ดำเนินการ: "", อยู่ระหว่างดำเนินการ: "✓", "ไตรมาส ๑": "ประชุมแล้ว", ระยะเวลาดำเนินการ: period };
}

export function hostileCase(title: string): HostileCase {
  const found = SHARED_CASES.find((each) => each.title === title);
  if (!found) throw new Error(`no hostile case "${title}"`);
  return found;
}

// ---- typed into Excel (the fake host)

/** What a user types into Excel for `typed`: text behind an apostrophe, so that Excel keeps it text. */
function excelInput(typed: Typed): { values?: unknown; formulas?: string } {
  if (typeof typed === "number") return { values: typed };
  if (typeof typed === "string") return { values: typed === "" ? "" : `'${typed}` };
  if ("formula" in typed) return { formulas: typed.formula };
  return { values: serialOf(typed.date) };
}

export async function typeIntoExcel(fake: FakeExcel, content: HostileContent): Promise<void> {
  const sheets = fake.context.workbook.worksheets;
  for (const [sheet, cells] of [
    [IIT, content.grid ?? {}],
    [SCORES, content.scores ?? {}],
  ] as const) {
    const worksheet = sheets.getItem(sheet);
    for (const [address, typed] of Object.entries(cells)) {
      const { values, formulas } = excelInput(typed);
      const range = worksheet.getRange(address);
      if (formulas !== undefined) range.formulas = [[formulas]];
      else range.values = [[values]];
    }
  }
  (content.gridMerges ?? []).forEach((address) => sheets.getItem(IIT).getRange(address).merge());
  await fake.context.sync();
}

/** The standard workbook inserted from the task pane, with `content` typed in, and the counters at zero. */
export async function excelWith(content: HostileContent, apiVersion = "1.17"): Promise<FakeExcel> {
  const fake = createFakeExcel({ apiVersion });
  await insert(fake, { agency: AGENCY });
  await typeIntoExcel(fake, content);
  fake.resetStats();
  return fake;
}

// ---- typed into a file

function fileValue(typed: Typed): CellValue {
  if (typeof typed === "number") return typed;
  if (typeof typed === "string") return typed === "" ? null : typed;
  if ("formula" in typed) {
    const result = typed.shows.startsWith("#") ? { error: typed.shows } : typed.shows;
    return { formula: typed.formula.slice(1), result } as CellValue;
  }
  const { year, month, day } = typed.date;
  return new Date(Date.UTC(year, month - 1, day));
}

/** `content` typed into the workbook `ita-tracker new` writes; `change` may do more before saving. */
export async function fileWith(
  content: HostileContent,
  change: (workbook: Workbook) => void | Promise<void> = () => undefined,
): Promise<Uint8Array> {
  const { workbook, tables } = standardWorkbook({ ...defaultSettings(TODAY), agency: AGENCY });
  for (const [sheet, cells] of [
    [IIT, content.grid ?? {}],
    [SCORES, content.scores ?? {}],
  ] as const) {
    const worksheet = workbook.getWorksheet(sheet);
    for (const [address, typed] of Object.entries(cells)) {
      if (worksheet) worksheet.getCell(address).value = fileValue(typed);
    }
  }
  for (const address of content.gridMerges ?? []) {
    const { top, left, bottom, right } = parseRange(address);
    workbook.getWorksheet(IIT)?.mergeCells(top, left, bottom, right);
  }
  await change(workbook);
  return workbookBuffer(workbook, tables);
}
