import fc from "fast-check";
import {
  rowRelativeFormula,
  literalCriterion,
  sheetNameFromReference,
  sheetPrefix,
  textLiteral,
} from "../../src/layout/formulaText";

describe("textLiteral", () => {
  it("quotes text and doubles the quotes inside it", () => {
    expect(textLiteral("ดีเยี่ยม")).toBe('"ดีเยี่ยม"');
    expect(textLiteral('say "hi"')).toBe('"say ""hi"""');
  });
});

describe("sheetPrefix", () => {
  it.each([
    ["ITA_Settings", "ITA_Settings!"],
    ["คะแนน ITA", "'คะแนน ITA'!"],
    ["It's", "'It''s'!"],
    ["A1", "'A1'!"],
    ["R1C1", "'R1C1'!"],
    ["true", "'true'!"],
    ["2568", "'2568'!"],
    ["ติดตาม", "'ติดตาม'!"],
  ])("writes %j as %j", (name, prefix) => {
    expect(sheetPrefix(name)).toBe(prefix);
  });
});

describe("literalCriterion", () => {
  it("escapes COUNTIF's wildcards and leaves other signs alone", () => {
    expect(literalCriterion("*")).toBe("~*");
    expect(literalCriterion("a?b~")).toBe("a~?b~~");
    expect(literalCriterion("○")).toBe("○");
  });
});

describe("sheetNameFromReference", () => {
  it.each([
    ["='ติดตาม IIT'!$A$1", "ติดตาม IIT"],
    ["'ติดตาม IIT'!$A$1", "ติดตาม IIT"],
    ["=ITA_Settings!$A$1", "ITA_Settings"],
    ["='It''s'!$A$1", "It's"],
    ["='''quoted'''!A1", "'quoted'"],
    ["= 'IIT 2568'!$B$1", "IIT 2568"],
    ["='ติดตาม IIT'!#REF!", "ติดตาม IIT"],
  ])("reads %j as %j", (formula, name) => {
    expect(sheetNameFromReference(formula)).toBe(name);
  });

  it.each([
    ["=#REF!$A$1"],
    ["=#REF!A1"],
    ["=#REF!"],
    ["#REF!"],
    [""],
    ["=A1"],
    ["='x'!A1:B2"],
    ["=SUM('x'!A1)"],
    ["=[1]Sheet1!A1"],
    ["='a/b'!A1"],
    ["='" + "x".repeat(32) + "'!A1"],
    ["ติดตาม IIT"],
  ])("gives null for %j", (formula) => {
    expect(sheetNameFromReference(formula)).toBeNull();
  });

  it("reads back the name of any sheet our references point at (property)", () => {
    const sheetName = fc
      .string({ minLength: 1, maxLength: 31, unit: fc.constantFrom(..."ab ก'ข!#.1_-()".split("")) })
      .filter((name) => !name.startsWith("'") && !name.endsWith("'") && name.trim() !== "");
    fc.assert(
      fc.property(sheetName, (name) => {
        expect(sheetNameFromReference(`=${sheetPrefix(name)}$A$1`)).toBe(name);
      }),
    );
  });
});

describe("rowRelativeFormula", () => {
  it("gives the same text for a calculated column's formula in any row", () => {
    const inRow = (row: number) =>
      `=IF(B${row}="","",IFERROR(INDEX('คะแนน ITA'!$D$6:$D$15,MATCH(B${row},'คะแนน ITA'!$B$6:$B$15,0)),""))`;
    expect(rowRelativeFormula(inRow(6), 6)).toBe(rowRelativeFormula(inRow(250), 250));
    expect(rowRelativeFormula("=B6*2", 6)).toBe("=B[+0]*2");
    expect(rowRelativeFormula("=A5+C$1", 6)).toBe("=A[-1]+C$1");
  });

  it("tells formulas apart that point at other rows or other cells", () => {
    expect(rowRelativeFormula("=B6*2", 6)).not.toBe(rowRelativeFormula("=B6*2", 7));
    expect(rowRelativeFormula("=B6*2", 6)).not.toBe(rowRelativeFormula("=C6*2", 6));
    expect(rowRelativeFormula("=B$6", 6)).not.toBe(rowRelativeFormula("=B$7", 7));
  });

  it("leaves text, quoted sheet names and function names as they are", () => {
    expect(rowRelativeFormula("=\"A1\"&'Q1 2568'!B2&LOG10(A6)", 6)).toBe(
      "=\"A1\"&'Q1 2568'!B[-4]&LOG10(A[+0])",
    );
  });
});
