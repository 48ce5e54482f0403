// The parent office's summary sheet "สรุปผลหน่วยงาน": its units for one fiscal year on A4 portrait pages.
// Counts by level, averages by type and group, each indicator across units and the measures' totals are
// formulas over the two tables of units, so a correction typed there counts at once, without the add-in.
// The ranking and the lists (under the pass mark, a tool under it, rose and fell, not sent, findings)
// are values as of the day written, which the heading gives; consolidating again writes them anew.
import { bandOf } from "../domain/bands";
import type { Consolidation, ScoredUnit } from "../domain/consolidation";
import {
  consolidationFindingMessage,
  unreadableFileMessage,
  type UnreadableFile,
} from "../domain/consolidationMessages";
import { TOOL_IDS } from "../domain/framework";
import { provisionalRulesLine } from "../domain/memo";
import { formatThaiDate, FISCAL_QUARTERS, type CalendarDate } from "../domain/thaiCalendar";
import { roundHalfAwayFromZero } from "../domain/rounding";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { columnLetter, rangeAddress } from "./a1";
import { formulasAt, valuesAt } from "./blocks";
import { literalCriterion, sheetPrefix, textLiteral } from "./formulaText";
import type { CellValue, ChartPlan, FormatPlan, SheetPlan } from "./plan";
import {
  COUNT_FORMAT,
  NOTE_FORMAT,
  NUMBER_FORMAT,
  PARAGRAPH_FORMAT,
  printedReport,
  ReportLayout,
} from "./reportLayout";
import { SheetMark } from "./sheetMark";
import {
  a4AtFullSize,
  BAND_COLOURS,
  baseFont,
  CENTRED_CELL_FORMAT,
  HEADER_FORMAT,
  READABLE_PRINTED_POINTS,
  SUBTITLE_FORMAT,
  TEXT_CELL_FORMAT,
  TITLE_FORMAT,
} from "./styles";
import { fiscalYearTitle } from "./titles";
import { indicatorKey, quarterKey, unitColumnLetter } from "./unitTables";

export const CONSOLIDATION_SHEET = "สรุปผลหน่วยงาน";
/** A-H: rank, unit (wide), IIT, EIT, OIT, total, level, change; together a portrait A4 at full size. */
const WIDTHS = [6, 30, 8, 8, 8, 9, 12, 8] as const;
export const CONSOLIDATION_MARK = new SheetMark("itaTrackerConsolidation", "J");

/** A file that could not be read, and why, as the summary lists it. */
export interface UnreadFile {
  readonly file: string;
  readonly reason: UnreadableFile;
}

export interface ConsolidationSheetInput {
  readonly consolidation: Consolidation;
  /** The parent's settings: its name, digits and font; its year is the consolidation's. */
  readonly settings: WorkbookSettings;
  readonly madeOn: CalendarDate;
  readonly memo: readonly string[];
  readonly unread: readonly UnreadFile[];
  /** The sheets the formulas read: the parent's typed units and the units read from files. */
  readonly typedSheet: string;
  readonly filesSheet: string;
  readonly name: string;
}

/** Whole columns of both tables by a column's key: their header and title rows are text, which sums skip. */
class BothTables {
  private readonly typed = unitColumnLetter(false);
  private readonly files = unitColumnLetter(true);

  constructor(
    private readonly typedSheet: string,
    private readonly filesSheet: string,
  ) {}

  typedColumn(key: string): string {
    const letter = this.typed(key);
    return `${sheetPrefix(this.typedSheet)}$${letter}:$${letter}`;
  }

  filesColumn(key: string): string {
    const letter = this.files(key);
    return `${sheetPrefix(this.filesSheet)}$${letter}:$${letter}`;
  }

  /** f(typed column) + f(files column), e.g. COUNT, or COUNTIF with a criterion. */
  sum(fn: string, key: string, ...rest: string[]): string {
    const extra = rest.map((argument) => `,${argument}`).join("");
    return `${fn}(${this.typedColumn(key)}${extra})+${fn}(${this.filesColumn(key)}${extra})`;
  }

  /** f over both columns as one list, as AVERAGE, MEDIAN and MIN take them. */
  over(fn: string, key: string): string {
    return `${fn}(${this.typedColumn(key)},${this.filesColumn(key)})`;
  }

