// The score sheet: staff type the ten indicator scores; native formulas give each tool's score, the
// weighted total, the result and the pass mark, and native conditional formats colour every score by
// band at the thresholds kept on the settings sheet. It keeps working without the add-in.
import { BANDS, bandLimit, EARLIER_BAND_NAMES, type Band } from "../domain/bands";
import type { Framework, Grade, Indicator, Tool } from "../domain/framework";
import { indicatorsOfTool, rulesInForce } from "../domain/frameworks";
import { PREVIOUS_SCORE_HEADER, SCORE_HEADER } from "../domain/scoreCheck";
import { formatDigits } from "../domain/thaiDigits";
import { BAND_NAME_KEYS, SETTING_KEYS, type WorkbookSettings } from "../domain/workbookSettings";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { columnOf, formulasAt, valuesAt } from "./blocks";
import { sheetPrefix, textLiteral } from "./formulaText";
import type { ConditionalFormatPlan, ContentBlock, FormatBlock, SheetPlan, SheetRole } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { settingValueCell } from "./settingsSheet";
import {
  a4,
  BAND_COLOURS,
  baseFont,
  CENTRED_CELL_FORMAT,
  HEADER_FORMAT,
  SCORE_FORMAT,
  TAB_COLOURS,
  TEXT_CELL_FORMAT,
} from "./styles";
import { TITLE_ROW_COUNT, titleRows } from "./titles";

const TOOL_COLUMN = 1;
const LABEL_COLUMN = 2;
const SCORE_COLUMN = 3;
const BAND_COLUMN = 4;
const WEIGHT_COLUMN = 5;
const WIDTH = WEIGHT_COLUMN;
/** Last year's scores and the change, right of both tables, in a workbook that compares years. */
const PREVIOUS_COLUMN = WEIGHT_COLUMN + 1;
const CHANGE_COLUMN = PREVIOUS_COLUMN + 1;
/** A change shown with its sign, as the analysis reports write it: +2.31, -0.85. */
const CHANGE_FORMAT = "+0.00;-0.00;0.00";
const CHANGE_COLOURS = { up: "#145A14", down: "#7A0B0B" } as const;

/** How an indicator is named in the score sheet and in the grids' drop-downs: "1. การปฏิบัติหน้าที่". */
export function indicatorLabel(indicator: Indicator): string {
  return `${indicator.number}. ${indicator.nameTh}`;
}

interface ToolGroup {
  readonly tool: Tool;
  readonly indicators: readonly Indicator[];
  readonly firstRow: number;
  readonly lastRow: number;
  /** The row of this tool's score in the summary. */
  readonly summaryRow: number;
}

/** Where everything sits; rows follow from the framework's tools and indicators. */
export interface ScoreSheetLayout {
  readonly headerRow: number;
  readonly groups: readonly ToolGroup[];
  readonly firstIndicatorRow: number;
  readonly lastIndicatorRow: number;
  readonly summaryHeaderRow: number;
  readonly totalRow: number;
  readonly resultRow: number;
  readonly passMarkRow: number;
  readonly legendTitleRow: number;
  readonly legendHeaderRow: number;
  readonly legendRows: Readonly<Record<Band, number>>;
  /** Absolute addresses of the score and band columns' cells for every indicator, and of its label. */
  readonly lookup: { readonly labels: string; readonly scores: string; readonly bands: string };
}

