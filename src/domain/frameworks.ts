import type { Framework, Indicator, RulesInForce, ToolId, UnpublishedYear } from "./framework";
import { EARLIER_FRAMEWORKS, FRAMEWORKS, UNPUBLISHED_YEARS } from "./frameworkData";

/** The years NACC has published rules for and whose figures we hold. */
export const SUPPORTED_FISCAL_YEARS: readonly number[] = FRAMEWORKS.map((framework) => framework.fiscalYear);

/**
 * The framework NACC uses in a Buddhist-era fiscal year, or undefined for a year we have no data for:
 * the years a workbook is made for, and the earlier years units' results are scored by.
 */
export function findFramework(fiscalYear: number): Framework | undefined {
  return [...FRAMEWORKS, ...EARLIER_FRAMEWORKS].find((framework) => framework.fiscalYear === fiscalYear);
}

/** A year NACC has not published rules for yet, if that is what the year is. */
export function findUnpublishedYear(fiscalYear: number): UnpublishedYear | undefined {
  return UNPUBLISHED_YEARS.find((year) => year.fiscalYear === fiscalYear);
}

/**
 * The rules an assessment of that year is scored by: the year's own, or, for a year NACC has not
 * published yet (2570), the stand-in year's (2569's), marked unpublished so that the pane and the
 * command line can say so. Undefined for a year with neither.
 */
export function rulesInForce(fiscalYear: number): RulesInForce | undefined {
  const framework = findFramework(fiscalYear);
  if (framework) return { fiscalYear, published: true, framework, rulesFrom: fiscalYear };
  const unpublished = findUnpublishedYear(fiscalYear);
  const standIn = unpublished && findFramework(unpublished.rulesFrom);
  if (!unpublished || !standIn) return undefined;
  return {
    fiscalYear,
    published: false,
    framework: { ...standIn, fiscalYear, basedOn: unpublished.rulesFrom },
    rulesFrom: unpublished.rulesFrom,
  };
}

/**
 * Every year a workbook can be made for, oldest first: the published years, then those scored by a
 * stand-in year's rules until NACC publishes theirs (2570). The pane and the command line offer these.
 */
export const ACCEPTED_FISCAL_YEARS: readonly number[] = [
  ...SUPPORTED_FISCAL_YEARS,
  ...UNPUBLISHED_YEARS.map((year) => year.fiscalYear),
]
  .filter((year) => rulesInForce(year) !== undefined)
  .sort((a, b) => a - b);

/** Whether every figure group of the framework has been checked against sources that confirm it. */
export function figuresConfirmed(framework: Framework): boolean {
  return Object.values(framework.sources).every((group) => group.confirmed);
}

export function indicatorsOfTool(framework: Framework, tool: ToolId): readonly Indicator[] {
  return framework.indicators.filter((indicator) => indicator.tool === tool);
}

/** The indicator a question code (I12, E3, O48) belongs to in that year, if that year's numbering is known. */
export function indicatorOfQuestion(
  framework: Framework,
  code: { prefix: "I" | "E" | "O"; number: number },
): Indicator | undefined {
  return framework.indicators.find((indicator) =>
    indicator.questions.some(
      (range) => range.prefix === code.prefix && code.number >= range.from && code.number <= range.to,
    ),
  );
}

/** Matches the names staff type for an indicator ("๓. การใช้ทรัพย์สินทางราชการ") to the indicator. */
export function indicatorByName(framework: Framework, text: string): Indicator | undefined {
  const wanted = normaliseName(text);
  if (wanted === "") return undefined;
  // The longest name found wins, so that a text naming one indicator inside another's words is not misread.
  let best: { indicator: Indicator; length: number } | undefined;
  for (const indicator of framework.indicators) {
    for (const name of [indicator.nameTh, ...indicator.aliasesTh].map(normaliseName)) {
      if (wanted.includes(name) && name.length > (best?.length ?? 0))
        best = { indicator, length: name.length };
    }
  }
  return best?.indicator;
}

function normaliseName(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Every year a unit's result can be scored for, oldest first: the earlier years, then those above. */
export const SCORED_FISCAL_YEARS: readonly number[] = [
  ...EARLIER_FRAMEWORKS.map((framework) => framework.fiscalYear),
  ...ACCEPTED_FISCAL_YEARS,
].sort((a, b) => a - b);