  /** COUNTIFS or SUMIFS on both tables, each pair a column key and a criterion. */
  ifs(fn: string, first: string | null, pairs: readonly (readonly [string, string])[]): string {
    const of = (column: (key: string) => string) =>
      `${fn}(${[...(first === null ? [] : [column(first)]), ...pairs.flatMap(([key, criterion]) => [column(key), criterion])].join(",")})`;
    return `${of((key) => this.typedColumn(key))}+${of((key) => this.filesColumn(key))}`;
  }

  /** The only the sheet of files has: its sum. */
  filesSum(key: string): string {
    return `SUM(${this.filesColumn(key)})`;
  }
}

/** A criterion matching a cell's text exactly, wildcards and all. */
function exactly(text: string): string {
  return textLiteral(`=${literalCriterion(text)}`);
}

/** Any text at all: what units without a type or group are counted apart from. */
const ANY_TEXT = '"?*"';

function headingRows(layout: ReportLayout, input: ConsolidationSheetInput): void {
  const { settings, madeOn } = input;
  layout.line("สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงานในความรับผิดชอบ", TITLE_FORMAT);
  if (settings.agency !== "") layout.line(settings.agency, SUBTITLE_FORMAT);
  layout.line(fiscalYearTitle(settings), SUBTITLE_FORMAT);
  const made = formatThaiDate(madeOn, { form: "long", digits: settings.digitStyle });
  layout.line(
    `จัดทำเมื่อวันที่ ${made}: ตัวเลขในตารางสรุปคำนวณจากแผ่นผลหน่วยงานทุกครั้งที่แก้ไข อันดับและรายชื่อเป็นข้อมูล ณ วันที่จัดทำ`,
    { ...PARAGRAPH_FORMAT, horizontalAlignment: "Center" },
  );
  const provisional = provisionalRulesLine(settings.fiscalYear, settings.digitStyle);
  if (provisional !== null)
    layout.line(provisional, { ...NOTE_FORMAT, wrapText: true, horizontalAlignment: "Center" });
}

/** A table whose first columns are values and whose last are formulas, from column `left`. */
function liveTable(
  layout: ReportLayout,
  headers: readonly string[],
  labels: readonly (readonly CellValue[])[],
  formulas: (row: number, index: number) => readonly string[],
  formats: readonly FormatPlan[],
  left = 1,
): { top: number; bottom: number } {
  const top = layout.row;
  const width = labels[0]?.length ?? 0;
  layout.table(headers.slice(0, width), labels, formats.slice(0, width), left);
  const rows = labels.map((_, index) => formulas(top + 1 + index, index));
  if (rows.length > 0) {
    layout.content.push(formulasAt(top + 1, left + width, rows));
    layout.content.push(valuesAt(top, left + width, [headers.slice(width)]));
    layout.formats.push({
      address: rangeAddress({ top, left: left + width, bottom: top, right: left + headers.length - 1 }),
      format: HEADER_FORMAT,
    });
    formats.slice(width).forEach((format, index) => {
      const column = left + width + index;
      layout.formats.push({
        address: rangeAddress({ top: top + 1, left: column, bottom: top + rows.length, right: column }),
        format,
      });
    });
  }
  return { top, bottom: top + rows.length };
}

