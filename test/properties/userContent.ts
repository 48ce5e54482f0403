// What users type into workbooks, as fast-check generates it for the no-loss properties: sheets of their
// own (some with our sheets' names, the summary's among them), and cells anywhere, most of them where our
// sheets keep their grids, titles and scores, holding text Excel may read as a formula, Thai text and
// digits, emoji, numbers and the words of our own headers.
import fc from "fast-check";
import { QUARTER_HEADERS, STATUS_HEADERS } from "../../src/domain/gridColumns";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../../src/layout/trackingGrid";

/** Words a user may well type where our sheets have them: headers, marks, periods, settings' keys. */
const OUR_WORDS = [
  "ลำดับ",
  "ตัวชี้วัด",
  "คะแนน",
  "มาตรการ/กิจกรรม",
  ...STATUS_HEADERS,
  ...QUARTER_HEADERS,
  "✓",
  "○",
  "⊗",
  "1. การปฏิบัติหน้าที่",
  "สำนักปลัด",
  "ต.ค.-ธ.ค. ๒๕๖๘",
  "itaTrackerLayout",
  "sheet:scores",
];

/** Text a user types: what Excel may read as a formula or an error, Thai with stacked marks, emoji. */
const TYPED_TEXT = [
  "=1+2",
  '="ข้อความ"',
  "=SUM(1,2)",
  "=A1",
  "=#REF!",
  "=NA()",
  "+66 81 234 5678",
  "-ทดสอบ",
  "@หน่วยงาน",
  '\'=HYPERLINK("http://x","y")',
  "'95",
  "๙๔.๗๐",
  "๑๐๐",
  "#N/A",
  "กิ่่่่่่",
  "👍🏽✅",
  "👨‍👩‍👧",
  "TRUE",
  "31/3/2568",
  " ",
];

export const typedValue: fc.Arbitrary<string | number | boolean> = fc.oneof(
  { arbitrary: fc.constantFrom(...OUR_WORDS, ...TYPED_TEXT), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), weight: 3 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom(..."กขคงจ่้๊๋ิีึื ๑๒๓.=+-@'"), minLength: 1, maxLength: 8 }),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 1 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

/** A cell, 1-based; most of them where our score list and grids are, some further out and further down. */
export const typedCell: fc.Arbitrary<{ row: number; column: number }> = fc.oneof(
  // The score sheet's list of ten scores, and the cells around it.
  fc.record({ row: fc.integer({ min: 4, max: 17 }), column: fc.integer({ min: 1, max: 5 }) }),
  // A grid's titles, headers and first rows.
  fc.record({
    row: fc.integer({ min: 1, max: GRID_FIRST_DATA_ROW + 6 }),
    column: fc.integer({ min: 1, max: 22 }),
  }),
  // Rows typed below a grid's header.
  fc.record({ row: fc.integer({ min: GRID_HEADER_ROW, max: 60 }), column: fc.integer({ min: 1, max: 20 }) }),
  // Anywhere our plans reach, and a little beyond.
  fc.record({ row: fc.integer({ min: 1, max: 45 }), column: fc.integer({ min: 1, max: 26 }) }),
);

/** Sheet names Excel accepts: our default names and their neighbours, Thai and plain names. */
export const userSheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...Object.values(DEFAULT_SHEET_NAMES),
    SUMMARY_SHEET_NAME,
    `${SUMMARY_SHEET_NAME} (2)`,
    "คะแนน ITA (2)",
    "ติดตาม iit",
    "ita_settings",
    "Sheet1",
  ),
  fc
    .string({ unit: fc.constantFrom(..."กขคงแผนงานabcXYZ 0123()"), minLength: 1, maxLength: 20 })
    .map((name) => name.trim())
    .filter((name) => name !== "" && !name.startsWith("'")),
);

/** Typed contents of a user's sheet, from A1, row by row. */
export const userSheetRows: fc.Arbitrary<(string | number | boolean | null)[][]> = fc.array(
  fc.array(fc.option(typedValue, { nil: null, freq: 3 }), { maxLength: 8 }),
  { maxLength: 12 },
);

/** Distinct names, as Excel compares them: without regard to case. */
export function distinctSheetNames(count: { minLength: number; maxLength: number }): fc.Arbitrary<string[]> {
  return fc.uniqueArray(userSheetName, { ...count, selector: (name) => name.toLocaleUpperCase() });
}