export function scoreSheetLayout(framework: Framework): ScoreSheetLayout {
  const headerRow = TITLE_ROW_COUNT + 2;
  const firstIndicatorRow = headerRow + 1;
  const indicatorCount = framework.indicators.length;
  const lastIndicatorRow = firstIndicatorRow + indicatorCount - 1;
  const summaryHeaderRow = lastIndicatorRow + 2;

  let nextRow = firstIndicatorRow;
  const groups = framework.tools.map((tool, index): ToolGroup => {
    const indicators = [...indicatorsOfTool(framework, tool.id)].sort((a, b) => a.number - b.number);
    const firstRow = nextRow;
    nextRow += indicators.length;
    return { tool, indicators, firstRow, lastRow: nextRow - 1, summaryRow: summaryHeaderRow + 1 + index };
  });

  const totalRow = summaryHeaderRow + framework.tools.length + 1;
  const legendTitleRow = totalRow + 4;
  const legendHeaderRow = legendTitleRow + 1;
  const column = (number: number) =>
    rangeAddress({ top: firstIndicatorRow, left: number, bottom: lastIndicatorRow, right: number }, true);
  return {
    headerRow,
    groups,
    firstIndicatorRow,
    lastIndicatorRow,
    summaryHeaderRow,
    totalRow,
    resultRow: totalRow + 1,
    passMarkRow: totalRow + 2,
    legendTitleRow,
    legendHeaderRow,
    legendRows: Object.fromEntries(BANDS.map((band, index) => [band, legendHeaderRow + 1 + index])) as Record<
      Band,
      number
    >,
    lookup: { labels: column(LABEL_COLUMN), scores: column(SCORE_COLUMN), bands: column(BAND_COLUMN) },
  };
}

const THRESHOLD_KEYS = [SETTING_KEYS.pass, SETTING_KEYS.strength, SETTING_KEYS.excellence] as const;

/** bandLimit names the threshold a band lies under; asked with positions, it says which key holds it. */
function thresholdKeyUnder(band: Band): string {
  return THRESHOLD_KEYS[bandLimit(band, { pass: 0, strength: 1, excellence: 2 })] as string;
}

/**
 * The legend's threshold cells: each band but the top one shows, in the score column of its legend row,
 * the threshold it lies under. Colours and band texts compare with these cells, never with numbers.
 */
function thresholdCells(layout: ScoreSheetLayout): { band: Band; lower?: string; upper?: string }[] {
  const cell = (band: Band) => cellAddress(layout.legendRows[band], SCORE_COLUMN, true);
  return BANDS.map((band, index) => {
    const below = BANDS[index - 1];
    return {
      band,
      ...(below === undefined ? {} : { lower: cell(below) }),
      ...(index === BANDS.length - 1 ? {} : { upper: cell(band) }),
    };
  });
}

/** A band's name in a formula: the legend's cell of it, which reads the name from the settings sheet. */
type BandNameIn = (band: Band) => string;

function legendName(layout: ScoreSheetLayout): BandNameIn {
  return (band) => cellAddress(layout.legendRows[band], BAND_COLUMN, true);
}

/** How formulas named the bands before the names were settings: the names written into them. */
const earlierName: BandNameIn = (band) => textLiteral(EARLIER_BAND_NAMES[band]);

/** The band's name for a score cell, or "" while the cell holds no number. */
function bandTextFormula(score: string, layout: ScoreSheetLayout, nameIn = legendName(layout)): string {
  const nested = thresholdCells(layout).reduceRight<string>((otherwise, { band, upper }) => {
    const name = nameIn(band);
    return upper === undefined ? name : `IF(${score}<${upper},${name},${otherwise})`;
  }, "");
  return `=IF(COUNT(${score})=0,"",${nested})`;
}

/**
 * The band of each score cell at `rows` of the score column, as a block whose cells that still hold an
 * earlier version's formula are ours to replace.
 */
function bandBlock(layout: ScoreSheetLayout, top: number, rows: readonly number[]): ContentBlock {
  const formulas = (nameIn?: BandNameIn) =>
    columnOf(rows.map((row) => bandTextFormula(cellAddress(row, SCORE_COLUMN), layout, nameIn)));
  return { ...formulasAt(top, BAND_COLUMN, formulas()), formerly: { formulas: formulas(earlierName) } };
}