function overviewRows(layout: ReportLayout, input: ConsolidationSheetInput, tables: BothTables): ChartPlan {
  const { consolidation } = input;
  const pass = consolidation.thresholds.pass;
  const totals = "calcTotal";
  layout.section("ภาพรวม");
  const withTotal = tables.sum("COUNT", totals);
  const row = (label: string, formula: string, format: FormatPlan, note = "") => {
    layout.figure(label, null, format, note);
    layout.content.push(formulasAt(layout.row - 1, 3, [[formula]]));
  };
  row("หน่วยงานที่มีคะแนนครบ", `=${withTotal}`, COUNT_FORMAT, "หน่วยงาน");
  row(
    "คะแนนเฉลี่ย",
    `=IF((${withTotal})=0,"",ROUND((${tables.sum("SUM", totals)})/(${withTotal}),2))`,
    NUMBER_FORMAT,
  );
  row(
    layout.digits(`ต่ำกว่าเกณฑ์ ${pass}`),
    `=${tables.sum("COUNTIF", totals, textLiteral(`<${pass}`))}`,
    COUNT_FORMAT,
    "หน่วยงาน",
  );
  if (consolidation.registered > 0) {
    layout.figure("ยังไม่ได้ส่งผล", consolidation.notSent.length, COUNT_FORMAT, "หน่วยงาน ตามทะเบียนหน่วยงาน");
  } else {
    layout.figure(
      "ยังไม่ได้ส่งผล",
      "-",
      CENTRED_CELL_FORMAT,
      "กรอกแผ่น “ทะเบียนหน่วยงาน” แล้วรวมผลอีกครั้ง จะรู้ว่าใครยังไม่ส่ง",
    );
  }

  layout.row += 1;
  const { top, bottom } = liveTable(
    layout,
    ["ระดับ", "จำนวน", "ร้อยละ"],
    consolidation.levels.map(({ grade }) => [grade.label]),
    (at) => [
      `=${tables.sum("COUNTIF", "calcLevel", `$B${at}`)}`,
      `=IF((${withTotal})=0,"",ROUND(C${at}/(${withTotal})*100,2))`,
    ],
    [CENTRED_CELL_FORMAT, COUNT_FORMAT, NUMBER_FORMAT],
    2,
  );
  const ranked = consolidation.units.filter(({ total }) => total !== null).length;
  // The overview is a fixed few rows: the chart under it always fits the first page.
  layout.row += 1;
  const chartTop = layout.row;
  const chartRowsTall = 18;
  layout.row += chartRowsTall;
  return {
    title: "จำนวนหน่วยงานตามระดับ",
    categories: `B${top + 1}:B${bottom}`,
    series: [{ name: "จำนวน", values: `C${top + 1}:C${bottom}`, kind: "column", colour: "#2F5597" }],
    // A whole number of tens above the units ranked, so that the tallest bar never meets the top.
    valueAxis: { min: 0, max: Math.max(10, Math.ceil((ranked + 1) / 10) * 10), title: "หน่วยงาน" },
    font: { name: input.settings.documentFont, size: READABLE_PRINTED_POINTS },
    placement: rangeAddress({
      top: chartTop,
      left: 1,
      bottom: chartTop + chartRowsTall - 1,
      right: WIDTHS.length,
    }),
  };
}

function averageRows(
  layout: ReportLayout,
  tables: BothTables,
  title: string,
  key: "type" | "group",
  averages: Consolidation["byType"],
): void {
  if (averages.every((each) => each.key === "")) return;
  layout.section(title);
  liveTable(
    layout,
    [key === "type" ? "ประเภท" : "กลุ่ม", "จำนวน", "คะแนนเฉลี่ย"],
    averages.map(({ key: name }) => [name === "" ? "(ไม่ระบุ)" : name]),
    (at, index) => {
      const name = (averages[index] as { key: string }).key;
      const count = (criterion: string) =>
        tables.ifs("COUNTIFS", null, [
          [key, criterion],
          ["calcTotal", '">=0"'],
        ]);
      const sum = (criterion: string) => tables.ifs("SUMIFS", "calcTotal", [[key, criterion]]);
      // Units without one are all the units less those with any: LibreOffice counts no empty cell in a
      // column holding nothing else, whatever the criterion.
      const [units, total] =
        name === ""
          ? [
              `${tables.sum("COUNT", "calcTotal")}-(${count(ANY_TEXT)})`,
              `${tables.sum("SUM", "calcTotal")}-(${sum(ANY_TEXT)})`,
            ]
          : [count(exactly(name)), sum(exactly(name))];
      return [`=${units}`, `=IF(C${at}=0,"",ROUND((${total})/C${at},2))`];
    },
    [TEXT_CELL_FORMAT, COUNT_FORMAT, NUMBER_FORMAT],
    2,
  );
}

function unitRow(layout: ReportLayout, unit: ScoredUnit): CellValue[] {
  return [
    unit.rank === null ? "-" : layout.digits(String(unit.rank)),
    unit.unit.name,
    ...TOOL_IDS.map((tool) => unit.tools?.[tool] ?? null),
    unit.total,
    unit.grade?.label ?? "ยังไม่ครบ",
    unit.change,
  ];
}

