/**
 * A small spreadsheet for tests: cells on named sheets, and formulas evaluated with Excel's rules for
 * the few functions our plans use (IF AND ROUND AVERAGE COUNT COUNTA COUNTIFS INDEX MATCH IFERROR),
 * the operators + - * / & = <> < > <= >=, and references such as C6, $C$6:$C$15, 'คะแนน ITA'!$B$6.
 * Any other function is refused, so a plan that strays outside that set fails its tests.
 */

export class FormulaError {
  constructor(readonly code: string) {}
}

export type Scalar = number | string | boolean | null;
export type Value = Scalar | FormulaError;
export type CellContent = Scalar | { readonly formula: string };

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface Reference {
  readonly sheet: string;
  readonly box: Box;
}
type Node =
  | { kind: "literal"; value: Value }
  | { kind: "reference"; reference: Reference }
  | { kind: "unary"; operand: Node }
  | { kind: "binary"; operator: string; left: Node; right: Node }
  | { kind: "call"; name: string; args: Node[] };
type Result = Value | Reference;

/** The functions the evaluator computes: those the layouts may use, shared by Excel 2016 and LibreOffice. */
export const FUNCTIONS = [
  "IF",
  "AND",
  "ROUND",
  "AVERAGE",
  "COUNT",
  "COUNTA",
  "COUNTIFS",
  "INDEX",
  "MATCH",
  "IFERROR",
];
const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])|([A-Z][A-Z0-9.]*)\(|(\d+(?:\.\d+)?)|(TRUE|FALSE)\b|(<=|>=|<>|[-+*/&=<>(),]))/y;

function columnNumber(letters: string): number {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

export class FormulaWorkbook {
  private readonly sheets = new Map<string, Map<string, CellContent>>();
  private readonly evaluating = new Set<string>();

  set(sheet: string, address: string, content: CellContent): void {
    const cells = this.sheets.get(sheet) ?? new Map<string, CellContent>();
    cells.set(address.replace(/\$/g, ""), content);
    this.sheets.set(sheet, cells);
  }

  /** A cell's value: its constant, or its formula's result (an empty cell read by a formula gives 0). */
  value(sheet: string, address: string): Value {
    const content = this.sheets.get(sheet)?.get(address) ?? null;
    if (content === null || typeof content !== "object") return content;
    const key = `${sheet}!${address}`;
    if (this.evaluating.has(key)) throw new Error(`circular reference at ${key}`);
    this.evaluating.add(key);
    try {
      return this.evaluate(sheet, content.formula);
    } finally {
      this.evaluating.delete(key);
    }
  }

  /**
   * Evaluates a formula on `sheet`. A formula written for one cell and applied to another (a conditional
   * format, a calculated column) moves its relative references by the distance between the two.
   */
  evaluate(sheet: string, formula: string, move?: { writtenFor: string; appliedAt: string }): Value {
    const [from, to] = move ? [parseCell(move.writtenFor), parseCell(move.appliedAt)] : [null, null];
    const shift =
      from && to ? { rows: to.row - from.row, columns: to.column - from.column } : { rows: 0, columns: 0 };
    const result = this.run(new Parser(formula.replace(/^=/, ""), sheet, shift).parseFormula());
    const value = this.scalar(result);
    return value === null ? 0 : value;
  }

  private cells(reference: Reference): Value[][] {
    const { top, left, bottom, right } = reference.box;
    return Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) =>
        this.value(reference.sheet, address(top + r, left + c)),
      ),
    );
  }

  private scalar(result: Result): Value {
    if (!isReference(result)) return result;
    const { box } = result;
    if (box.top !== box.bottom || box.left !== box.right) return new FormulaError("#VALUE!");
    return this.value(result.sheet, address(box.top, box.left));
  }

  private run(node: Node): Result {
    switch (node.kind) {
      case "literal":
        return node.value;
      case "reference":
        return node.reference;
      case "unary": {
        const operand = toNumber(this.scalar(this.run(node.operand)));
        return operand instanceof FormulaError ? operand : -operand;
      }
      case "binary":
        return binary(node.operator, this.scalar(this.run(node.left)), this.scalar(this.run(node.right)));
      case "call":
        return this.call(node.name, node.args);
    }
  }

  /** Every value an argument stands for: a range gives its cells, a scalar itself. */
  private spread(node: Node): { values: Value[]; fromRange: boolean } {
    const result = this.run(node);
    return isReference(result)
      ? { values: this.cells(result).flat(), fromRange: true }
      : { values: [result], fromRange: false };
  }

  private call(name: string, args: Node[]): Result {
    const scalarArg = (index: number): Value =>
      args[index] ? this.scalar(this.run(args[index] as Node)) : null;
    switch (name) {
      case "IF": {
        const condition = toBoolean(scalarArg(0));
        if (condition instanceof FormulaError) return condition;
        if (condition) return this.run(args[1] as Node);
        return args[2] ? this.run(args[2]) : false;
      }
      case "IFERROR": {
        const value = scalarArg(0);
        return value instanceof FormulaError ? scalarArg(1) : value;
      }
      case "AND": {
        let all = true;
        for (const arg of args) {
          const { values, fromRange } = this.spread(arg);
          for (const value of values) {
            if (value instanceof FormulaError) return value;
            if (fromRange && typeof value !== "number" && typeof value !== "boolean") continue;
            const truth = toBoolean(value);
            if (truth instanceof FormulaError) return truth;
            all &&= truth;
          }
        }
        return all;
      }
      case "ROUND": {
        const [value, digits] = [toNumber(scalarArg(0)), toNumber(scalarArg(1))];
        if (value instanceof FormulaError) return value;
        if (digits instanceof FormulaError) return digits;
        // Excel rounds the value as shown to 15 significant digits, half away from zero.
        const factor = 10 ** digits;
        return (Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(15)))) / factor;
      }
      case "AVERAGE": {
        const numbers: number[] = [];
        for (const arg of args) {
          for (const value of this.spread(arg).values) {
            if (value instanceof FormulaError) return value;
            if (typeof value === "number") numbers.push(value);
          }
        }
        if (numbers.length === 0) return new FormulaError("#DIV/0!");
        return numbers.reduce((sum, number) => sum + number, 0) / numbers.length;
      }
      case "COUNT":
        return args.flatMap((arg) => this.spread(arg).values).filter((value) => typeof value === "number")
          .length;
      case "COUNTA":
        return args.flatMap((arg) => this.spread(arg).values).filter((value) => value !== null).length;
      case "COUNTIFS": {
        const pairs = Array.from({ length: args.length / 2 }, (_, index) => ({
          cells: this.spread(args[2 * index] as Node).values,
          criterion: scalarArg(2 * index + 1),
        }));
        const size = pairs[0]?.cells.length ?? 0;
        return Array.from({ length: size }, (_, index) => index).filter((index) =>
          pairs.every(({ cells, criterion }) => meets(cells[index] ?? null, criterion)),
        ).length;
      }
      case "INDEX": {
        const reference = this.run(args[0] as Node);
        const position = toNumber(scalarArg(1));
        if (!isReference(reference)) return new FormulaError("#VALUE!");
        if (position instanceof FormulaError) return position;
        const { box } = reference;
        const vertical = box.left === box.right;
        const length = vertical ? box.bottom - box.top + 1 : box.right - box.left + 1;
        if (position < 1 || position > length) return new FormulaError("#REF!");
        const row = vertical ? box.top + position - 1 : box.top;
        const column = vertical ? box.left : box.left + position - 1;
        return { sheet: reference.sheet, box: { top: row, left: column, bottom: row, right: column } };
      }
      case "MATCH": {
        if (scalarArg(2) !== 0) throw new Error("only MATCH(…, …, 0), an exact match, is supported");
        const wanted = scalarArg(0);
        if (wanted instanceof FormulaError) return wanted;
        const found = this.spread(args[1] as Node).values.findIndex((value) => equal(value, wanted));
        return found < 0 ? new FormulaError("#N/A") : found + 1;
      }
      default:
        throw new Error(`function ${name} is not supported`);
    }
  }
}