function bandColourRules(address: string, layout: ScoreSheetLayout): ConditionalFormatPlan[] {
  const [topLeft] = address.split(":") as [string];
  return thresholdCells(layout).map(({ band, lower, upper }) => {
    const conditions = [
      `COUNT(${topLeft})=1`,
      ...(lower === undefined ? [] : [`${topLeft}>=${lower}`]),
      ...(upper === undefined ? [] : [`${topLeft}<${upper}`]),
    ];
    return { address, formula: `=AND(${conditions.join(",")})`, format: BAND_COLOURS[band] };
  });
}

function scoreRange(group: ToolGroup, column = SCORE_COLUMN): string {
  return rangeAddress({ top: group.firstRow, left: column, bottom: group.lastRow, right: column });
}

/** Mean of the tool's indicators, two decimals, once every one of them has a score. */
function toolScoreFormula(group: ToolGroup, column = SCORE_COLUMN): string {
  const scores = scoreRange(group, column);
  return `=IF(COUNT(${scores})<${group.indicators.length},"",ROUND(AVERAGE(${scores}),2))`;
}

/**
 * Weights times unrounded tool means, rounded once, as NACC computes the total: this year's from the
 * weight cells, last year's (`weightOf`) from that year's rules, written into the formula.
 */
function totalFormula(
  layout: ScoreSheetLayout,
  column = SCORE_COLUMN,
  weightOf = (group: ToolGroup) => cellAddress(group.summaryRow, WEIGHT_COLUMN),
): string {
  const all = rangeAddress({
    top: layout.firstIndicatorRow,
    left: column,
    bottom: layout.lastIndicatorRow,
    right: column,
  });
  const count = layout.lastIndicatorRow - layout.firstIndicatorRow + 1;
  const weighted = layout.groups
    .map((group) => `${weightOf(group)}*AVERAGE(${scoreRange(group, column)})`)
    .join("+");
  return `=IF(COUNT(${all})<${count},"",ROUND(${weighted},2))`;
}

/** The first grade, from the highest, whose total and every-tool conditions hold, on the rounded scores. */
function resultFormula(framework: Framework, layout: ScoreSheetLayout): string {
  const total = cellAddress(layout.totalRow, SCORE_COLUMN);
  const toolScores = layout.groups.map((group) => cellAddress(group.summaryRow, SCORE_COLUMN));
  const conditionOf = (grade: Grade) => {
    const conditions = [
      `${total}>=${grade.minTotal}`,
      ...(grade.minEveryTool === undefined ? [] : toolScores.map((tool) => `${tool}>=${grade.minEveryTool}`)),
    ];
    return conditions.length === 1 ? conditions[0] : `AND(${conditions.join(",")})`;
  };
  const grades = framework.resultScale.grades;
  const lowest = grades[grades.length - 1] as Grade;
  // The lowest grade starts at 0 and is what is left when no other grade is reached.
  const nested = grades
    .slice(0, -1)
    .reduceRight(
      (otherwise, grade) => `IF(${conditionOf(grade)},${textLiteral(grade.label)},${otherwise})`,
      textLiteral(lowest.label),
    );
  return `=IF(${total}="","",${nested})`;
}

/** The assessment's own words for a total against the pass mark, whatever the bands are called. */
function passedFormula(layout: ScoreSheetLayout): string {
  const total = cellAddress(layout.totalRow, SCORE_COLUMN);
  const passMark = cellAddress(layout.passMarkRow, SCORE_COLUMN);
  return `=IF(${total}="","",IF(${total}>=${passMark},"ผ่านเกณฑ์","ไม่ผ่านเกณฑ์"))`;
}

