// Content and formats: one range per block, whole 2-D arrays, so operations grow with the plan's
// blocks and never with the cells.
import { parseRange, rangeAddress, type CellBox } from "../layout/a1";
import { formulaGrid } from "../layout/blocks";
import type { ContentBlock, FormatBlock, FormatPlan } from "../layout/plan";
import { literalInput } from "./cellInput";
import { writeStep, type SheetTarget, type WriteStep } from "./writeStep";

export function contentSteps(target: SheetTarget, blocks: readonly ContentBlock[]): WriteStep[] {
  return blocks.map((block) => {
    const values = block.values?.map((row) => row.map(literalInput));
    const formulas = formulaGrid(block);
    const operations = 1 + (values ? 1 : 0) + (formulas ? 1 : 0);
    return writeStep(operations, [block.address, values, formulas], () => {
      const range = target.sheet().getRange(block.address);
      if (values) range.values = values as unknown[][];
      if (formulas) range.formulas = formulas;
    });
  });
}

/** One property of a format, as Office sets it; a bordered block sets each of its edges. */
type FormatSetting =
  | { readonly kind: "fontName" | "fontColor" | "fill"; readonly value: string }
  | { readonly kind: "numberFormat"; readonly value: string[][] }
  | { readonly kind: "fontSize"; readonly value: number }
  | { readonly kind: "bold" | "wrapText"; readonly value: boolean }
  | { readonly kind: "horizontalAlignment"; readonly value: NonNullable<FormatPlan["horizontalAlignment"]> }
  | { readonly kind: "verticalAlignment"; readonly value: NonNullable<FormatPlan["verticalAlignment"]> }
  | { readonly kind: "border"; readonly value: Excel.BorderIndex };

// Inside edges only where there are cells on both sides of them.
function bordersOf(box: CellBox): Excel.BorderIndex[] {
  return [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    ...(box.bottom > box.top ? ["InsideHorizontal"] : []),
    ...(box.right > box.left ? ["InsideVertical"] : []),
  ] as Excel.BorderIndex[];
}

function settingsOf(format: FormatPlan, box: CellBox): FormatSetting[] {
  const { font } = format;
  const settings: (FormatSetting | false | undefined)[] = [
    font?.name !== undefined && { kind: "fontName", value: font.name },
    font?.size !== undefined && { kind: "fontSize", value: font.size },
    font?.bold !== undefined && { kind: "bold", value: font.bold },
    font?.color !== undefined && { kind: "fontColor", value: font.color },
    format.fill !== undefined && { kind: "fill", value: format.fill },
    format.horizontalAlignment !== undefined && {
      kind: "horizontalAlignment",
      value: format.horizontalAlignment,
    },
    format.verticalAlignment !== undefined && { kind: "verticalAlignment", value: format.verticalAlignment },
    format.wrapText !== undefined && { kind: "wrapText", value: format.wrapText },
    format.numberFormat !== undefined && { kind: "numberFormat", value: grid(box, format.numberFormat) },
    ...(format.borders === true
      ? bordersOf(box).map((edge) => ({ kind: "border", value: edge }) as const)
      : []),
  ];
  return settings.filter((setting): setting is FormatSetting => setting !== false && setting !== undefined);
}

/** Range.numberFormat takes one format per cell. */
function grid(box: CellBox, numberFormat: string): string[][] {
  return Array.from({ length: box.bottom - box.top + 1 }, () =>
    Array<string>(box.right - box.left + 1).fill(numberFormat),
  );
}

function apply(range: Excel.Range, setting: FormatSetting): void {
  switch (setting.kind) {
    case "fontName":
      range.format.font.name = setting.value;
      return;
    case "fontSize":
      range.format.font.size = setting.value;
      return;
    case "bold":
      range.format.font.bold = setting.value;
      return;
    case "fontColor":
      range.format.font.color = setting.value;
      return;
    case "fill":
      range.format.fill.color = setting.value;
      return;
    case "horizontalAlignment":
      range.format.horizontalAlignment = setting.value;
      return;
    case "verticalAlignment":
      range.format.verticalAlignment = setting.value;
      return;
    case "wrapText":
      range.format.wrapText = setting.value;
      return;
    case "numberFormat":
      range.numberFormat = setting.value;
      return;
    case "border": {
      // Thin is the weight a new border line gets; the plan asks for thin black lines.
      const border = range.format.borders.getItem(setting.value);
      border.style = "Continuous";
      border.color = "#000000";
      return;
    }
  }
}

/**
 * Joins each block to the one before it when they carry the same format and together make a rectangle
 * (a grid's text columns side by side), so one range is written instead of several. Only neighbours in
 * the list are joined, so a later block still overrides an earlier one.
 */
export function joinAdjacentFormats(blocks: readonly FormatBlock[]): FormatBlock[] {
  const joined: { box: CellBox; format: FormatPlan; key: string }[] = [];
  for (const { address, format } of blocks) {
    const box = parseRange(address);
    const key = JSON.stringify(format);
    const last = joined[joined.length - 1];
    const together = last && last.key === key ? rectangleOf(last.box, box) : undefined;
    if (last && together) last.box = together;
    else joined.push({ box, format, key });
  }
  return joined.map(({ box, format }) => ({ address: rangeAddress(box), format }));
}

function rectangleOf(a: CellBox, b: CellBox): CellBox | undefined {
  const sideBySide =
    a.top === b.top && a.bottom === b.bottom && (b.left === a.right + 1 || a.left === b.right + 1);
  const stacked =
    a.left === b.left && a.right === b.right && (b.top === a.bottom + 1 || a.top === b.bottom + 1);
  if (!sideBySide && !stacked) return undefined;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function formatSteps(target: SheetTarget, blocks: readonly FormatBlock[]): WriteStep[] {
  return joinAdjacentFormats(blocks).map(({ address, format }) => {
    const box = parseRange(address);
    const settings = settingsOf(format, box);
    const operations = 1 + settings.reduce((sum, { kind }) => sum + (kind === "border" ? 3 : 1), 0);
    return writeStep(operations, [address, settings], () => {
      const range = target.sheet().getRange(address);
      settings.forEach((setting) => apply(range, setting));
    });
  });
}
