// The parent office's tables of units. "ผลที่กรอกเอง" is the parent's own: rows typed or pasted for units
// that do not use the add-in, made once and never written again. "ผลจากไฟล์" is the add-in's: the units
// read from their workbooks, written whole at each consolidation. Both have the same columns, the second
// some more, and the same calculated columns, which score each row by its year's rules in Excel itself:
// the parent's corrections count without the add-in, and the figures are consolidation.ts's.
import { cellText, isBlankCell } from "../domain/cellText";
import type { ConsolidationFinding } from "../domain/consolidation";
import { TOOL_IDS, type Framework, type ToolId } from "../domain/framework";
import { findFramework, indicatorsOfTool, rulesInForce, SCORED_FISCAL_YEARS } from "../domain/frameworks";
import { headerKey, HEADER_SEARCH_ROWS } from "../domain/gridColumns";
import type { SheetCells } from "../domain/sheetCells";
import { FISCAL_QUARTERS } from "../domain/thaiCalendar";
import { formatDigits, toArabicDigits } from "../domain/thaiDigits";
import type { UnitCells, UnitResult } from "../domain/unitResult";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { formulaForRow, ROW_MARK, rowFormulasAt, valuesAt } from "./blocks";
import { sheetPrefix, textLiteral } from "./formulaText";
import type { CellValue, SheetPlan, ValidationPlan } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { SheetMark } from "./sheetMark";
import { baseFont, CENTRED_CELL_FORMAT, HEADER_FORMAT, SCORE_FORMAT, TEXT_CELL_FORMAT } from "./styles";
import { titleRows } from "./titles";

export const TYPED_UNITS_SHEET = "ผลที่กรอกเอง";
export const FILE_UNITS_SHEET = "ผลจากไฟล์";
/** The sheet of units read from files, written whole: its marker beyond the last column. */
export const FILE_UNITS_MARK = new SheetMark("itaTrackerUnitFiles", "AR");

const NOTE_ROW = 4;
export const UNIT_HEADER_ROW = 5;
const FIRST_UNIT_ROW = UNIT_HEADER_ROW + 1;
/** Empty rows a new typed table is made with, its calculated columns already in them. */
const TYPED_ROWS = 30;

type Kind = "text" | "year" | "score" | "count" | "calculated";

interface UnitColumn {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly kind: Kind;
}

const INDICATOR_NUMBERS = Array.from({ length: 10 }, (_, index) => index + 1);
/** The key of an indicator's column, and of a quarter's, for unitColumnLetter. */
export const indicatorKey = (number: number) => `indicator${number}`;
export const quarterKey = (quarter: number) => `quarter${quarter}`;

function columns(digits: WorkbookSettings["digitStyle"], fromFiles: boolean): UnitColumn[] {
  const number = (value: number) => formatDigits(String(value), digits);
  return [
    { key: "name", header: "หน่วยงาน", width: 30, kind: "text" },
    { key: "code", header: "รหัส", width: 10, kind: "text" },
    { key: "type", header: "ประเภท", width: 14, kind: "text" },
    { key: "group", header: "กลุ่ม", width: 14, kind: "text" },
    { key: "year", header: "ปีงบประมาณ", width: 10, kind: "year" },
    ...INDICATOR_NUMBERS.map((each) => ({
      key: indicatorKey(each),
      header: `ตัวชี้วัดที่ ${number(each)}`,
      width: 9,
      kind: "score" as const,
    })),
    ...TOOL_IDS.map((tool) => ({ key: tool, header: tool, width: 8, kind: "score" as const })),
    { key: "total", header: "คะแนนรวมที่ประกาศ", width: 11, kind: "score" },
    { key: "level", header: "ระดับที่ประกาศ", width: 12, kind: "text" },
    { key: "previous", header: "คะแนนรวมปีก่อน", width: 11, kind: "score" },
    ...(fromFiles
      ? [
          { key: "source", header: "ไฟล์", width: 24, kind: "text" as const },
          { key: "done", header: "ดำเนินการแล้ว", width: 9, kind: "count" as const },
          { key: "inProgress", header: "อยู่ระหว่างดำเนินการ", width: 9, kind: "count" as const },
          { key: "notStarted", header: "ยังไม่ดำเนินการ", width: 9, kind: "count" as const },
          { key: "overdue", header: "เลยกำหนด", width: 9, kind: "count" as const },
          { key: "rows", header: "มาตรการทั้งหมด", width: 9, kind: "count" as const },
          ...FISCAL_QUARTERS.map((quarter) => ({
            key: quarterKey(quarter),
            header: `รายงานไตรมาส ${number(quarter)}`,
            width: 9,
            kind: "count" as const,
          })),
          { key: "oitComplete", header: "OIT ครบถ้วน", width: 9, kind: "count" as const },
          { key: "oitTotal", header: "OIT ทั้งหมด", width: 9, kind: "count" as const },
        ]
      : []),
    ...TOOL_IDS.map((tool) => ({
      key: `calc${tool}`,
      header: `${tool} (คำนวณ)`,
      width: 9,
      kind: "calculated" as const,
    })),
    { key: "calcTotal", header: "คะแนนรวม", width: 10, kind: "calculated" },
    { key: "calcLevel", header: "ระดับ", width: 12, kind: "calculated" },
    { key: "change", header: "เพิ่ม/ลด", width: 9, kind: "calculated" },
  ];
}

