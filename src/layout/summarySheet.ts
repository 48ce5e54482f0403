// The summary sheet "สรุปผล ITA": what a quarter's report to the executive holds, on one A4 portrait
// sheet in the document font. Everything on it is a value written when the summary is made (the date
// says when), so it reads the same printed, in Excel, and in a file; "สรุปผล" makes it again.
import { shortened } from "../domain/cellText";
import { TOOL_IDS, type ToolId } from "../domain/framework";
import { oitReadinessWords, provisionalRulesLine } from "../domain/memo";
import { STATUS_HEADERS } from "../domain/gridColumns";
import type { ScoredIndicator } from "../domain/scoring";
import {
  percentDone,
  readingLists,
  totalProgress,
  type ToolProgress,
  type WorkbookSummary,
} from "../domain/summary";
import { formatThaiDate } from "../domain/thaiCalendar";
import { rangeAddress } from "./a1";
import type { CellValue, ChartPlan, SheetPlan } from "./plan";
import {
  COUNT_FORMAT,
  NOTE_FORMAT,
  NUMBER_FORMAT,
  PARAGRAPH_FORMAT,
  printedReport,
  ReportLayout,
} from "./reportLayout";
import { SUMMARY_MARK } from "./sheetMark";
import {
  a4AtFullSize,
  BAND_COLOURS,
  baseFont,
  CENTRED_CELL_FORMAT,
  SUBTITLE_FORMAT,
  TEXT_CELL_FORMAT,
  READABLE_PRINTED_POINTS,
  TITLE_FORMAT,
} from "./styles";
import { fiscalYearTitle } from "./titles";

export const SUMMARY_SHEET_NAME = "สรุปผล ITA";

/**
 * A–F, in Excel's character units: rank, indicator (wide, also the chart's labels), then numbers. Together
 * they fit a portrait A4 at full size, where LibreOffice draws them wider too.
 */
const WIDTHS = [7, 32, 11, 11, 20, 11] as const;
const WIDTH: number = WIDTHS.length;
/** Overdue rows listed on the sheet; the pane and the command line have them all. */
export const OVERDUE_LISTED = 100;
/** Text of an overdue row kept on the printed sheet: well under what an Excel cell holds. */
const LISTED_LENGTH = 500;

function indicatorLabel(layout: ReportLayout, { number, name }: { number: number; name: string }): string {
  return layout.digits(`${number}. ${name}`);
}

function indicatorList(layout: ReportLayout, indicators: readonly ScoredIndicator[]): string {
  if (indicators.length === 0) return "ไม่มี";
  return indicators
    .map((indicator) => `${indicatorLabel(layout, indicator)} (${layout.score(indicator.score)})`)
    .join("\n");
}

function headingRows(layout: ReportLayout, summary: WorkbookSummary): void {
  const { settings, madeOn } = summary;
  layout.line(`สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA)`, TITLE_FORMAT);
  layout.line(settings.agency, SUBTITLE_FORMAT);
  layout.line(fiscalYearTitle(settings), SUBTITLE_FORMAT);
  const made = formatThaiDate(madeOn, { form: "long", digits: settings.digitStyle });
  layout.line(`จัดทำเมื่อวันที่ ${made}`, { horizontalAlignment: "Center" });
  const provisional = provisionalRulesLine(summary.framework.fiscalYear, settings.digitStyle);
  if (provisional !== null) {
    layout.line(provisional, { ...NOTE_FORMAT, wrapText: true, horizontalAlignment: "Center" });
  }
}

function resultRows(layout: ReportLayout, summary: WorkbookSummary): void {
  layout.section("ผลการประเมินภาพรวม");
  const { scores, framework } = summary;
  if (scores === null) {
    const missing = summary.missingScores.map((number) => layout.digits(String(number))).join(", ");
    layout.line(
      `ยังสรุปคะแนนไม่ได้: ยังไม่ได้กรอกคะแนนตัวชี้วัดที่ ${missing} ในแผ่นคะแนน ให้กรอกคะแนนให้ครบแล้วกด "สรุปผล" อีกครั้ง`,
      PARAGRAPH_FORMAT,
    );
    return;
  }
  const { assessment } = scores;
  const passMark = layout.digits(String(framework.resultScale.passMark));
  layout.figure("คะแนนรวม", assessment.total, NUMBER_FORMAT);
  layout.figure("ผลการประเมิน", assessment.grade.label, CENTRED_CELL_FORMAT);
  layout.figure(`ผ่านเกณฑ์ ${passMark} คะแนน`, assessment.passed ? "ผ่าน" : "ไม่ผ่าน", CENTRED_CELL_FORMAT);
  for (const tool of framework.tools) {
    layout.figure(tool.id, assessment.tools[tool.id], NUMBER_FORMAT, tool.nameTh);
  }
}

