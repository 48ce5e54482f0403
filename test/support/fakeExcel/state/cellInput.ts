/**
 * How Excel reads what a program writes into `values` or `formulas`: the same way it reads what a user
 * types. "=..." is a formula, "'..." is text without the apostrophe, "12" is the number 12, "+x" / "-x"
 * are formulas, "TRUE" is a boolean, and a cell formatted as text ("@") keeps the string as it is.
 */
import { FakeOfficeError } from "../errors";
import type { CellValue } from "./cell";

export interface CellContent {
  readonly value: CellValue;
  readonly formula: string | null;
}

const numberLiteral = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** The content a written item gives a cell, or null when Excel leaves the cell as it is (null items). */
export function interpretInput(input: unknown, numberFormat: string): CellContent | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeOfficeError("InvalidArgument", `${input} is not a cell value`);
    return { value: input, formula: null };
  }
  if (typeof input === "boolean") return { value: input, formula: null };
  if (typeof input !== "string") {
    throw new FakeOfficeError("InvalidArgument", `a ${typeof input} is not a cell value`);
  }
  if (numberFormat === "@") return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (numberLiteral.test(input)) return { value: Number(input), formula: null };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === "TRUE", formula: null };
  if (input.length > 1 && input.startsWith("=")) return formula(input);
  if (input.length > 1 && /^[+-]/.test(input)) return formula(`=${input}`);
  return { value: input, formula: null };
}

function formula(text: string): CellContent {
  return { value: formulaResult(text), formula: text };
}

/** Excel's error values, which `values` gives as their text. */
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/**
 * The fake has no calculation engine. It computes constant formulas (=12, ="text", =TRUE, =#REF!),
 * =NA() and SUM of number literals (=SUM(1,2)); any other formula shows its own text as its value.
 */
export function formulaResult(text: string): CellValue {
  const body = text.slice(1).trim();
  if (numberLiteral.test(body)) return Number(body);
  if (ERROR_VALUE.test(body.toUpperCase())) return body.toUpperCase();
  if (/^NA\(\)$/i.test(body)) return "#N/A";
  if (/^"(?:[^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const terms = /^SUM\((.*)\)$/i
    .exec(body)?.[1]
    ?.split(",")
    .map((term) => term.trim());
  if (terms !== undefined && terms.every((term) => numberLiteral.test(term))) {
    return terms.reduce((total, term) => total + Number(term), 0);
  }
  return text;
}

/** Range.text: the fake does not apply number formats, so this is the value as a string. */
export function displayText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function valueType(value: CellValue): Excel.RangeValueType {
  if (value === "") return "Empty" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}