const UNIT_HEADERS = ["ลำดับ", "หน่วยงาน", ...TOOL_IDS, "คะแนนรวม", "ระดับ", "เพิ่ม/ลด"];
const UNIT_FORMATS: readonly FormatPlan[] = [
  CENTRED_CELL_FORMAT,
  TEXT_CELL_FORMAT,
  NUMBER_FORMAT,
  NUMBER_FORMAT,
  NUMBER_FORMAT,
  NUMBER_FORMAT,
  CENTRED_CELL_FORMAT,
  { ...NUMBER_FORMAT, numberFormat: "+0.00;-0.00;0.00" },
];

/** Units in rank order, each total in its band's colours as the score sheet shows them. */
function unitTable(layout: ReportLayout, units: readonly ScoredUnit[], input: ConsolidationSheetInput): void {
  const top = layout.row + 1;
  layout.table(
    UNIT_HEADERS,
    units.map((unit) => unitRow(layout, unit)),
    UNIT_FORMATS,
  );
  // Units come in order of their totals, so a band's units are one run of rows: one block each.
  let start = 0;
  units.forEach((unit, index) => {
    const band = unit.total === null ? null : bandOf(unit.total, input.consolidation.thresholds);
    const next = units[index + 1];
    const nextBand = next?.total == null ? null : bandOf(next.total, input.consolidation.thresholds);
    if (next !== undefined && nextBand === band) return;
    if (band !== null) {
      const { fill, fontColor } = BAND_COLOURS[band];
      layout.formats.push({
        address: rangeAddress({ top: top + start, left: 6, bottom: top + index, right: 7 }),
        format: { fill, font: { color: fontColor } },
      });
    }
    start = index + 1;
  });
}

function listRows(layout: ReportLayout, input: ConsolidationSheetInput): void {
  const { consolidation } = input;
  const pass = layout.digits(String(consolidation.thresholds.pass));
  layout.section("อันดับหน่วยงาน");
  unitTable(layout, consolidation.units, input);
  layout.section(`หน่วยงานที่ได้คะแนนต่ำกว่า ${pass}`);
  if (consolidation.belowPass.length === 0) layout.line("ไม่มี", PARAGRAPH_FORMAT);
  else unitTable(layout, consolidation.belowPass, input);
  layout.section(`หน่วยงานที่ได้ ${pass} ขึ้นไปแต่มีแบบวัดต่ำกว่า ${pass} (ยังไม่ถึงระดับผ่านดี)`);
  if (consolidation.weakTool.length === 0) layout.line("ไม่มี", PARAGRAPH_FORMAT);
  else unitTable(layout, consolidation.weakTool, input);
}

function indicatorRows(layout: ReportLayout, input: ConsolidationSheetInput, tables: BothTables): void {
  const { consolidation } = input;
  const pass = consolidation.thresholds.pass;
  layout.section("ผลรายตัวชี้วัดของทุกหน่วยงาน");
  liveTable(
    layout,
    ["ตัวชี้วัด", "หน่วยงาน", "เฉลี่ย", "มัธยฐาน", "ต่ำสุด", layout.digits(`ต่ำกว่า ${pass}`)],
    consolidation.indicators.map((indicator) => [layout.digits(`${indicator.number}. ${indicator.name}`)]),
    (at, index) => {
      const key = indicatorKey((consolidation.indicators[index] as { number: number }).number);
      const none = `C${at}=0`;
      return [
        `=${tables.sum("COUNT", key)}`,
        `=IF(${none},"",ROUND(${tables.over("AVERAGE", key)},2))`,
        `=IF(${none},"",ROUND(${tables.over("MEDIAN", key)},2))`,
        `=IF(${none},"",${tables.over("MIN", key)})`,
        `=${tables.sum("COUNTIF", key, textLiteral(`<${pass}`))}`,
      ];
    },
    [TEXT_CELL_FORMAT, COUNT_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, COUNT_FORMAT],
    2,
  );
  if (consolidation.weakest.length > 0) {
    const named = consolidation.weakest.map(({ number, name }) => layout.digits(`${number}. ${name}`));
    layout.list("คะแนนเฉลี่ยต่ำที่สุด", named.join("\n"));
  }
}