/** Header keys with digits as Arabic: a table written in Thai digits reads the same. */
const readKey = (value: unknown) => toArabicDigits(headerKey(value));

/** A column's letter by its key, in the sheet of files or in the typed one: what other sheets' formulas read. */
export function unitColumnLetter(fromFiles: boolean): (key: string) => string {
  return letters(columns("arabic", fromFiles));
}

/** A column's letter by its key, in the layout given. */
function letters(layout: readonly UnitColumn[]): (key: string) => string {
  const at = new Map(layout.map((column, index) => [column.key, columnLetter(index + 1)]));
  return (key) => {
    const letter = at.get(key);
    if (letter === undefined) throw new RangeError(`no unit column ${key}`);
    return letter;
  };
}

/** Each year with rules, in a formula's array constant: only a row of such a year is scored. */
const SCORED_YEARS = `{${SCORED_FISCAL_YEARS.join(",")}}`;

/** The grades of a result scale as nested IFs on a total and the lowest tool score. */
function gradeChain(framework: Framework, total: string, lowestTool: string): string {
  const [grade, ...rest] = framework.resultScale.grades;
  if (grade === undefined) return '""';
  if (rest.length === 0) return textLiteral(grade.label);
  const reached =
    grade.minEveryTool === undefined
      ? `${total}>=${grade.minTotal}`
      : `AND(${total}>=${grade.minTotal},${lowestTool}>=${grade.minEveryTool})`;
  const others = { ...framework, resultScale: { ...framework.resultScale, grades: rest } };
  return `IF(${reached},${textLiteral(grade.label)},${gradeChain(others, total, lowestTool)})`;
}

/**
 * The level by the row's year: each run of years that share a result scale, oldest first, by the last
 * year of the run. Every year with rules here scores letters up to 2565, pass labels after.
 */
function levelFormula(year: string, total: string, lowestTool: string): string {
  const runs: { last: number; framework: Framework }[] = [];
  for (const fiscalYear of SCORED_FISCAL_YEARS) {
    const framework = rulesInForce(fiscalYear)?.framework as Framework;
    const run = runs[runs.length - 1];
    if (run && run.framework.resultScale.kind === framework.resultScale.kind) run.last = fiscalYear;
    else runs.push({ last: fiscalYear, framework });
  }
  const chains = runs.map(({ framework }) => gradeChain(framework, total, lowestTool));
  return runs
    .slice(0, -1)
    .reduceRight(
      (otherwise, { last }, index) => `IF(${year}<=${last},${chains[index]},${otherwise})`,
      chains[chains.length - 1] as string,
    );
}

/** The calculated columns' formulas, with ROW_MARK for the row, by key. */
function calculatedFormulas(layout: readonly UnitColumn[], framework: Framework): Map<string, string> {
  const at = letters(layout);
  const cell = (key: string) => `${at(key)}${ROW_MARK}`;
  const toolRange = (tool: ToolId) => {
    const numbers = indicatorsOfTool(framework, tool).map(({ number }) => number);
    return {
      range: `${cell(indicatorKey(Math.min(...numbers)))}:${cell(indicatorKey(Math.max(...numbers)))}`,
      count: numbers.length,
    };
  };
  const scored = (tool: ToolId) => {
    const { range, count } = toolRange(tool);
    return `COUNT(${range})=${count}`;
  };
  const given = (tool: ToolId) => `ISNUMBER(${cell(tool)})`;
  const mean = (tool: ToolId) => `AVERAGE(${toolRange(tool).range})`;
  const year = cell("year");
  const inRules = `ISNUMBER(MATCH(${year},${SCORED_YEARS},0))`;
  const formulas = new Map<string, string>();
  for (const tool of TOOL_IDS) {
    formulas.set(
      `calc${tool}`,
      `=IF(${inRules},IF(${scored(tool)},ROUND(${mean(tool)},2),IF(${given(tool)},${cell(tool)},"")),"")`,
    );
  }
  // Weighted from each tool's unrounded mean, or the tool's own score where its indicators are not all there.
  const weighted = framework.tools
    .map(({ id, weight }) => `${weight}*IF(${scored(id)},${mean(id)},${cell(id)})`)
    .join("+");
  const everyTool = TOOL_IDS.map((tool) => `OR(${scored(tool)},${given(tool)})`).join(",");
  formulas.set("calcTotal", `=IF(AND(${inRules},${everyTool}),ROUND(${weighted},2),"")`);
  const total = cell("calcTotal");
  const lowest = `MIN(${TOOL_IDS.map((tool) => cell(`calc${tool}`)).join(",")})`;
  formulas.set("calcLevel", `=IF(${total}="","",${levelFormula(year, total, lowest)})`);
  const previous = cell("previous");
  formulas.set(
    "change",
    `=IF(AND(ISNUMBER(${total}),ISNUMBER(${previous})),ROUND(${total}-${previous},2),"")`,
  );
  return formulas;
}