function legendContent(
  settings: WorkbookSettings,
  layout: ScoreSheetLayout,
  settingsSheet: string,
): ContentBlock[] {
  const cells = thresholdCells(layout);
  const first = layout.legendRows[BANDS[0] as Band];
  const words = cells.map(({ lower, upper }) => {
    const [from, below] = [lower, upper].map((cell) => cell?.replace(/\$/g, ""));
    if (from === undefined) return `="ต่ำกว่า "&${below}`;
    if (below === undefined) return `=${from}&" ขึ้นไป"`;
    return `=${from}&" – ต่ำกว่า "&${below}`;
  });
  const setting = (key: string) => `=${sheetPrefix(settingsSheet)}${settingValueCell(settings, key)}`;
  const limits = cells
    .filter(({ upper }) => upper !== undefined)
    .map(({ band }) => setting(thresholdKeyUnder(band)));
  return [
    valuesAt(layout.legendTitleRow, TOOL_COLUMN, [["ความหมายของสีและระดับคะแนน"]]),
    valuesAt(layout.legendHeaderRow, TOOL_COLUMN, [["สี", "ช่วงคะแนน", "ค่าเกณฑ์", "ระดับ"]]),
    formulasAt(first, LABEL_COLUMN, columnOf(words)),
    formulasAt(first, SCORE_COLUMN, columnOf(limits)),
    // The names are settings, renamed in the pane; a legend that still holds the earlier names is ours.
    {
      ...formulasAt(first, BAND_COLUMN, columnOf(BANDS.map((band) => setting(BAND_NAME_KEYS[band])))),
      formerly: { values: columnOf(BANDS.map((band) => EARLIER_BAND_NAMES[band])) },
    },
  ];
}

function indicatorContent(layout: ScoreSheetLayout): ContentBlock[] {
  const { headerRow, firstIndicatorRow } = layout;
  const indicators = layout.groups.flatMap((group) => group.indicators);
  return [
    valuesAt(headerRow, TOOL_COLUMN, [["แบบวัด", "ตัวชี้วัด", SCORE_HEADER, "ระดับ"]]),
    ...layout.groups.map((group) => valuesAt(group.firstRow, TOOL_COLUMN, [[group.tool.id]])),
    valuesAt(firstIndicatorRow, LABEL_COLUMN, columnOf(indicators.map(indicatorLabel))),
    bandBlock(
      layout,
      firstIndicatorRow,
      indicators.map((_, index) => firstIndicatorRow + index),
    ),
  ];
}

function summaryContent(framework: Framework, layout: ScoreSheetLayout): ContentBlock[] {
  const { summaryHeaderRow, totalRow, passMarkRow } = layout;
  const firstToolRow = summaryHeaderRow + 1;
  const scoredRows = [...layout.groups.map((group) => group.summaryRow), totalRow];
  return [
    valuesAt(summaryHeaderRow, TOOL_COLUMN, [["แบบวัด", "ชื่อแบบวัด", "คะแนนแบบวัด", "ระดับ", "น้ำหนัก"]]),
    valuesAt(
      firstToolRow,
      TOOL_COLUMN,
      layout.groups.map((group) => [group.tool.id, group.tool.nameTh]),
    ),
    // Weights are shown, and the total reads them from these cells.
    valuesAt(firstToolRow, WEIGHT_COLUMN, columnOf(layout.groups.map((group) => group.tool.weight))),
    formulasAt(firstToolRow, SCORE_COLUMN, columnOf(layout.groups.map((group) => toolScoreFormula(group)))),
    valuesAt(totalRow, TOOL_COLUMN, columnOf(["คะแนนรวม", "ผลการประเมิน", "เกณฑ์ผ่านของ ป.ป.ช."])),
    formulasAt(totalRow, SCORE_COLUMN, [[totalFormula(layout)], [resultFormula(framework, layout)]]),
    valuesAt(passMarkRow, SCORE_COLUMN, [[framework.resultScale.passMark]]),
    bandBlock(layout, firstToolRow, scoredRows),
    formulasAt(passMarkRow, BAND_COLUMN, [[passedFormula(layout)]]),
  ];
}

