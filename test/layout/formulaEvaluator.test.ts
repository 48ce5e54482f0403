import { FormulaError, FormulaWorkbook } from "../support/formulaEvaluator";

function book(): FormulaWorkbook {
  const workbook = new FormulaWorkbook();
  workbook.set("S", "A1", 10);
  workbook.set("S", "A2", 20);
  workbook.set("S", "A3", "text");
  workbook.set("S", "B1", { formula: '=IF(A1>5,"big","small")' });
  workbook.set("It's", "A1", 7);
  return workbook;
}

describe("the test spreadsheet", () => {
  it("computes with Excel's precedence and its rules for empty cells", () => {
    const workbook = book();
    expect(workbook.evaluate("S", "=1+2*3-4/2")).toBe(5);
    expect(workbook.evaluate("S", "=-A1*2")).toBe(-20);
    expect(workbook.evaluate("S", '=A9=""')).toBe(true);
    expect(workbook.evaluate("S", "=A9=0")).toBe(true);
    expect(workbook.evaluate("S", "=A9")).toBe(0);
    expect(workbook.evaluate("S", '="a"&A1&A9')).toBe("a10");
    expect(workbook.evaluate("S", "=A3>A1")).toBe(true);
    expect(workbook.evaluate("S", '="ABC"="abc"')).toBe(true);
  });

  it("rounds half away from zero on the value as shown, as Excel's ROUND does", () => {
    const workbook = book();
    expect(workbook.evaluate("S", "=ROUND(86.725,2)")).toBe(86.73);
    expect(workbook.evaluate("S", "=ROUND(-2.5,0)")).toBe(-3);
    expect(workbook.evaluate("S", "=ROUND(60.725,2)")).toBe(60.73);
  });

  it("counts, averages and looks up as Excel does", () => {
    const workbook = book();
    expect(workbook.evaluate("S", "=COUNT(A1:A4)")).toBe(2);
    expect(workbook.evaluate("S", "=COUNTA(A1:A4)")).toBe(3);
    expect(workbook.evaluate("S", "=AVERAGE(A1:A4)")).toBe(15);
    expect(workbook.evaluate("S", "=AVERAGE(A8:A9)")).toEqual(new FormulaError("#DIV/0!"));
    expect(workbook.evaluate("S", '=MATCH("TEXT",A1:A3,0)')).toBe(3);
    expect(workbook.evaluate("S", '=MATCH("x",A1:A3,0)')).toEqual(new FormulaError("#N/A"));
    expect(workbook.evaluate("S", "=INDEX(A1:A3,2)")).toBe(20);
    expect(workbook.evaluate("S", "=COUNT(INDEX(A1:A4,4))")).toBe(0);
    expect(workbook.evaluate("S", '=IFERROR(MATCH("x",A1:A3,0),"none")')).toBe("none");
    expect(workbook.evaluate("S", '=COUNTIFS(A1:A4,"<>",A1:A4,"<>TEXT")')).toBe(2);
    expect(workbook.evaluate("S", '=COUNTIFS(A1:A4,"<>10")')).toBe(3);
  });

  it("follows references to other sheets and into formula cells", () => {
    const workbook = book();
    expect(workbook.value("S", "B1")).toBe("big");
    expect(workbook.evaluate("S", "='It''s'!A1+S!$A$2")).toBe(27);
  });

  it("moves relative references when a formula is applied to another cell", () => {
    const workbook = book();
    expect(workbook.evaluate("S", "=A1+$A$1", { writtenFor: "B1", appliedAt: "B2" })).toBe(30);
  });

  it("refuses functions outside the set our plans may use, and formulas it cannot read", () => {
    const workbook = book();
    expect(() => workbook.evaluate("S", "=XLOOKUP(1,A1:A2,A1:A2)")).toThrow(/XLOOKUP/);
    expect(() => workbook.evaluate("S", "=IFS(A1>1,1)")).toThrow(/IFS/);
    expect(() => workbook.evaluate("S", "=A1+")).toThrow();
  });
});