/** A unit's values in the table's columns, calculated columns left out. */
function unitValues(unit: UnitResult, layout: readonly UnitColumn[]): CellValue[] {
  const { measures, oit } = unit;
  const known: Record<string, CellValue> = {
    name: unit.name,
    code: unit.code,
    type: unit.type,
    group: unit.group,
    year: unit.fiscalYear,
    ...Object.fromEntries(
      INDICATOR_NUMBERS.map((each) => [indicatorKey(each), unit.indicators?.[each - 1] ?? null]),
    ),
    ...Object.fromEntries(TOOL_IDS.map((tool) => [tool, unit.tools[tool] ?? null])),
    total: unit.total,
    level: unit.level,
    previous: unit.previousTotal,
    source: unit.source,
    done: measures?.done ?? null,
    inProgress: measures?.inProgress ?? null,
    notStarted: measures?.notStarted ?? null,
    overdue: measures?.overdue ?? null,
    rows: measures?.rows ?? null,
    ...Object.fromEntries(
      FISCAL_QUARTERS.map((quarter) => [
        quarterKey(quarter),
        measures?.reportedByQuarter[quarter - 1] ?? null,
      ]),
    ),
    oitComplete: oit?.complete ?? null,
    oitTotal: oit?.total ?? null,
  };
  // An empty text is left an empty cell: "" would count as text to COUNTIFS's "<>*".
  return layout
    .filter(({ kind }) => kind !== "calculated")
    .map(({ key }) => (known[key] === "" ? null : (known[key] ?? null)));
}

interface TableOptions {
  readonly settings: WorkbookSettings;
  readonly name: string;
  readonly tableName: string;
  readonly fromFiles: boolean;
  readonly units: readonly UnitResult[];
  readonly title: string;
  readonly note: string;
}

