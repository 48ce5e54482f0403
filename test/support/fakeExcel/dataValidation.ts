/** Excel.DataValidation: a rule (such as a dropdown list), prompt and error alert on each cell of a range. */
import { absoluteBoxAddress, quoteSheetName } from "./address";
import type { Batch, Binding } from "./binding";
import { FakeClientObject, type PropertySpec, type PropertyTable, type ProxySchema } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeMembers } from "./members";
import { rangeArgument } from "./range";
import { agreed, eachCell, editCells, type RangeTarget } from "./rangeTarget";
import { defaultValidation, type ValidationState } from "./state/cell";

type ValidationProperty = "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "type";

const ruleTypes: Record<keyof Excel.DataValidationRule, Excel.DataValidation["type"]> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

// Office sends rules as JSON, so a criterion set to undefined is no criterion at all.
function criteriaOf(rule: Excel.DataValidationRule): string[] {
  return Object.entries(rule)
    .filter(([, criteria]) => criteria !== undefined)
    .map(([kind]) => kind);
}

function typeOf(rule: Excel.DataValidationRule): Excel.DataValidation["type"] {
  const [kind] = criteriaOf(rule) as (keyof Excel.DataValidationRule)[];
  return kind === undefined ? "None" : ruleTypes[kind];
}

/** A rule has exactly one kind of criteria; a list whose source is a Range is stored as its address. */
function storedRule(
  rule: Excel.DataValidationRule,
  target: RangeTarget,
  batch: Batch,
): Excel.DataValidationRule {
  const kinds = criteriaOf(rule);
  if (kinds.length !== 1 || !kinds.every((kind) => kind in ruleTypes)) {
    throw new FakeOfficeError("InvalidArgument", "a data validation rule has exactly one kind of criteria");
  }
  if (rule.list === undefined) return JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
  const source = rule.list.source;
  if (typeof source === "string") {
    if (source.trim() === "") throw new FakeOfficeError("InvalidArgument", "a list needs a source");
    return { list: { ...rule.list } };
  }
  const range = rangeArgument(source, target.sheet, batch);
  const sheetPrefix = range.sheet === target.sheet ? "" : `${quoteSheetName(range.sheet.name)}!`;
  return {
    list: {
      inCellDropDown: rule.list.inCellDropDown,
      source: `=${sheetPrefix}${absoluteBoxAddress(range.box)}`,
    },
  };
}

/**
 * As DataValidationType documents it: MixedCriteria when only some cells have validation, Inconsistent
 * when the cells have different rules.
 */
function validationType(target: RangeTarget): Excel.DataValidation["type"] {
  const rules = [...eachCell(target, (cell) => cell.validation?.rule ?? {})];
  const validated = rules.filter((rule) => criteriaOf(rule).length > 0);
  if (validated.length === 0) return "None";
  if (validated.length < rules.length) return "MixedCriteria";
  const rule = agreed(validated);
  return rule === null ? "Inconsistent" : typeOf(rule);
}

function validationPart<K extends "prompt" | "errorAlert" | "ignoreBlanks">(
  name: K,
  change: (validation: ValidationState, value: ValidationState[K]) => ValidationState,
): PropertySpec<RangeTarget, ValidationState[K]> {
  return {
    read: (target) => agreed(eachCell(target, (cell) => (cell.validation ?? defaultValidation)[name])),
    write: (target, value) =>
      editCells(target, (cell) => (cell.validation = change(cell.validation ?? defaultValidation, value))),
  };
}

const validationProperties: PropertyTable<Excel.DataValidation, ValidationProperty, RangeTarget> = {
  rule: {
    read: (target) => agreed(eachCell(target, (cell) => cell.validation?.rule ?? {})),
    write: (target, rule, batch) => {
      const stored = storedRule(rule, target, batch);
      editCells(
        target,
        (cell) => (cell.validation = { ...(cell.validation ?? defaultValidation), rule: stored }),
      );
    },
  },
  prompt: validationPart("prompt", (validation, prompt) => ({ ...validation, prompt: { ...prompt } })),
  errorAlert: validationPart("errorAlert", (validation, alert) => ({
    ...validation,
    errorAlert: { ...alert },
  })),
  ignoreBlanks: validationPart("ignoreBlanks", (validation, ignoreBlanks) => ({
    ...validation,
    ignoreBlanks,
  })),
  type: { read: validationType },
};

const validationSchema: ProxySchema<RangeTarget> = {
  typeName: "DataValidation",
  properties: validationProperties,
  navigation: [],
  sheetOf: (target) => target.sheet,
};

export class FakeDataValidation
  extends FakeClientObject<RangeTarget>
  implements FakeMembers<Excel.DataValidation, ValidationProperty | "clear">
{
  declare rule: Excel.DataValidationRule;
  declare prompt: Excel.DataValidationPrompt;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare ignoreBlanks: boolean;
  declare readonly type: Excel.DataValidation["type"];

  static {
    FakeClientObject.defineProperties(FakeDataValidation.prototype, validationSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding, validationSchema);
  }

  clear(): void {
    this.edit("clear", (target) => editCells(target, (cell) => (cell.validation = null)));
  }
}
