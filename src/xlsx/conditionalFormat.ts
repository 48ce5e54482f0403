import type { Font, Style, Worksheet } from "exceljs";
import type { ConditionalFormatPlan } from "../layout/plan";
import { argbOf, solidFill } from "./cellStyle";
import { sheetInternals } from "./excelJsInternals";
import { formulaBody } from "./formula";

/**
 * Adds an expression rule per plan entry that the sheet does not have yet. Priority 1 is the rule
 * Excel applies first, so the plan's order ("earlier rules win") becomes ascending priorities after
 * whatever the sheet already has.
 */
export function addConditionalFormats(sheet: Worksheet, plans: readonly ConditionalFormatPlan[]): void {
  const existing = sheetInternals(sheet).conditionalFormattings.flatMap((formatting) =>
    formatting.rules.map((rule) => ({ ref: formatting.ref, rule })),
  );
  const isNew = (plan: ConditionalFormatPlan) =>
    !existing.some(
      ({ ref, rule }) =>
        ref === plan.address &&
        rule.type === "expression" &&
        rule.formulae?.[0] === formulaBody(plan.formula),
    );
  const first = Math.max(0, ...existing.map(({ rule }) => rule.priority)) + 1;
  plans.filter(isNew).forEach((plan, index) =>
    sheet.addConditionalFormatting({
      ref: plan.address,
      rules: [
        {
          type: "expression",
          priority: first + index,
          formulae: [formulaBody(plan.formula)],
          style: styleOf(plan.format),
        },
      ],
    }),
  );
}

function styleOf(format: ConditionalFormatPlan["format"]): Partial<Style> {
  const font: Partial<Font> = {
    ...(format.fontColor !== undefined && { color: { argb: argbOf(format.fontColor) } }),
    ...(format.bold !== undefined && { bold: format.bold }),
  };
  return {
    ...(format.fill !== undefined && { fill: solidFill(format.fill) }),
    ...(Object.keys(font).length > 0 && { font }),
  };
}
