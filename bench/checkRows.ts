// The check and the summary of a tracking grid of 10,000 rows, the size a large agency's workbook
// reaches over years of pasted reports: the standard workbook as `ita-tracker new` writes it, its IIT
// grid filled with rows written the ways the seeds write theirs, some of them with the mistakes a check
// exists to find.
import type { CalendarDate } from "../src/domain/thaiCalendar";
import { defaultSettings } from "../src/domain/workbookSettings";
import { GRID_HEADER_ROW } from "../src/layout/trackingGrid";
import { findSettings } from "../src/layout/insertPlan";
import { DEFAULT_SHEET_NAMES } from "../src/layout/sheetNames";
import { checkWorkbook, type SheetForCheck, type WorkbookCheckInput } from "../src/layout/workbookCheck";
import { planSummary } from "../src/layout/workbookSummary";
import { readSheetsForCheck } from "../src/xlsx/readSheetsForCheck";
import { standardWorkbook } from "../src/xlsx/standardWorkbook";

const ROWS = 10_000;
export const TODAY: CalendarDate = { year: 2025, month: 2, day: 10 };

const INDICATORS = [
  "1. การปฏิบัติหน้าที่",
  "๒. การใช้งบประมาณ",
  "<p>๓.การใช้อำนาจ</p>",
  "การใช้ทรัพย์สินทางราชการ",
  "I๑๓",
  "6. คุณภาพการดำเนินงาน",
  "",
];
const PERIODS = [
  "มี.ค. ๒๕๖๘",
  "ต.ค.๒๕๖๗-มี.ค.๒๕๖๘",
  "ไตรมาสที่ ๑-๒",
  "ต.ศ. ๒๕๖๗ มี.ศ. ๒๕๖๘",
  "<p>ต.ค.๒๕๖๗-มี.ค.๒๕๖๘</p>",
  "ตลอดปีงบประมาณ",
  "เร็ว ๆ นี้",
  "",
];
const STATUSES = [
  ["○", "○", "⊗"],
  ["", "√", ""],
  ["✓", "", ""],
  ["", "", ""],
  ["✓", "", "✓"],
  ["", "ทำแล้วบางส่วน", ""],
];

/**
 * Row `index` of the grid, by the grid's headers; periods vary by day so that few repeat exactly. The
 * columns the grid computes (score, band) are null: Office.js leaves such cells as they are.
 */
function gridRow(index: number, headers: readonly string[]): unknown[] {
  const status = STATUSES[index % STATUSES.length] as string[];
  const byHeader: Record<string, unknown> = {
    ลำดับ: index + 1,
    ตัวชี้วัด: INDICATORS[index % INDICATORS.length],
    "มาตรการ/กิจกรรม": index % 13 === 0 ? "" : `มาตรการที่ ${index + 1} ประชาสัมพันธ์ช่องทางการติดต่อ`,
    ผู้รับผิดชอบ: index % 17 === 0 ? "" : "สำนักปลัด/กองคลัง",
    ระยะเวลาดำเนินการ: index % 5 === 0 ? `${(index % 28) + 1}/3/2568` : PERIODS[index % PERIODS.length],
    ยังไม่ดำเนินการ: status[0],
    อยู่ระหว่างดำเนินการ: status[1],
    ดำเนินการแล้ว: status[2],
    "ไตรมาส ๑": index % 3 === 0 ? "" : "ดำเนินการแล้วบางส่วน",
    สรุปผลการดำเนินการ: index % 4 === 0 ? "" : `<p>รายไตรมาส</p> <p>${index + 1}. ได้จัดทำคู่มือ</p>`,
  };
  return headers.map((header) => byHeader[header] ?? null);
}

/** `count` rows typed into a grid headed `headers`. */
export function trackingRows(count: number, headers: readonly string[]): unknown[][] {
  return Array.from({ length: count }, (_, index) => gridRow(index, headers));
}

/** The input of a check or a summary: read once, outside the timing, as the task pane reads in one sync. */
export function checkInput(): WorkbookCheckInput & { readonly sheets: readonly SheetForCheck[] } {
  const settings = { ...defaultSettings(TODAY), fiscalYear: 2568 };
  const sheets = readSheetsForCheck(standardWorkbook(settings).workbook);
  const grid = sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES["grid-IIT"]);
  if (!grid) throw new Error("the standard workbook has no IIT grid");
  const top = grid.values.slice(0, GRID_HEADER_ROW);
  const headers = top[GRID_HEADER_ROW - 1] as string[];
  const rows = trackingRows(ROWS, headers);
  const filled = sheets.map((sheet) =>
    sheet === grid ? { ...sheet, values: [...top, ...rows], merges: [] } : sheet,
  );
  return { sheets: filled, stored: findSettings(sheets, TODAY), today: TODAY };
}

/** Runs the check once; its problem count, so the work cannot be optimised away. */
export function checkOnce(input: WorkbookCheckInput): number {
  return checkWorkbook(input).problems.length;
}

/** Makes the summary once, sheet and memo included; its sheet's cell blocks, so the work is used. */
export function summaryOnce({ sheets, today }: ReturnType<typeof checkInput>): number {
  return planSummary(sheets, today).plan.content.length;
}

/**
 * The yardstick the check and the summary are timed against, side by side: every cell of the same sheets
 * read in a plain loop, as trimmed text with Thai digits made Arabic, the least any reading of the grid
 * does. Its character count, so the work cannot be optimised away.
 */
export function plainReadOnce({ sheets }: ReturnType<typeof checkInput>): number {
  let characters = 0;
  for (const sheet of sheets) {
    for (const row of sheet.values) {
      for (const value of row) {
        if (value === null || value === "") continue;
        characters += String(value)
          .trim()
          .replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50)).length;
      }
    }
  }
  return characters;
}
