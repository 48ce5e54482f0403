import { columnWidthPoints } from "../../src/layout/columnWidth";
import {
  CELL_SIDE_PADDING,
  lineHeight,
  MAX_ROW_HEIGHT,
  rowHeightOfLines,
  textWidth,
  wrappedLineCount,
} from "../../src/layout/textMetrics";

const BODY = { font: "TH SarabunPSK", size: 14, bold: false };
const MEASURE = "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรภายในได้รับรู้โดยทั่วกันในการประชุมพนักงาน";

describe("the width of text in the document font", () => {
  it("gives Thai marks above and below no width of their own", () => {
    expect(textWidth("ที่", BODY)).toBe(textWidth("ท", BODY));
    expect(textWidth("กู้", BODY)).toBe(textWidth("ก", BODY));
  });

  it("grows with the size and with bold", () => {
    expect(textWidth(MEASURE, { ...BODY, size: 16 })).toBeGreaterThan(textWidth(MEASURE, BODY));
    expect(textWidth(MEASURE, { ...BODY, bold: true })).toBeGreaterThan(textWidth(MEASURE, BODY));
  });

  it.each([
    ["บันทึกข้อความ", 64.72],
    ["ส่วนราชการ", 53.47],
    ["2568", 24.13],
  ])(
    "measures %j in 16 pt bold as TH SarabunPSK prints it (%d pt), not half as wide again as TLWG's Laksaman draws it",
    (text, printed) => {
      // The widths LibreOffice printed with TH Sarabun New 1.35 itself; Excel rounds each letter to a pixel.
      expect(Math.abs(textWidth(text, { ...BODY, size: 16, bold: true }) / printed - 1)).toBeLessThan(0.03);
    },
  );

  it("measures a font it holds no metrics for wider than Sarabun, never narrower", () => {
    expect(textWidth(MEASURE, { ...BODY, font: "Tahoma" })).toBeGreaterThan(textWidth(MEASURE, BODY));
    expect(textWidth(MEASURE, { ...BODY, font: "TH SarabunIT๙" })).toBe(textWidth(MEASURE, BODY));
  });
});

describe("wrapping Thai into a cell", () => {
  const room = (characters: number) => columnWidthPoints(characters) - CELL_SIDE_PADDING;

  it("keeps text that fits on one line", () => {
    expect(wrappedLineCount("สำนักปลัด", BODY, room(20))).toBe(1);
  });

  it("breaks between Thai words, so a narrower column takes more lines", () => {
    const wide = wrappedLineCount(MEASURE, BODY, room(40));
    const narrow = wrappedLineCount(MEASURE, BODY, room(15));
    expect(wide).toBeGreaterThan(1);
    expect(narrow).toBeGreaterThan(wide);
    // Never fewer lines than the width calls for.
    expect(narrow).toBeGreaterThanOrEqual(Math.ceil(textWidth(MEASURE, BODY) / room(15)));
  });

  it("starts a line at every line break", () => {
    expect(wrappedLineCount("๑. แต่งตั้งคณะทำงาน\n๒. ประชุม\n๓. รายงาน", BODY, room(40))).toBe(3);
  });

  it("breaks a word longer than a line between its letters", () => {
    const word = "ดำเนินการ";
    const lines = wrappedLineCount(word, BODY, textWidth(word, BODY) / 2);
    expect(lines).toBeGreaterThanOrEqual(2);
  });
});

describe("the height of a row", () => {
  it("gives each line TH SarabunPSK's Windows line, 1.3 times its em", () => {
    expect(lineHeight(BODY) / BODY.size).toBeCloseTo(1.3, 2);
    expect(rowHeightOfLines(3, BODY)).toBeGreaterThan(3 * lineHeight(BODY));
    expect(rowHeightOfLines(3, BODY)).toBeLessThan(4 * lineHeight(BODY));
  });

  it("is never taller than Excel's 409 points, however many lines", () => {
    expect(rowHeightOfLines(10_000, BODY)).toBe(MAX_ROW_HEIGHT);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });

  it("lands on Excel's pixel grid", () => {
    expect((rowHeightOfLines(2, BODY) / 0.75) % 1).toBe(0);
  });
});