function rankingRows(layout: ReportLayout, summary: WorkbookSummary): void {
  const { scores } = summary;
  if (scores === null) return;
  layout.section("คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย");
  const { ranking } = scores.assessment;
  const top = layout.row + 1;
  layout.table(
    ["ลำดับ", "ตัวชี้วัด", "เครื่องมือ", "คะแนน", "ระดับ"],
    ranking.map((indicator) => [
      layout.digits(String(indicator.rank)),
      indicatorLabel(layout, indicator),
      indicator.tool,
      indicator.score,
      summary.settings.bandNames[indicator.band],
    ]),
    [CENTRED_CELL_FORMAT, TEXT_CELL_FORMAT, CENTRED_CELL_FORMAT, NUMBER_FORMAT, CENTRED_CELL_FORMAT],
  );
  // Each score and its band in its band's colours, as on the score sheet, fixed as the figures are.
  ranking.forEach((indicator, index) => {
    const { fill, fontColor } = BAND_COLOURS[indicator.band];
    layout.formats.push({
      address: layout.across(top + index, 4, 5),
      format: { fill, font: { color: fontColor } },
    });
  });
  const highest = ranking[0] as ScoredIndicator;
  const lowest = ranking[ranking.length - 1] as ScoredIndicator;
  layout.line(
    `คะแนนสูงสุด: ${indicatorLabel(layout, highest)} (${layout.score(highest.score)})`,
    PARAGRAPH_FORMAT,
  );
  layout.line(
    `คะแนนต่ำสุด: ${indicatorLabel(layout, lowest)} (${layout.score(lowest.score)})`,
    PARAGRAPH_FORMAT,
  );
}

function readingRows(layout: ReportLayout, summary: WorkbookSummary): void {
  const { scores } = summary;
  if (scores === null) return;
  layout.section("จุดแข็งและสิ่งที่ต้องพัฒนา");
  for (const { label, indicators } of readingLists(scores, (value) => layout.digits(String(value)))) {
    layout.list(label, indicatorList(layout, indicators));
  }
  const lowest = TOOL_IDS.map((tool) => {
    const indicator = scores.assessment.lowestByTool[tool];
    return `${tool}: ${indicatorLabel(layout, indicator)} (${layout.score(indicator.score)})`;
  });
  layout.list("ต่ำสุดของแต่ละเครื่องมือ", lowest.join("\n"));
}

function progressRow(label: string, progress: ToolProgress): CellValue[] {
  return [
    label,
    progress.notStarted,
    progress.inProgress,
    progress.done,
    progress.rows,
    percentDone(progress),
  ];
}

