// How our formulas spell text, sheet names and COUNTIF criteria, and how a sheet name is read back out
// of a reference that Excel or LibreOffice may have rewritten since.

/** A string literal: "" stands for " inside the quotes. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Names Excel leaves unquoted: plain identifiers that cannot be read as a cell (A1, R1C1) or a boolean. */
function needsQuotes(name: string): boolean {
  return (
    !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(name) ||
    /^(TRUE|FALSE)$/i.test(name)
  );
}

/** "'คะแนน ITA'!" or "ITA_Settings!": quotes where Excel needs them, a quote inside doubled. */
export function sheetPrefix(sheetName: string): string {
  return needsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'!` : `${sheetName}!`;
}

/** COUNTIF criteria treat * ? ~ as wildcards; a sign meant literally is escaped with ~. */
export function literalCriterion(text: string): string {
  return text.replace(/[~*?]/g, "~$&");
}

const QUOTED = /^'((?:[^']|'')+)'!(.+)$/;
const UNQUOTED = /^([^'!#\s:\\/?*[\]()"=,;+\-&<>^{}]+)!(.+)$/;
const CELL_OR_LOST_CELL = /^(\$?[A-Za-z]{1,3}\$?\d{1,7}|#REF!)$/;
const FORBIDDEN_IN_NAMES = /[:\\/?*[\]]/;

/**
 * The sheet a one-cell reference such as ='ติดตาม IIT'!$A$1 points at, with or without the leading "="
 * (ExcelJS drops it). A renamed sheet is followed because Excel and LibreOffice rewrite the reference;
 * a deleted sheet leaves #REF! in place of its name, which gives null, as does anything else. A deleted
 * cell on a live sheet ('ติดตาม IIT'!#REF!) still names the sheet.
 */
export function sheetNameFromReference(formula: string): string | null {
  const reference = formula.trim().replace(/^=\s*/, "");
  const quoted = QUOTED.exec(reference);
  const unquoted = quoted ? null : UNQUOTED.exec(reference);
  const name = quoted ? (quoted[1] as string).replace(/''/g, "'") : unquoted?.[1];
  const cell = (quoted ?? unquoted)?.[2];
  if (name === undefined || cell === undefined || !CELL_OR_LOST_CELL.test(cell)) return null;
  if (name.length > 31 || FORBIDDEN_IN_NAMES.test(name)) return null;
  return name;
}

/** Text in double quotes, a sheet name in single quotes, or a cell reference such as B6, $C$7 or AB$12. */
const FORMULA_TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?[A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * `formula`, written in row `row`, with each relative row number made an offset from that row: two cells
 * whose formulas give the same text hold what Excel calls the same formula (the same R1C1), as a table's
 * calculated column does in every row ("=B6*2" in row 6 and "=B7*2" in row 7 both give "=B[+0]*2").
 */
export function rowRelativeFormula(formula: string, row: number): string {
  return formula.replace(FORMULA_TOKEN, (token, column?: string, absolute?: string, digits?: string) => {
    if (column === undefined || absolute === "$") return token;
    const offset = Number(digits) - row;
    return `${column}[${offset >= 0 ? "+" : ""}${offset}]`;
  });
}