function formats(layout: ScoreSheetLayout): FormatBlock[] {
  const {
    firstIndicatorRow: first,
    lastIndicatorRow: last,
    summaryHeaderRow,
    totalRow,
    passMarkRow,
  } = layout;
  const box = (top: number, left: number, bottom: number, right: number) =>
    rangeAddress({ top, left, bottom, right });
  const firstToolRow = summaryHeaderRow + 1;
  const lastToolRow = totalRow - 1;
  const legendFirst = layout.legendRows[BANDS[0] as Band];
  const legendLast = layout.legendRows[BANDS[BANDS.length - 1] as Band];
  const bold = { ...CENTRED_CELL_FORMAT, verticalAlignment: "Center", font: { bold: true } } as const;
  const score = { ...CENTRED_CELL_FORMAT, numberFormat: SCORE_FORMAT } as const;
  return [
    { address: box(layout.headerRow, TOOL_COLUMN, layout.headerRow, BAND_COLUMN), format: HEADER_FORMAT },
    { address: box(first, TOOL_COLUMN, last, TOOL_COLUMN), format: bold },
    { address: box(first, LABEL_COLUMN, last, LABEL_COLUMN), format: TEXT_CELL_FORMAT },
    { address: box(first, SCORE_COLUMN, last, SCORE_COLUMN), format: score },
    { address: box(first, BAND_COLUMN, last, BAND_COLUMN), format: CENTRED_CELL_FORMAT },
    { address: box(summaryHeaderRow, TOOL_COLUMN, summaryHeaderRow, WIDTH), format: HEADER_FORMAT },
    { address: box(firstToolRow, TOOL_COLUMN, lastToolRow, TOOL_COLUMN), format: bold },
    { address: box(firstToolRow, LABEL_COLUMN, lastToolRow, LABEL_COLUMN), format: TEXT_CELL_FORMAT },
    {
      address: box(firstToolRow, WEIGHT_COLUMN, lastToolRow, WEIGHT_COLUMN),
      format: { ...CENTRED_CELL_FORMAT, numberFormat: "0%" },
    },
    { address: box(totalRow, TOOL_COLUMN, passMarkRow, LABEL_COLUMN), format: HEADER_FORMAT },
    { address: box(firstToolRow, SCORE_COLUMN, passMarkRow, SCORE_COLUMN), format: score },
    { address: box(layout.resultRow, SCORE_COLUMN, layout.resultRow, SCORE_COLUMN), format: bold },
    { address: box(firstToolRow, BAND_COLUMN, passMarkRow, BAND_COLUMN), format: CENTRED_CELL_FORMAT },
    {
      address: box(layout.legendTitleRow, TOOL_COLUMN, layout.legendTitleRow, BAND_COLUMN),
      format: { font: { bold: true } },
    },
    {
      address: box(layout.legendHeaderRow, TOOL_COLUMN, layout.legendHeaderRow, BAND_COLUMN),
      format: HEADER_FORMAT,
    },
    { address: box(legendFirst, LABEL_COLUMN, legendLast, BAND_COLUMN), format: CENTRED_CELL_FORMAT },
    // The swatches are painted once: they show the colours, they do not depend on a score.
    ...BANDS.map((band) => ({
      address: cellAddress(layout.legendRows[band], TOOL_COLUMN),
      format: { fill: BAND_COLOURS[band].fill, borders: true },
    })),
  ];
}

function merges(layout: ScoreSheetLayout): string[] {
  const across = (row: number, right: number) =>
    rangeAddress({ top: row, left: TOOL_COLUMN, bottom: row, right });
  return [
    ...layout.groups
      .filter((group) => group.lastRow > group.firstRow)
      .map((group) =>
        rangeAddress({ top: group.firstRow, left: TOOL_COLUMN, bottom: group.lastRow, right: TOOL_COLUMN }),
      ),
    ...[layout.totalRow, layout.resultRow, layout.passMarkRow].map((row) => across(row, LABEL_COLUMN)),
    across(layout.legendTitleRow, BAND_COLUMN),
  ];
}