function unitTablePlan(options: TableOptions): Omit<SheetPlan, "rowHeights"> {
  const { settings, fromFiles, units } = options;
  const layout = columns(settings.digitStyle, fromFiles);
  const framework = rulesInForce(settings.fiscalYear)?.framework ?? (findFramework(2568) as Framework);
  const width = layout.length;
  const rows = Math.max(units.length, fromFiles ? 1 : TYPED_ROWS);
  const lastRow = FIRST_UNIT_ROW + rows - 1;
  const firstCalculated = layout.findIndex(({ kind }) => kind === "calculated") + 1;
  const calculatedKeys = layout.filter(({ kind }) => kind === "calculated").map(({ key }) => key);
  const templates = calculatedFormulas(layout, framework);
  const rowFormulas = calculatedKeys.map((key) => templates.get(key) as string);
  const titles = titleRows(settings, options.title, { last: Math.min(width, 12) });
  const column = (kind: Kind) =>
    layout.flatMap(({ kind: each }, index) => (each === kind ? [index + 1] : []));
  const body = (columnNumber: number) =>
    rangeAddress({ top: FIRST_UNIT_ROW, left: columnNumber, bottom: lastRow, right: columnNumber });
  const validations: ValidationPlan[] = fromFiles
    ? []
    : [
        ...column("score").map((each) => ({
          address: body(each),
          rule: { kind: "decimal" as const, min: 0, max: 100 },
          error: {
            style: "stop" as const,
            title: "คะแนนไม่ถูกต้อง",
            message: "คะแนนต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100 (เต็ม 100 ไม่ใช่คะแนนถ่วงน้ำหนัก)",
          },
        })),
        ...column("year").map((each) => ({
          address: body(each),
          rule: {
            kind: "decimal" as const,
            min: SCORED_FISCAL_YEARS[0] as number,
            max: SCORED_FISCAL_YEARS[SCORED_FISCAL_YEARS.length - 1] as number,
          },
          error: { style: "stop" as const, title: "ปีไม่ถูกต้อง", message: "พิมพ์ปีงบประมาณ พ.ศ. เช่น 2568" },
        })),
      ];
  const numberFormat = (kind: Kind) => (kind === "count" || kind === "year" ? "0" : SCORE_FORMAT);
  return {
    role: fromFiles ? "unitFiles" : "typedUnits",
    name: options.name,
    visibility: "Visible",
    tabColor: fromFiles ? "#548235" : "#BF8F00",
    baseFont: baseFont(settings),
    content: [
      ...titles.content,
      valuesAt(NOTE_ROW, 1, [[options.note]]),
      valuesAt(UNIT_HEADER_ROW, 1, [layout.map(({ header }) => header)]),
      // Values, never formulas: names and levels are what units and people typed.
      ...(units.length === 0
        ? []
        : [
            valuesAt(
              FIRST_UNIT_ROW,
              1,
              units.map((unit) => unitValues(unit, layout)),
            ),
          ]),
      rowFormulasAt(FIRST_UNIT_ROW, firstCalculated, rows, rowFormulas),
    ],
    formats: [
      ...titles.formats,
      {
        address: rangeAddress({ top: NOTE_ROW, left: 1, bottom: NOTE_ROW, right: Math.min(width, 12) }),
        format: { wrapText: true, verticalAlignment: "Top" },
      },
      {
        address: rangeAddress({ top: UNIT_HEADER_ROW, left: 1, bottom: UNIT_HEADER_ROW, right: width }),
        format: HEADER_FORMAT,
      },
      ...layout.map(({ kind }, index) => ({
        address: body(index + 1),
        format:
          kind === "text" ? TEXT_CELL_FORMAT : { ...CENTRED_CELL_FORMAT, numberFormat: numberFormat(kind) },
      })),
    ],
    merges: [
      ...titles.merges,
      rangeAddress({ top: NOTE_ROW, left: 1, bottom: NOTE_ROW, right: Math.min(width, 12) }),
    ],
    columnWidths: [
      ...layout.map(({ width: characters }, index) => ({
        column: columnLetter(index + 1),
        width: characters,
      })),
      ...(fromFiles ? [{ column: FILE_UNITS_MARK.column, width: 0 }] : []),
    ],
    validations,
    conditionalFormats: [],
    table: {
      name: options.tableName,
      address: rangeAddress({ top: UNIT_HEADER_ROW, left: 1, bottom: lastRow, right: width }),
      calculatedColumns: calculatedKeys.map((key, index) => ({
        header: (layout[firstCalculated - 1 + index] as UnitColumn).header,
        formula: formulaForRow(rowFormulas[index] as string, FIRST_UNIT_ROW),
      })),
    },
    freeze: { rows: UNIT_HEADER_ROW, columns: 1 },
    print: {
      orientation: "Landscape",
      paper: "A4",
      fitToOnePageWide: false,
      scale: 100,
      titleRows: `$${UNIT_HEADER_ROW}:$${UNIT_HEADER_ROW}`,
      titleColumns: "$A:$A",
    },
  };
}

/** The parent's own table, made once with empty rows for typing or pasting. */
export function typedUnitsSheetPlan(settings: WorkbookSettings, name: string, tableName: string): SheetPlan {
  const plan = unitTablePlan({
    settings,
    name,
    tableName,
    fromFiles: false,
    units: [],
    title: "ผลการประเมิน ITA ของหน่วยงานที่กรอกหรือวางเอง",
    note: 'กรอกหรือวางผลของหน่วยงานที่ไม่ได้ส่งไฟล์ แถวละหนึ่งหน่วยงาน: คะแนนตัวชี้วัดทั้ง 10 ตัว หรือคะแนน IIT EIT OIT (เต็ม 100) กับคะแนนรวมและระดับที่ประกาศ คอลัมน์ "คำนวณ" คิดให้เองตามเกณฑ์ของปีนั้น',
  });
  return { ...plan, rowHeights: fittedRowHeights(plan) };
}

