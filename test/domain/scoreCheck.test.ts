import type { Finding } from "../../src/domain/checkRules";
import { checkScoreTable, findScoreTable, SCORE_HEADER } from "../../src/domain/scoreCheck";
import { SheetCells, type Cells } from "../../src/domain/sheetCells";
import { columnLetter } from "../../src/layout/a1";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { planValues, standardPlans } from "../support/gridValues";
import { frameworkOf } from "../layout/fixtures";

const TEMPLATE = planValues(standardPlans().scores);
const LAYOUT = scoreSheetLayout(frameworkOf(2568));
const SCORE_COLUMN = "C";

function withScores(scores: readonly unknown[]): Cells {
  return TEMPLATE.map((row, index) => {
    const score = scores[index - LAYOUT.firstIndicatorRow + 1];
    return index + 1 >= LAYOUT.firstIndicatorRow && score !== undefined
      ? [row[0], row[1], score, ...row.slice(3)]
      : row;
  });
}

function check(values: Cells): [string, string, Finding["params"]][] {
  const cells = new SheetCells(values);
  const table = findScoreTable(cells);
  if (!table) throw new Error(`no ${SCORE_HEADER} header`);
  return checkScoreTable(cells, table).map((found) => [
    found.rule,
    `${columnLetter(found.column)}${found.row}`,
    found.params,
  ]);
}

describe("findScoreTable", () => {
  it("finds the score sheet's column and its indicators' labels", () => {
    expect(findScoreTable(new SheetCells(TEMPLATE))).toEqual({
      headerRow: LAYOUT.headerRow,
      scoreColumn: 3,
      labelColumn: 2,
    });
  });

  it("takes the column left of the scores for labels when none is headed ตัวชี้วัด, and needs the exact header", () => {
    expect(findScoreTable(new SheetCells([["", "ชื่อ", " คะแนน "]]))).toEqual({
      headerRow: 1,
      scoreColumn: 3,
      labelColumn: 2,
    });
    expect(findScoreTable(new SheetCells([["คะแนนตัวชี้วัด", "คะแนนรวม"]]))).toBeNull();
  });
});

describe("checkScoreTable", () => {
  const first = LAYOUT.firstIndicatorRow;

  it("finds nothing in a fresh score sheet, in numbers from 0 to 100, or below the indicators", () => {
    expect(check(TEMPLATE)).toEqual([]);
    expect(check(withScores([0, 100, 94.7, 85, 31.25]))).toEqual([]);
    // The summary under the indicators holds formulas' text such as a result label: not a score.
    const summary = withScores([]).map((row, index) =>
      index + 1 === LAYOUT.resultRow ? [row[0], row[1], "ผ่านดี"] : row,
    );
    expect(check(summary)).toEqual([]);
  });

  it.each<[string, unknown, unknown[]]>([
    ["score.outOfRange above 100", 104, ["score.outOfRange", { text: "104" }]],
    ["score.outOfRange below 0", "-5", ["score.outOfRange", { text: "-5" }]],
    ["score.notNumber", "๙๘.๒๑ คะแนน", ["score.notNumber", { text: "๙๘.๒๑ คะแนน" }]],
    ["score.notNumber for a checkbox", true, ["score.notNumber", { text: "true" }]],
    [
      "score.thaiDigits, with the number to write",
      "๙๔.๗๐",
      ["score.thaiDigits", { text: "๙๔.๗๐", value: 94.7 }],
    ],
    ["score.thaiDigits out of range is out of range", "๑๐๑", ["score.outOfRange", { text: "๑๐๑" }]],
    ["score.numberAsText", " 88.5 ", ["score.numberAsText", { text: "88.5", value: 88.5 }]],
  ])("%s", (_, score, [rule, params]) => {
    expect(check(withScores([90, score]))).toEqual([[rule, `${SCORE_COLUMN}${first + 1}`, params]]);
  });

  it("stops at the first row with neither label nor score", () => {
    const cut = withScores([]).map((row, index) => (index + 1 === first + 2 ? ["", "", ""] : row));
    const below = cut.map((row, index) => (index + 1 === first + 3 ? [row[0], row[1], "abc"] : row));
    expect(check(below)).toEqual([]);
    expect(check(withScores([90, 90, 90, "abc"]))).toEqual([
      ["score.notNumber", `C${first + 3}`, { text: "abc" }],
    ]);
  });
});