/** Last year's score column and the change column, for a workbook whose settings name last year. */
function comparisonParts(
  previousYear: number,
  settings: WorkbookSettings,
  layout: ScoreSheetLayout,
  previousScores: readonly (number | null)[],
): Pick<SheetPlan, "content" | "formats" | "validations" | "conditionalFormats" | "columnWidths"> {
  const previousFramework = rulesInForce(previousYear)?.framework;
  if (!previousFramework) throw new RangeError(`No ITA rules are known for fiscal year ${previousYear}.`);
  const weightOf = (group: ToolGroup) =>
    String(previousFramework.tools.find((tool) => tool.id === group.tool.id)?.weight ?? group.tool.weight);
  const { firstIndicatorRow: first, lastIndicatorRow: last, summaryHeaderRow, totalRow } = layout;
  const firstToolRow = summaryHeaderRow + 1;
  const headers = [
    [`${PREVIOUS_SCORE_HEADER} ${formatDigits(String(previousYear), settings.digitStyle)}`, "เพิ่ม/ลด"],
  ];
  const change = (row: number) => {
    const [now, then] = [SCORE_COLUMN, PREVIOUS_COLUMN].map((column) => cellAddress(row, column));
    return `=IF(COUNT(${now},${then})<2,"",ROUND(${now}-${then},2))`;
  };
  const rows = (top: number, bottom: number) =>
    Array.from({ length: bottom - top + 1 }, (_, index) => top + index);
  const box = (top: number, left: number, bottom: number, right: number) =>
    rangeAddress({ top, left, bottom, right });
  const changes = [
    box(first, CHANGE_COLUMN, last, CHANGE_COLUMN),
    box(firstToolRow, CHANGE_COLUMN, totalRow, CHANGE_COLUMN),
  ];
  const score = { ...CENTRED_CELL_FORMAT, numberFormat: SCORE_FORMAT } as const;
  const changeFormat = { ...CENTRED_CELL_FORMAT, numberFormat: CHANGE_FORMAT } as const;
  return {
    content: [
      valuesAt(layout.headerRow, PREVIOUS_COLUMN, headers),
      valuesAt(summaryHeaderRow, PREVIOUS_COLUMN, headers),
      ...(previousScores.length === 0 ? [] : [valuesAt(first, PREVIOUS_COLUMN, columnOf(previousScores))]),
      formulasAt(
        firstToolRow,
        PREVIOUS_COLUMN,
        columnOf([
          ...layout.groups.map((group) => toolScoreFormula(group, PREVIOUS_COLUMN)),
          totalFormula(layout, PREVIOUS_COLUMN, weightOf),
        ]),
      ),
      formulasAt(first, CHANGE_COLUMN, columnOf(rows(first, last).map(change))),
      formulasAt(firstToolRow, CHANGE_COLUMN, columnOf(rows(firstToolRow, totalRow).map(change))),
    ],
    formats: [
      {
        address: box(layout.headerRow, PREVIOUS_COLUMN, layout.headerRow, CHANGE_COLUMN),
        format: HEADER_FORMAT,
      },
      {
        address: box(summaryHeaderRow, PREVIOUS_COLUMN, summaryHeaderRow, CHANGE_COLUMN),
        format: HEADER_FORMAT,
      },
      { address: box(first, PREVIOUS_COLUMN, last, PREVIOUS_COLUMN), format: score },
      { address: box(firstToolRow, PREVIOUS_COLUMN, totalRow, PREVIOUS_COLUMN), format: score },
      ...changes.map((address) => ({ address, format: changeFormat })),
    ],
    validations: [
      {
        address: box(first, PREVIOUS_COLUMN, last, PREVIOUS_COLUMN),
        rule: { kind: "decimal", min: 0, max: 100 },
        prompt: { title: "คะแนนปีก่อน", message: "คะแนนตัวชี้วัดของปีก่อนตามที่ ป.ป.ช. ประกาศ 0 ถึง 100" },
        error: { style: "stop", title: "คะแนนไม่ถูกต้อง", message: "คะแนนต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100" },
      },
    ],
    // A rise in green and a fall in red, live as the scores are typed.
    conditionalFormats: changes.flatMap((address) => {
      const [topLeft] = address.split(":") as [string];
      return [
        {
          address,
          formula: `=AND(COUNT(${topLeft})=1,${topLeft}>0)`,
          format: { fontColor: CHANGE_COLOURS.up, bold: true },
        },
        {
          address,
          formula: `=AND(COUNT(${topLeft})=1,${topLeft}<0)`,
          format: { fontColor: CHANGE_COLOURS.down, bold: true },
        },
      ];
    }),
    columnWidths: [
      { column: columnLetter(PREVIOUS_COLUMN), width: 13 },
      { column: columnLetter(CHANGE_COLUMN), width: 8 },
    ],
  };
}