/** The add-in's table of the units read from files, written whole, with its marker. */
export function fileUnitsSheetPlan(
  settings: WorkbookSettings,
  units: readonly UnitResult[],
  name: string,
  tableName: string,
): SheetPlan {
  const plan = unitTablePlan({
    settings,
    name,
    tableName,
    fromFiles: true,
    units,
    title: "ผลการประเมิน ITA จากไฟล์ของหน่วยงาน",
    note: 'แผ่นนี้ Add-in เขียนใหม่ทุกครั้งที่รวมผล: แก้ไขที่ไฟล์ของหน่วยงานแล้วรวมผลอีกครั้ง หรือย้ายแถวไปที่แผ่น "ผลที่กรอกเอง"',
  });
  return {
    ...plan,
    content: [...plan.content, FILE_UNITS_MARK.block(plan.content)],
    rowHeights: fittedRowHeights(plan),
  };
}

/** The header row of a units table within the first rows, and each column by its key. */
function findUnitTable(cells: SheetCells): { headerRow: number; at: Map<string, number> } | null {
  const keyOf = new Map(columns("arabic", true).map(({ key, header }) => [readKey(header), key]));
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, cells.rowCount); row++) {
    const at = new Map<string, number>();
    for (let column = 1; column <= cells.columnCount; column++) {
      const key = keyOf.get(readKey(cells.own(row, column)));
      if (key !== undefined && !at.has(key)) at.set(key, column);
    }
    if (at.has("name") && at.has("year") && at.has("indicator1")) return { headerRow: row, at };
  }
  return null;
}

/**
 * The units a table holds, each row with a name, and what cannot be read as it stands: a score that
 * is text is left out, as the table's formulas leave it, and named with its cell. Null when the sheet
 * holds no units table.
 */
export function readUnitTable(
  cells: SheetCells,
  sheet: string,
): { units: UnitResult[]; findings: ConsolidationFinding[] } | null {
  const found = findUnitTable(cells);
  if (found === null) return null;
  const { headerRow, at } = found;
  const units: UnitResult[] = [];
  const findings: ConsolidationFinding[] = [];
  const address = (row: number, key: string) => {
    const column = at.get(key);
    return column === undefined ? undefined : `${sheetPrefix(sheet)}${cellAddress(row, column)}`;
  };
  for (let row = headerRow + 1; row <= cells.rowCount; row++) {
    const value = (key: string) => {
      const column = at.get(key);
      return column === undefined ? undefined : cells.shown(row, column);
    };
    const name = cellText(value("name")).trim();
    if (name === "") continue;
    const origin = { kind: "row" as const, sheet, row };
    const number = (key: string): number | null => {
      const read = value(key);
      if (typeof read === "number") return read;
      if (!isBlankCell(read))
        findings.push({ kind: "notANumber", name, origin, cell: address(row, key) as string });
      return null;
    };
    const text = (key: string) => cellText(value(key)).trim();
    const indicators = INDICATOR_NUMBERS.map((each) => number(indicatorKey(each)));
    const tools: Partial<Record<ToolId, number>> = {};
    for (const tool of TOOL_IDS) {
      const score = number(tool);
      if (score !== null) tools[tool] = score;
    }
    const counts = ["done", "inProgress", "notStarted", "overdue", "rows"].map((key) => number(key));
    const quarters = FISCAL_QUARTERS.map((quarter) => number(quarterKey(quarter)) ?? 0);
    const [oitComplete, oitTotal] = [number("oitComplete"), number("oitTotal")];
    const level = text("level");
    const cellsOf: UnitCells = {
      name: address(row, "name") as string,
      ...(address(row, "year") && { year: address(row, "year") }),
      indicators: INDICATOR_NUMBERS.map((each) => address(row, indicatorKey(each)) ?? ""),
      tools: Object.fromEntries(
        TOOL_IDS.flatMap((tool) => (address(row, tool) ? [[tool, address(row, tool)]] : [])),
      ),
      ...(address(row, "total") && { total: address(row, "total") }),
      ...(address(row, "level") && { level: address(row, "level") }),
    };
    units.push({
      name,
      code: text("code"),
      type: text("type"),
      group: text("group"),
      fiscalYear: number("year"),
      indicators: indicators.some((score) => score !== null) ? indicators : null,
      tools,
      total: number("total"),
      level: level === "" ? null : level,
      previousTotal: number("previous"),
      measures: counts.every((count) => count !== null)
        ? {
            done: counts[0] as number,
            inProgress: counts[1] as number,
            notStarted: counts[2] as number,
            overdue: counts[3] as number,
            rows: counts[4] as number,
            reportedByQuarter: quarters as unknown as readonly [number, number, number, number],
          }
        : null,
      oit: oitComplete !== null && oitTotal !== null ? { complete: oitComplete, total: oitTotal } : null,
      origin,
      source: text("source"),
      cells: cellsOf,
    });
  }
  return { units, findings };
}
