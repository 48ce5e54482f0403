import { fittedColumnWidths } from "../../src/layout/fittedColumns";
import { textWidth, widestWord } from "../../src/layout/textMetrics";

const BODY = { font: "TH SarabunPSK", size: 16, bold: false };
const LOOKS = { header: { ...BODY, bold: true }, body: BODY };
const PADDING = 8;
const MEASURE = "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรภายในได้รับรู้โดยทั่วกันในการประชุมพนักงาน";

describe("a table's columns fitted to what they hold", () => {
  const columns = [
    { header: "ที่", cells: ["๑", "๒"] },
    { header: "มาตรการ/แนวทาง", cells: [MEASURE, MEASURE] },
    { header: "วิธีการดำเนินการ", cells: ["", ""] },
    { header: "ผู้รับผิดชอบ", cells: ["สำนักปลัด/กองคลัง/กองการศึกษา/กองช่าง", "สำนักปลัด"] },
  ];
  const widths = fittedColumnWidths(columns, 453, LOOKS, PADDING);

  it("fills the width between the margins", () => {
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(453, 6);
  });

  it("gives every header its line whole and every cell's words room", () => {
    columns.forEach((column, index) => {
      expect(widths[index]).toBeGreaterThanOrEqual(textWidth(column.header, LOOKS.header) + PADDING);
      for (const cell of column.cells)
        expect(widths[index]).toBeGreaterThanOrEqual(widestWord(cell, BODY) + PADDING);
    });
  });

  it("keeps an empty column as narrow as its header, and gives the room to the long text", () => {
    expect(widths[2]).toBeLessThan((widths[1] as number) / 2);
    expect(widths[1]).toBeGreaterThan(widths[3] as number);
  });

  it("shares the width by the longest words where even those do not fit", () => {
    const cramped = fittedColumnWidths(columns, 100, LOOKS, PADDING);
    expect(cramped.reduce((sum, width) => sum + width, 0)).toBeCloseTo(100, 6);
    expect(cramped.every((width) => width > 0)).toBe(true);
  });
});