function movementRows(layout: ReportLayout, input: ConsolidationSheetInput): void {
  const { rose, fell } = input.consolidation;
  if (rose.length + fell.length === 0) return;
  layout.section("เปรียบเทียบกับปีก่อน");
  const rows = (units: readonly ScoredUnit[]) =>
    units.map((unit) => [unit.unit.name, unit.unit.previousTotal, unit.total, unit.change]);
  const formats = [TEXT_CELL_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, UNIT_FORMATS[7] as FormatPlan];
  for (const [label, units] of [
    ["คะแนนเพิ่มขึ้น", rose],
    ["คะแนนลดลง", fell],
  ] as const) {
    if (units.length === 0) continue;
    layout.line(layout.digits(`${label} ${units.length} หน่วยงาน`), { font: { bold: true } });
    layout.table(["หน่วยงาน", "ปีก่อน", "ปีนี้", "เพิ่ม/ลด"], rows(units), formats, 2);
  }
}

function measureRows(layout: ReportLayout, input: ConsolidationSheetInput, tables: BothTables): void {
  const units = input.consolidation.units.filter(({ unit }) => unit.measures !== null);
  if (units.length === 0) return;
  layout.section("ความก้าวหน้าของมาตรการ (จากไฟล์ของหน่วยงาน)");
  const counts = ["done", "inProgress", "notStarted", "overdue"] as const;
  const headers = ["หน่วยงาน", "ดำเนินการแล้ว", "อยู่ระหว่าง", "ยังไม่ดำเนินการ", "เลยกำหนด", "ร้อยละแล้ว"];
  const formats = [TEXT_CELL_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, NUMBER_FORMAT];
  layout.table(
    headers,
    units.map(({ unit }) => {
      const measures = unit.measures as NonNullable<typeof unit.measures>;
      const done = measures.rows === 0 ? 0 : roundHalfAwayFromZero((measures.done / measures.rows) * 100);
      return [unit.name, ...counts.map((key) => measures[key]), done];
    }),
    formats,
    2,
  );
  const at = layout.row;
  layout.content.push(
    valuesAt(at, 2, [["รวม"]]),
    formulasAt(at, 3, [
      [
        ...counts.map((key) => `=${tables.filesSum(key)}`),
        `=IF(${tables.filesSum("rows")}=0,"",ROUND(${tables.filesSum("done")}/${tables.filesSum("rows")}*100,2))`,
      ],
    ]),
  );
  layout.formats.push(
    { address: layout.across(at, 2, 2), format: { ...TEXT_CELL_FORMAT, font: { bold: true } } },
    ...formats.slice(1).map((format, index) => ({
      address: layout.across(at, 3 + index, 3 + index),
      format: { ...format, font: { bold: true } },
    })),
  );
  layout.row += 1;
  layout.line("จำนวนมาตรการที่รายงานความก้าวหน้าในแต่ละไตรมาส", { font: { bold: true } });
  liveTable(
    layout,
    ["ไตรมาส", "มาตรการ"],
    FISCAL_QUARTERS.map((quarter) => [layout.digits(`ไตรมาส ${quarter}`)]),
    (_, index) => [`=${tables.filesSum(quarterKey(FISCAL_QUARTERS[index] as number))}`],
    [CENTRED_CELL_FORMAT, COUNT_FORMAT],
    2,
  );
}

