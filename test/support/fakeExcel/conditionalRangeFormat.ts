/**
 * The parts of a conditional format: the rule (a formula for "Custom", a comparison for "CellValue") and
 * the format applied where it holds (fill colour, font, number format).
 */
import type { Binding } from "./binding";
import { FakeClientObject, type PropertySpec, type PropertyTable, type ProxySchema } from "./clientObject";
import type { ConditionalFormatTarget } from "./conditionalFormats";
import type { FakeRequestContext } from "./context";
import type { FakeMembers } from "./members";
import { normalizeColor } from "./state/cell";
import type { ConditionalRangeFormatState } from "./state/sheet";

type Target = ConditionalFormatTarget;

function schema(
  typeName: string,
  properties: ProxySchema<Target>["properties"],
  navigation: string[] = [],
): ProxySchema<Target> {
  return { typeName, properties, navigation, sheetOf: (target: Target) => target.sheet };
}

export class FakeCustomConditionalFormat
  extends FakeClientObject<Target>
  implements FakeMembers<Excel.CustomConditionalFormat, "rule" | "format">
{
  constructor(context: FakeRequestContext, binding: Binding<Target>) {
    super(context, binding, schema("CustomConditionalFormat", {}, ["rule", "format"]));
  }

  get rule(): FakeConditionalFormatRule {
    return this.navigate("rule", () => new FakeConditionalFormatRule(this.context, this.binding));
  }

  get format(): FakeConditionalRangeFormat {
    return this.navigate("format", () => new FakeConditionalRangeFormat(this.context, this.binding));
  }
}

const ruleProperties: PropertyTable<Excel.ConditionalFormatRule, "formula", Target> = {
  formula: {
    read: ({ conditional }) => conditional.formula,
    write: ({ conditional }, formula) => (conditional.formula = formula),
  },
};

const ruleSchema = schema("ConditionalFormatRule", ruleProperties);

export class FakeConditionalFormatRule
  extends FakeClientObject<Target>
  implements FakeMembers<Excel.ConditionalFormatRule, "formula">
{
  declare formula: string;

  static {
    FakeClientObject.defineProperties(FakeConditionalFormatRule.prototype, ruleSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<Target>) {
    super(context, binding, ruleSchema);
  }
}

const cellValueProperties: PropertyTable<Excel.CellValueConditionalFormat, "rule", Target> = {
  rule: {
    read: ({ conditional }) => conditional.cellValueRule,
    write: ({ conditional }, rule) => (conditional.cellValueRule = { ...rule }),
  },
};

const cellValueSchema = schema("CellValueConditionalFormat", cellValueProperties, ["format"]);

export class FakeCellValueConditionalFormat
  extends FakeClientObject<Target>
  implements FakeMembers<Excel.CellValueConditionalFormat, "rule" | "format">
{
  declare rule: Excel.ConditionalCellValueRule;

  static {
    FakeClientObject.defineProperties(FakeCellValueConditionalFormat.prototype, cellValueSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<Target>) {
    super(context, binding, cellValueSchema);
  }

  get format(): FakeConditionalRangeFormat {
    return this.navigate("format", () => new FakeConditionalRangeFormat(this.context, this.binding));
  }
}

/** A part of the format; null until written, and again after clear(). */
function formatPart<K extends keyof ConditionalRangeFormatState>(
  name: K,
  normalize: (value: NonNullable<ConditionalRangeFormatState[K]>) => ConditionalRangeFormatState[K] = (
    value,
  ) => value,
): PropertySpec<Target, NonNullable<ConditionalRangeFormatState[K]>> {
  return {
    read: ({ conditional }) => conditional.format[name] as NonNullable<ConditionalRangeFormatState[K]> | null,
    write: ({ conditional }, value) => (conditional.format[name] = normalize(value)),
  };
}

function clearParts(target: Target, names: readonly (keyof ConditionalRangeFormatState)[]): void {
  names.forEach((name) => (target.conditional.format[name] = null));
}

const rangeFormatProperties: PropertyTable<Excel.ConditionalRangeFormat, "numberFormat", Target> = {
  numberFormat: formatPart("numberFormat"),
};

const rangeFormatSchema = schema("ConditionalRangeFormat", rangeFormatProperties, ["fill", "font"]);

export class FakeConditionalRangeFormat
  extends FakeClientObject<Target>
  implements FakeMembers<Excel.ConditionalRangeFormat, "numberFormat" | "fill" | "font">
{
  declare numberFormat: string;

  static {
    FakeClientObject.defineProperties(FakeConditionalRangeFormat.prototype, rangeFormatSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<Target>) {
    super(context, binding, rangeFormatSchema);
  }

  get fill(): FakeConditionalRangeFill {
    return this.navigate("fill", () => new FakeConditionalRangeFill(this.context, this.binding));
  }

  get font(): FakeConditionalRangeFont {
    return this.navigate("font", () => new FakeConditionalRangeFont(this.context, this.binding));
  }
}

const fillProperties: PropertyTable<Excel.ConditionalRangeFill, "color", Target> = {
  color: formatPart("fillColor", normalizeColor),
};

const fillSchema = schema("ConditionalRangeFill", fillProperties);

export class FakeConditionalRangeFill
  extends FakeClientObject<Target>
  implements FakeMembers<Excel.ConditionalRangeFill, "color" | "clear">
{
  declare color: string;

  static {
    FakeClientObject.defineProperties(FakeConditionalRangeFill.prototype, fillSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<Target>) {
    super(context, binding, fillSchema);
  }

  clear(): void {
    this.edit("clear", (target) => clearParts(target, ["fillColor"]));
  }
}

type FontProperty = "color" | "bold" | "italic" | "strikethrough";

const fontProperties: PropertyTable<Excel.ConditionalRangeFont, FontProperty, Target> = {
  color: formatPart("fontColor", normalizeColor),
  bold: formatPart("bold"),
  italic: formatPart("italic"),
  strikethrough: formatPart("strikethrough"),
};

const fontSchema = schema("ConditionalRangeFont", fontProperties);

export class FakeConditionalRangeFont
  extends FakeClientObject<Target>
  implements FakeMembers<Excel.ConditionalRangeFont, FontProperty | "clear">
{
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  declare strikethrough: boolean;

  static {
    FakeClientObject.defineProperties(FakeConditionalRangeFont.prototype, fontSchema);
  }

  constructor(context: FakeRequestContext, binding: Binding<Target>) {
    super(context, binding, fontSchema);
  }

  clear(): void {
    this.edit("clear", (target) => clearParts(target, ["fontColor", "bold", "italic", "strikethrough"]));
  }
}
