import { Workbook } from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import { allContent, applyWorkbookPlan, type SheetWrites } from "../../src/xlsx/applyWorkbookPlan";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";

/** Text a user might type that Excel would otherwise take for a formula. */
export const FORMULA_LIKE_TEXT = ["=1+1", "+66", "@x", "-x"];

const EMPTY_SHEET = {
  formats: [],
  merges: [],
  columnWidths: [],
  rowHeights: [],
  validations: [],
  conditionalFormats: [],
} as const;

/** A small grid with one of everything a plan can ask for. */
export const GRID: SheetPlan = {
  ...EMPTY_SHEET,
  role: "grid-IIT",
  name: "ติดตาม IIT",
  visibility: "Visible",
  tabColor: "#5b9bd5",
  baseFont: { name: "TH SarabunPSK", size: 14 },
  content: [
    { address: "A1", values: [["ชื่อหน่วยงาน"]] },
    { address: "A2:D2", values: [FORMULA_LIKE_TEXT] },
    { address: "A4:D4", values: [["ลำดับ", "คะแนน", "ยังไม่\nดำเนินการ", "สองเท่า"]] },
    {
      address: "A5:B6",
      values: [
        [1, 84.5],
        [2, 95],
      ],
    },
  ],
  formats: [
    { address: "A1:D1", format: { font: { bold: true, size: 18 }, horizontalAlignment: "Center" } },
    {
      address: "A4:D4",
      format: {
        fill: "#d9e2f3",
        font: { bold: true },
        wrapText: true,
        verticalAlignment: "Center",
        borders: true,
      },
    },
    { address: "A5:D6", format: { borders: true, verticalAlignment: "Top" } },
    { address: "B5:B6", format: { numberFormat: "0.00", font: { color: "#7a0b0b" } } },
  ],
  merges: ["A1:D1"],
  columnWidths: [
    { column: "A", width: 6 },
    { column: "B", width: 8.43 },
    { column: "C", width: 9 },
  ],
  rowHeights: [{ row: 4, height: 66 }],
  validations: [
    {
      address: "C5:C6",
      rule: { kind: "list", items: ["✓"] },
      prompt: { title: "สถานะ", message: "ใส่ ✓ ในช่องเดียว" },
      error: { style: "warning", title: "เครื่องหมายอื่น", message: "แนะนำให้ใช้ ✓" },
    },
    {
      address: "B5:B6",
      rule: { kind: "decimal", min: 0, max: 100 },
      error: { style: "stop", title: "คะแนนไม่ถูกต้อง", message: "0 ถึง 100" },
    },
  ],
  conditionalFormats: [
    {
      address: "B5:B6",
      formula: "=AND(COUNT(B5)=1,B5<85)",
      format: { fill: "#F4B6B6", fontColor: "#7A0B0B" },
    },
    { address: "B5:B6", formula: "=AND(COUNT(B5)=1,B5>=95)", format: { fill: "#C9EBC9", bold: true } },
  ],
  table: {
    name: "ITA_IIT",
    address: "A4:D6",
    calculatedColumns: [{ header: "สองเท่า", formula: '=IF(B5="","",B5*2)' }],
  },
  freeze: { rows: 4, columns: 1 },
  print: {
    orientation: "Landscape",
    paper: "A4",
    fitToOnePageWide: true,
    titleRows: "$4:$4",
    centerHorizontally: true,
    margins: { top: 43, bottom: 43, left: 28, right: 28 },
  },
};

export const SETTINGS: SheetPlan = {
  ...EMPTY_SHEET,
  role: "settings",
  name: "ITA_Settings",
  visibility: "VeryHidden",
  baseFont: { name: "TH SarabunPSK", size: 14 },
  content: [
    { address: "A1:B1", values: [["agency", "=1+1"]] },
    { address: "A2:B2", formulas: [['="sheet"', "='ติดตาม IIT'!$A$1"]] },
  ],
};

export const PLAN: WorkbookPlan = { sheets: [GRID, SETTINGS] };

/** Applies a plan to a new workbook and saves it. */
export async function planFile(
  plan: WorkbookPlan,
  writes: SheetWrites = allContent(plan),
): Promise<Uint8Array> {
  const workbook = new Workbook();
  return workbookBuffer(workbook, applyWorkbookPlan(workbook, plan, writes));
}

export async function planSnapshot(plan: WorkbookPlan) {
  return readWorkbookSnapshot(await planFile(plan));
}
