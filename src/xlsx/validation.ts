import type { DataValidation, Worksheet } from "exceljs";
import { boundingBox, parseRange, rangeAddress } from "../layout/a1";
import { OwnedCells } from "../layout/ownedCells";
import type { ValidationPlan } from "../layout/plan";
import { cellsOf } from "./cellsOf";
import { sheetInternals } from "./excelJsInternals";
import type { ValidationRuleSnapshot } from "./snapshot";

/** Excel refuses a file whose inline list is longer than this, counting the separators. */
const INLINE_LIST_LIMIT = 255;
/** Excel's limits on the input message and error alert, beyond which it repairs the file. */
const TITLE_LIMIT = 32;
const PROMPT_LIMIT = 255;
const ERROR_LIMIT = 225;

/**
 * An inline list, `"✓,√"`. Excel splits it at every comma whatever the quoting, so an item with a
 * comma cannot be listed inline: that, and a list over Excel's limit, is a mistake in the plan.
 */
function inlineListFormula(items: readonly string[]): string {
  const bad = items.find((item) => item.includes(",") || item === "");
  if (bad !== undefined) throw new Error(`list item "${bad}" cannot go in an inline list`);
  const list = items.join(",");
  if (list.length > INLINE_LIST_LIMIT) {
    throw new Error(`inline list of ${list.length} characters is over Excel's ${INLINE_LIST_LIMIT}`);
  }
  return `"${list.replace(/"/g, '""')}"`;
}

/**
 * Validates the plan's range, replacing what its cells had: a file read back holds one rule per cell,
 * and two rules over one cell would make Excel repair the file.
 */
export function setValidation(sheet: Worksheet, plan: ValidationPlan): void {
  const validations = sheetInternals(sheet).dataValidations;
  for (const { address } of cellsOf(parseRange(plan.address))) delete validations.model[address];
  validations.add(plan.address, dataValidationOf(plan));
}

function dataValidationOf(plan: ValidationPlan): DataValidation {
  checkLength("prompt title", plan.prompt?.title, TITLE_LIMIT);
  checkLength("prompt", plan.prompt?.message, PROMPT_LIMIT);
  checkLength("error title", plan.error.title, TITLE_LIMIT);
  checkLength("error message", plan.error.message, ERROR_LIMIT);
  const rule: Pick<DataValidation, "type" | "formulae" | "operator"> =
    plan.rule.kind === "list"
      ? { type: "list", formulae: [inlineListFormula(plan.rule.items)] }
      : { type: "decimal", operator: "between", formulae: [plan.rule.min, plan.rule.max] };
  return {
    ...rule,
    allowBlank: true,
    ...(plan.prompt && {
      showInputMessage: true,
      promptTitle: plan.prompt.title,
      prompt: plan.prompt.message,
    }),
    showErrorMessage: true,
    errorStyle: plan.error.style,
    errorTitle: plan.error.title,
    error: plan.error.message,
  };
}

/**
 * A sheet's drop-downs as few rectangles, each over cells of one rule. ExcelJS reads a file's drop-downs
 * cell by cell and, saving, joins cells it takes in the order of their addresses' text, B10 before B6:
 * B6:B10 comes out as "B10" and "B6:B10", two rules over one cell, which Excel repairs.
 */
export function compactValidations(sheet: Worksheet): void {
  const { model } = sheetInternals(sheet).dataValidations;
  const cellsOfRule = new Map<string, { rule: DataValidation; cells: string[] }>();
  for (const [address, rule] of Object.entries(model)) {
    if (rule === undefined) continue;
    const key = JSON.stringify(rule);
    const group = cellsOfRule.get(key) ?? { rule, cells: [] };
    group.cells.push(...[...cellsOf(parseRange(address))].map((cell) => cell.address));
    cellsOfRule.set(key, group);
  }
  for (const address of Object.keys(model)) delete model[address];
  for (const { rule, cells } of cellsOfRule.values()) {
    const owned = new OwnedCells(cells.map((address) => ({ address })));
    const box = boundingBox(cells.map(parseRange));
    if (box) for (const rectangle of owned.within(rangeAddress(box))) model[rectangle] = rule;
  }
}

function checkLength(what: string, text: string | undefined, limit: number): void {
  if (text !== undefined && text.length > limit) {
    throw new Error(`validation ${what} of ${text.length} characters is over Excel's ${limit}: "${text}"`);
  }
}

/** The rule of a validation read from a file: an inline list's items, a decimal's bounds. */
export function readValidationRule(validation: DataValidation): ValidationRuleSnapshot {
  const formulas = (validation.formulae ?? []).map(String);
  const [first = "", second = ""] = formulas;
  if (validation.type === "list") {
    const inline = /^"([\s\S]*)"$/.exec(first);
    if (inline) return { kind: "list", items: (inline[1] as string).replace(/""/g, '"').split(",") };
  }
  if (validation.type === "decimal" && (validation.operator ?? "between") === "between") {
    const [min, max] = [Number(first), Number(second)];
    if (Number.isFinite(min) && Number.isFinite(max)) return { kind: "decimal", min, max };
  }
  return { kind: "other", type: validation.type, formulas };
}