class Parser {
  private readonly tokens: { text: string; group: number }[] = [];
  private position = 0;

  constructor(
    formula: string,
    private readonly sheet: string,
    private readonly shift: { rows: number; columns: number },
  ) {
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < formula.trimEnd().length) {
      const start = TOKEN.lastIndex;
      const match = TOKEN.exec(formula);
      if (!match) throw new Error(`cannot read formula at "${formula.slice(start)}"`);
      const group = match.findIndex((part, index) => index > 0 && index !== 2 && part !== undefined);
      this.tokens.push({
        text: group === 3 ? `${match[2] ?? ""}${match[3]}` : (match[group] as string),
        group,
      });
    }
  }

  parseFormula(): Node {
    const node = this.comparison();
    if (this.position !== this.tokens.length) throw new Error(`unexpected "${this.peek()}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.position]?.text;
  }

  private expect(text: string): void {
    if (this.peek() !== text) throw new Error(`expected "${text}", found "${this.peek()}"`);
    this.position += 1;
  }

  private binaryLevel(operators: string[], next: () => Node): Node {
    let node = next();
    while (operators.includes(this.peek() ?? "") && this.tokens[this.position]?.group === 7) {
      const operator = this.tokens[this.position++]?.text as string;
      node = { kind: "binary", operator, left: node, right: next() };
    }
    return node;
  }

  private comparison = (): Node => this.binaryLevel(["=", "<>", "<", ">", "<=", ">="], this.concatenation);
  private concatenation = (): Node => this.binaryLevel(["&"], this.additive);
  private additive = (): Node => this.binaryLevel(["+", "-"], this.multiplicative);
  private multiplicative = (): Node => this.binaryLevel(["*", "/"], this.unary);

  private unary = (): Node => {
    if (this.peek() === "-") {
      this.position += 1;
      return { kind: "unary", operand: this.unary() };
    }
    return this.primary();
  };

  private primary(): Node {
    const token = this.tokens[this.position++];
    if (!token) throw new Error("formula ends too soon");
    switch (token.group) {
      case 1:
        return { kind: "literal", value: token.text.slice(1, -1).replace(/""/g, '"') };
      case 3:
        return { kind: "reference", reference: this.reference(token.text) };
      case 4: {
        if (!FUNCTIONS.includes(token.text)) throw new Error(`function ${token.text} is not supported`);
        const args: Node[] = [];
        while (this.peek() !== ")") {
          args.push(this.comparison());
          if (this.peek() === ",") this.position += 1;
        }
        this.expect(")");
        return { kind: "call", name: token.text, args };
      }
      case 5:
        return { kind: "literal", value: Number(token.text) };
      case 6:
        return { kind: "literal", value: token.text === "TRUE" };
      default: {
        if (token.text !== "(") throw new Error(`unexpected "${token.text}"`);
        const inner = this.comparison();
        this.expect(")");
        return inner;
      }
    }
  }

  private reference(text: string): Reference {
    const bang = text.lastIndexOf("!");
    const sheetPart = bang < 0 ? null : text.slice(0, bang);
    const sheet = sheetPart === null ? this.sheet : sheetPart.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    const [first, second = first] = text.slice(bang + 1).split(":") as [string, string?];
    const a = this.corner(first);
    const b = this.corner(second);
    return {
      sheet,
      box: {
        top: Math.min(a.row, b.row),
        left: Math.min(a.column, b.column),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.column, b.column),
      },
    };
  }

  private corner(text: string): { row: number; column: number } {
    const match = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(text);
    if (!match) throw new Error(`not a cell: ${text}`);
    return {
      column: columnNumber(match[2] as string) + (match[1] ? 0 : this.shift.columns),
      row: Number(match[4]) + (match[3] ? 0 : this.shift.rows),
    };
  }
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(text);
  if (!match) throw new Error(`not a cell: ${text}`);
  return { column: columnNumber(match[1] as string), row: Number(match[2]) };
}

function address(row: number, column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

function isReference(result: Result): result is Reference {
  return typeof result === "object" && result !== null && !(result instanceof FormulaError);
}

function toNumber(value: Value): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const number = Number(value);
  return value.trim() === "" || Number.isNaN(number) ? new FormulaError("#VALUE!") : number;
}

function toBoolean(value: Value): boolean | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === "string") return new FormulaError("#VALUE!");
  return Boolean(value);
}

function toText(value: Scalar): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Excel orders numbers before text before booleans; an empty cell is 0, "" or FALSE as compared with. */
function compare(left: Scalar, right: Scalar): number {
  const rank = (value: Scalar) => (typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2);
  const blank = (other: Scalar): Scalar =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const [a, b] = [left ?? blank(right), right ?? blank(left)];
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const [x, y] = [a.toLocaleUpperCase(), b.toLocaleUpperCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function equal(left: Value, right: Value): boolean {
  if (left instanceof FormulaError || right instanceof FormulaError) return false;
  return compare(left, right) === 0;
}

function binary(operator: string, left: Value, right: Value): Value {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  if (operator === "&") return toText(left) + toText(right);
  const comparisons: Record<string, (order: number) => boolean> = {
    "=": (order) => order === 0,
    "<>": (order) => order !== 0,
    "<": (order) => order < 0,
    ">": (order) => order > 0,
    "<=": (order) => order <= 0,
    ">=": (order) => order >= 0,
  };
  const comparison = comparisons[operator];
  if (comparison) return comparison(compare(left, right));
  const [a, b] = [toNumber(left), toNumber(right)];
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (operator === "/" && b === 0) return new FormulaError("#DIV/0!");
  return { "+": a + b, "-": a - b, "*": a * b, "/": a / b }[operator] as number;
}

/**
 * COUNTIFS criteria as our plans write them: "<>" (not empty), "<>x" (not x) and "x" (equal to x), with
 * ~ escaping a literal character; a number-like criterion matches both the number and its text.
 */
function meets(cell: Value, criterion: Value): boolean {
  if (cell instanceof FormulaError || criterion instanceof FormulaError) return false;
  const text = toText(criterion);
  const negated = text.startsWith("<>");
  const operand = (negated ? text.slice(2) : text).replace(/~(.)/g, "$1");
  if (negated && operand === "") return cell !== null && cell !== "";
  const same =
    cell !== null &&
    (toText(cell).toLocaleUpperCase() === operand.toLocaleUpperCase() ||
      (typeof cell === "number" && operand.trim() !== "" && cell === Number(operand)));
  return negated ? !same : same;
}