export function scoreSheetPlan(
  settings: WorkbookSettings,
  framework: Framework,
  names: Readonly<Record<SheetRole, string>>,
  previousScores: readonly (number | null)[] = [],
): SheetPlan {
  const layout = scoreSheetLayout(framework);
  const comparison =
    settings.previousYear === undefined
      ? null
      : comparisonParts(settings.previousYear, settings, layout, previousScores);
  const width = comparison ? CHANGE_COLUMN : WIDTH;
  const titles = titleRows(settings, "ผลคะแนนการประเมินคุณธรรมและความโปร่งใส (ITA)", { last: width });
  const indicatorScores = rangeAddress({
    top: layout.firstIndicatorRow,
    left: SCORE_COLUMN,
    bottom: layout.lastIndicatorRow,
    right: SCORE_COLUMN,
  });
  const summaryScores = rangeAddress({
    top: layout.summaryHeaderRow + 1,
    left: SCORE_COLUMN,
    bottom: layout.totalRow,
    right: SCORE_COLUMN,
  });
  const plan: Omit<SheetPlan, "rowHeights"> = {
    role: "scores",
    name: names.scores,
    visibility: "Visible",
    tabColor: TAB_COLOURS.scores,
    baseFont: baseFont(settings),
    content: [
      ...titles.content,
      ...indicatorContent(layout),
      ...summaryContent(framework, layout),
      ...legendContent(settings, layout, names.settings),
      ...(comparison?.content ?? []),
    ],
    formats: [...titles.formats, ...formats(layout), ...(comparison?.formats ?? [])],
    merges: [...titles.merges, ...merges(layout)],
    // Narrow enough that last year's two columns still fit a portrait page at full size: fitted to the
    // page, the sheet's text would print under READABLE_PRINTED_POINTS.
    columnWidths: [
      { column: columnLetter(TOOL_COLUMN), width: 8 },
      { column: columnLetter(LABEL_COLUMN), width: 33 },
      { column: columnLetter(SCORE_COLUMN), width: 11 },
      { column: columnLetter(BAND_COLUMN), width: 16 },
      { column: columnLetter(WEIGHT_COLUMN), width: 8 },
      ...(comparison?.columnWidths ?? []),
    ],
    validations: [
      {
        address: indicatorScores,
        rule: { kind: "decimal", min: 0, max: 100 },
        prompt: { title: "คะแนนตัวชี้วัด", message: "พิมพ์คะแนน 0 ถึง 100 ด้วยเลขอารบิก เช่น 94.70" },
        error: { style: "stop", title: "คะแนนไม่ถูกต้อง", message: "คะแนนต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100" },
      },
      ...(comparison?.validations ?? []),
    ],
    conditionalFormats: [
      ...bandColourRules(indicatorScores, layout),
      ...bandColourRules(summaryScores, layout),
      ...(comparison?.conditionalFormats ?? []),
    ],
    print: a4("Portrait"),
  };
  return { ...plan, rowHeights: fittedRowHeights(plan) };
}