function oitRows(layout: ReportLayout, input: ConsolidationSheetInput, tables: BothTables): void {
  const units = input.consolidation.units.filter(({ unit }) => unit.oit !== null);
  if (units.length === 0) return;
  layout.section("การเปิดเผยข้อมูลสาธารณะ (OIT) ตามทะเบียนของหน่วยงาน");
  layout.table(
    ["หน่วยงาน", "ครบถ้วน", "ทั้งหมด", "ร้อยละ"],
    units.map(({ unit }) => {
      const { complete, total } = unit.oit as NonNullable<typeof unit.oit>;
      return [unit.name, complete, total, total === 0 ? 0 : roundHalfAwayFromZero((complete / total) * 100)];
    }),
    [TEXT_CELL_FORMAT, COUNT_FORMAT, COUNT_FORMAT, NUMBER_FORMAT],
    2,
  );
  const at = layout.row;
  layout.content.push(
    valuesAt(at, 2, [["รวม"]]),
    formulasAt(at, 3, [
      [
        `=${tables.filesSum("oitComplete")}`,
        `=${tables.filesSum("oitTotal")}`,
        `=IF(D${at}=0,"",ROUND(C${at}/D${at}*100,2))`,
      ],
    ]),
  );
  layout.formats.push(
    { address: layout.across(at, 2, 2), format: { ...TEXT_CELL_FORMAT, font: { bold: true } } },
    { address: layout.across(at, 3, 4), format: { ...COUNT_FORMAT, font: { bold: true } } },
    { address: layout.across(at, 5, 5), format: { ...NUMBER_FORMAT, font: { bold: true } } },
  );
  layout.row += 1;
}

function followUpRows(layout: ReportLayout, input: ConsolidationSheetInput): void {
  const { consolidation, settings, unread } = input;
  const { notSent, findings } = consolidation;
  if (notSent.length > 0) {
    layout.section("หน่วยงานที่ยังไม่ได้ส่งผล");
    layout.table(
      ["หน่วยงาน", "ประเภท", "กลุ่ม"],
      notSent.map(({ name, type, group }) => [name, type, group]),
      [TEXT_CELL_FORMAT, TEXT_CELL_FORMAT, TEXT_CELL_FORMAT],
      2,
    );
  }
  if (findings.length + unread.length === 0) return;
  layout.section("ข้อสังเกตจากข้อมูล");
  for (const { file, reason } of unread)
    layout.line(unreadableFileMessage(file, reason, "th"), PARAGRAPH_FORMAT);
  for (const finding of findings) {
    layout.line(consolidationFindingMessage(finding, "th", settings.digitStyle), PARAGRAPH_FORMAT);
  }
}

function memoRows(layout: ReportLayout, memo: readonly string[]): void {
  layout.section("ข้อความสำหรับบันทึกข้อความ");
  // Indented as a memo's paragraphs are, with spaces, which survive copying out of the cell.
  memo.forEach((paragraph) => layout.line(`        ${paragraph}`, PARAGRAPH_FORMAT));
}

export function consolidationSheetPlan(input: ConsolidationSheetInput): SheetPlan {
  const layout = new ReportLayout(input.settings.digitStyle, WIDTHS.length);
  const tables = new BothTables(input.typedSheet, input.filesSheet);
  headingRows(layout, input);
  const chart = overviewRows(layout, input, tables);
  averageRows(layout, tables, "คะแนนเฉลี่ยตามประเภทหน่วยงาน", "type", input.consolidation.byType);
  averageRows(layout, tables, "คะแนนเฉลี่ยตามกลุ่ม", "group", input.consolidation.byGroup);
  listRows(layout, input);
  indicatorRows(layout, input, tables);
  movementRows(layout, input);
  measureRows(layout, input, tables);
  oitRows(layout, input, tables);
  followUpRows(layout, input);
  memoRows(layout, input.memo);

  const lastRow = layout.row - 1;
  const plan: Omit<SheetPlan, "rowHeights"> = {
    role: "consolidation",
    name: input.name,
    visibility: "Visible",
    tabColor: "#7030A0",
    baseFont: baseFont(input.settings),
    content: [...layout.content, CONSOLIDATION_MARK.block(layout.content)],
    formats: [
      {
        address: rangeAddress({ top: 1, left: 1, bottom: lastRow, right: WIDTHS.length }),
        format: { verticalAlignment: "Top" },
      },
      ...layout.formats,
    ],
    merges: layout.merges,
    columnWidths: [
      ...WIDTHS.map((width, index) => ({ column: columnLetter(index + 1), width })),
      { column: CONSOLIDATION_MARK.column, width: 0 },
    ],
    validations: [],
    conditionalFormats: [],
    print: { ...a4AtFullSize("Portrait"), rowBreaks: layout.rowBreaks },
    chart,
  };
  return printedReport(plan, layout.headings);
}