function progressRows(layout: ReportLayout, summary: WorkbookSummary): void {
  layout.section("ความก้าวหน้าของมาตรการ");
  const total = totalProgress(summary.progress);
  layout.table(
    ["เครื่องมือ", ...STATUS_HEADERS, "รวม (มาตรการ)", "ร้อยละที่ดำเนินการแล้ว"],
    [...TOOL_IDS.map((tool: ToolId) => progressRow(tool, summary.progress[tool])), progressRow("รวม", total)],
    [CENTRED_CELL_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, NUMBER_FORMAT],
  );
  layout.formats.push({ address: layout.across(layout.row - 1), format: { font: { bold: true } } });

  const { overdue } = summary;
  layout.row += 1;
  const count = layout.digits(String(overdue.length));
  layout.line(
    overdue.length === 0
      ? "ไม่มีมาตรการที่เลยกำหนดระยะเวลา"
      : `มาตรการที่เลยกำหนดระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ ${count} รายการ`,
    { font: { bold: true } },
  );
  if (overdue.length === 0) return;
  const listed = overdue.slice(0, OVERDUE_LISTED);
  layout.table(
    ["แถวที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "แผ่นงาน", "สถานะ"],
    // Measures, units and periods are what staff typed: values, written as text whatever they start with.
    listed.map((each) => [
      layout.digits(String(each.row)),
      shortened(each.measure, LISTED_LENGTH),
      shortened(each.responsible, LISTED_LENGTH),
      shortened(each.period, LISTED_LENGTH),
      each.sheet,
      each.status === "notStarted" ? STATUS_HEADERS[0] : STATUS_HEADERS[1],
    ]),
    [
      CENTRED_CELL_FORMAT,
      TEXT_CELL_FORMAT,
      TEXT_CELL_FORMAT,
      TEXT_CELL_FORMAT,
      TEXT_CELL_FORMAT,
      CENTRED_CELL_FORMAT,
    ],
  );
  if (overdue.length > listed.length) {
    const more = layout.digits(String(overdue.length - listed.length));
    layout.line(`และอีก ${more} รายการ: ดูได้ที่แท็บ "ตรวจสอบ" ของ Add-in`, NOTE_FORMAT);
  }
}

/** The chart's data: each indicator in number order, its score, and the three thresholds as lines. */
function chartRows(layout: ReportLayout, summary: WorkbookSummary): ChartPlan | undefined {
  const { scores } = summary;
  if (scores === null) return undefined;
  const { indicators, thresholds } = scores.assessment;
  // A chart over a page break prints in two pieces, in Excel as in LibreOffice.
  layout.sectionOnNewPage("กราฟคะแนนรายตัวชี้วัดเทียบเกณฑ์");
  const chartTop = layout.row;
  const chartRowsTall = 22;
  layout.row += chartRowsTall + 1;

  const at = (value: number) => layout.digits(String(value));
  const headers = [
    "ตัวชี้วัด",
    "คะแนน",
    `เกณฑ์ผ่าน (${at(thresholds.pass)})`,
    `จุดแข็ง (${at(thresholds.strength)})`,
    `ดีเยี่ยม (${at(thresholds.excellence)})`,
  ];
  const top = layout.row;
  layout.table(
    headers,
    indicators.map((indicator) => [
      indicatorLabel(layout, indicator),
      indicator.score,
      thresholds.pass,
      thresholds.strength,
      thresholds.excellence,
    ]),
    [TEXT_CELL_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT],
    2,
  );
  const bottom = top + indicators.length;
  const column = (letter: string) => `${letter}${top + 1}:${letter}${bottom}`;
  const lineColours = [
    BAND_COLOURS.below85.fontColor,
    BAND_COLOURS.below90.fontColor,
    BAND_COLOURS.top.fontColor,
  ];
  return {
    title: "คะแนนรายตัวชี้วัด",
    categories: column("B"),
    series: [
      {
        name: "คะแนน",
        values: column("C"),
        kind: "column",
        colour: "#2F5597",
        pointColours: indicators.map(({ band }) => BAND_COLOURS[band].fill),
      },
      ...["D", "E", "F"].map((letter, index) => ({
        name: headers[index + 2] as string,
        values: column(letter),
        kind: "line" as const,
        colour: lineColours[index] as string,
      })),
    ],
    valueAxis: { min: 0, max: 100, title: "คะแนน" },
    // The smallest readable size: ten indicators' names share the chart's width.
    font: { name: summary.settings.documentFont, size: READABLE_PRINTED_POINTS },
    placement: rangeAddress({ top: chartTop, left: 1, bottom: chartTop + chartRowsTall - 1, right: WIDTH }),
  };
}

/** How many OIT items the register has complete, where the workbook has one. */
function oitRows(layout: ReportLayout, summary: WorkbookSummary): void {
  const { oitReadiness } = summary;
  if (oitReadiness === null) return;
  layout.section("การเปิดเผยข้อมูลสาธารณะ (OIT)");
  layout.list("ทะเบียน OIT", oitReadinessWords(oitReadiness, summary.settings.digitStyle));
}

function memoRows(layout: ReportLayout, memo: readonly string[]): void {
  layout.section("ข้อความสำหรับบันทึกข้อความ");
  // Indented as a memo's paragraphs are, with spaces, which survive copying out of the cell.
  memo.forEach((paragraph) => layout.line(`        ${paragraph}`, PARAGRAPH_FORMAT));
}

export function summarySheetPlan(summary: WorkbookSummary, memo: readonly string[], name: string): SheetPlan {
  const layout = new ReportLayout(summary.settings.digitStyle, WIDTH);
  headingRows(layout, summary);
  resultRows(layout, summary);
  rankingRows(layout, summary);
  readingRows(layout, summary);
  progressRows(layout, summary);
  oitRows(layout, summary);
  const chart = chartRows(layout, summary);
  memoRows(layout, memo);

  const lastRow = layout.row - 1;
  const marker = SUMMARY_MARK.block(layout.content);
  const plan: Omit<SheetPlan, "rowHeights"> = {
    role: "summary",
    name,
    visibility: "Visible",
    tabColor: "#7030A0",
    baseFont: baseFont(summary.settings),
    content: [...layout.content, marker],
    formats: [
      {
        address: rangeAddress({ top: 1, left: 1, bottom: lastRow, right: WIDTH }),
        format: { verticalAlignment: "Top" },
      },
      ...layout.formats,
    ],
    merges: layout.merges,
    columnWidths: [
      ...WIDTHS.map((width, index) => ({ column: String.fromCharCode(65 + index), width })),
      // Hidden: the marker is the add-in's, not the reader's.
      { column: SUMMARY_MARK.column, width: 0 },
    ],
    validations: [],
    conditionalFormats: [],
    // Its columns fit a portrait page at full size; its break before the chart would not count if fitted.
    print: { ...a4AtFullSize("Portrait"), rowBreaks: layout.rowBreaks },
    ...(chart && { chart }),
  };
  return printedReport(plan, layout.headings);
}
