/**
 * How Excel reads what a program writes into `values` or `formulas`: the same way it reads what a user
 * types. "=..." is a formula, "'..." is text without the apostrophe, "12" is the number 12, "+x" / "-x"
 * are formulas, "TRUE" is a boolean, dates and times become their serial numbers, and a cell formatted
 * as text ("@") keeps the string as it is.
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
  const serial = dateOrTimeSerial(input);
  if (serial !== null) return { value: serial, formula: null };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === "TRUE", formula: null };
  if (input.length > 1 && input.startsWith("=")) return formula(input);
  if (input.length > 1 && /^[+-]/.test(input)) return formula(`=${input}`);
  return { value: input, formula: null };
}

/**
 * Dates and times as an en-US Excel reads them from typing: ISO "2568-10-01" (documented for `values`),
 * "10/1/2568", "1-2" (this year), "1/2567" (the month's first day), "10:30" and "10:30 AM", as serial
 * numbers: days from 1899-12-30, a time being the fraction of a day. Null for anything else.
 */
function dateOrTimeSerial(input: string): number | null {
  const time = /^(\d{1,2}):(\d{2})(?:\s*([AP])M)?$/i.exec(input);
  if (time) {
    const [hours, minutes] = [Number(time[1]), Number(time[2])];
    const half = time[3]?.toUpperCase();
    if (minutes > 59 || (half ? hours < 1 || hours > 12 : hours > 23)) return null;
    const hour = half === undefined ? hours : (hours % 12) + (half === "P" ? 12 : 0);
    return (hour * 60 + minutes) / (24 * 60);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (iso) return dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthDay = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/.exec(input);
  if (monthDay) {
    const year = monthDay[3] === undefined ? new Date().getFullYear() : Number(monthDay[3]);
    return dateSerial(year, Number(monthDay[1]), Number(monthDay[2]));
  }
  const monthYear = /^(\d{1,2})[/-](\d{4})$/.exec(input);
  return monthYear ? dateSerial(Number(monthYear[2]), Number(monthYear[1]), 1) : null;
}

function dateSerial(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!exists || year < 1900 || year > 9999) return null;
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
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
