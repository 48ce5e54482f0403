// The score sheet's check: the ten indicator scores are what every formula of the workbook reads, and
// Excel's formulas count numbers only. A score typed as text (Thai digits, or a number stored as text)
// is read here as the number it means, and flagged so that it can be converted.
import { cellText, isBlankCell } from "./cellText";
import { finding, type Finding } from "./checkRules";
import { headerKey, HEADER_SEARCH_ROWS } from "./gridColumns";
import { readIndicatorScore } from "./indicatorScore";
import type { SheetCells } from "./sheetCells";

/** The header of the column where staff type each indicator's score. */
export const SCORE_HEADER = "คะแนน";

/** How last year's score column is headed, the year following: "คะแนนปี ๒๕๖๘". */
export const PREVIOUS_SCORE_HEADER = "คะแนนปี";

/** Where the indicators' labels sit beside their scores. */
const LABEL_WORD = "ตัวชี้วัด";

const THAI_DIGIT = /[๐-๙]/;

export interface ScoreTable {
  readonly headerRow: number;
  readonly scoreColumn: number;
  /** The column naming each score's indicator: the one headed ตัวชี้วัด, else the one left of the scores. */
  readonly labelColumn: number | null;
}

/** The first cell headed exactly SCORE_HEADER within the first rows of a sheet; null if none. */
export function findScoreTable(cells: SheetCells): ScoreTable | null {
  const key = headerKey(SCORE_HEADER);
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, cells.rowCount); row++) {
    let labelColumn: number | null = null;
    let scoreColumn: number | null = null;
    for (let column = 1; column <= cells.columnCount; column++) {
      const header = headerKey(cells.own(row, column));
      if (header === key) scoreColumn ??= column;
      else if (header.includes(LABEL_WORD)) labelColumn ??= column;
    }
    if (scoreColumn !== null) {
      return {
        headerRow: row,
        scoreColumn,
        labelColumn: labelColumn ?? (scoreColumn > 1 ? scoreColumn - 1 : null),
      };
    }
  }
  return null;
}

/**
 * The rows of the score list: below the header down to the first row with neither a label nor a score,
 * where the list of indicators ends and the summary below it (formulas) begins.
 */
/** The rows of the list's scores, top to bottom. */
export function scoreRows(cells: SheetCells, table: ScoreTable): number[] {
  const rows: number[] = [];
  const { scoreColumn, labelColumn } = table;
  for (let row = table.headerRow + 1; row <= cells.rowCount; row++) {
    const label = labelColumn === null ? undefined : cells.own(row, labelColumn);
    if (isBlankCell(cells.own(row, scoreColumn)) && isBlankCell(label)) break;
    rows.push(row);
  }
  return rows;
}

/** The score cells of the list, top to bottom: our score sheet lists the indicators in number order. */
export function scoreCells(cells: SheetCells, table: ScoreTable): unknown[] {
  return scoreRows(cells, table).map((row) => cells.own(row, table.scoreColumn));
}

/** Last year's score cells beside the list, top to bottom; null where the header row has no such column. */
export function previousScoreCells(cells: SheetCells, table: ScoreTable): unknown[] | null {
  const key = headerKey(PREVIOUS_SCORE_HEADER);
  for (let column = 1; column <= cells.columnCount; column++) {
    if (headerKey(cells.own(table.headerRow, column)).startsWith(key)) {
      return scoreRows(cells, table).map((row) => cells.own(row, column));
    }
  }
  return null;
}

/** Checks the scores of the list. Empty scores are not yet typed. */
export function checkScoreTable(cells: SheetCells, table: ScoreTable): Finding[] {
  const findings: Finding[] = [];
  const { scoreColumn } = table;
  for (const row of scoreRows(cells, table)) {
    const value = cells.own(row, scoreColumn);
    const text = typeof value === "string" ? cellText(value) : String(value);
    const score = readIndicatorScore(typeof value === "string" ? text : value);
    if (!score.ok && score.problem === "outOfRange") {
      findings.push(finding("score.outOfRange", row, scoreColumn, { text }));
    } else if (!score.ok && score.problem === "notNumber") {
      findings.push(finding("score.notNumber", row, scoreColumn, { text }));
    } else if (score.ok && typeof value === "string") {
      const rule = THAI_DIGIT.test(text) ? "score.thaiDigits" : "score.numberAsText";
      findings.push(finding(rule, row, scoreColumn, { text, value: score.score }));
    }
  }
  return findings;
}
