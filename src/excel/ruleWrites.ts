// Native drop-downs and live colours: rules Excel keeps and applies itself, with or without the add-in,
// to rows typed later into the table too.
import type { ConditionalFormatPlan, ValidationPlan, ValidationRule } from "../layout/plan";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

/** Excel keeps a list's items as one comma-separated text of at most 255 characters. */
export function listSource(items: readonly string[]): string {
  const source = items.join(",");
  if (items.some((item) => item.includes(",")) || source.length > 255) {
    throw new RangeError(`A drop-down list cannot hold these items: ${source}`);
  }
  return source;
}

function ruleOf(rule: ValidationRule): Excel.DataValidationRule {
  return rule.kind === "list"
    ? { list: { inCellDropDown: true, source: listSource(rule.items) } }
    : { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
}

export function validationSteps(target: SheetTarget, validations: readonly ValidationPlan[]): WriteStep[] {
  if (!target.capabilities.features.dropdowns) return [];
  return validations.map((validation) => {
    const rule = ruleOf(validation.rule);
    const prompt = validation.prompt && { showPrompt: true, ...validation.prompt };
    const errorAlert: Excel.DataValidationErrorAlert = {
      showAlert: true,
      style: validation.error.style === "stop" ? "Stop" : "Warning",
      title: validation.error.title,
      message: validation.error.message,
    };
    return writeStep(prompt ? 4 : 3, [validation.address, rule, prompt, errorAlert], () => {
      const dataValidation = target.sheet().getRange(validation.address).dataValidation;
      dataValidation.rule = rule;
      if (prompt) dataValidation.prompt = prompt;
      dataValidation.errorAlert = errorAlert;
    });
  });
}

/**
 * Custom formula rules in the plan's order, the first winning: each gets its place in the sheet's list
 * explicitly, whichever end Excel puts a new rule at.
 */
export function conditionalFormatSteps(
  target: SheetTarget,
  rules: readonly ConditionalFormatPlan[],
): WriteStep[] {
  if (!target.capabilities.features.liveColours) return [];
  return rules.map((rule, priority) => {
    const { fill, fontColor, bold } = rule.format;
    const operations = 4 + [fill, fontColor, bold].filter((part) => part !== undefined).length;
    return writeStep(operations, rule, () => {
      const conditional = target.sheet().getRange(rule.address).conditionalFormats.add("Custom");
      conditional.custom.rule.formula = rule.formula;
      if (fill !== undefined) conditional.custom.format.fill.color = fill;
      if (fontColor !== undefined) conditional.custom.format.font.color = fontColor;
      if (bold !== undefined) conditional.custom.format.font.bold = bold;
      conditional.priority = priority;
    });
  });
}
