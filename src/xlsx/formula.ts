/** Plans write formulas as Excel shows them, "=SUM(A1:A3)"; the file stores them without the "=". */
export function formulaBody(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

export function formulaWithEquals(body: string): string {
  return body.startsWith("=") ? body : `=${body}`;
}
